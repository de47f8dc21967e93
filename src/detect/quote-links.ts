/**
 * Which quotes of one speaker are one quote in other words: the similarity of two quote sentences, and the
 * linking of a speaker's quotes into clusters.
 * @module
 */
import type { DetectorContext } from './detector.js';
import { pushTo, topByCount, type UnionFind } from '../collections.js';
import { sentenceFacts, type SentenceFacts } from './sentence-facts.js';
import type { Piece } from './quote-pieces.js';
import type { QuoteWord } from './quote-words.js';

/** Share of the smaller quote's content words the other must carry for two quotes of one speaker to be compared. */
const QUOTE_SIMILARITY = 0.4;
/** Least Dice overlap of content stems for two quote sentences to be compared. */
const QUOTE_DICE = 0.35;

/** Content overlap (Dice) at which two quotes of one speaker are one quote wherever they stand. */
const STANDALONE_DICE = 0.6;
/** Similarity two quote sentences must reach to be the same occasion, as a share of the alignment threshold. */
const OCCASION_SHARE = 0.75;

/** Content words the smaller of two quotes needs to be linked by its share of them alone. */
const MIN_CONTENT = 3;
/**
 * Below {@link MIN_CONTENT}, the share of the shorter quote's words (function words too) the other must carry,
 * unless the two share most of their content anyway.
 */
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

/**
 * How alike two quote sentences of different wordings are (`shared`: how many content stems they share, `dice`:
 * the Dice overlap of their content stems), or 0 when too little: at least two shared content stems making up {@link QUOTE_SIMILARITY} of the smaller and
 * {@link QUOTE_DICE} of both (so that a short quote does not meet every long one sharing two words), and when the
 * smaller has fewer than {@link MIN_CONTENT} content stems, more (see `enough`); a scare quote meets a quote that
 * holds all its content words.
 */
function similar(a: Piece, b: Piece, shared: number, dice: number): number {
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
  // Two content words say little: "This is America's war" holds the content of many statements about a war. Then
  // the smaller quote must be nearly all in the other, function words too ("has been a race to the bottom").
  const enough = smallSize >= MIN_CONTENT || dice >= STANDALONE_DICE || common >= CONTAINED * shorter;
  if (shared >= 2 && share >= QUOTE_SIMILARITY && dice >= QUOTE_DICE && enough) return share;
  const smaller = a.content.size <= b.content.size ? a : b;
  if (smaller.short && shared === smaller.content.size && shared > 0) return share;
  return 0;
}

/**
 * Below {@link STANDALONE_DICE}, two quotes of one speaker that share some words may be two different statements
 * ("I want to see the birth certificate" / "He doesn't have a birth certificate"): they are one quote only when the
 * sentences around them report the same thing (aligned, or similar enough to be).
 */
function sameOccasion(a: Piece, b: Piece, dice: number, facts: SentenceFacts, context: DetectorContext): boolean {
  if (dice >= STANDALONE_DICE || (a.short && b.short)) return true;
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
  const facts = sentenceFacts(context);
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
      for (const [j, shared] of linkCandidates(piece, byStem)) {
        const other = pieces[j]!;
        if (other.doc === piece.doc) continue;
        const dice = (2 * shared) / (piece.content.size + other.content.size);
        const score = similar(piece, other, shared, dice);
        if (score <= 0 || !sameOccasion(piece, other, dice, facts, context)) continue;
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
 * The earlier distinct wordings (by piece) that share the most content stems with `piece`, with how many they
 * share (each holder is indexed once per stem of its content set, so the count is the size of the intersection),
 * most shared first (ties by the earlier piece), at most {@link LINK_CANDIDATES}.
 */
function linkCandidates(piece: Piece, byStem: ReadonlyMap<string, readonly number[]>): [number, number][] {
  const shared = new Map<number, number>();
  for (const s of piece.content) {
    const holders = byStem.get(s);
    if (holders === undefined) continue;
    for (let k = 0; k < holders.length; k++) shared.set(holders[k]!, (shared.get(holders[k]!) ?? 0) + 1);
  }
  return topByCount(shared, LINK_CANDIDATES);
}
