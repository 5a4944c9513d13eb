export { contentTypeFor } from "./contentTypes.ts";
export { failRequest, refuseUnparsableTarget } from "./requestFailures.ts";
export { type StaticServer, type StaticServerOptions, startStaticServer } from "./staticServer.ts";
