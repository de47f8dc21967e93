import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { compareQuantities, extractQuantities } from '../../src/text/numbers.js';

/** Words that make number-like text more likely than random strings would. */
const PIECES = [
  'more than', 'nearly', 'about', 'a', 'half', 'and', 'of', 'one', 'two', 'twenty', '-', 'five', 'hundred',
  'hundreds', 'millions', 'dozen', '$', '€', '%', 'percent', 'per cent', 'billion', 'bn', 'm', '2.5', '1,000',
  '27', '2014', '18', 'months', 'year', 'decade', 'long', 'old', 'point', 'people', 'U.S.', 'plan', 'December',
  '10:30', 'p.m.', 'COVID', '19', '/', '.', ',', 'th', '(', ')', 'dollars', '\u00A0', '\n', 'Ünïcödé', '😀',
];

const numberish = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom('', ' ', '  ', '-')), { maxLength: 40 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''));

function checkSpans(text: string, from: number, to: number): void {
  const found = extractQuantities(tokenize(text, from, to), text);
  let previousEnd = from;
  for (const q of found) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.start).toBeGreaterThanOrEqual(previousEnd);
    expect(q.end).toBeLessThanOrEqual(to);
    expect(q.low).toBeLessThanOrEqual(q.high);
    expect(Number.isNaN(q.value)).toBe(false);
    expect(compareQuantities(q, q)).toBe('same');
    previousEnd = q.end;
  }
}

describe('extractQuantities properties', () => {
  it('never throws on arbitrary text, and every span slices back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => checkSpans(text, 0, text.length)),
      { numRuns: 500 },
    );
  });

  it('gives ordered, non-overlapping spans that slice back on number-like text, also inside a range', () => {
    fc.assert(
      fc.property(numberish, fc.nat(), fc.nat(), (text, a, b) => {
        checkSpans(text, 0, text.length);
        const from = text.length === 0 ? 0 : a % text.length;
        const to = from + (text.length === from ? 0 : b % (text.length - from + 1));
        checkSpans(text, from, to);
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(numberish, (text) => {
        const tokens = tokenize(text);
        expect(extractQuantities(tokens, text)).toEqual(extractQuantities(tokens, text));
      }),
      { numRuns: 200 },
    );
  });
});
