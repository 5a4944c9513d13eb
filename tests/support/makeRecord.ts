import { createHash } from "node:crypto";
import type { ArticleRecord } from "../../src/ingest/schema.ts";

const countryNames: Record<string, string> = {
  CN: "China",
  DE: "Germany",
  GB: "United Kingdom",
  HK: "Hong Kong",
  US: "United States",
  FR: "France",
};

export interface RecordSketch {
  slug: string;
  title: string;
  published?: string | undefined;
  countries?: string[];
  related?: ArticleRecord["related"];
  extra?: Partial<ArticleRecord>;
}

/** A schema-valid record from the few fields a test cares about. */
export function makeRecord(sketch: RecordSketch): ArticleRecord {
  const text = `${sketch.title}. Body text about ${sketch.slug}.`;
  return {
    id: sketch.slug,
    slug: sketch.slug,
    url: `/articles/${sketch.slug}/`,
    title: sketch.title,
    authors: [],
    people: [],
    organizations: [],
    ...(sketch.published === undefined ? {} : { published: sketch.published }),
    dateBasis: sketch.published === undefined ? "none" : "text",
    countries: (sketch.countries ?? []).map((code, index) => ({
      code,
      name: countryNames[code] ?? code,
      mentions: 5 - index,
    })),
    related: sketch.related ?? [],
    // Ingest hands over sanitized HTML, so the fixture escapes its text the same way.
    bodyHtml: `<p>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p>`,
    text,
    wordCount: text.split(/\s+/).length,
    sourcePath: `${sketch.slug}.txt`,
    contentHash: createHash("sha256").update(text).digest("hex"),
    format: "text",
    ...sketch.extra,
  };
}
