import { trailingBoilerplate } from "./boilerplate.ts";
import { isoMinute, laterTime, longDate, weekdayDateTime } from "./dates.ts";
import type { ArticleDraft } from "./draftArticle.ts";
import type { Random } from "./random.ts";
import { curlyQuotes } from "./typography.ts";

/** `By Zhang Zhouxiang and Cao Yin`. */
function byline(authors: readonly string[]): string {
  return `By ${authors.join(" and ")}`;
}

/** The lines between headline and body that state who wrote the story and when. */
function dateBlock(random: Random, draft: ArticleDraft): string[] {
  switch (draft.dateStyle) {
    case "long-date":
      return [longDate(draft.published)];
    case "byline-updated":
      return [`${byline(draft.authors)} (${draft.publication}) Updated: ${isoMinute(draft.published)}`];
    case "published-updated": {
      const updated = draft.updated ?? laterTime(random, draft.published);
      return [`PUBLISHED : ${weekdayDateTime(draft.published)}`, `UPDATED : ${weekdayDateTime(updated)}`];
    }
    case "byline-long-date":
      return [byline(draft.authors), longDate(draft.published)];
    case "filename":
    case "none":
    case "front-matter":
      return random.chance(0.3) ? [byline(draft.authors)] : [];
  }
}

/** Capitals that datelines name alone, as wire style does for the best-known ones. */
const wellKnownCapitals = new Set(["US", "CN", "RU", "GB", "DE", "FR", "JP", "IN", "IT", "ES"]);

/** `WASHINGTON — ` or `SEOUL, South Korea — `, the place a story was filed from. */
function dateline(random: Random, draft: ArticleDraft): string {
  const capital = draft.focus.capital;
  if (capital === undefined || !random.chance(0.25)) return "";
  const country = (draft.focus.names[0] ?? "").replace(/^the /, "");
  const alone = wellKnownCapitals.has(draft.focus.code) || capital.startsWith(country);
  return alone ? `${capital.toUpperCase()} — ` : `${capital.toUpperCase()}, ${country} — `;
}

/**
 * Lays a draft out as scraped plain text, varying what the real files vary: breadcrumbs, standfirst,
 * bylines and date lines, a repeated photo caption, paragraph separators, inline related headlines,
 * trailing boilerplate and line endings.
 */
export function renderRawText(random: Random, draft: ArticleDraft): string {
  const curly = random.chance(0.4);
  const typeset = (text: string): string => (curly ? curlyQuotes(text) : text);

  const header: string[] = [];
  if (random.chance(0.15)) header.push(draft.section, "");
  header.push(typeset(draft.title), random.chance(0.1) ? "\n" : "");
  if (random.chance(0.25)) header.push(typeset(draft.dek), "");
  const dates = dateBlock(random, draft);
  const withCaption = random.chance(0.15);
  if (dates.length > 0) header.push(...dates, ...(withCaption ? [] : [""]));
  if (withCaption) header.push(typeset(draft.caption.cutOff), typeset(draft.caption.whole), "");

  const paragraphs = draft.paragraphs.map(typeset);
  paragraphs[0] = `${dateline(random, draft)}${paragraphs[0] ?? ""}`;
  if (random.chance(0.1) && paragraphs.length > 4) {
    const related = draft.related[0];
    if (related !== undefined)
      paragraphs.splice(random.int(2, paragraphs.length - 2), 0, typeset(related.title));
  }

  const separator = random.chance(0.25) ? "\n" : "\n\n";
  const boilerplate = trailingBoilerplate(random, draft).map(typeset);
  let text = `${header.join("\n")}\n${paragraphs.join(separator)}`;
  if (boilerplate.length > 0) text += `\n\n${boilerplate.join("\n\n")}`;
  if (random.chance(0.05)) text = `\n\n${text}`;
  if (random.chance(0.5)) text += "\n";
  return random.chance(0.1) ? text.replaceAll("\n", "\r\n") : text;
}
