import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createReorderBuffer } from '../../src/cli/reorder.js';

describe('createReorderBuffer', () => {
  it('writes items in sequence order whatever order they arrive in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 40 }).chain((xs) => fc.shuffledSubarray(xs.map((_, i) => i), { minLength: xs.length })), (order) => {
        const written: number[] = [];
        const buffer = createReorderBuffer<string>((item, seq) => {
          expect(item).toBe(`item ${seq}`);
          written.push(seq);
        });
        for (const seq of order) buffer.put(seq, `item ${seq}`);
        expect(written).toEqual(order.map((_, i) => i));
        expect(buffer.waiting).toBe(0);
        expect(buffer.next).toBe(order.length);
      }),
    );
  });

  it('holds later items until the earlier one comes, and refuses a sequence number twice', () => {
    const written: string[] = [];
    const buffer = createReorderBuffer<string>((item) => written.push(item));
    buffer.put(2, 'c');
    buffer.put(1, 'b');
    expect(written).toEqual([]);
    expect(buffer.waiting).toBe(2);
    buffer.put(0, 'a');
    expect(written).toEqual(['a', 'b', 'c']);
    expect(() => buffer.put(1, 'again')).toThrow(RangeError);
  });
});
