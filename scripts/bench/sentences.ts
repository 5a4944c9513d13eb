import type { Country } from "./countries.ts";
import { capitalize, possessive, type Writer } from "./writer.ts";

type Template = (w: Writer) => string;
type CountryTemplate = (w: Writer, country: Country) => string;

/** Sentences that name no country: the bulk of a news story. */
const plainSentences: readonly Template[] = [
  (w) => `${capitalize(w.actor())} ${w.policyVerb().past} ${w.noun()} ${w.when()}, citing ${w.concern()}.`,
  (w) => `"${w.quoteOpening()} ${w.noun()}," said ${w.speaker("end")}.`,
  (w) => `"${w.quoteOpening()} ${w.concern()}," ${w.speaker()} ${w.reportVerb()}.`,
  (w) =>
    `${capitalize(w.speaker())} said ${w.actor()} ${w.modal()} ${w.policyVerb().base} ${w.noun()} within ${w.period()}.`,
  (w) =>
    `${capitalize(w.indicator())} fell ${w.percent()} ${w.when()}, the weakest reading since ${w.year(-w.random.int(2, 9))}, according to ${w.organisation()}.`,
  (w) =>
    `${capitalize(w.indicator())} rose ${w.percent()} from a year earlier, according to figures published by ${w.organisation()}.`,
  (w) =>
    `Critics say ${w.noun()} does little to address ${w.concern()}, while supporters call it a ${w.adjective()} first step.`,
  (w) =>
    `${capitalize(w.organisation())} estimates that ${w.noun()} could cost as much as ${w.billions()} by ${w.year(w.random.int(1, 8))}.`,
  (w) => `It was not immediately clear whether ${w.actor()} ${w.modal()} ${w.policyVerb().base} ${w.noun()}.`,
  (w) =>
    `${w.transition()}, ${w.actor()} ${w.policyVerb().past} ${w.noun()}, a move that observers described as ${w.adjective()}.`,
  (w) => `Analysts expect ${w.concern()} to weigh on ${w.indicator()} for ${w.period()}.`,
  (w) =>
    `${capitalize(w.speaker())} ${w.reportVerb()} that ${w.actor()} had ${w.policyVerb().past} ${w.noun()} after ${w.concern()} became harder to ignore.`,
  (w) =>
    `The ${w.adjective()} measure follows months of debate over ${w.noun()} and ${w.random.pick(w.topic.headlineNouns)}.`,
  (w) =>
    `According to ${w.organisation()}, ${w.actor()} ${w.policyVerb().past} ${w.noun()} in ${w.random.int(2, 6)} of the past ${w.random.int(7, 12)} years.`,
  (w) => `Asked about ${w.noun()}, ${w.speaker()} ${w.reportVerb()}: "${w.quoteOpening()} ${w.noun()}."`,
  (w) =>
    `${capitalize(w.actor())} ${w.policyVerb().past} ${w.noun()} at least ${w.random.int(3, 12)} times since ${w.year(-w.random.int(3, 12))}.`,
  (w) => `${capitalize(w.actor())} and ${w.actor()} remained divided over ${w.noun()}.`,
  (w) => `${capitalize(w.organisation())} has called for ${w.adjective()} action on ${w.concern()}.`,
  (w) =>
    `"It is ${w.adjective()}, but it is not enough," ${w.speaker()} ${w.reportVerb()}, referring to ${w.noun()}.`,
  (w) =>
    `The debate over ${w.noun()} has intensified ${w.when()} as ${w.actor()} warned of ${w.concern()} and ${w.concern()}.`,
  (w) =>
    `${w.transition()}, ${w.organisation()} said about ${w.random.int(12, 95)},000 people could be affected by ${w.noun()}.`,
  (w) =>
    `${capitalize(w.actor())} ${w.modal()} ${w.policyVerb().base} ${w.noun()} if ${w.concern()} persists.`,
  (w) =>
    `The proposal would ${w.policyVerb().base} ${w.noun()} and ${w.policyVerb().base} ${w.noun()}, according to a draft seen by reporters.`,
  (w) => `Few expect ${w.noun()} to end ${w.concern()} quickly, ${w.speaker()} ${w.reportVerb()}.`,
];

/** Sentences that name a country by name. */
const nameSentences: readonly CountryTemplate[] = [
  (w, c) =>
    `${capitalize(w.countryName(c))} ${w.policyVerb().past} ${w.noun()} ${w.when()}, citing ${w.concern()}.`,
  (w, c) => `${capitalize(possessive(w.countryName(c)))} ${w.indicator()} rose ${w.percent()} ${w.when()}.`,
  (w, c) => `Relations between ${w.countryName(c)} and its neighbours have been strained by ${w.noun()}.`,
  (w, c) => `In ${w.countryName(c)}, ${w.actor()} ${w.policyVerb().past} ${w.noun()} ${w.when()}.`,
  (w, c) =>
    `${capitalize(w.speaker())} said ${w.countryName(c)} ${w.modal()} ${w.policyVerb().base} ${w.noun()}.`,
  (w, c) =>
    `${capitalize(w.countryName(c))} has faced growing criticism over ${w.noun()}, which ${w.actor()} blame for ${w.concern()}.`,
];

/** Sentences that name a country by its demonym: `the German government`. */
const demonymSentences: readonly CountryTemplate[] = [
  (w, c) =>
    `The ${c.demonym} government ${w.modal()} ${w.policyVerb().base} ${w.noun()}, ${w.speaker()} ${w.reportVerb()}.`,
  (w, c) => `${c.demonym} officials ${w.policyVerb().past} ${w.noun()} ${w.when()}.`,
  (w, c) => `Several ${c.demonym} companies have warned about ${w.concern()}.`,
  (w, c) => `"${w.quoteOpening()} ${w.noun()}," a ${c.demonym} official said on condition of anonymity.`,
];

/** Sentences that use the capital as metonym: `officials in Beijing`. */
const capitalSentences: readonly ((w: Writer, capital: string) => string)[] = [
  (w, capital) => `Officials in ${capital} ${w.policyVerb().past} ${w.noun()} ${w.when()}.`,
  (w, capital) => `${capital} has repeatedly ${w.policyVerb().past} ${w.noun()}.`,
  (w, capital) =>
    `The move was welcomed in ${capital}, where ${w.actor()} have long ${w.policyVerb().past} ${w.noun()}.`,
];

/** A sentence without a country, never the same template twice in a row. */
export function plainSentence(w: Writer): string {
  let index = w.random.int(0, plainSentences.length - 1);
  if (index === w.previousPlainSentence) index = (index + 1) % plainSentences.length;
  w.previousPlainSentence = index;
  return plainSentences[index]?.(w) ?? "";
}

/** Mentions `country` once, by name about half the time, else by demonym or capital. */
export function countrySentence(w: Writer, country: Country): string {
  const roll = w.random.next();
  if (roll < 0.5) return w.random.pick(nameSentences)(w, country);
  if (roll < 0.8 || country.capital === undefined) return w.random.pick(demonymSentences)(w, country);
  return w.random.pick(capitalSentences)(w, country.capital);
}

/** The opening sentence: who did what, where, and when, naming the focus country. */
export function ledeSentence(w: Writer): string {
  const other = w.otherCountry();
  const object = other === undefined ? w.noun() : `${w.countryName(other)} over ${w.noun()}`;
  const verb = other === undefined ? w.policyVerb() : w.countryVerb();
  return `${capitalize(w.countryName(w.focus))} ${verb.past} ${object} on ${w.weekday()}, as ${w.actor()} warned of ${w.concern()}.`;
}
