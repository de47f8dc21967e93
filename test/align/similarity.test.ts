import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIdf, Profiler, scoreProfiles, sentenceSimilarity } from '../../src/align/similarity.js';
import { tokenize } from '../../src/text/tokenize.js';
import { peaceTalk } from '../fixtures.js';

/** The sentence of a bundled report that contains `fragment`, up to its final period. */
function sentenceWith(id: string, fragment: string): string {
  const text = peaceTalk(id);
  const at = text.indexOf(fragment);
  if (at < 0) throw new Error(`"${fragment}" is not in report ${id}`);
  const start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('. ', at) + 1) + 1;
  const end = text.indexOf('.', at + fragment.length);
  return text.slice(start, end + 1).trim();
}

describe('sentenceSimilarity on the bundled reports', () => {
  const capturedA = sentenceWith('003', 'captured the strategically significant town of Pokrovsk');
  const capturedB = sentenceWith('004', 'captured the strategic eastern Ukrainian town of Pokrovsk');
  const kaia = sentenceWith('000', 'Kaia Kallas expressed her concern');
  const kaja = sentenceWith('001', 'Kaja Kallas characterized');
  const peskov = sentenceWith('000', 'Kremlin spokesman Dmitry Peskov');

  it('scores two reports of the same claim well above unrelated sentences', () => {
    expect(sentenceSimilarity(capturedA, capturedB)).toBeGreaterThan(0.45);
    expect(sentenceSimilarity(kaia, kaja)).toBeGreaterThan(0.35);
    expect(sentenceSimilarity(capturedA, peskov)).toBeLessThan(0.15);
    expect(sentenceSimilarity(kaia, peskov)).toBeLessThan(0.15);
  });

  it('is the scorer alignment uses: profiles under one IDF give the same number', () => {
    const ta = tokenize(capturedA);
    const tb = tokenize(capturedB);
    const idf = buildIdf([ta, tb]);
    const profiler = new Profiler(idf);
    expect(scoreProfiles(profiler.profileTokens(ta), profiler.profileTokens(tb))).toBe(sentenceSimilarity(capturedA, capturedB));
    expect(sentenceSimilarity(capturedA, capturedB, { idf })).toBe(sentenceSimilarity(capturedA, capturedB));
  });
});

describe('sentenceSimilarity signals', () => {
  it('rates paraphrases above unrelated headlines', () => {
    const paraphrase = sentenceSimilarity('Romney announces Paul Ryan as running mate', 'Romney names Ryan as running mate');
    expect(paraphrase).toBeGreaterThan(0.6);
    expect(sentenceSimilarity('Putin meets envoy in Moscow', 'Storm hits Florida coast')).toBe(0);
  });

  it('uses synonyms, demonyms and number words', () => {
    const base = 'Blast kills 12 in Syrian capital';
    expect(sentenceSimilarity(base, 'Explosion kills 12 in Syrian capital')).toBeGreaterThan(sentenceSimilarity(base, 'Fire kills 12 in Syrian capital'));
    expect(sentenceSimilarity(base, 'Blast kills 12 in Syria capital')).toBeGreaterThan(sentenceSimilarity(base, 'Blast kills 12 in Libya capital'));
    expect(sentenceSimilarity(base, 'Blast kills twelve in Syrian capital')).toBeGreaterThan(sentenceSimilarity(base, 'Blast kills 40 in Syrian capital'));
  });

  it('treats numbers as strong evidence and close numbers as weaker evidence', () => {
    const a = 'Earthquake of magnitude 7.2 hits Pakistan';
    expect(sentenceSimilarity(a, 'Earthquake of magnitude 7.2 hits Pakistan')).toBe(1);
    expect(sentenceSimilarity(a, 'Earthquake of magnitude 7.4 hits Pakistan')).toBeGreaterThan(sentenceSimilarity(a, 'Earthquake of magnitude 5.1 hits Pakistan'));
  });

  it('matches romanization variants of names', () => {
    const a = 'Shelling hit Kharkiv overnight, officials said';
    expect(sentenceSimilarity(a, 'Shelling hit Kharkov overnight, officials said')).toBeGreaterThan(sentenceSimilarity(a, 'Shelling hit Kherson overnight, officials said'));
  });

  it('lowers sentences that say the opposite', () => {
    expect(sentenceSimilarity('Stocks open higher in Tokyo', 'Stocks open lower in Tokyo')).toBeLessThan(0.6);
    expect(sentenceSimilarity('Court acquits former minister', 'Court convicts former minister')).toBeLessThan(
      sentenceSimilarity('Court acquits former minister', 'Court clears former minister'),
    );
  });

  it('joins acronyms and hyphenated compounds', () => {
    expect(sentenceSimilarity('U.S. backs bail-out for Greece', 'US backs bailout for Greece')).toBeGreaterThan(0.8);
  });
});

describe('scoreProfiles properties', () => {
  const sentence = fc.string({ unit: 'grapheme', maxLength: 80 });

  it('is symmetric, within 0..1, and 1 for a sentence with itself', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const ab = sentenceSimilarity(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(ab).toBeCloseTo(sentenceSimilarity(b, a), 12);
        const self = sentenceSimilarity(a, a);
        expect(self === 0 || Math.abs(self - 1) < 1e-9).toBe(true);
      }),
    );
  });

  it('gives 1 to any sentence with words, compared with itself', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{1,10}$/), { minLength: 1, maxLength: 12 }), (words) => {
        const text = words.join(' ');
        expect(sentenceSimilarity(text, text)).toBeCloseTo(1, 9);
      }),
    );
  });

  it('does not mutate tokens and returns the same profile for the same input', () => {
    const tokens = tokenize(peaceTalk('001').slice(0, 400));
    const copy = structuredClone(tokens);
    const idf = buildIdf([tokens]);
    const profiler = new Profiler(idf);
    const first = profiler.profileTokens(tokens);
    const again = profiler.profileTokens(tokens);
    expect(again.ids).toEqual(first.ids);
    expect(again.weights).toEqual(first.weights);
    expect(again.mass).toBe(first.mass);
    expect(tokens).toEqual(copy);
  });
});
