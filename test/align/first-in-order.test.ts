import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstInOrder } from '../../src/align/first-in-order.js';

describe('firstInOrder', () => {
  it('keeps the first k in order', () => {
    const values = [5, 9, 1, 7];
    expect(firstInOrder(4, 2, (a, b) => values[a]! > values[b]!)).toEqual([1, 3]);
    expect(firstInOrder(4, 0, () => true)).toEqual([]);
    expect(firstInOrder(0, 3, () => true)).toEqual([]);
  });

  it('agrees with a full sort, ties broken by index', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), fc.integer({ min: 0, max: 10 }), (values, k) => {
        const before = (a: number, b: number): boolean => values[a]! > values[b]! || (values[a] === values[b] && a < b);
        const sorted = Array.from(values.keys()).sort((a, b) => values[b]! - values[a]! || a - b);
        expect(firstInOrder(values.length, k, before)).toEqual(sorted.slice(0, k));
      }),
    );
  });
});
