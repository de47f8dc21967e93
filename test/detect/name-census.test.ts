import { describe, expect, it } from 'vitest';
import type { AnalyzedSentence, NameMention } from '../../src/analysis.js';
import { firstMentionOf, takeCensus, usableMention } from '../../src/detect/name-census.js';
import { analyzedDocument } from './documents.js';

/** A name mention of `tokens` tokens (the census reads the normalized form and whether it opens the sentence). */
const mention = (norm: string, sentenceInitial = false, tokens = 1): NameMention =>
  ({ norm, sentenceInitial, tokenStart: 0, tokenEnd: tokens }) as NameMention;
const sentence = (index: number, names: NameMention[]): AnalyzedSentence => ({ index, names }) as unknown as AnalyzedSentence;

describe('name census', () => {
  const a = analyzedDocument('a', '', [sentence(0, [mention('kyiv', true), mention('kallas')]), sentence(1, []), sentence(2, [mention('kyiv')])]);
  const b = analyzedDocument('b', '', [sentence(0, [mention('paris', true), mention('kallas')])]);
  const census = takeCensus([a, b]);

  it('numbers each distinct name once, in order of first mention, and every mention by its name', () => {
    expect(census.norms).toEqual(['kyiv', 'kallas', 'paris']);
    expect([...census.mentionNames]).toEqual([0, 1, 0, 2, 1]);
    expect(census.namesOfDocument).toEqual([[0, 1], [2, 1]]);
  });

  it('finds the first mention of a sentence by its place, and none for a sentence it did not count', () => {
    expect(firstMentionOf(census, a, a.sentences[0]!)).toBe(0);
    expect(firstMentionOf(census, a, a.sentences[2]!)).toBe(2);
    expect(firstMentionOf(census, b, b.sentences[0]!)).toBe(3);
    expect(firstMentionOf(census, b, sentence(0, []))).toBe(-1);
  });

  it('flags names with a mention that is not a lone sentence-initial word', () => {
    expect(usableMention(mention('kyiv', true))).toBe(false);
    expect(usableMention(mention('new york', true, 2))).toBe(true);
    expect([...census.usable]).toEqual([1, 1, 0]);
  });
});
