import type { Country } from "./countries.ts";
import { weekdayName } from "./dates.ts";
import type { Random } from "./random.ts";
import { firstNames, lastNames, organisations, roles } from "./vocabulary/people.ts";
import * as phrases from "./vocabulary/phrases.ts";
import type { Topic } from "./vocabulary/topics.ts";

/** A person quoted in the article: introduced in full once, then by surname, as news style does. */
interface Speaker {
  full: string;
  surname: string;
  introduced: boolean;
}

/**
 * Fills the slots of sentence templates for one article: its beat, its countries, its cast of
 * speakers and its date, so that every sentence of an article belongs to the same story.
 */
export class Writer {
  readonly random: Random;
  readonly topic: Topic;
  readonly focus: Country;
  readonly others: readonly Country[];
  readonly date: Date;
  readonly #cast: Speaker[];
  /** Which plain template wrote the last sentence, so the next can differ. */
  previousPlainSentence = -1;

  constructor(random: Random, topic: Topic, focus: Country, others: readonly Country[], date: Date) {
    this.random = random;
    this.topic = topic;
    this.focus = focus;
    this.others = others;
    this.date = date;
    this.#cast = Array.from({ length: random.int(2, 4) }, () => this.#newSpeaker());
  }

  #newSpeaker(): Speaker {
    const surname = this.random.pick(lastNames);
    const name = `${this.random.pick(firstNames)} ${surname}`;
    return {
      full: `${name}, ${this.random.pick(roles)} at ${this.random.pick(organisations)}`,
      surname,
      introduced: false,
    };
  }

  /**
   * `Ana Silva, a senior economist at Meridian Capital` the first time, `Silva` after. As the subject
   * of a verb (`..., Silva said`) the introduction needs its closing comma; at a sentence's end it does not.
   */
  speaker(position: "subject" | "end" = "subject"): string {
    const speaker = this.random.pick(this.#cast);
    if (speaker.introduced) return speaker.surname;
    speaker.introduced = true;
    return position === "subject" ? `${speaker.full},` : speaker.full;
  }

  /** A surname for headlines (`Silva says ...`), from the article's cast. */
  speakerSurname(): string {
    return this.random.pick(this.#cast).surname;
  }

  actor(): string {
    return this.random.pick(this.topic.actors);
  }

  noun(): string {
    return this.random.pick(this.topic.nouns);
  }

  headlineNoun(): string {
    return this.random.pick(this.topic.headlineNouns);
  }

  /** Two different headline nouns, for headlines that contrast them. */
  distinctHeadlineNouns(): [string, string] {
    const first = this.headlineNoun();
    let second = this.headlineNoun();
    while (second === first) second = this.headlineNoun();
    return [first, second];
  }

  concern(): string {
    return this.random.pick(this.topic.concerns);
  }

  indicator(): string {
    return this.random.pick(this.topic.indicators);
  }

  organisation(): string {
    return this.random.pick(organisations);
  }

  policyVerb(): phrases.Verb {
    return this.random.pick(phrases.policyVerbs);
  }

  countryVerb(): phrases.Verb {
    return this.random.pick(phrases.countryVerbs);
  }

  modal(): string {
    return this.random.pick(phrases.modals);
  }

  reportVerb(): string {
    return this.random.pick(phrases.reportVerbs);
  }

  adjective(): string {
    return this.random.pick(phrases.adjectives);
  }

  period(): string {
    return this.random.pick(phrases.periods);
  }

  transition(): string {
    return this.random.pick(phrases.transitions);
  }

  quoteOpening(): string {
    return this.random.pick(phrases.quoteOpenings);
  }

  weekday(): string {
    return weekdayName(this.date);
  }

  /** `on Tuesday`, `last month`: relative to the article's own date, as a reporter writes. */
  when(): string {
    if (this.random.chance(0.45)) return `on ${this.weekday()}`;
    return this.random.pick(phrases.relativeTimes);
  }

  percent(): string {
    return `${this.random.int(1, 19)}.${this.random.int(0, 9)} percent`;
  }

  billions(): string {
    return `$${this.random.int(2, 950)} billion`;
  }

  /** A year near the article's, for `since 2009` and `by 2030`. */
  year(offset: number): number {
    return this.date.getUTCFullYear() + offset;
  }

  /** A name a sentence can use for `country`, e.g. `the United States` or `Britain`. */
  countryName(country: Country): string {
    return this.random.pick(country.names);
  }

  /** A name a headline can use: `US`, `UK`, `China`. */
  headlineName(country: Country): string {
    return this.random.pick(country.headlineNames);
  }

  otherCountry(): Country | undefined {
    return this.others.length === 0 ? undefined : this.random.pick(this.others);
  }
}

/** Upper-cases the first letter: `the United States` starts a sentence as `The United States`. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `China's`, `the Philippines'`. */
export function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}
