import { describe, expect, it } from 'vitest';
import { addToSet, byId, hasOtherThan, pushTo, smallestOf, topByCount, UnionFind } from '../src/collections.js';

describe('pushTo', () => {
  it('starts a list for a new key and appends after', () => {
    const map = new Map<string, number[]>();
    pushTo(map, 'a', 1);
    pushTo(map, 'a', 2);
    pushTo(map, 'b', 3);
    expect(map.get('a')).toEqual([1, 2]);
    expect(map.get('b')).toEqual([3]);
  });
});

describe('addToSet', () => {
  it('starts a set for a new key and adds to it after', () => {
    const map = new Map<string, Set<string>>();
    addToSet(map, 'a', 'x');
    addToSet(map, 'a', 'y');
    addToSet(map, 'a', 'x');
    addToSet(map, 'b', 'z');
    expect([...map.get('a')!]).toEqual(['x', 'y']);
    expect([...map.get('b')!]).toEqual(['z']);
  });
});

describe('hasOtherThan', () => {
  it('is true for two members or more, or one that is not self', () => {
    expect(hasOtherThan(new Set(['a', 'b']), 'a')).toBe(true);
    expect(hasOtherThan(new Set(['b']), 'a')).toBe(true);
  });

  it('is false for no set, an empty set, or only self', () => {
    expect(hasOtherThan(undefined, 'a')).toBe(false);
    expect(hasOtherThan(new Set<string>(), 'a')).toBe(false);
    expect(hasOtherThan(new Set(['a']), 'a')).toBe(false);
  });
});

describe('UnionFind.sets', () => {
  it('lists the sets in increasing order, by their smallest member, leaving out those below a size', () => {
    const uf = new UnionFind(7);
    uf.union(5, 1);
    uf.union(6, 3);
    uf.union(3, 5);
    uf.union(4, 2);
    expect(uf.sets()).toEqual([[0], [1, 3, 5, 6], [2, 4]]);
    expect(uf.sets(2)).toEqual([[1, 3, 5, 6], [2, 4]]);
    expect(uf.sets(3)).toEqual([[1, 3, 5, 6]]);
  });
});

describe('byId', () => {
  it('orders by id in code-unit order, not by locale', () => {
    const ids = ['b', 'B', 'a', '\u00e9', 'e'].map((id) => ({ id }));
    expect([...ids].sort(byId).map((d) => d.id)).toEqual(['B', 'a', 'b', 'e', '\u00e9']);
  });
});

describe('topByCount', () => {
  it('keeps the highest counts, ties by the lower key, at most the limit', () => {
    const counts = new Map([
      [7, 2],
      [3, 5],
      [9, 5],
      [1, 1],
    ]);
    expect(topByCount(counts, 3)).toEqual([
      [3, 5],
      [9, 5],
      [7, 2],
    ]);
    expect(topByCount(counts, 10)).toHaveLength(4);
    expect(topByCount(new Map(), 3)).toEqual([]);
  });
});

describe('smallestOf', () => {
  it('gives the first string as a default sort puts them', () => {
    const ids = new Set(['hpo', 'Fox', 'nyt', 'fox']);
    expect(smallestOf(ids)).toBe([...ids].sort()[0]);
    expect(smallestOf(new Set())).toBeUndefined();
  });
});
