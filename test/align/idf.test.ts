import { describe, expect, it } from 'vitest';
import { buildIdf, idfOfTerms } from '../../src/align/idf.js';
import { TermVocabulary } from '../../src/align/terms.js';
import { tokenize } from '../../src/text/tokenize.js';
import { stem } from '../../src/text/stem.js';
import { peaceTalks } from '../fixtures.js';

describe('buildIdf', () => {
  it('weighs function words and everyday news words below content words, even for two sentences', () => {
    const idf = buildIdf([tokenize('The envoy met Putin in Moscow'), tokenize('The official said Putin met the envoy')]);
    expect(idf.sentenceCount).toBe(2);
    expect(idf.idf('the')).toBeLessThan(idf.idf(stem('official')));
    expect(idf.idf(stem('official'))).toBeLessThan(idf.idf(stem('envoy')));
    expect(idf.idf(stem('moscow'))).toBeGreaterThan(3);
  });

  it('lets observed frequencies outweigh the prior on many sentences', () => {
    const sentences = peaceTalks().flatMap((d) => d.text.split('\n').filter((l) => l.trim() !== '').map((l) => tokenize(l)));
    const idf = buildIdf(sentences);
    // "Putin" is in many lines of the reports, "loudspeakers" in one.
    expect(idf.idf(stem('putin'))).toBeLessThan(idf.idf(stem('loudspeakers')));
    const small = buildIdf(sentences.slice(0, 2));
    expect(small.idf(stem('loudspeakers'))).toBeGreaterThan(0);
  });

  it('never gives zero, negative or NaN weights', () => {
    const tokens = tokenize('the the the');
    const idf = buildIdf([tokens, tokens, tokens, tokens]);
    expect(idf.idf('the')).toBeGreaterThan(0);
    expect(Number.isFinite(buildIdf([]).idf('anything'))).toBe(true);
  });

  it('does not mutate its input', () => {
    const tokens = tokenize('Putin meets Witkoff');
    const copy = structuredClone(tokens);
    buildIdf([tokens]);
    expect(tokens).toEqual(copy);
  });
});

describe('idfOfTerms', () => {
  it('gives, for distinct term lists counted with their number of sentences, the table of the sentences one by one', () => {
    const vocabulary = new TermVocabulary();
    const lines = peaceTalks().flatMap((d) => d.text.split('\n').filter((l) => l.trim() !== ''));
    const lists = lines.map((l) => vocabulary.termsOf(tokenize(l)));
    // Every line three times over, and the first ten lines once more.
    const repeated = [...lists, ...lists, ...lists, ...lists.slice(0, 10)];
    const times = lists.map((_, i) => (i < 10 ? 4 : 3));
    const oneByOne = idfOfTerms(vocabulary, repeated);
    const counted = idfOfTerms(vocabulary, lists, {}, times);
    expect(counted.sentenceCount).toBe(repeated.length);
    for (const [wordStem, id] of vocabulary.stems) {
      expect(counted.idf(wordStem)).toBe(oneByOne.idf(wordStem));
      expect(counted.ofStem(id, wordStem)).toBe(oneByOne.idf(wordStem));
    }
    expect(counted.idf('neverseen')).toBe(oneByOne.idf('neverseen'));
  });
});
