import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { UserError } from "../cli/userError.ts";
import { permalinkProblem } from "../ingest/permalink.ts";

/** Read from the working folder when no `--config` names another file. */
export const defaultConfigFile = "newsarchive.config.json";

const text = z.string().trim().min(1, "must not be empty");

/** The owner's settings; every field is optional, and a field the file does not know is refused as a typo. */
const configFileSchema = z.strictObject({
  title: text.max(200, "is longer than 200 characters").optional(),
  description: text.max(500, "is longer than 500 characters").optional(),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as en or en-GB")
    .optional(),
  siteUrl: text.optional(),
  pathPrefix: z.string().optional(),
  permalink: z
    .string()
    .superRefine((pattern, context) => {
      const problem = permalinkProblem(pattern);
      if (problem !== undefined) context.addIssue({ code: "custom", message: problem });
    })
    .optional(),
  layoutsDir: text.optional(),
});

export type ConfigFile = z.infer<typeof configFileSchema>;

/**
 * Reads the owner's settings: the file `--config` names (which must exist), else `newsarchive.config.json` in the
 * working folder if there is one. A folder in the file is relative to the file. Problems are one line naming it.
 */
export async function readConfigFile(given: string | undefined, cwd = process.cwd()): Promise<ConfigFile> {
  const file = path.resolve(cwd, given ?? defaultConfigFile);
  const shown = given ?? defaultConfigFile;
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (given === undefined && code === "ENOENT") return {};
    throw new UserError(`${shown}: cannot read the config file (${code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new UserError(`${shown}: not valid JSON (${(error as Error).message})`);
  }
  const result = configFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.code === "unrecognized_keys" ? issue.keys.join(", ") : issue?.path.join(".");
    const problem = issue?.code === "unrecognized_keys" ? "is not a setting" : issue?.message;
    throw new UserError(`${shown}: ${field ? `${field}: ` : ""}${problem ?? "is not valid"}`);
  }
  const config = result.data;
  if (config.layoutsDir === undefined) return config;
  const layoutsDir = path.resolve(path.dirname(file), config.layoutsDir);
  const info = await stat(layoutsDir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UserError(`${shown}: layoutsDir: no such folder ${layoutsDir}`);
  return { ...config, layoutsDir };
}
