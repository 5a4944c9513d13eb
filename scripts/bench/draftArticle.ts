import { composeBody } from "./body.ts";
import { type Country, pickCountry, pickOtherCountries } from "./countries.ts";
import { earlierTime, laterTime, randomPublicationTime } from "./dates.ts";
import { caption, dek, headline, teaser } from "./headlines.ts";
import { type Random, streamFor } from "./random.ts";
import { firstNames, lastNames, publications } from "./vocabulary/people.ts";
import { type Topic, topics } from "./vocabulary/topics.ts";
import { Writer } from "./writer.ts";

/** Where a file states its date: the raw-text forms the parser must read, front matter, or nowhere. */
export type DateStyle =
  | "long-date" // `April 14, 2015`
  | "byline-updated" // `By A and B (Publisher) Updated: 2014-06-06 02:55`
  | "published-updated" // `PUBLISHED : Thursday, 02 March, 2017, 4:27pm` + `UPDATED : ...`
  | "byline-long-date" // `By A` then `April 14, 2015`
  | "filename" // only the file name's ISO prefix
  | "none" // undated
  | "front-matter";

export interface RelatedStory {
  title: string;
  date: Date;
  teaser: string;
}

/** What an article says, before a layout decides how its file shows it. */
export interface ArticleDraft {
  format: "text" | "markdown";
  dateStyle: DateStyle;
  title: string;
  dek: string;
  section: string;
  authors: string[];
  publication: string;
  published: Date;
  updated?: Date;
  focus: Country;
  caption: { whole: string; cutOff: string };
  paragraphs: string[];
  related: RelatedStory[];
}

/** Separate streams, so that how a file is laid out never changes what it says. */
export const streams = { story: 1, content: 2, layout: 3 } as const;

/** Share of articles that reuse an earlier article's headline, as real archives do (reprints, updates). */
const repeatedHeadlineShare = 0.005;

/** The part two articles share when one repeats the other's headline. */
interface Story {
  topic: Topic;
  focus: Country;
  others: Country[];
  date: Date;
  title: string;
}

/** How many countries besides the focus an article mentions. */
const otherCountryCounts = [
  [0, 15],
  [1, 30],
  [2, 25],
  [3, 18],
  [4, 12],
] as const;

/** Decides what article `index` is about; a few articles take an earlier article's story whole. */
function story(seed: number, index: number): Story {
  const random = streamFor(seed, index, streams.story);
  if (index > 0 && random.chance(repeatedHeadlineShare)) return story(seed, random.int(0, index - 1));
  const topic = random.pick(topics);
  const focus = pickCountry(random);
  const others = pickOtherCountries(random, focus, random.pickWeighted(otherCountryCounts));
  const date = randomPublicationTime(random);
  const title = headline(new Writer(random, topic, focus, others, date));
  return { topic, focus, others, date, title };
}

/** How often each raw-text date form occurs; about one article in eleven states no date at all. */
const textDateStyles = [
  ["long-date", 25],
  ["byline-updated", 15],
  ["published-updated", 20],
  ["byline-long-date", 12],
  ["filename", 15],
  ["none", 13],
] as const;

/** Writes what article `index` of the corpus for `seed` says. */
export function draftArticle(seed: number, index: number): ArticleDraft {
  const { topic, focus, others, date, title } = story(seed, index);
  const random = streamFor(seed, index, streams.content);
  const w = new Writer(random, topic, focus, others, date);
  const format = random.chance(0.3) ? "markdown" : "text";
  // Skewed towards shorter stories, as news is; the body stays within 500–1,500 words.
  const targetWords = 500 + Math.floor(850 * random.next() ** 1.5);
  const focusMentions = random.int(3, 6) + Math.floor(targetWords / 350);
  const updated = random.chance(0.4) ? laterTime(random, date) : undefined;
  return {
    format,
    dateStyle: format === "markdown" ? "front-matter" : random.pickWeighted(textDateStyles),
    title,
    dek: dek(w),
    section: sectionName(random, topic, focus),
    authors: Array.from(
      { length: random.int(1, 2) },
      () => `${random.pick(firstNames)} ${random.pick(lastNames)}`,
    ),
    publication: random.pick(publications),
    published: date,
    ...(updated === undefined ? {} : { updated }),
    focus,
    caption: caption(w),
    paragraphs: composeBody(w, targetWords, focusMentions),
    related: Array.from({ length: random.int(3, 5) }, () => ({
      title: headline(w),
      date: earlierTime(random, date),
      teaser: teaser(w),
    })),
  };
}

/** `China / Politics`, `Business / Trade`, or `World / Eastern Asia` from the focus country's region. */
function sectionName(random: Random, topic: Topic, focus: Country): string {
  if (random.chance(0.25)) return `World / ${focus.region}`;
  const name = (focus.names[0] ?? focus.demonym).replace(/^the /, "");
  return random.pick(topic.sections).replace("{country}", name);
}
