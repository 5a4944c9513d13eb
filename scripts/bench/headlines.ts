import { monthName } from "./dates.ts";
import * as phrases from "./vocabulary/phrases.ts";
import { capitalize, possessive, type Writer } from "./writer.ts";

type SoloHeadline = (w: Writer, focus: string) => string;
type PairHeadline = (w: Writer, focus: string, other: string) => string;

/** Sentence-case headline cores about one country, in the shapes wire and newspaper desks use. */
const soloHeadlines: readonly SoloHeadline[] = [
  (w, f) => `${f} ${w.policyVerb().third} ${w.headlineNoun()}`,
  (w) =>
    `${w.focus.demonym} ${w.random.pick(phrases.headlineGroups)} ${w.policyVerb().base} ${w.headlineNoun()}`,
  (w, f) => `${w.speakerSurname()} says ${f} ${w.modal()} ${w.policyVerb().base} ${w.headlineNoun()}`,
  (w, f) => `${f} to ${w.policyVerb().base} ${w.headlineNoun()} by ${w.year(w.random.int(1, 10))}`,
  (w, f) => `Inside ${possessive(f)} ${w.adjective()} push on ${w.headlineNoun()}`,
  (w, f) => {
    const [forgotten, instead] = w.distinctHeadlineNouns();
    return `Forget ${forgotten} ... ${f} is ${w.random.pick(phrases.gerunds)} ${instead}`;
  },
];

/** Headline cores about two countries. */
const pairHeadlines: readonly PairHeadline[] = [
  (w, f, o) => `${f} ${w.countryVerb().third} ${o} over ${w.headlineNoun()}`,
  (w, f, o) => `${f} and ${o} agree to ${w.policyVerb().base} ${w.headlineNoun()}`,
  (w, _f, o) =>
    `${w.focus.demonym} ${w.headlineNoun()} ${w.random.pick(["plan", "row", "deal"])} worries ${o}`,
];

/** Endings that make two headlines on the same subject differ, as real ones do. */
const headlineTails: readonly ((w: Writer) => string)[] = [
  (w) => ` amid ${w.concern()}`,
  (w) => `, citing ${w.concern()}`,
  (w) => ` as ${w.random.pick(phrases.headlineGroups)} ${w.policyVerb().base} ${w.headlineNoun()}`,
  (w) => ` despite ${w.headlineNoun()}`,
  (w) => ` after talks on ${w.headlineNoun()}`,
  (w) => `: ${w.random.pick(phrases.headlineAttributions)}`,
];

/** Headlines complete as they are: `US 'aggressively' raising cybersecurity with China: official`. */
function completeHeadline(w: Writer, focus: string, other: string | undefined): string {
  if (other !== undefined && w.random.chance(0.3)) {
    return `${focus} '${w.random.pick(phrases.headlineAdverbs)}' ${w.random.pick(phrases.gerunds)} ${w.headlineNoun()} with ${other}: ${w.random.pick(phrases.headlineAttributions)}`;
  }
  // "up"/"rose" agree with singular and plural indicators alike ("exports", "health spending").
  const move = w.random.pick(["up", "down", "rose", "fell"]);
  return `${possessive(focus)} ${w.indicator().replace(/^the /, "")} ${move} ${w.random.int(1, 19)}% in ${monthName(w.date)}`;
}

/** A headline about the writer's focus country, naming another country when the story has one. */
export function headline(w: Writer): string {
  const focus = w.headlineName(w.focus);
  const otherCountry = w.otherCountry();
  const other = otherCountry === undefined ? undefined : w.headlineName(otherCountry);
  const roll = w.random.next();
  if (roll < 0.12) return capitalize(completeHeadline(w, focus, other));
  const core =
    other !== undefined && roll < 0.45
      ? w.random.pick(pairHeadlines)(w, focus, other)
      : w.random.pick(soloHeadlines)(w, focus);
  return capitalize(w.random.chance(0.55) ? core + w.random.pick(headlineTails)(w) : core);
}

/** A standfirst: one sentence-like line without a final full stop, as seed 003 has. */
export function dek(w: Writer): string {
  return capitalize(
    `${w.noun()} ${w.modal()} ${w.policyVerb().base} ${w.noun()} amid ${w.focus.demonym} concern about ${w.concern()}`,
  );
}

/** A photo caption of three comma-separated clauses, so a scraper can cut it off after the second. */
export function caption(w: Writer): { whole: string; cutOff: string } {
  const place = w.focus.capital ?? w.countryName(w.focus);
  const first = `${capitalize(w.actor())} gather in ${place} on ${w.weekday()}`;
  const second = `${w.random.int(2, 9)} days after ${w.actor()} ${w.policyVerb().past} ${w.noun()}`;
  const third = `while ${w.actor()} warn of ${w.concern()}`;
  return { whole: `${first}, ${second}, ${third}`, cutOff: `${first}, ${second},` };
}

/** A related story's teaser; scrapers often keep only its start, ending in ` ...`. */
export function teaser(w: Writer): string {
  const sentence = `${capitalize(w.actor())} ${w.policyVerb().past} ${w.noun()} ${w.when()}, as ${w.actor()} warned of ${w.concern()}.`;
  if (!w.random.chance(0.4)) return sentence;
  return `${sentence.slice(0, sentence.lastIndexOf(" ", Math.floor(sentence.length * 0.7)))} ...`;
}
