import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { compareQuantities, extractQuantities } from '../../src/text/numbers.js';
import type { Quantity } from '../../src/analysis.js';

/** The first quantity of `text`. */
function q(text: string): Quantity {
  const [first] = extractQuantities(tokenize(text), text);
  expect(first, text).toBeDefined();
  return first as Quantity;
}

function relation(a: string, b: string): string {
  const forward = compareQuantities(q(a), q(b));
  // The relation is symmetric.
  expect(compareQuantities(q(b), q(a))).toBe(forward);
  return forward;
}

describe('compareQuantities', () => {
  it('finds counts with a hedge compatible with an exact count inside the interval', () => {
    expect(relation('more than 30 people died', '34 people died')).toBe('compatible');
    expect(relation('about 30 people died', '32 people died')).toBe('compatible');
  });

  it('finds disjoint intervals in conflict', () => {
    expect(relation('a two-year investigation', 'a decade-long investigation')).toBe('conflict');
    expect(relation('the nearly four-year conflict', 'the nearly decade-long conflict')).toBe('conflict');
    expect(relation('34 people died', '43 people died')).toBe('conflict');
    expect(relation('less than 30 people died', '34 people died')).toBe('conflict');
    expect(relation('$2.5 billion', '$3 billion')).toBe('conflict');
  });

  it('compares durations in years whatever the unit', () => {
    expect(relation('nearly 18 months of fighting', 'more than a year of fighting')).toBe('compatible');
    expect(relation('18 months', 'a year and a half')).toBe('same');
    expect(relation('48 hours', 'two days')).toBe('same');
    expect(relation('nearly four years', 'three and a half years')).toBe('compatible');
    expect(relation('a five-hour meeting', 'a six-hour meeting')).toBe('conflict');
  });

  it('finds equal values the same, within a relative tolerance', () => {
    expect(relation('$2.5 billion', '$2,500,000,000')).toBe('same');
    expect(relation('2.5 billion dollars', '$2.5bn')).toBe('same');
    expect(relation('more than 30 people', 'over 30 people')).toBe('same');
    expect(relation('0.3 percent', '0.1 percent')).toBe('conflict');
  });

  it('leaves different dimensions and units unrelated', () => {
    expect(relation('34 people', '34 percent')).toBe('unrelated');
    expect(relation('34 people', '34 soldiers')).toBe('unrelated');
    expect(relation('$5 million', '€5 million')).toBe('unrelated');
    expect(relation('in 2014', '2014 people')).toBe('unrelated');
    expect(relation('two years', 'two people')).toBe('unrelated');
    expect(relation('5 km', '5 kg')).toBe('unrelated');
  });

  it('compares measures in base units', () => {
    expect(relation('5 km', '5,000 metres')).toBe('same');
  });
});
