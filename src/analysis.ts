/**
 * Internal contracts between the pipeline stages: what each stage adds to a document.
 * segment → tokenize/normalize → extract mentions → align → detect → report.
 */
import type { Sentence } from './types.js';
import type { Token } from './text/tokenize.js';

/** Dimension of a quantity: what is being counted or measured. */
export type Dimension = 'count' | 'money' | 'percent' | 'duration' | 'year' | 'ordinal' | 'measure';

/** A number in the text, with its unit and the interval it claims. */
export interface Quantity {
  /** Span of the whole expression, hedge and unit included ("more than 30 people", "$2.5 billion", "27-point"). */
  start: number;
  end: number;
  text: string;
  /** Central value, in base units (durations in years, money in units of its currency, percents as 0..100). */
  value: number;
  /** The interval the wording allows: "more than 30" is (30, ∞) → low 30, high Infinity; "about 30" is 27..33. */
  low: number;
  high: number;
  /** Normalized unit or counted noun, singular and stemmed ("point", "people" → "peopl", "usd", "year"). */
  unit: string;
  dimension: Dimension;
  /** The hedge word(s), normalized ("more than", "nearly"), when present. */
  hedge?: string;
  /** Stem of the noun the quantity modifies or counts ("27-point plan" → "plan", "34 people" → "peopl"). */
  head?: string;
  /** Written as a compound modifier ("27-point", "five-hour", "decade-long"). */
  compound?: boolean;
}

/** A proper name: a run of capitalized words ("Volodymyr Zelensky", "Pokrovsk", "European Union"). */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** Normalized form (lower case, ASCII-folded, single spaces). */
  norm: string;
  /** Index range of its tokens in the sentence: [first, last + 1). */
  tokenStart: number;
  tokenEnd: number;
  /** First word of the sentence and not otherwise known as a name: weaker evidence. */
  sentenceInitial: boolean;
}

/** A report's own declaration that two names are one: "Pokrovsk (Krasnoarmeysk)", "Pokrovsk, known in Russian as Krasnoarmeysk". */
export interface Alias {
  a: string;
  b: string;
}

/** A quotation and, when it can be told, who said it. */
export interface QuoteMention {
  /** Span of the quoted words without the quotation marks. */
  start: number;
  end: number;
  text: string;
  /** Index of the sentence the quote starts in. */
  sentence: number;
  /** Normalized full name of the speaker ("kaja kallas"), resolved through pronouns to the last named person. */
  speaker?: string;
  /** The speaker as written where the attribution stands ("Leavitt", "she"). */
  speakerText?: string;
  /** A scare quote of at most three words ("very optimistic", "pivotal"): weak evidence for detectors. */
  short?: boolean;
}

/** A title or role given to a person: "Defense Secretary John Smith", "Kallas, the EU foreign policy chief". */
export interface TitleMention {
  /** Span of the title words. */
  start: number;
  end: number;
  text: string;
  /** Normalized title without honorifics ("eu foreign policy chief"). */
  norm: string;
  /** Normalized full name of the person it is given to. */
  person: string;
  /** Span of the person's name in the text. */
  personStart: number;
  personEnd: number;
}

/** A date or weekday mention, resolved when a reference date is known. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** Resolved calendar date, `YYYY-MM-DD`, when it can be told. */
  iso?: string;
  /** 0 = Sunday … 6 = Saturday, for weekday mentions and resolved dates. */
  weekday?: number;
  /** Granularity of what is written. */
  precision: 'day' | 'month' | 'year' | 'weekday' | 'relative';
  /** Calendar parts as written or resolved (1-based month), so that dates without a known year still compare. */
  year?: number;
  month?: number;
  day?: number;
}

/** A sentence with its tokens: all that alignment reads. */
export interface ReadSentence extends Sentence {
  tokens: Token[];
}

/** A sentence with everything the extractors found in it. */
export interface AnalyzedSentence extends ReadSentence {
  quantities: Quantity[];
  names: NameMention[];
  dates: DateMention[];
}

/** A document split into sentences and tokens: the stages before the mentions, all that alignment needs. */
export interface ReadDocument {
  id: string;
  /** Position in the caller's input array. */
  inputIndex: number;
  text: string;
  title?: string;
  publishedAt?: string;
  sentences: ReadSentence[];
}

/** A document after all per-document stages. */
export interface AnalyzedDocument extends ReadDocument {
  sentences: AnalyzedSentence[];
  /** Name pairs the report itself declares to be the same place or person. */
  aliases: Alias[];
  quotes: QuoteMention[];
  titles: TitleMention[];
}

/** An alignment with its members resolved to the documents' sentences (analyzed ones, unless said otherwise). */
export interface AlignedGroup<D extends ReadDocument = AnalyzedDocument> {
  id: string;
  score: number;
  members: { doc: D; sentence: D['sentences'][number] }[];
}
