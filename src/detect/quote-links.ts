/**
 * Which quotes of one speaker are one quote in other words: the similarity of two quote sentences, and the
 * linking of a speaker's quotes into clusters.
 * @module
 */
import type { DetectorContext } from './detector.js';
import { pushTo, type UnionFind } from '../collections.js';
import { sentenceFacts } from './sentence-facts.js';
import type { Piece } from './quote-pieces.js';
import type { QuoteWord } from './quote-words.js';

/** Share of the smaller quote's content words the other must carry for two quotes of one speaker to be compared. */
const QUOTE_SIMILARITY = 0.4;
/** Least Dice overlap of content stems for two quote sentences to be compared. */
const QUOTE_DICE = 0.35;

/** Content words the smaller of two quotes needs to be linked by its share of them alone. */
const MIN_CONTENT = 3;
/** Share of its words (function words too) a quote with fewer content words must find in the other. */
const CONTAINED = 0.8;

/** Quotes of at least this many words may be linked by their share of common words. */
const MIN_OVERLAP_WORDS = 3;
/** Share of the longer quote's words (function words too) that the other must carry, in any order. */
const WORD_OVERLAP = 0.6;

/** Words the two quotes share, as a multiset (function words too). */
function sharedWords(a: readonly QuoteWord[], b: readonly QuoteWord[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w.key, (counts.get(w.key) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w.key) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w.key, n - 1);
    }
  }
  return shared;
}

/** How many members of the smaller content set the other holds. */
function sharedContent(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared;
}

/**
 * How alike two quote sentences of different wordings are (`shared`: their {@link sharedContent}), or 0 when too
 * little: at least two shared content stems making up {@link QUOTE_SIMILARITY} of the smaller and
 * {@link QUOTE_DICE} of both (so that a short quote does not meet every long one sharing two words), and when the
 * smaller has fewer than {@link MIN_CONTENT} content stems, more (see `enough`); a scare quote meets a quote that
 * holds all its content words.
 */
function similar(a: Piece, b: Piece, shared: number): number {
  // Short quotes have few content words; when most of all their words are the same, one word was changed
  // ("the most complicated issue" / "the most difficult issue").
  const common = sharedWords(a.words, b.words);
  const shorter = Math.min(a.words.length, b.words.length);
  // Shared words over the length of the longer quote.
  const words = common / Math.max(a.words.length, b.words.length);
  if (shorter >= MIN_OVERLAP_WORDS && words >= WORD_OVERLAP) return words;
  const smallSize = Math.min(a.content.size, b.content.size);
  // Share of the smaller content set found in the other (0..1).
  const share = smallSize === 0 ? 0 : shared / smallSize;
  const dice = (2 * shared) / (a.content.size + b.content.size);
  // Two content words say little: "This is America's war" holds the content of many statements about a war. Then
  // the smaller quote must be nearly all in the other, function words too ("has been a race to the bottom").
  const enough = smallSize >= MIN_CONTENT || dice >= STANDALONE_DICE || common >= CONTAINED * shorter;
  if (shared >= 2 && share >= QUOTE_SIMILARITY && dice >= QUOTE_DICE && enough) return share;
  const smaller = a.content.size <= b.content.size ? a : b;
  if (smaller.short && shared === smaller.content.size && shared > 0) return share;
  return 0;
}

/** Content overlap (Dice) at which two quotes of one speaker are one quote wherever they stand. */
const STANDALONE_DICE = 0.6;

/** Similarity two quote sentences must reach to be the same occasion, as a share of the alignment threshold. */
const OCCASION_SHARE = 0.75;

/**
 * Below {@link STANDALONE_DICE}, two quotes of one speaker that share some words may be two different statements
 * ("I want to see the birth certificate" / "He doesn't have a birth certificate"): they are one quote only when the
 * sentences around them report the same thing (aligned, or similar enough to be).
 */
function sameOccasion(a: Piece, b: Piece, shared: number, context: DetectorContext): boolean {
  const dice = (2 * shared) / (a.content.size + b.content.size);
  if (dice >= STANDALONE_DICE || (a.short && b.short)) return true;
  const facts = sentenceFacts(context);
  const ga = facts.alignmentOf(a.doc, a.sentence);
  if (ga !== undefined && ga.id === facts.alignmentOf(b.doc, b.sentence)?.id) return true;
  return context.similarity({ doc: a.doc, sentence: a.sentence }, { doc: b.doc, sentence: b.sentence }) >= context.options.alignThreshold * OCCASION_SHARE;
}

/** Distinct wordings a quote is compared with, at most: those sharing the most content words with it. */
const LINK_CANDIDATES = 16;

/**
 * Links the quotes of one speaker that are one quote in other words. Identical wordings are joined at once (a
 * quote carried by two hundred reports is compared once); each distinct wording is compared only with the earlier
 * wordings that share the most content words with it, found through an index of content stems. Short quotes
 * (scare quotes, of three words at most) come last and join one quote at most, the one they are most like: a
 * scare quote ("Flynn", "badly") is in many statements of its speaker and would otherwise bridge two of them into
 * one ("I feel badly for General Flynn" / "Flynn lied and it's like they ruined his life"). `best` gets the best
 * link score of each linked piece.
 */
export function linkSimilar(pieces: readonly Piece[], indexes: readonly number[], uf: UnionFind, best: Float64Array, context: DetectorContext): void {
  const byStem = new Map<string, number[]>();
  const byWording = new Map<string, number>();
  const link = (i: number, j: number, score: number): void => {
    uf.union(i, j);
    best[i] = Math.max(best[i]!, score);
    best[j] = Math.max(best[j]!, score);
  };
  for (const short of [false, true]) {
    for (const i of indexes) {
      const piece = pieces[i]!;
      if (piece.short !== short) continue;
      const wording = piece.wording;
      const same = byWording.get(wording);
      if (same !== undefined) {
        uf.union(i, same);
        continue;
      }
      byWording.set(wording, i);
      // Candidates are earlier distinct wordings: equal ones were joined above.
      let bestScore = 0;
      let bestOther = -1;
      for (const j of linkCandidates(piece, byStem)) {
        const other = pieces[j]!;
        if (other.doc === piece.doc) continue;
        const shared = sharedContent(piece.content, other.content);
        const score = similar(piece, other, shared);
        if (score <= 0 || !sameOccasion(piece, other, shared, context)) continue;
        if (!short) {
          link(i, j, score);
        } else if (score > bestScore) {
          // Candidates come most shared first: the first of equal scores is kept.
          bestScore = score;
          bestOther = j;
        }
      }
      if (bestOther >= 0) link(i, bestOther, bestScore);
      for (const s of piece.content) pushTo(byStem, s, i);
    }
  }
}

/**
 * The earlier distinct wordings (by piece) that share the most content stems with `piece`, most shared first
 * (ties by the earlier piece), at most {@link LINK_CANDIDATES}.
 */
function linkCandidates(piece: Piece, byStem: ReadonlyMap<string, readonly number[]>): number[] {
  const shared = new Map<number, number>();
  for (const s of piece.content) {
    const holders = byStem.get(s);
    if (holders === undefined) continue;
    for (let k = 0; k < holders.length; k++) shared.set(holders[k]!, (shared.get(holders[k]!) ?? 0) + 1);
  }
  const ranked = [...shared.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const out: number[] = [];
  for (let k = 0; k < ranked.length && k < LINK_CANDIDATES; k++) out.push(ranked[k]![0]);
  return out;
}
