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
 * The profiles of distinct term lists, built when first asked for (so that feature ids are handed out in the
 * order sentences are profiled, as without sharing), and their scores at a threshold, kept per pair.
 */
export class DistinctProfiles {
  private readonly profiles: (SentenceProfile | undefined)[] = [];
  /** Per id of the loaded side: scores against others by id, as {@link ProfileScorer.score} gives them at the threshold. */
  private readonly scores: (Map<number, number> | undefined)[] = [];
  readonly scorer = new ProfileScorer();

  constructor(
    private readonly terms: DistinctTerms,
    private readonly profiler: Profiler,
    private readonly threshold: number,
  ) {}

  profile(id: number): SentenceProfile {
    let profile = this.profiles[id];
    if (profile === undefined) {
      profile = this.profiler.profile(this.terms.lists[id]!);
      while (this.profiles.length < id) this.profiles.push(undefined);
      this.profiles[id] = profile;
    }
    return profile;
  }

  /** The score of `a` against `b` when it reaches the threshold, else 0 or some score below it. */
  scoreAtThreshold(a: number, b: number): number {
    let known = this.scores[a];
    if (known === undefined) {
      while (this.scores.length < a) this.scores.push(undefined);
      this.scores[a] = known = new Map();
    }
    let score = known.get(b);
    if (score === undefined) {
      this.scorer.load(this.profile(a));
      score = this.scorer.score(this.profile(b), this.threshold);
      known.set(b, score);
    }
    return score;
  }
}
