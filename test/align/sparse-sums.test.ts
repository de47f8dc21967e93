import { describe, expect, it } from 'vitest';
import { SparseSums } from '../../src/align/sparse-sums.js';

/** The ids summed since the last clear, in the order first touched. */
function touched(sums: SparseSums): number[] {
  return Array.from({ length: sums.size }, (_, k) => sums.idAt(k));
}

describe('SparseSums', () => {
  it('sums per id, keeps the order ids were first touched, grows past its first size and clears', () => {
    const sums = new SparseSums();
    sums.add(5000, 1.5);
    sums.add(3, 1);
    sums.add(5000, 0.25);
    expect(touched(sums)).toEqual([5000, 3]);
    expect([sums.get(5000), sums.get(3), sums.get(4)]).toEqual([1.75, 1, 0]);
    sums.clear();
    expect(touched(sums)).toEqual([]);
    expect(sums.get(5000)).toBe(0);
    sums.add(3, 2);
    expect(touched(sums)).toEqual([3]);
    expect(sums.get(3)).toBe(2);
  });

  it('keeps the order of more ids than it first makes room for, across clears', () => {
    const sums = new SparseSums();
    const ids = Array.from({ length: 300 }, (_, k) => (k * 37) % 1999);
    for (const id of ids) sums.add(id, 1);
    for (const id of ids) sums.add(id, 0.5);
    expect(touched(sums)).toEqual(ids);
    expect(ids.every((id) => sums.get(id) === 1.5)).toBe(true);
    sums.clear();
    expect(sums.size).toBe(0);
    expect(ids.some((id) => sums.get(id) !== 0)).toBe(false);
    sums.add(ids[200]!, 2);
    expect(touched(sums)).toEqual([ids[200]]);
  });
});
