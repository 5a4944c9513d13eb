import { access } from "node:fs/promises";
import path from "node:path";
import { defineCommand } from "citty";
import { countryName } from "../../ingest/countries/gazetteer.ts";
import { type SearchOrder, type SearchResult, searchIndex } from "../../search/searchIndex.ts";
import { outOption } from "../options.ts";
import { UserError } from "../userError.ts";

/**
 * Far beyond any question a reader types, and short enough to answer at once: Pagefind's time grows faster
 * than the query (4,000 words took 13 s). The search page (layouts/assets/search.js) keeps the same bounds.
 */
const maxQueryWords = 64;
const maxQueryCharacters = 500;

export const searchCommand = defineCommand({
  meta: { name: "search", description: "Search the built site's index from the terminal, offline." },
  args: {
    query: { type: "positional", description: "words to search for", required: true },
    out: outOption,
    country: {
      type: "string",
      description: "only articles about this country (ISO code such as DE)",
      valueHint: "CC",
    },
    year: { type: "string", description: "only articles published in this year", valueHint: "YYYY" },
    order: {
      type: "string",
      description: "relevance (default), newest or oldest; undated articles come last by date",
      valueHint: "ORDER",
    },
    json: { type: "boolean", description: "print the results as a JSON array" },
  },
  async run({ args }) {
    const query = boundedQuery(args._.map(String).join(" "));
    await access(path.join(args.out, "pagefind", "pagefind.js")).catch(() => {
      throw new UserError(`no search index in ${args.out}: run newsarchive build first`);
    });
    const filters: Record<string, string[]> = {};
    if (args.country !== undefined) filters.country = [countryFilter(args.country)];
    if (args.year !== undefined) filters.year = [yearFilter(args.year)];
    const results = await searchIndex(args.out, {
      query,
      filters,
      order: searchOrder(args.order ?? "relevance"),
    });
    if (args.json) console.log(JSON.stringify(results, null, 2));
    else console.log(results.length === 0 ? "No articles found." : results.map(formatResult).join("\n\n"));
  },
});

/** The query, refused with a user error beyond the bounds rather than cut short without the user knowing. */
function boundedQuery(query: string): string {
  const words = query.split(/\s+/).filter(Boolean).length;
  if (words > maxQueryWords || query.length > maxQueryCharacters) {
    throw new UserError(
      `the query has ${words} words and ${query.length} characters: search with at most ${maxQueryWords} words and ${maxQueryCharacters} characters`,
    );
  }
  return query;
}

function searchOrder(given: string): SearchOrder {
  if (given === "relevance" || given === "newest" || given === "oldest") return given;
  throw new UserError(`--order ${given}: give relevance, newest or oldest`);
}

/** The index filters on country names, as readers see them; the command line takes ISO codes. */
function countryFilter(given: string): string {
  const name = countryName(given.toUpperCase());
  if (name === undefined)
    throw new UserError(`--country ${given}: not an ISO 3166-1 country code (such as DE or CN)`);
  return name;
}

function yearFilter(given: string): string {
  if (!/^\d{4}$/.test(given)) throw new UserError(`--year ${given}: a year is four digits, such as 2015`);
  return given;
}

function formatResult(result: SearchResult, index: number): string {
  return [
    `${index + 1}. ${result.title}`,
    `   ${result.published ?? "undated"} · ${result.url}`,
    `   ${result.excerpt}`,
  ].join("\n");
}
