/**
 * Inverse document frequency learned from the sentences being compared, smoothed by a prior so that it is
 * sensible for two short sentences as well as for five long reports.
 * @module
 */
import type { Token } from '../text/tokenize.js';
import { STOPWORDS } from '../text/stopwords.js';
import { stem } from '../text/stem.js';
import { entryOf, TermVocabulary, type TermList } from './terms.js';

/** How informative a stem is among the sentences compared. */
export interface IdfTable {
  /** Weight of a stem (or number value): high for rare content words, low for function words. Never 0 or NaN. */
  idf(stem: string): number;
  /** Number of sentences the table was learned from. */
  readonly sentenceCount: number;
}

/** Options of {@link buildIdf}. */
export interface IdfOptions {
  /**
   * Weight of the prior, in pseudo-sentences (default 30). With few real sentences the prior dominates; with
   * hundreds the observed frequencies do.
   */
  priorSentences?: number;
}

// Words that news text uses everywhere, whatever the story: weaker evidence that two sentences report the same
// thing than rarer content words. General vocabulary only; looked up by Porter stem.
const COMMON_NEWS_STEMS: ReadonlySet<string> = new Set(
  `new year day week month time first last top live video update report news official government state nation
country world people man woman men women city home back make take get give go come see show call ask want need
use find keep set put plan big high low good bad many much still now today latest amid via like just old former
chief head leader president minister group part house face move turn open hold run leave seek lead start end
continue expect look help talk meet held hit`
    .split(/\s+/)
    .map((word) => stem(word)),
);

// Stopwords by stem as well ("was" stems to "wa"), since the table is looked up by stem.
const STOPWORD_STEMS: ReadonlySet<string> = new Set([...STOPWORDS, ...[...STOPWORDS].map((word) => stem(word))]);

/** Prior share of sentences that contain a stem: function words are everywhere, content words are rare. */
function priorRate(wordStem: string): number {
  if (STOPWORD_STEMS.has(wordStem)) return PRIOR.stopword;
  if (COMMON_NEWS_STEMS.has(wordStem)) return PRIOR.common;
  return PRIOR.content;
}

/** Prior share of sentences containing a word of each kind, and the weight of the prior in pseudo-sentences. */
const PRIOR = { stopword: 0.3, common: 0.05, content: 0.01, sentences: 30 } as const;

/**
 * Counts in how many of `sentences` each stem occurs and turns it into a smoothed IDF:
 * `idf(s) = ln((N + P) / (df(s) + P·prior(s)))`, with `N` sentences, `P` = 30 prior pseudo-sentences and a
 * prior rate of 0.3 for stopwords, 0.05 for everyday news words ("new", "report", "official"), 0.01 for other
 * words. Two sentences thus get sensible weights from the prior alone, while hundreds of sentences outweigh
 * it. Punctuation is ignored; weights never drop below 0.05. Linear in the number of tokens.
 *
 * @example buildIdf([tokenize('Putin meets envoy'), tokenize('Putin meets Witkoff')]).idf('putin')
 */
export function buildIdf(sentences: readonly (readonly Token[])[], options: IdfOptions = {}): IdfTable {
  // The terms profiles weigh ("us" for "U.S.", "bailout" for "bail-out"), not raw tokens: a term never counted
  // would always weigh the most.
  const vocabulary = new TermVocabulary();
  return idfOfTerms(vocabulary, sentences.map((tokens) => vocabulary.termsOf(tokens)), options);
}

/**
 * {@link buildIdf} over sentences already turned into terms of `vocabulary`. `times[i]`, when given, says how many
 * sentences have the terms `sentences[i]` (alignment counts each distinct term list once, with its number of
 * sentences); the table is the same as for the sentences listed one by one.
 */
export function idfOfTerms(
  vocabulary: TermVocabulary,
  sentences: readonly TermList[],
  options: IdfOptions = {},
  times?: ArrayLike<number>,
): StemIdf {
  // Sentence frequency per stem id; `seenIn` marks the last list a stem was counted for, so that a stem counts
  // once per sentence without a set per sentence.
  const counts = new Int32Array(vocabulary.stemCount);
  const seenIn = new Int32Array(vocabulary.stemCount).fill(-1);
  const entries = vocabulary.entries;
  let n = 0;
  for (let s = 0; s < sentences.length; s++) {
    const terms = sentences[s]!;
    const m = times === undefined ? 1 : times[s]!;
    n += m;
    for (let i = 0; i < terms.length; i++) {
      const stemId = entries[entryOf(terms[i]!)]!.stemId;
      if (seenIn[stemId] === s) continue;
      seenIn[stemId] = s;
      counts[stemId]! += m;
    }
  }
  return new StemIdf(vocabulary.stems, counts, n, options.priorSentences ?? PRIOR.sentences);
}

/**
 * The IDF table of the stems of one vocabulary, by stem id: a stem's weight is worked out once, when first asked
 * for, and kept by its id ({@link ofStem}). It keeps the vocabulary's stems, not its terms.
 */
export class StemIdf implements IdfTable {
  /** Weights by stem id, 0 until worked out (weights are never 0). */
  private readonly weights: Float64Array;

  constructor(
    /** The vocabulary's stem ids by stem. */
    private readonly stems: ReadonlyMap<string, number>,
    /** Sentence frequency by stem id, for the stems the vocabulary had when the sentences were counted. */
    private readonly counts: Int32Array,
    readonly sentenceCount: number,
    private readonly prior: number,
  ) {
    this.weights = new Float64Array(counts.length);
  }

  idf(wordStem: string): number {
    const id = this.stems.get(wordStem);
    return id === undefined ? this.weigh(0, wordStem) : this.ofStem(id, wordStem);
  }

  /**
   * The weight of the stem with id `id` of the vocabulary, `wordStem`; a stem the vocabulary met after the
   * sentences were counted weighs as one never seen.
   */
  ofStem(id: number, wordStem: string): number {
    if (id >= this.weights.length) return this.weigh(0, wordStem);
    let weight = this.weights[id]!;
    if (weight === 0) this.weights[id] = weight = this.weigh(this.counts[id]!, wordStem);
    return weight;
  }

  /** `ln((N + P) / (df + P·prior))`, at least 0.05. */
  private weigh(df: number, wordStem: string): number {
    const value = Math.log((this.sentenceCount + this.prior) / (df + this.prior * priorRate(wordStem)));
    return Math.max(0.05, value);
  }
}
