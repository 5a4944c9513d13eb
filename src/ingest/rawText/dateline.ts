export interface DatelineSplit {
  dateline?: string;
  /** The news agency named in the dateline, as in `BEIJING (Reuters) —`. */
  agency?: string;
  paragraph: string;
}

const datelinePattern =
  /^(?<place>\p{Lu}[\p{Lu}.'’-]{2,}(?: \p{Lu}[\p{Lu}.'’-]*)*(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)?)\s*(?:\((?<agency>[^)]{2,40})\))?\s*[—–-]{1,2}\s+(?=\S)/u;

/** Splits `WASHINGTON —` or `SEOUL, South Korea —` off the first paragraph of a body. */
export function splitDateline(paragraph: string): DatelineSplit {
  const match = datelinePattern.exec(paragraph);
  const place = match?.groups?.place;
  if (!match || place === undefined) return { paragraph };
  const split: DatelineSplit = { dateline: place, paragraph: paragraph.slice(match[0].length) };
  const agency = match.groups?.agency;
  if (agency !== undefined) split.agency = agency.trim();
  return split;
}
