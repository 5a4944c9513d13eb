import { isListedOrganization } from "./knownOrganizations.ts";
import { isFunctionWord } from "./lexicon.ts";
import { isCalendarWord } from "./notNames.ts";
import { isOrganizationHead } from "./organizationHeads.ts";
import type { Passage } from "./passages.ts";
import { isPlace, isPlaceCompound } from "./places.ts";
import { isTitleWord } from "./roles.ts";
import type { NameRun } from "./types.ts";

/** Particles inside names: `Ursula von der Leyen`, `Osama bin Laden`, `Medecins sans Frontieres`. */
const particles = new Set([
  ..."de da del der den des di do dos du van von ter ten bin ibn al la le sans".split(" "),
]);
/** An Arabic article joined to the next word: `al-Abidine` in `Zine al-Abidine Ben Ali`, `el-Sisi`. */
const particleWordPattern = String.raw`(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|abu|abd|bin|ibn)-\p{Lu}[\p{L}\p{M}'’-]*`;
const particleWord = new RegExp(`^${particleWordPattern}$`, "u");
const complements = new Set(["of", "for", "on"]);
const connectorPattern = ["of", "for", "on", "the", "and", "&", ...particles].join("|");
const wordPattern = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*`;
/**
 * Capitalised words with single spaces and at most two connectors between them, not inside a longer word. The
 * regular expression engine skips the lower-case text, which is most of an article, far faster than a loop could.
 */
const runPattern = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}'’-])${wordPattern}(?:(?:[ \u00a0]+(?:${connectorPattern})){0,2}[ \u00a0]+(?:${particleWordPattern}|${wordPattern}))*`,
  "gu",
);
const separator = /[ \u00a0]+/u;
/** The common case, one capitalised word with nothing to strip, takes a short path. */
const plainWord = /^\p{Lu}\p{Ll}+$/u;
const dottedAcronym = /^(?:\p{Lu}\.){2,}$/u;
/** `U.S` whose last dot went with the end of the sentence. */
const clippedAcronym = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const initial = /^\p{Lu}\.$/u;
/** `Services&mdash` or `Services&#8217`: an HTML entity the source left in its text, glued to a word (`AT&T` is kept). */
const entityRemnant = /&(?:#\d+|[a-z]+)?$/u;
const possessive = /(?:['’]s|(?<=s)['’])$/u;
const abbreviations = new Set("Mr. Mrs. Ms. Dr. Prof. Sen. Gov. Gen. Rep. St. Jr. Sr. Dept.".split(" "));
const sentenceEnd = /(?:^|[.!?:;]["'”’)\]]*[ \u00a0]+|["“‘'([])$/u;

export function isNameParticle(word: string): boolean {
  return particles.has(word) || particleWord.test(word);
}

/** `of`, `for`, `on`, `the`, `and`, `&`: words that join the parts of a name without being one. */
export function isConnector(word: string): boolean {
  return complements.has(word) || word === "the" || word === "and" || word === "&";
}

/**
 * Whether connectors join `next` to the name so far. `of` follows only a word that takes a complement (`Department of
 * Justice`, `Secretary of State`), and neither `of` nor `and` leads to a date, a title or a second body.
 */
function joins(words: readonly string[], pending: readonly string[], next: string): boolean {
  const [first, second] = pending;
  if (first === undefined) return true;
  if (isCalendarWord(next)) return false;
  if (complements.has(first)) {
    const last = words.at(-1) ?? "";
    return (isOrganizationHead(last) || isTitleWord(last)) && (second === undefined || second === "the");
  }
  if (first === "&") return pending.length === 1;
  if (first === "and") return pending.length === 1 && !isOrganizationHead(next) && !isTitleWord(next);
  return pending.every((word) => particles.has(word));
}

interface Piece {
  words: string[];
  /** Where each word starts in the paragraph (connectors included). */
  starts: number[];
  end: number;
  sentenceInitial: boolean;
  /** The piece ends in `'s`: `Major's office`. */
  possessive?: boolean;
}

/** Words before `and` that already make a whole organisation's name: `Barclays Plc` in `Barclays Plc and Mitsubishi Corp`. */
function isWholeOrganization(words: readonly string[]): boolean {
  return words.length >= 2 && isOrganizationHead(words.at(-1) ?? "");
}

/**
 * `and` belongs to a name inside a complement (`Department of Health and Human Services`) or before an organisation's
 * head (`Food and Drug Administration`); otherwise it joins two names (`Yang Jiechi and Guo Shengkun`, `Barclays Plc and
 * Mitsubishi Corp`).
 */
function splitAtAnd(piece: Piece): Piece[] {
  // `Bosnia and Herzegovina`, `Trinidad and Tobago`: one country, named by two.
  if (!piece.words.includes("and") || isPlace(piece.words.join(" "))) return [piece];
  const endsInHead = isOrganizationHead(piece.words.at(-1) ?? "");
  const pieces: Piece[] = [];
  let from = 0;
  for (const [index, word] of piece.words.entries()) {
    const before = piece.words.slice(from, index);
    if (word !== "and" || before.some((part) => complements.has(part))) continue;
    if (endsInHead && !isWholeOrganization(before)) continue;
    const end = (piece.starts[index] ?? piece.end) - 1;
    pieces.push({ ...piece, words: before, starts: piece.starts.slice(from, index), end, possessive: false });
    from = index + 1;
  }
  const rest = { words: piece.words.slice(from), starts: piece.starts.slice(from), end: piece.end };
  return [
    ...pieces,
    { ...rest, sentenceInitial: from === 0 && piece.sentenceInitial, possessive: piece.possessive === true },
  ];
}

/**
 * `for` belongs to a name after its head (`Centers for Disease Control`, `National Institute for Health and Care
 * Excellence`), but between two whole names it says who acts for whom: `Barclays Plc for Mitsubishi Corp`.
 */
function splitAtFor(piece: Piece): Piece[] {
  const index = piece.words.indexOf("for");
  if (index === -1) return [piece];
  const left = piece.words.slice(0, index);
  const right = piece.words.slice(index + 1);
  if (!isWholeOrganization(left) || !isWholeOrganization(right)) return [piece];
  const end = (piece.starts[index] ?? piece.end) - 1;
  return [
    { ...piece, words: left, starts: piece.starts.slice(0, index), end, possessive: false },
    {
      words: right,
      starts: piece.starts.slice(index + 1),
      end: piece.end,
      sentenceInitial: false,
      possessive: piece.possessive === true,
    },
  ];
}

function opensSentence(text: string, start: number): boolean {
  return sentenceEnd.test(text.slice(Math.max(0, start - 6), start));
}

/** Splits one regular-expression match where a sentence ends, a possessive closes a name, or a connector does not join. */
function splitMatch(text: string, matched: string, matchStart: number): Piece[] {
  if (plainWord.test(matched)) {
    const end = matchStart + matched.length;
    return [
      { words: [matched], starts: [matchStart], end, sentenceInitial: opensSentence(text, matchStart) },
    ];
  }
  const pieces: Piece[] = [];
  let piece: Piece | undefined;
  let pending: { word: string; start: number }[] = [];
  let startsSentence = opensSentence(text, matchStart);
  let afterAbbreviation = false;
  let offset = matchStart;
  const close = () => {
    if (piece !== undefined) pieces.push(...splitAtFor(piece).flatMap(splitAtAnd));
    piece = undefined;
  };
  for (const token of matched.split(separator)) {
    const tokenStart = text.indexOf(token, offset);
    offset = tokenStart + token.length;
    if (!/^\p{Lu}/u.test(token) && !particleWord.test(token)) {
      pending.push({ word: token, start: tokenStart });
      continue;
    }
    let word = token;
    const isAbbreviation = dottedAcronym.test(word) || initial.test(word) || abbreviations.has(word);
    const endsSentence = word.endsWith(".") && !isAbbreviation;
    if (endsSentence) word = word.slice(0, -1);
    const isPossessive = possessive.test(word);
    if (isPossessive) word = word.replace(possessive, "");
    if (dottedAcronym.test(word) || clippedAcronym.test(word)) word = word.replaceAll(".", "");
    word = word.replace(entityRemnant, "");
    const usable =
      (!/\p{N}/u.test(word) || isListedOrganization(word)) &&
      !isPlaceCompound(word) &&
      !(word.length >= 7 && word === word.toUpperCase());
    // `... Challenge The Bureau of Reclamation`: a capitalised `The` or `For` inside a run starts another name.
    const startsName = word.length >= 3 && isFunctionWord(word);
    const newSentence = startsSentence || (afterAbbreviation && isFunctionWord(word));
    const connectors = pending.map((connector) => connector.word);
    if (
      piece !== undefined &&
      (!usable || newSentence || startsName || !joins(piece.words, connectors, word))
    )
      close();
    if (usable) {
      piece ??= { words: [], starts: [], end: 0, sentenceInitial: newSentence };
      if (piece.words.length > 0) {
        piece.words.push(...connectors);
        piece.starts.push(...pending.map((connector) => connector.start));
      }
      piece.words.push(word);
      piece.starts.push(tokenStart);
      piece.end = offset;
    }
    pending = [];
    if (isPossessive && piece !== undefined) piece.possessive = true;
    if (isPossessive || endsSentence) close();
    startsSentence = endsSentence;
    afterAbbreviation = isAbbreviation;
  }
  close();
  return pieces;
}

/** Finds the runs of capitalised words in each paragraph, the raw material of every name. */
export function scanNameRuns(passages: readonly Passage[]): NameRun[] {
  const runs: NameRun[] = [];
  for (const { text, order } of passages) {
    for (const match of text.matchAll(runPattern)) {
      // A lone `The`, `In` or `It` opens most sentences and never names anything.
      if (isFunctionWord(match[0])) continue;
      for (const { words, starts, end, sentenceInitial, possessive } of splitMatch(
        text,
        match[0],
        match.index,
      )) {
        const start = starts[0] ?? match.index;
        runs.push({
          words,
          order: order + start,
          sentenceInitial,
          possessive: possessive === true,
          before: text.slice(Math.max(0, start - 40), start),
          after: text.slice(end, end + 80),
        });
      }
    }
  }
  return runs;
}
