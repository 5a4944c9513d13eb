export { type DevOptions, type DevSession, startDev } from "./startDev.ts";
export type { DevLog } from "./types.ts";
