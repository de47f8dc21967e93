import type { Token } from '../text/tokenize.js';
import { idfOfTerms } from './idf.js';
import { Profiler, type SentenceProfile } from './profile.js';
import { scoreProfiles } from './similarity.js';
import { DistinctProfiles, DistinctTerms } from './distinct.js';
import { TermVocabulary } from './terms.js';
import { SparseSums } from './sparse-sums.js';
import { UnionFind } from '../collections.js';

/** One document as alignment sees it: its sentences' tokens, and which sentences may take part. */
export interface AlignableDocument {
  sentences: readonly AlignableSentence[];
}

/** A sentence as alignment sees it. */
export interface AlignableSentence {
  tokens: readonly Token[];
  alignable: boolean;
  /**
   * The sentence as written, when known. Sentences with one text must have the same tokens (as when the tokens
   * are read from the text): reports repeat sentences word for word, and the terms of a repeated text are then
   * taken from its first occurrence instead of being read from its tokens again.
   */
  text?: string;
}

/** A sentence, by document position and sentence index. */
export interface SentenceRef {
  doc: number;
  sentence: number;
}

/** A group of sentences from at least two documents, with the mean similarity of the links that formed it. */
export interface AlignedSentences {
  members: SentenceRef[];
  score: number;
}

/** Options of {@link alignSentenceGroups}. */
export interface AlignOptions {
  /** Minimum similarity for a sentence to join a group (0..1). */
  threshold: number;
}

/** How many of a sentence's heaviest features are looked up in the index of groups. */
const QUERY_FEATURES = 8;
/** How many candidate groups are scored for each sentence. */
const MAX_CANDIDATES = 8;
/** How many members of a group (its representatives) a newcomer is scored against. */
const MAX_REPS = 3;

/** The heaviest features of a profile, heaviest first, as looked up in the index of groups. */
interface Query {
  ids: number[];
  weights: number[];
}

interface Cluster {
  id: number;
  members: SentenceRef[];
  /** Representatives, as ids of distinct sentences (see {@link DistinctTerms}). */
  reps: number[];
  /** Documents are processed in order, so "already has a member from this document" is one comparison. */
  lastDoc: number;
  scoreSum: number;
  links: number;
}

/**
 * Groups sentences that report the same thing across all documents at once.
 *
 * Documents are taken one after the other (in the order given; callers pass a canonical order). Each sentence is
 * scored only against the groups that share one of its heaviest features, found through an inverted index of
 * groups (not of sentences), so the work grows with the number of sentences times the number of distinct things
 * reported, not with the number of sentence pairs. Within a document, sentence-to-group links are assigned
 * best-first with at most one sentence of the document per group; a sentence left over whose neighbour joined a
 * group may join it too (a sentence one outlet split in two).
 */
export function alignSentenceGroups(docs: readonly AlignableDocument[], options: AlignOptions): AlignmentResult {
  // Every sentence becomes a list of term ids once: IDF counts them, then profiles weigh them. Sentences with the
  // same terms share one id (-1: not alignable), and everything derived from them.
  const vocabulary = new TermVocabulary(BLOCK_LENGTH);
  const distinct = new DistinctTerms();
  const { sentenceIds, times } = readSentences(docs, vocabulary, distinct);
  const profiler = new Profiler(idfOfTerms(vocabulary, distinct.lists, {}, times), vocabulary, BLOCK_LENGTH);
  const table = new DistinctProfiles(distinct, profiler, options.threshold);
  const grouping = new Grouping(table, options.threshold);
  // Distinct ids are handed out in the order documents and sentences are read, so profiling them in id order hands
  // out feature ids in that order too.
  for (let id = 0; id < distinct.lists.length; id++) grouping.prepare(id);
  const clusterOf: Int32Array[] = docs.map((d) => new Int32Array(d.sentences.length).fill(-1));
  for (let d = 0; d < docs.length; d++) grouping.addDocument(d, sentenceIds[d]!, clusterOf[d]!);
  const { clusters, finder, queries } = grouping;

  mergeClusters(clusters, finder, options.threshold, table, queries);
  const live = clusters.filter((c) => c.members.length > 0);
  for (const c of live) for (const m of c.members) clusterOf[m.doc]![m.sentence] = c.id;
  attachSplitSentences(clusters, sentenceIds, clusterOf, options.threshold, table);

  const groups = live
    .filter((c) => new Set(c.members.map((m) => m.doc)).size >= 2)
    .map((c) => ({
      members: [...c.members].sort((a, b) => a.doc - b.doc || a.sentence - b.sentence),
      score: c.links > 0 ? c.scoreSum / c.links : 0,
    }));
  const profiles = sentenceIds.map((ids) => Array.from(ids, (id) => (id >= 0 ? table.profile(id) : undefined)));
  return { groups, similarity: similarityOf(profiles) };
}

/**
 * Each alignable sentence's distinct id (-1 for the others), document by document, and how many alignable
 * sentences have each distinct id.
 */
function readSentences(
  docs: readonly AlignableDocument[],
  vocabulary: TermVocabulary,
  distinct: DistinctTerms,
): { sentenceIds: Int32Array[]; times: number[] } {
  const idOfText = new Map<string, number>();
  const times: number[] = [];
  const sentenceIds = docs.map((d) => {
    const ids = new Int32Array(d.sentences.length);
    for (let s = 0; s < ids.length; s++) {
      const sentence = d.sentences[s]!;
      if (!sentence.alignable) {
        ids[s] = -1;
        continue;
      }
      let id = sentence.text === undefined ? undefined : idOfText.get(sentence.text);
      if (id === undefined) {
        id = distinct.idOf(vocabulary.termsOf(sentence.tokens));
        if (sentence.text !== undefined) idOfText.set(sentence.text, id);
      }
      // Distinct ids are handed out in order: a new one is the next slot.
      if (id === times.length) times.push(1);
      else times[id]! += 1;
      ids[s] = id;
    }
    return ids;
  });
  return { sentenceIds, times };
}

/** A sentence of the document being added, close enough to an existing group to join it. */
interface Link {
  sentence: number;
  cluster: number;
  score: number;
}

/**
 * The groups formed so far, taking documents one at a time, and the index of groups by feature through which a
 * sentence finds the groups worth scoring. Small methods called per document and per sentence (rather than one
 * long loop) get optimized early in the first run of a process.
 */
class Grouping {
  readonly clusters: Cluster[] = [];
  /** The heaviest features of each distinct sentence, by distinct id. */
  readonly queries: Query[] = [];
  /** Groups by feature id: the groups whose representatives have the feature. */
  private readonly index: (number[] | undefined)[] = [];
  readonly finder: CandidateFinder;

  constructor(
    private readonly table: DistinctProfiles,
    private readonly threshold: number,
  ) {
    this.finder = new CandidateFinder(this.index, MAX_CANDIDATES);
  }

  /** Profiles the distinct sentence `id`, the next one (ids are prepared in order), and finds its heaviest features. */
  prepare(id: number): void {
    this.queries.push(heaviestFeatures(this.table.build(id), QUERY_FEATURES));
  }

  /**
   * Adds document `d` (sentences' distinct ids `ids`): links to groups are assigned best-first, at most one
   * sentence of the document per group; every sentence left over starts a group of its own.
   */
  addDocument(d: number, ids: Int32Array, clusterOf: Int32Array): void {
    const links: Link[] = [];
    for (let s = 0; s < ids.length; s++) if (ids[s]! >= 0) this.linkSentence(d, s, ids[s]!, links);
    links.sort((a, b) => b.score - a.score || a.sentence - b.sentence || a.cluster - b.cluster);
    for (const link of links) {
      const cluster = this.clusters[link.cluster]!;
      if (clusterOf[link.sentence] !== -1 || cluster.lastDoc === d) continue;
      join(cluster, { doc: d, sentence: link.sentence }, link.score);
      clusterOf[link.sentence] = cluster.id;
      if (cluster.reps.length < MAX_REPS) this.addRep(cluster, ids[link.sentence]!);
    }
    for (let s = 0; s < ids.length; s++) {
      if (ids[s]! < 0 || clusterOf[s] !== -1) continue;
      const cluster: Cluster = { id: this.clusters.length, members: [{ doc: d, sentence: s }], reps: [], lastDoc: d, scoreSum: 0, links: 0 };
      this.clusters.push(cluster);
      clusterOf[s] = cluster.id;
      this.addRep(cluster, ids[s]!);
    }
  }

  /** Adds to `links` the groups sentence `s` (distinct id `id`) of document `d` may join: its best score against their representatives. */
  private linkSentence(d: number, s: number, id: number, links: Link[]): void {
    const finder = this.finder;
    const found = finder.find(this.queries[id]!);
    for (let k = 0; k < found; k++) {
      const c = finder.at(k);
      const cluster = this.clusters[c]!;
      if (cluster.lastDoc === d) continue;
      let best = 0;
      const reps = cluster.reps;
      for (let r = 0; r < reps.length; r++) best = Math.max(best, this.table.scoreAtThreshold(id, reps[r]!));
      if (best >= this.threshold) links.push({ sentence: s, cluster: c, score: best });
    }
  }

  private addRep(cluster: Cluster, id: number): void {
    cluster.reps.push(id);
    const features = this.table.profile(id).ids;
    const index = this.index;
    for (let k = 0; k < features.length; k++) {
      const feature = features[k]!;
      // Grown one slot at a time: a write far past the end would turn the array into a slow dictionary.
      while (index.length <= feature) index.push(undefined);
      const posting = index[feature];
      if (!posting) index[feature] = [cluster.id];
      else if (posting[posting.length - 1] !== cluster.id) posting.push(cluster.id);
    }
  }
}

/**
 * The similarity function handed to detectors. Built here, outside {@link alignSentenceGroups}, so that the closure
 * keeps nothing of alignment's working state (groups, index, queries) alive.
 */
function similarityOf(profiles: readonly (SentenceProfile | undefined)[][]): AlignmentResult['similarity'] {
  return (a, b) => {
    const pa = profiles[a.doc]?.[a.sentence];
    const pb = profiles[b.doc]?.[b.sentence];
    return pa && pb ? scoreProfiles(pa, pb) : 0;
  };
}

/** The groups, and the similarity of any two sentences under the weights learned from all documents. */
export interface AlignmentResult {
  groups: AlignedSentences[];
  similarity(a: SentenceRef, b: SentenceRef): number;
}

function join(cluster: Cluster, ref: SentenceRef, score: number): void {
  cluster.members.push(ref);
  cluster.lastDoc = ref.doc;
  cluster.scoreSum += score;
  cluster.links += 1;
}

/** Numbers per block of the arenas that hold term lists and profiles: a few hundred sentences each. */
const BLOCK_LENGTH = 1 << 15;


/** A profile's `k` heaviest features, heaviest first (ties by feature key, so that ids do not decide). */
function heaviestFeatures(profile: SentenceProfile, k: number): Query {
  const n = profile.ids.length;
  const keys = profile.space.keys;
  const ids: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = profile.ids[i]!;
    const w = profile.weights[i]!;
    // Insertion into the top k, heaviest first: most features are lighter than the k-th and stop at one test.
    let j = ids.length;
    while (j > 0 && (weights[j - 1]! < w || (weights[j - 1] === w && keys[id]! < keys[ids[j - 1]!]!))) j--;
    if (j >= k) continue;
    if (ids.length < k) {
      ids.push(id);
      weights.push(w);
    }
    for (let m = ids.length - 1; m > j; m--) {
      ids[m] = ids[m - 1]!;
      weights[m] = weights[m - 1]!;
    }
    ids[j] = id;
    weights[j] = w;
  }
  return { ids, weights };
}

/**
 * Finds the groups sharing any of a query's features, the ones sharing the most weight first, through the index
 * of groups by feature. Reuses its working arrays: a result is read with {@link at} until the next search.
 */
class CandidateFinder {
  private readonly sums = new SparseSums();
  /** The groups found, heaviest first, and their shared weights. */
  private readonly found: Int32Array;
  private readonly weights: Float64Array;

  constructor(
    private readonly index: readonly (number[] | undefined)[],
    private readonly limit: number,
  ) {
    this.found = new Int32Array(limit);
    this.weights = new Float64Array(limit);
  }

  /** Finds at most `limit` groups, by shared query weight (ties by group id), and returns how many. */
  find(query: Query): number {
    const sums = this.sums;
    for (let q = 0; q < query.ids.length; q++) {
      const posting = this.index[query.ids[q]!];
      const w = query.weights[q]!;
      if (!posting || w <= 0) continue;
      for (let i = 0; i < posting.length; i++) sums.add(posting[i]!, w);
    }
    const { found, weights, limit } = this;
    let count = 0;
    for (let t = 0; t < sums.size; t++) {
      const id = sums.idAt(t);
      const w = sums.get(id);
      // Insertion into the top `limit`: most groups are lighter than the last kept and stop at the first test.
      let j = count;
      while (j > 0 && (weights[j - 1]! < w || (weights[j - 1] === w && id < found[j - 1]!))) j--;
      if (j >= limit) continue;
      if (count < limit) count++;
      for (let i = count - 1; i > j; i--) {
        found[i] = found[i - 1]!;
        weights[i] = weights[i - 1]!;
      }
      found[j] = id;
      weights[j] = w;
    }
    sums.clear();
    return count;
  }

  /** The `k`-th group of the last search. */
  at(k: number): number {
    return this.found[k]!;
  }
}

/**
 * Taking documents one at a time can split one story point into two groups (a sentence of the first document
 * seeds a group that a closer paraphrase in a later document passes by). Groups whose documents do not overlap
 * and whose representatives are close enough are merged, best pair first: the strongest link must pass the
 * threshold and the mean link most of it, so chains of weak links do not glue unrelated groups.
 */
function mergeClusters(
  clusters: Cluster[],
  finder: CandidateFinder,
  threshold: number,
  table: DistinctProfiles,
  queries: readonly Query[],
): void {
  const pairs: MergePair[] = [];
  // The candidates of the group being looked at, each once: `seen[o]` is that group's id + 1 once `o` is listed.
  const seen = new Int32Array(clusters.length);
  const candidates: number[] = [];
  for (const c of clusters) {
    candidates.length = 0;
    for (const rep of c.reps) {
      const found = finder.find(queries[rep]!);
      for (let k = 0; k < found; k++) {
        const o = finder.at(k);
        if (o <= c.id || seen[o] === c.id + 1) continue;
        seen[o] = c.id + 1;
        candidates.push(o);
      }
    }
    if (candidates.length > 0) mergeCandidates(c, candidates, clusters, threshold, table, pairs);
  }
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  // Cluster ids are their indices; a merged set keeps its smallest id, as UnionFind's root.
  const sets = new UnionFind(clusters.length);
  const docsOf = clusters.map((c) => new Set(c.members.map((m) => m.doc)));
  for (const { a, b, score } of pairs) {
    const ra = sets.find(a);
    const rb = sets.find(b);
    if (ra === rb || overlaps(docsOf[ra]!, docsOf[rb]!)) continue;
    const keep = clusters[Math.min(ra, rb)]!;
    const gone = clusters[Math.max(ra, rb)]!;
    for (const m of gone.members) keep.members.push(m);
    keep.scoreSum += gone.scoreSum + score;
    keep.links += gone.links + 1;
    gone.members = [];
    sets.union(ra, rb);
    for (const d of docsOf[gone.id]!) docsOf[keep.id]!.add(d);
  }
}

/** Two groups close enough to merge, and the strongest link between them. */
interface MergePair {
  a: number;
  b: number;
  score: number;
}

/**
 * Scores every representative of `c` against every representative of each candidate group, and adds to `pairs`
 * the candidates close enough to merge with it. Each representative of `c` is loaded once; each candidate's sum
 * takes its scores in the order of `c`'s representatives, then of the candidate's.
 */
function mergeCandidates(
  c: Cluster,
  candidates: readonly number[],
  clusters: readonly Cluster[],
  threshold: number,
  table: DistinctProfiles,
  pairs: MergePair[],
): void {
  const scorer = table.scorer;
  const best = new Float64Array(candidates.length);
  const sums = new Float64Array(candidates.length);
  for (let i = 0; i < c.reps.length; i++) {
    scorer.load(table.profile(c.reps[i]!));
    for (let k = 0; k < candidates.length; k++) {
      const reps = clusters[candidates[k]!]!.reps;
      for (let j = 0; j < reps.length; j++) {
        const x = scorer.score(table.profile(reps[j]!));
        best[k] = Math.max(best[k]!, x);
        sums[k] = sums[k]! + x;
      }
    }
  }
  for (let k = 0; k < candidates.length; k++) {
    const other = candidates[k]!;
    const mean = sums[k]! / (c.reps.length * clusters[other]!.reps.length);
    if (best[k]! >= threshold && mean >= threshold * MERGE_MEAN_FACTOR) pairs.push({ a: c.id, b: other, score: best[k]! });
  }
}

/** How many members of `cluster` come from document `doc`. */
function membersFrom(cluster: Cluster, doc: number): number {
  let count = 0;
  for (const m of cluster.members) if (m.doc === doc) count++;
  return count;
}

function overlaps(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const x of b) if (a.has(x)) return true;
  return false;
}

/** Share of the threshold that the mean link between two groups must reach for them to merge. */
const MERGE_MEAN_FACTOR = 0.7;

/**
 * A sentence that joined no group, next to a sentence of the same document that did, joins that group too when it
 * is close to the group's other members: one outlet wrote in two sentences what another wrote in one.
 */
function attachSplitSentences(
  clusters: readonly Cluster[],
  sentenceIds: readonly Int32Array[],
  clusterOf: Int32Array[],
  threshold: number,
  table: DistinctProfiles,
): void {
  const singletons = new Set<number>();
  // Clusters emptied by merging have no members: only live ones are singletons, and only those are looked up.
  for (const c of clusters) if (c.members.length === 1) singletons.add(c.id);
  for (let d = 0; d < sentenceIds.length; d++) {
    const own = clusterOf[d]!;
    for (let s = 0; s < own.length; s++) {
      const id = sentenceIds[d]![s]!;
      if (id < 0 || !singletons.has(own[s]!)) continue;
      for (let side = -1; side <= 1; side += 2) {
        const n = s + side;
        if (n < 0 || n >= own.length) continue;
        const neighbour = own[n]!;
        if (neighbour < 0 || singletons.has(neighbour)) continue;
        const target = clusters[neighbour]!;
        if (membersFrom(target, d) !== 1) continue;
        let best = 0;
        for (const m of target.members) {
          if (m.doc === d) continue;
          const other = sentenceIds[m.doc]![m.sentence]!;
          if (other >= 0) best = Math.max(best, table.scoreAtThreshold(id, other));
        }
        if (best >= threshold) {
          join(target, { doc: d, sentence: s }, best);
          clusters[own[s]!]!.members = [];
          own[s] = target.id;
          break;
        }
      }
    }
  }
}
