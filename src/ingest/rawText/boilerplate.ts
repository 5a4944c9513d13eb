import type { RelatedStory } from "../schema.ts";
import { readDateLine } from "./lineKinds.ts";

/** Headings of the related-story lists scrapers copy under an article. */
const relatedHeading =
  /^(?:related(?: stories| articles| news| coverage| content| links)?|more (?:on this|stories)|see also|read more)\s*:?$/i;

/** Lines that start the page furniture after an article: everything from the first of them is not the article. */
const trailingMarkers: RegExp[] = [
  /^explore further\s*:/i,
  relatedHeading,
  /^recommended(?: for you| stories| reading)?\s*:?$/i,
  /^(?:\d+ comments?|comments?(?: \(\d+\))?|show comments|view comments)$/i,
  /^(?:please )?(?:sign|log) in (?:to|or)\b/i,
  /^leave a (?:reply|comment)\b/i,
  /^your email address will not be published/i,
  /^contact the (?:writers?|authors?|reporters?) at\b/i,
  /^hot topics$/i,
  /^(?:share|share this(?: article| story)?|tweet|print|email this)\s*:?$/i,
  /^(?:follow us|subscribe|sign up) (?:on|to|for)\b/i,
  /^(?:copyright\s*)?©|^copyright \d{4}|all rights reserved\.?$/i,
  /favou?rite(?:s| list| posts)?\b.*\b(?:empty|cookies?|saved)|^favou?riteloading/i,
  /\bcookies?\b.*\b(?:consent|accept|policy|browser)/i,
];

/** Lines that interrupt an article's paragraphs and are never part of it. */
const interruptionLines =
  /^(?:advertisement|story continues below(?: advertisement)?|continue reading(?: the main story)?|click here to .{0,60})$/i;

export function isTrailingMarker(unit: string): boolean {
  return unit.length <= 300 && trailingMarkers.some((marker) => marker.test(unit));
}

export function isInterruption(unit: string): boolean {
  return interruptionLines.test(unit);
}

/** The index of the first unit of page furniture at or after `from`, or `units.length` when there is none. */
export function findTrailingStart(units: readonly string[], from: number): number {
  for (let index = from; index < units.length; index++) {
    if (isTrailingMarker(units[index] ?? "")) return index;
  }
  return units.length;
}

/**
 * Reads related stories out of the page furniture: `Explore further: <headline>` and `Related Stories`
 * lists of headline / date / teaser. Recommendations and comments are not related stories.
 */
export function readRelatedStories(trailing: readonly string[]): RelatedStory[] {
  const stories: RelatedStory[] = [];
  let inRelatedList = false;
  for (let index = 0; index < trailing.length; index++) {
    const unit = trailing[index] ?? "";
    const explore = /^explore further\s*:\s*(.+)$/i.exec(unit);
    if (explore?.[1]) {
      stories.push({ title: explore[1].trim() });
      continue;
    }
    if (isTrailingMarker(unit)) {
      inRelatedList = relatedHeading.test(unit);
      continue;
    }
    if (!inRelatedList || readDateLine(unit) || unit.length > 200) continue;
    const story: RelatedStory = { title: unit };
    const date = readDateLine(trailing[index + 1] ?? "");
    if (date) {
      story.date = date.iso;
      index++;
    }
    const teaser = trailing[index + 1];
    if (teaser !== undefined && teaser.length > 80 && !isTrailingMarker(teaser)) {
      story.summary = teaser;
      index++;
    }
    stories.push(story);
  }
  return dropRepeatedTitles(stories);
}

/** `Explore further` usually names the first related story again: keep the fuller entry. */
function dropRepeatedTitles(stories: RelatedStory[]): RelatedStory[] {
  const byTitle = new Map<string, RelatedStory>();
  for (const story of stories) {
    const key = story.title.toLowerCase();
    const known = byTitle.get(key);
    if (!known || Object.keys(story).length > Object.keys(known).length)
      byTitle.set(key, { ...known, ...story });
  }
  return [...byTitle.values()];
}
