export type EntityKind = "person" | "organization";

/** A run of capitalised words in the text, the raw material of every name. */
export interface NameRun {
  /** The words, with possessive `'s` and the dots of acronyms (`U.S.`) removed; `of`, `the`, `and` may join them. */
  words: string[];
  /** Where the run starts in the article (title, then dek, then paragraphs), for first appearance. */
  order: number;
  /** The run opens a sentence or a quotation, so its first capital letter says nothing. */
  sentenceInitial: boolean;
  /** The run ends in `'s`: `Major's office` is a person's office, not an employer called Major. */
  possessive: boolean;
  /** Up to 40 characters before the run and 80 after it, for the cues that tell a person from anything else. */
  before: string;
  after: string;
}

/** One occurrence of a name that was recognised as a person's or an organisation's. */
export interface Mention {
  kind: EntityKind;
  words: string[];
  order: number;
  /** The acronym the article defines for this name: `CDC` in `Centers for Disease Control and Prevention (CDC)`. */
  acronym?: string;
}

/** One occurrence of capitalised words that name nothing by themselves but may repeat a name (`Hua`, `Long`). */
export interface Leftover {
  words: string[];
  order: number;
  /** The words around it show it acting as a body (`according to Flurry`, `FEMA's new tool`): see `bodyCues.ts`. */
  actsAsBody?: boolean;
}
