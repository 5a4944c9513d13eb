export { contentTypeFor } from "./contentTypes.ts";
export { type StaticServer, type StaticServerOptions, startStaticServer } from "./staticServer.ts";
