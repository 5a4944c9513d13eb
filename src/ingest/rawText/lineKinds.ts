import { parseDateText } from "../dates.ts";

export interface DateLine {
  kind: "published" | "updated";
  iso: string;
}

const dateLabel =
  /^(?<label>published|posted|first published|updated|last updated|last modified|modified|date)\s*(?:on|at)?\s*:?\s*(?<rest>.+)$/i;

/** `April 14, 2015`, `PUBLISHED : Thursday, 02 March, 2017, 4:27pm`, `Updated: 2014-06-06 02:55`. */
export function readDateLine(line: string): DateLine | undefined {
  if (line.length > 80) return undefined;
  const labelled = dateLabel.exec(line);
  const text = labelled?.groups?.rest ?? line;
  const iso = parseDateText(text);
  if (iso === undefined) return undefined;
  const label = labelled?.groups?.label?.toLowerCase() ?? "";
  return { kind: /updated|modified/.test(label) ? "updated" : "published", iso };
}

/**
 * `China / Politics`, `News > World > Asia`, `Bosnia and Herzegovina / Politics`, `Türkiye / Politics`: a short trail of
 * capitalised names.
 */
export function isBreadcrumb(line: string): boolean {
  const parts = line.split(/\s+[/>»|]\s+/);
  return (
    line.length <= 60 &&
    parts.length >= 2 &&
    parts.every((part) =>
      /^\p{Lu}[\p{L}\p{N}_&'’.-]*(?: (?:and |of |the )?[\p{Lu}&][\p{L}\p{N}_&'’.-]*){0,3}$/u.test(part),
    )
  );
}

/** Words of the labels news sites print above a headline: `Health`, `Science & Technology`, `World News`. */
const sectionWords = new Set(
  `World News Politics Business Economy Trade Markets Money Finance Tech Technology Science Internet Security Defence
  Defense Military Environment Climate Health Society Opinion Editorial Commentary Analysis Features Sport Sports
  Culture Arts Entertainment Lifestyle Travel Education Local National International Nation Asia Europe Africa
  Americas Middle East & and`.split(/\s+/),
);

/** A section's name alone on its line: every word a section word, as in `Science & Technology` or `Defence`. */
export function isSectionLabel(line: string): boolean {
  const words = line.split(" ");
  return words.length <= 4 && words.every((word) => sectionWords.has(word)) && /^[A-Z]/.test(line);
}

const captionMarker =
  /\b(?:photo|picture|image|file photo|credit)s?\s*:|[([](?:photo|picture|file|afp|ap|reuters|getty|epa|xinhua)\b[^)\]]*[)\]]\s*$|^(?:photo|file photo|image|pictured)\b/i;

/** A photo caption announces itself with a credit, `(Photo: AFP)` or `[Photo/Agencies]`, or a `Photo:` label. */
export function isCaption(line: string): boolean {
  return captionMarker.test(line);
}

/** Units that end a sentence end with terminal punctuation, possibly inside closing quotes or brackets. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…:;,]["'”’)\]]*$/.test(line);
}

export function wordCount(line: string): number {
  return line.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
