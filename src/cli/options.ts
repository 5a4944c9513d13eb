import { stat } from "node:fs/promises";
import { UserError } from "./userError.ts";

export const contentOption = {
  type: "string",
  description: "folder of article files",
  default: "content",
  valueHint: "DIR",
} as const;

export const outOption = {
  type: "string",
  description: "folder of the built site",
  default: "_site",
  valueHint: "DIR",
} as const;

export const portOption = {
  type: "string",
  description: "port to listen on (0 picks a free one)",
  default: "8080",
  valueHint: "N",
} as const;

export const pathPrefixOption = {
  type: "string",
  description: "path the site is served under, e.g. /archive/ (env NEWSARCHIVE_PATH_PREFIX)",
  valueHint: "PATH",
} as const;

export const configOption = {
  type: "string",
  description:
    "JSON file of the owner's settings (default newsarchive.config.json, if present); options override it",
  valueHint: "FILE",
} as const;

export const cacheOption = {
  type: "string",
  description: "folder for parsed records and build state, so unchanged articles are not parsed again",
  default: ".cache/newsarchive",
  valueHint: "DIR",
} as const;

export async function requireFolder(folder: string, option: string): Promise<void> {
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new UserError(`${option} ${folder}: no such folder`);
}

export function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserError(`port "${raw}" is not a number from 0 to 65535`);
  }
  return port;
}
