export type EntityKind = "person" | "organization";

/** A run of capitalised words in the text, the raw material of every name. */
export interface NameRun {
  /** The words, with possessive `'s` and the dots of acronyms (`U.S.`) removed; `of`, `the`, `and` may join them. */
  words: string[];
  /** Where the run starts in the article (title, then dek, then paragraphs), for first appearance. */
  order: number;
  /** The run opens a sentence or a quotation, so its first capital letter says nothing. */
  sentenceInitial: boolean;
  /** Up to 40 characters before the run and 80 after it, for the cues that tell a person from anything else. */
  before: string;
  after: string;
}

/** One occurrence of a name that was recognised as a person's or an organisation's. */
export interface Mention {
  kind: EntityKind;
  words: string[];
  order: number;
}

/** One occurrence of capitalised words that name nothing by themselves but may repeat a name (`Hua`, `Long`). */
export interface Leftover {
  words: string[];
  order: number;
}
