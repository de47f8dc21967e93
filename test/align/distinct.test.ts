import { describe, expect, it } from 'vitest';
import { DistinctProfiles, DistinctTerms } from '../../src/align/distinct.js';
import { idfOfTerms } from '../../src/align/idf.js';
import { Profiler } from '../../src/align/profile.js';
import { scoreProfiles } from '../../src/align/similarity.js';
import { TermVocabulary } from '../../src/align/terms.js';
import { tokenize } from '../../src/text/tokenize.js';

const WORDS = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');

/** 120 sentences over a dozen words, most sharing many of them, each with a number of its own. */
function sentences(): string[] {
  return Array.from({ length: 120 }, (_, i) => `${WORDS.filter((_, k) => (i >> k % 7) & 1 || k === i % 12).join(' ')} ${i}`);
}

describe('DistinctTerms', () => {
  it('gives sentences with the same terms one id, and different terms different ids', () => {
    const vocabulary = new TermVocabulary();
    const distinct = new DistinctTerms();
    const texts = sentences();
    const ids = texts.map((s) => distinct.idOf(vocabulary.termsOf(tokenize(s))));
    expect(new Set(ids).size).toBe(texts.length);
    // The same text again, and one that differs only in case and punctuation, which are not terms.
    expect(texts.map((s) => distinct.idOf(vocabulary.termsOf(tokenize(s))))).toEqual(ids);
    expect(distinct.idOf(vocabulary.termsOf(tokenize(`${texts[5]!.toUpperCase()}!`)))).toBe(ids[5]);
    expect(distinct.lists).toHaveLength(texts.length);
  });

  it('tells apart lists whose hashes collide', () => {
    // FNV-1a's first step is a bijection, so lists of two terms can be made to collide: pick the second term so
    // that the state after it is the same.
    const afterFirst = (a: number) => Math.imul(0x811c9dc5 ^ a, 0x01000193);
    const colliding = [1, 2, 3].map((a) => Int32Array.of(a, afterFirst(1) ^ 7 ^ afterFirst(a)));
    const distinct = new DistinctTerms();
    // The first two collide into a pair of ids, the third into a list of them.
    const ids = colliding.map((terms) => distinct.idOf(terms));
    expect(ids).toEqual([0, 1, 2]);
    expect(colliding.map((terms) => distinct.idOf(Int32Array.from(terms)))).toEqual(ids);
    expect(distinct.idOf(Int32Array.of(4, afterFirst(1) ^ 7 ^ afterFirst(4)))).toBe(3);
    expect(distinct.lists).toHaveLength(4);
  });
});

describe('DistinctProfiles', () => {
  it('keeps every pair score as scoring gives it at the threshold, through the growth of its table', () => {
    const threshold = 0.3;
    const vocabulary = new TermVocabulary();
    const distinct = new DistinctTerms();
    for (const s of sentences()) distinct.idOf(vocabulary.termsOf(tokenize(s)));
    const table = new DistinctProfiles(distinct, new Profiler(idfOfTerms(vocabulary, distinct.lists), vocabulary), threshold);
    const n = distinct.lists.length;
    // 14,400 pairs: far past the room the table makes at first for 120 sentences, so it grows several times.
    const first = Array.from({ length: n * n }, (_, k) => table.scoreAtThreshold(Math.floor(k / n), k % n));
    let reached = 0;
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        const kept = table.scoreAtThreshold(a, b);
        const exact = scoreProfiles(table.profile(a), table.profile(b));
        expect(kept).toBe(first[a * n + b]);
        // With no floor the scorer gives the exact score, below the threshold too (merging averages such scores).
        table.scorer.load(table.profile(a));
        expect(table.scorer.score(table.profile(b))).toBe(exact);
        if (exact >= threshold) {
          expect(kept).toBe(exact);
          reached++;
        } else {
          expect(kept).toBeLessThan(threshold);
        }
      }
    }
    // Both sides of the threshold are exercised.
    expect(reached).toBeGreaterThan(n);
    expect(reached).toBeLessThan(n * n);
  });
});
