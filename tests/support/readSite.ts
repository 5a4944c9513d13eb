import { readFile } from "node:fs/promises";
import path from "node:path";
import { DOMParser, parseHTML } from "linkedom";
import type { ArticleRecord } from "../../src/ingest/schema.ts";

/** Parses a built HTML page, given its site-relative URL (`/countries/china/`). */
export async function readPage(siteDir: string, url: string): Promise<Document> {
  const file = url.endsWith("/") ? `${url}index.html` : url;
  const { document } = parseHTML(await readFile(path.join(siteDir, file), "utf8"));
  return document as unknown as Document;
}

/** Parses a built XML file such as the Atom feed or the sitemap. */
export async function readXml(siteDir: string, file: string): Promise<Document> {
  const text = await readFile(path.join(siteDir, file), "utf8");
  return new DOMParser().parseFromString(text, "text/xml") as unknown as Document;
}

export async function readJson<T>(siteDir: string, file: string): Promise<T> {
  return JSON.parse(await readFile(path.join(siteDir, file), "utf8")) as T;
}

/** Visible text of the matched elements, whitespace collapsed. */
export function texts(document: Document, selector: string): string[] {
  return Array.from(document.querySelectorAll(selector), (element) =>
    (element.textContent ?? "").replace(/\s+/g, " ").trim(),
  );
}

/** The built records, so tests can find a seed's page by its file name instead of guessing slugs. */
export async function recordsBySeed(siteDir: string): Promise<Map<string, ArticleRecord>> {
  const records = await readJson<ArticleRecord[]>(siteDir, "records.json");
  return new Map(records.map((record) => [record.sourcePath.slice(0, 3), record]));
}
