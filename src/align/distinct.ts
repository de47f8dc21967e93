/**
 * Sentences by distinct content. Reports of one event repeat sentences word for word (wire copy, syndicated
 * paragraphs, updated versions of one story), and sentences with the same terms have the same profile, the same
 * heaviest features and the same scores. Alignment works on the distinct ones: each is profiled once, and its
 * scores against group representatives are kept, so that a repeated sentence costs look-ups instead of scorings.
 * @module
 */
import type { Profiler, SentenceProfile } from './profile.js';
import { ProfileScorer } from './similarity.js';
import type { TermList } from './terms.js';

/** Distinct term lists, by id in the order first met. */
export class DistinctTerms {
  readonly lists: TermList[] = [];
  /** Ids by hash of content; lists with one hash are told apart by comparing them. */
  private readonly byHash = new Map<number, number | number[]>();

  /** The id of the list with the content of `terms`, a new one the first time that content is met. */
  idOf(terms: TermList): number {
    const hash = hashOf(terms);
    const found = this.byHash.get(hash);
    if (typeof found === 'number') {
      if (sameTerms(this.lists[found]!, terms)) return found;
      const id = this.add(terms);
      this.byHash.set(hash, [found, id]);
      return id;
    }
    if (found !== undefined) {
      for (const id of found) if (sameTerms(this.lists[id]!, terms)) return id;
      const id = this.add(terms);
      found.push(id);
      return id;
    }
    const id = this.add(terms);
    this.byHash.set(hash, id);
    return id;
  }

  private add(terms: TermList): number {
    return this.lists.push(terms) - 1;
  }
}

/** FNV-1a over the terms. */
function hashOf(terms: TermList): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < terms.length; i++) h = Math.imul(h ^ terms[i]!, 0x01000193);
  return h;
}

function sameTerms(a: TermList, b: TermList): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The profiles of distinct term lists, built by {@link DistinctProfiles.build} in the order alignment first meets
 * them (so that feature ids are handed out in the order sentences are profiled, as without sharing), and their
 * scores at a threshold, kept per pair.
 */
export class DistinctProfiles {
  private readonly profiles: (SentenceProfile | undefined)[] = [];
  /** Scores by pair of ids, as {@link ProfileScorer.score} gives them at the threshold. */
  private readonly scores: PairScores;
  readonly scorer = new ProfileScorer();

  constructor(
    private readonly terms: DistinctTerms,
    private readonly profiler: Profiler,
    private readonly threshold: number,
  ) {
    // Each distinct sentence is scored against the representatives of a few groups: room for some per sentence
    // from the start saves rehashing the table as it fills.
    this.scores = new PairScores(PAIRS_PER_SENTENCE * terms.lists.length);
  }

  /** The profile of `id`, built the first time it is asked for. */
  profile(id: number): SentenceProfile {
    return this.profiles[id] ?? this.build(id);
  }

  /**
   * Builds the profile of `id`, which must not be built yet. Alignment builds each profile here, before anything
   * else asks for it: the callers of {@link profile} then never reach the profiler, and their optimized code does
   * not take the profiler's in.
   */
  build(id: number): SentenceProfile {
    const profile = this.profiler.profile(this.terms.lists[id]!);
    while (this.profiles.length < id) this.profiles.push(undefined);
    this.profiles[id] = profile;
    return profile;
  }

  /** The score of `a` against `b` when it reaches the threshold, else 0 or some score below it. */
  scoreAtThreshold(a: number, b: number): number {
    const known = this.scores.get(a, b);
    return known >= 0 ? known : this.score(a, b);
  }

  private score(a: number, b: number): number {
    this.scorer.load(this.profile(a));
    const score = this.scorer.score(this.profile(b), this.threshold);
    this.scores.set(a, b, score);
    return score;
  }
}

/**
 * Pairs kept per distinct sentence the score table makes room for at first (it grows past that as needed). A
 * sentence is scored against up to three representatives of each of up to eight candidate groups, and against the
 * members of a neighbour's group when it joined none: 200 generated reports keep about 18 pairs per distinct
 * sentence, and growing the table rehashes every pair kept so far.
 */
const PAIRS_PER_SENTENCE = 16;

/**
 * Scores (0..1) by ordered pair of small non-negative ids: an open-addressing table in one buffer, since alignment
 * asks for a couple of hundred thousand pairs and keeps tens of thousands, which as maps would be as many
 * allocations. A slot is 16 bytes, both ids then the score, so that a look-up reads one place in memory rather than
 * one in each of three arrays.
 */
class PairScores {
  /** Slot `i`: first id at `ids[4i]` (-1 when empty), second at `ids[4i + 1]`, score at `scores[2i + 1]`. */
  private ids: Int32Array;
  private scores: Float64Array;
  private count = 0;

  /** `expected`: how many pairs are likely to be kept. */
  constructor(expected: number) {
    // A power of two at least twice `expected` (up to 2^24 slots), so that it starts at most half full; `set`
    // grows it when it fills past that.
    let slots = 1 << 12;
    while (slots < 2 * expected && slots < 1 << 24) slots *= 2;
    [this.ids, this.scores] = emptySlots(slots);
  }

  /** The score kept for `(a, b)`, or -1. */
  get(a: number, b: number): number {
    const ids = this.ids;
    const mask = (ids.length >> 2) - 1;
    for (let slot = slotOf(a, b, mask); ; slot = (slot + 1) & mask) {
      const found = ids[slot << 2]!;
      if (found === -1) return -1;
      if (found === a && ids[(slot << 2) + 1] === b) return this.scores[(slot << 1) + 1]!;
    }
  }

  /** Keeps `score` for `(a, b)`, which must not be kept yet. */
  set(a: number, b: number, score: number): void {
    // At most half full, so that probes stay short.
    if (2 * (this.count + 1) > this.ids.length >> 2) this.grow();
    this.put(a, b, score);
    this.count++;
  }

  private put(a: number, b: number, score: number): void {
    const ids = this.ids;
    const mask = (ids.length >> 2) - 1;
    let slot = slotOf(a, b, mask);
    while (ids[slot << 2] !== -1) slot = (slot + 1) & mask;
    ids[slot << 2] = a;
    ids[(slot << 2) + 1] = b;
    this.scores[(slot << 1) + 1] = score;
  }

  private grow(): void {
    const { ids, scores } = this;
    [this.ids, this.scores] = emptySlots(ids.length >> 1);
    for (let slot = 0, n = ids.length >> 2; slot < n; slot++) {
      if (ids[slot << 2] !== -1) this.put(ids[slot << 2]!, ids[(slot << 2) + 1]!, scores[(slot << 1) + 1]!);
    }
  }
}

/** `slots` empty slots of {@link PairScores}: two views of one buffer. */
function emptySlots(slots: number): [Int32Array, Float64Array] {
  const buffer = new ArrayBuffer(16 * slots);
  const ids = new Int32Array(buffer);
  for (let slot = 0; slot < slots; slot++) ids[slot << 2] = -1;
  return [ids, new Float64Array(buffer)];
}

/** A slot for `(a, b)`: both ids mixed, then the high bits folded into the low ones the mask keeps. */
function slotOf(a: number, b: number, mask: number): number {
  const h = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}
