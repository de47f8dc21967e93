import { describe, expect, it } from 'vitest';
import { SparseSums } from '../../src/align/sparse-sums.js';

describe('SparseSums', () => {
  it('sums per id, keeps the order ids were first touched, grows past its first size and clears', () => {
    const sums = new SparseSums();
    sums.add(5000, 1.5);
    sums.add(3, 1);
    sums.add(5000, 0.25);
    expect(sums.touched).toEqual([5000, 3]);
    expect([sums.get(5000), sums.get(3), sums.get(4)]).toEqual([1.75, 1, 0]);
    sums.clear();
    expect(sums.touched).toEqual([]);
    expect(sums.get(5000)).toBe(0);
    sums.add(3, 2);
    expect(sums.touched).toEqual([3]);
    expect(sums.get(3)).toBe(2);
  });
});
