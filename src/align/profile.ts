/**
 * A sentence as weighted sparse features: what alignment indexes and what {@link scoreProfiles} compares.
 * @module
 */
import type { Token } from '../text/tokenize.js';
import { isStopword } from '../text/stopwords.js';
import { conceptOf, oppositesOf, phraseConceptOf } from '../text/synonyms.js';
import { nameKey } from '../mentions/match-names.js';
import type { IdfTable } from './idf.js';
import { entryOf, isName, TermVocabulary, type TermEntry, type TermList } from './terms.js';
import { Arena } from './arena.js';
import { SparseSums } from './sparse-sums.js';

/**
 * A sentence as weighted sparse features, built once and scored against others many times.
 *
 * Features are discrete keys prefixed by family: `s:` stem, `c:` synonym concept, `p:` 4-letter word prefix,
 * `k:` folded name key, `#:` number value, `~:` number rounded to one digit. Profiles built by one
 * {@link Profiler} share one id space ({@link FeatureSpace}): alignment indexes them by id, and
 * {@link scoreProfiles} compares two of them by merging sorted id arrays instead of looking strings up.
 */
export interface SentenceProfile {
  /** Sum of all weights. */
  mass: number;
  /** Sum of the weights of `#:` (exact number) features. */
  numberMass: number;
  /** Sum of the weights of `k:` (name) features. */
  nameMass: number;
  /** Concepts with a listed opposite (rise, open, acquit) that the sentence uses: a few at most. */
  polar: readonly string[];
  /** The id space of {@link ids}: profiles are comparable by id only when this is the same object. */
  space: FeatureSpace;
  /**
   * The feature ids, ascending: integers, so that scoring indexes by them without converting. Views of large
   * blocks, as are {@link weights}, since alignment keeps a profile for every distinct term list of every report
   * until the detectors are done.
   */
  ids: Int32Array;
  /** The weight of each feature of {@link ids}, in the same order. */
  weights: Float64Array;
}

/** Family of a feature, as {@link scoreProfiles} needs it. */
export const Family = { Other: 0, Number: 1, Name: 2 } as const;
/** See {@link Family}. */
export type Family = (typeof Family)[keyof typeof Family];

/** Feature keys and families by id: one id space per {@link Profiler}. */
export interface FeatureSpace {
  readonly keys: readonly string[];
  readonly families: readonly Family[];
}

const NO_POLAR: readonly string[] = Object.freeze([]);

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

/** A positive number rounded to one significant digit: 73 and 74 both give `7e1`. */
function roughly(value: number): string {
  const exponent = Math.floor(Math.log10(value));
  return `${Math.round(value / 10 ** exponent)}e${exponent}`;
}

/** No feature of this family for the term. */
const NONE = -1;
/** Not worked out yet (name keys are computed only for terms that occur capitalized). */
const UNKNOWN = -2;

/** Everything a term contributes to a profile, worked out the first time the term is met. */
interface TermFeatures {
  /** IDF of the stem raised to {@link WEIGHTS.idfPower}. */
  weight: number;
  /** Number terms: `#:` and `~:` feature ids (`~:` is NONE for zero, negative or unparsable values). */
  exact: number;
  rough: number;
  /** Word terms: `s:` feature id. */
  stem: number;
  stopword: boolean;
  /** The word's own synonym concept, and its `c:` feature id (NONE without one). */
  concept: string | undefined;
  conceptFeature: number;
  /** The concept (or else stem) the word puts among a profile's polar concepts outside a phrase, when it has an opposite. */
  polar: string | undefined;
  prefix: number;
  name: number;
}

/**
 * Builds profiles against one IDF table, in one id space. Feature ids are handed out in the order features are
 * first met, so the same sentences profiled in the same order give the same ids.
 */
export class Profiler implements FeatureSpace {
  readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();
  readonly families: Family[] = [];
  private readonly perTerm: (TermFeatures | undefined)[] = [];
  /** Weight per feature id while a sentence is profiled, and the ids touched in the order first met. */
  private readonly sums = new SparseSums();
  private readonly idArena: Arena<Int32Array>;
  private readonly weightArena: Arena<Float64Array>;

  /** `blockLength`: how many numbers the blocks that hold profiles take (large when many sentences are profiled). */
  constructor(
    private readonly idf: IdfTable,
    readonly vocabulary: TermVocabulary = new TermVocabulary(),
    blockLength?: number,
  ) {
    this.idArena = new Arena(newIdBlock, blockLength);
    this.weightArena = new Arena(newWeightBlock, blockLength);
  }

  private feature(key: string, family: Family = Family.Other): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.families.push(family);
    }
    return id;
  }

  private featuresOf(id: number, entry: TermEntry): TermFeatures {
    let found = this.perTerm[id];
    if (found) return found;
    const weight = this.idf.idf(entry.stem) ** WEIGHTS.idfPower;
    if (entry.number !== undefined) {
      const value = Number(entry.number);
      const exact = this.feature(`#:${entry.number}`, Family.Number);
      const rough = Number.isFinite(value) && value > 0 ? this.feature(`~:${roughly(value)}`) : NONE;
      found = { weight, exact, rough, stem: NONE, stopword: false, concept: undefined, conceptFeature: NONE, polar: undefined, prefix: NONE, name: NONE };
    } else {
      // Ids are handed out in the order the features are added below, as they were first met.
      const stem = this.feature(`s:${entry.stem}`);
      const concept = conceptOf(entry.stem);
      const polar = concept ?? entry.stem;
      found = {
        weight,
        exact: NONE,
        rough: NONE,
        stem,
        stopword: isStopword(entry.norm),
        concept,
        conceptFeature: UNKNOWN,
        polar: oppositesOf(polar).length > 0 ? polar : undefined,
        prefix: UNKNOWN,
        name: UNKNOWN,
      };
    }
    this.perTerm[id] = found;
    return found;
  }

  /** The profile of a sentence given as tokens. */
  profileTokens(tokens: readonly Token[]): SentenceProfile {
    return this.profile(this.vocabulary.termsOf(tokens));
  }

  /**
   * The profile of a sentence given as terms of this profiler's vocabulary. Each word gives its stem, its synonym
   * concept ("killed"/"dead", "prime minister"/"PM"), its 4-letter prefix, and, when capitalized outside a Title
   * Case headline, its romanization-folded name key; numbers (digits or number words) give their value and a
   * rounded value. Every feature is weighted by the word's IDF raised to 1.5, times a weight per family.
   */
  profile(terms: TermList): SentenceProfile {
    const entries = this.vocabulary.entries;
    let polar: string[] | undefined;
    for (let i = 0; i < terms.length; i++) {
      const id = entryOf(terms[i]!);
      const entry = entries[id]!;
      const f = this.featuresOf(id, entry);
      if (f.exact !== NONE) {
        this.sums.add(f.exact, f.weight * WEIGHTS.number);
        if (f.rough !== NONE) this.sums.add(f.rough, f.weight * WEIGHTS.roughNumber);
        continue;
      }
      this.sums.add(f.stem, f.weight * WEIGHTS.stem);
      if (f.stopword) continue;
      const next = i + 1 < terms.length ? entries[entryOf(terms[i + 1]!)]! : undefined;
      const phrase = next === undefined ? undefined : phraseConceptOf(entry.stem, next.stem);
      const concept = phrase ?? f.concept;
      if (phrase !== undefined) this.sums.add(this.feature(`c:${phrase}`), f.weight * WEIGHTS.concept);
      else if (concept !== undefined) {
        if (f.conceptFeature === UNKNOWN) f.conceptFeature = this.feature(`c:${concept}`);
        this.sums.add(f.conceptFeature, f.weight * WEIGHTS.concept);
      }
      const polarConcept = phrase === undefined ? f.polar : oppositesOf(phrase).length > 0 ? phrase : undefined;
      if (polarConcept !== undefined) {
        polar ??= [];
        if (!polar.includes(polarConcept)) polar.push(polarConcept);
      }
      if (f.prefix === UNKNOWN) f.prefix = entry.norm.length >= 4 ? this.feature(`p:${entry.norm.slice(0, 4)}`) : NONE;
      if (f.prefix !== NONE) this.sums.add(f.prefix, f.weight * WEIGHTS.prefix);
      if (isName(terms[i]!)) {
        if (f.name === UNKNOWN) f.name = this.feature(`k:${nameKey(entry.norm)}`, Family.Name);
        this.sums.add(f.name, f.weight * WEIGHTS.nameKey);
      }
    }
    return this.collect(polar);
  }

  /** Turns the sums of the sentence just profiled into a profile, and clears them for the next. */
  private collect(polar: string[] | undefined): SentenceProfile {
    const sums = this.sums;
    const n = sums.size;
    let mass = 0;
    let numberMass = 0;
    let nameMass = 0;
    // Masses are summed in the order features were first met, ids sorted afterwards.
    const ids = this.idArena.take(n);
    for (let k = 0; k < n; k++) {
      const feature = sums.idAt(k);
      ids[k] = feature;
      const value = sums.get(feature);
      mass += value;
      const family = this.families[feature];
      if (family === Family.Number) numberMass += value;
      else if (family === Family.Name) nameMass += value;
    }
    sortIds(ids);
    const weights = this.weightArena.take(n);
    for (let k = 0; k < n; k++) weights[k] = sums.get(ids[k]!);
    sums.clear();
    return { mass, numberMass, nameMass, polar: polar ?? NO_POLAR, space: this, ids, weights };
  }
}

/** Up to this many features are sorted by insertion (quadratic); longer sentences by the typed-array sort. */
const INSERTION_SORT_MAX = 16;

/**
 * Sorts `ids` ascending, in place. A sentence has a few dozen features, which arrive in the order first met: old
 * features (low ids) and new ones (high ids) interleaved, so that an insertion sort moves about n²/4 of them; past
 * a handful, the typed-array sort is cheaper.
 */
function sortIds(ids: Int32Array): void {
  const n = ids.length;
  if (n > INSERTION_SORT_MAX) {
    ids.sort();
    return;
  }
  for (let k = 1; k < n; k++) {
    const x = ids[k]!;
    let j = k - 1;
    while (j >= 0 && ids[j]! > x) {
      ids[j + 1] = ids[j]!;
      j--;
    }
    ids[j + 1] = x;
  }
}

/** Blocks of the profiles' arenas: one function each for every profiler, so that optimized code that calls them stays valid. */
const newIdBlock = (length: number): Int32Array => new Int32Array(length);
const newWeightBlock = (length: number): Float64Array => new Float64Array(length);
