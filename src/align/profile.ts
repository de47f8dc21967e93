/**
 * A sentence as weighted sparse features: what alignment indexes and what {@link scoreProfiles} compares.
 * @module
 */
import type { Token } from '../text/tokenize.js';
import { isStopword } from '../text/stopwords.js';
import { stem as stemWord } from '../text/stem.js';
import { conceptOf, oppositesOf, phraseConceptOf } from '../text/synonyms.js';
import { nameKey } from '../mentions/match-names.js';
import type { IdfTable } from './idf.js';
import { wordTable } from '../text/word-table.js';

/** A sentence as weighted sparse features, built once and scored against others many times. */
export interface SentenceProfile {
  /**
   * Feature → weight. Keys are discrete and prefixed by family: `s:` stem, `c:` synonym concept, `p:` 4-letter
   * word prefix, `k:` folded name key, `#:` number value, `~:` number rounded to one digit. Alignment indexes them.
   */
  features: ReadonlyMap<string, number>;
  /** Sum of all weights. */
  mass: number;
  /** Sum of the weights of `#:` (exact number) features. */
  numberMass: number;
  /** Sum of the weights of `k:` (name) features. */
  nameMass: number;
  /** Concepts with a listed opposite (rise, open, acquit) that the sentence uses: a few at most. */
  polar: readonly string[];
  /**
   * The features again, as ids sorted ascending with their weights and family (0 other, 1 number, 2 name):
   * profiles built against one IDF table share ids, and are scored by merging two sorted arrays instead of
   * looking strings up in a map (alignment scores hundreds of thousands of pairs).
   */
  compact: CompactFeatures;
}

/** See {@link SentenceProfile.compact}. */
export interface CompactFeatures {
  /** Identity of the id space: profiles are comparable by id only when this is the same object. */
  readonly vocabulary: object;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly families: Uint8Array;
}

/** Feature ids per IDF table: one id space per comparison run, collected with the table. */
const vocabularies = new WeakMap<IdfTable, Map<string, number>>();

function compactOf(features: ReadonlyMap<string, number>, idf: IdfTable): CompactFeatures {
  let vocabulary = vocabularies.get(idf);
  if (!vocabulary) vocabularies.set(idf, (vocabulary = new Map()));
  const n = features.size;
  const ids = new Int32Array(n);
  const weights = new Float64Array(n);
  const families = new Uint8Array(n);
  let k = 0;
  for (const [key, weight] of features) {
    let id = vocabulary.get(key);
    if (id === undefined) vocabulary.set(key, (id = vocabulary.size));
    const c0 = key.charCodeAt(0);
    const family = key.charCodeAt(1) === 58 /* ':' */ ? (c0 === 35 /* '#' */ ? 1 : c0 === 107 /* 'k' */ ? 2 : 0) : 0;
    // Insertion sort by id as the features arrive: a sentence has a few dozen, and nothing is allocated.
    let j = k - 1;
    while (j >= 0 && ids[j]! > id) {
      ids[j + 1] = ids[j]!;
      weights[j + 1] = weights[j]!;
      families[j + 1] = families[j]!;
      j--;
    }
    ids[j + 1] = id;
    weights[j + 1] = weight;
    families[j + 1] = family;
    k++;
  }
  return { vocabulary, ids, weights, families };
}

// Measured on news headlines against human similarity scores (docs/similarity.md). Each family's weight
// multiplies the IDF weight of the word it comes from.
const WEIGHTS = {
  stem: 1,
  /** Synonyms count half: "killed" and "dead" agree, but less surely than "killed" and "killed". */
  concept: 0.5,
  /** Shared 4-letter prefixes catch demonyms and abbreviations (Syria/Syrian, Calif/California). */
  prefix: 0.6,
  /** Capitalized words also match by romanization key (Kharkiv/Kharkov). */
  nameKey: 0.6,
  /** Numbers are the strongest evidence of one event: counts, dates, scores. */
  number: 3,
  /** Close numbers (73 and 74 dead) agree a little. */
  roughNumber: 1.5,
  /** IDF is raised to this power: rare words decide. */
  idfPower: 1.5,
} as const;

/** Share of capitalized long words above which a sentence is Title Case and capitals say nothing about names. */
const TITLE_CASE_SHARE = 0.8;

const NUMBER_WORDS: Readonly<Record<string, string>> = wordTable({
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', dozen: '12', twenty: '20', hundred: '100', thousand: '1000', million: '1000000',
});

interface Term {
  stem: string;
  norm: string;
  /** A candidate name: capitalized in a sentence that is not Title Case. */
  name: boolean;
  /** Value of a number, written in digits or as a word. */
  number?: string;
}

function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || token.norm.length <= 3) continue;
    words++;
    if (token.upper) capitals++;
  }
  return words >= 3 && capitals / words > TITLE_CASE_SHARE;
}

/** Letters each followed by a dot, written together ("U.S.", "U.N."), joined into one word; else undefined. */
function acronymAt(tokens: readonly Token[], i: number): { norm: string; next: number } | undefined {
  let norm = '';
  let j = i;
  while (tokens[j]?.kind === 'word' && tokens[j]?.norm.length === 1 && tokens[j + 1]?.text === '.' && (j === i || tokens[j]?.spaceBefore === false)) {
    norm += tokens[j]?.norm;
    j += 2;
  }
  return norm.length > 1 ? { norm, next: j } : undefined;
}

/**
 * Words and numbers of a sentence. Acronyms are joined ("U.S." → `us`); hyphenated compounds give the joined
 * word as well as the parts ("bail-out" → `bailout`, `bail`, `out`); apostrophes inside words are dropped
 * ("Tian'anmen" → `tiananmen`); possessive 's and punctuation are skipped.
 */
/** The stems of the terms a sentence is profiled by: what IDF must count, so that every term has a frequency. */
export function termStems(tokens: readonly Token[]): string[] {
  return termsOf(tokens).map((t) => t.stem);
}

function termsOf(tokens: readonly Token[]): Term[] {
  const titleCase = isTitleCase(tokens);
  const terms: Term[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const acronym = token.kind === 'word' ? acronymAt(tokens, i) : undefined;
    if (acronym !== undefined) {
      terms.push({ stem: acronym.norm, norm: acronym.norm, name: !titleCase });
      i = acronym.next;
      continue;
    }
    if (token.kind === 'number') {
      terms.push({ stem: token.norm, norm: token.norm, name: false, number: token.norm.replaceAll(',', '') });
    } else if (token.kind === 'word' && token.norm !== "'s") {
      const norm = token.norm.includes("'") ? token.norm.replaceAll("'", '') : token.norm;
      const wordStem = norm === token.norm ? token.stem : stemWord(norm);
      const number = NUMBER_WORDS[norm];
      terms.push(number === undefined ? { stem: wordStem, norm, name: token.upper && !titleCase } : { stem: wordStem, norm, name: false, number });
      const dash = tokens[i + 1];
      const second = tokens[i + 2];
      if (dash?.text === '-' && !dash.spaceBefore && second?.kind === 'word' && !second.spaceBefore) {
        const joined = norm + second.norm;
        terms.push({ stem: stemWord(joined), norm: joined, name: false });
      }
    }
    i += 1;
  }
  return terms;
}

/** A positive number rounded to one significant digit: 73 and 74 both give `7e1`. */
function roughly(value: number): string {
  const exponent = Math.floor(Math.log10(value));
  return `${Math.round(value / 10 ** exponent)}e${exponent}`;
}

function add(features: Map<string, number>, key: string, weight: number): void {
  features.set(key, (features.get(key) ?? 0) + weight);
}

/**
 * Turns a tokenized sentence into weighted features. Each word gives its stem, its synonym concept
 * ("killed"/"dead", "prime minister"/"PM"), its 4-letter prefix, and, when capitalized outside a Title Case
 * headline, its romanization-folded name key; numbers (digits or number words) give their value and a rounded
 * value. Every feature is weighted by the word's IDF raised to 1.5, times a weight per family. Linear in the
 * number of tokens; the profile is immutable and cheap to score ({@link scoreProfiles}).
 *
 * @example profileSentence(tokenize('Putin meets U.S. envoy'), buildIdf([tokenize('Putin meets U.S. envoy')]))
 */
export function profileSentence(tokens: readonly Token[], idf: IdfTable): SentenceProfile {
  const features = new Map<string, number>();
  const polar: string[] = [];
  const terms = termsOf(tokens);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as Term;
    const weight = idf.idf(term.stem) ** WEIGHTS.idfPower;
    if (term.number !== undefined) {
      add(features, `#:${term.number}`, weight * WEIGHTS.number);
      const value = Number(term.number);
      if (Number.isFinite(value) && value > 0) add(features, `~:${roughly(value)}`, weight * WEIGHTS.roughNumber);
      continue;
    }
    add(features, `s:${term.stem}`, weight * WEIGHTS.stem);
    if (isStopword(term.norm)) continue;
    const next = terms[i + 1];
    const concept = (next === undefined ? undefined : phraseConceptOf(term.stem, next.stem)) ?? conceptOf(term.stem);
    if (concept !== undefined) add(features, `c:${concept}`, weight * WEIGHTS.concept);
    const polarConcept = concept ?? term.stem;
    if (oppositesOf(polarConcept).length > 0 && !polar.includes(polarConcept)) polar.push(polarConcept);
    if (term.norm.length >= 4) add(features, `p:${term.norm.slice(0, 4)}`, weight * WEIGHTS.prefix);
    if (term.name) add(features, `k:${nameKey(term.norm)}`, weight * WEIGHTS.nameKey);
  }
  let mass = 0;
  let numberMass = 0;
  let nameMass = 0;
  for (const [key, value] of features) {
    mass += value;
    if (key.startsWith('#:')) numberMass += value;
    else if (key.startsWith('k:')) nameMass += value;
  }
  return { features, mass, numberMass, nameMass, polar, compact: compactOf(features, idf) };
}
