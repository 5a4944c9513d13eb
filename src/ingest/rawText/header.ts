import { readByline } from "./byline.ts";
import { isTextHeadline } from "./headlineEvidence.ts";
import {
  type DateLine,
  isBreadcrumb,
  isCaption,
  isSectionLabel,
  readDateLine,
  wordCount,
} from "./lineKinds.ts";

export interface Header {
  title?: string;
  dek?: string;
  section?: string;
  authors: string[];
  source?: string;
  dates: DateLine[];
  /** Index of the first body unit. */
  bodyStart: number;
}

/** How far below the headline a byline, date or standfirst may stand. */
const headerDepth = 6;

/**
 * Reads the lines above an article's body: section breadcrumb, headline, standfirst, byline, date lines and
 * photo captions (including the scraper's habit of repeating a caption, once cut off and once whole). The headline
 * the file name gives, if any, is evidence for or against the first line (see `isTextHeadline`).
 */
export function readHeader(units: readonly string[], fileNameTitle?: string): Header {
  const header: Header = { authors: [], dates: [], bodyStart: 0 };
  let index = skipMetadata(units, 0, header);
  const first = units[index];
  if (first !== undefined && isTextHeadline(first, { following: units.slice(index + 1), fileNameTitle })) {
    header.title = first;
    index++;
  }
  const limit = index + headerDepth;
  while (index < units.length && index < limit) {
    const next = skipMetadata(units, index, header);
    if (next > index) {
      index = next;
      continue;
    }
    const unit = units[index] ?? "";
    if (header.dek === undefined && header.title !== undefined && isStandfirst(units, index)) {
      header.dek = unit;
      index++;
      continue;
    }
    break;
  }
  header.bodyStart = index;
  return header;
}

/** Consumes breadcrumbs, bylines, date lines and captions starting at `index`; returns the next index. */
function skipMetadata(units: readonly string[], start: number, header: Header): number {
  let index = start;
  for (;;) {
    const unit = units[index];
    if (unit === undefined) return index;
    const byline = readByline(unit);
    const date = byline ? undefined : readDateLine(unit);
    if (isBreadcrumb(unit) || isSectionLabel(unit)) {
      header.section ??= unit;
    } else if (byline) {
      header.authors.push(...byline.authors);
      if (byline.source !== undefined) header.source ??= byline.source;
      header.dates.push(...byline.dates);
    } else if (date) {
      header.dates.push(date);
    } else if (isRepeatedCaption(units, index)) {
      index++;
    } else if (!isCaption(unit)) {
      return index;
    }
    index++;
  }
}

/** A caption cut off mid-sentence followed by the same caption in full. */
function isRepeatedCaption(units: readonly string[], index: number): boolean {
  const cut = (units[index] ?? "").replace(/[\s,;:.…]+$/, "");
  const whole = units[index + 1] ?? "";
  return cut.length >= 30 && whole.length > cut.length && whole.startsWith(cut);
}

/** A standfirst reads like a sentence and stands just above the byline or date. */
function isStandfirst(units: readonly string[], index: number): boolean {
  const unit = units[index] ?? "";
  if (wordCount(unit) < 6 || unit.length > 400) return false;
  return [units[index + 1], units[index + 2]].some(
    (next) => next !== undefined && (readByline(next) !== undefined || readDateLine(next) !== undefined),
  );
}
