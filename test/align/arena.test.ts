import { describe, expect, it } from 'vitest';
import { Arena } from '../../src/align/arena.js';

describe('Arena', () => {
  it('hands out zero-filled views that never overlap, across blocks and for requests longer than a block', () => {
    const arena = new Arena((n) => new Int32Array(n), 8);
    const views = [arena.take(3), arena.take(4), arena.take(2), arena.take(20), arena.take(0), arena.take(5)];
    expect(views.map((v) => v.length)).toEqual([3, 4, 2, 20, 0, 5]);
    views.forEach((v, k) => {
      expect([...v].every((x) => x === 0)).toBe(true);
      v.fill(k + 1);
    });
    views.forEach((v, k) => expect([...v].every((x) => x === k + 1)).toBe(true));
  });
});
