import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distanceAllowance, gapCosts, skeletonDistance, skeletonDistanceLowerBound, skeletonDistanceUpTo } from '../../src/mentions/name-distance.js';
import { cognateGroup, cognatePrefix } from '../../src/mentions/given-names.js';
import { wordSkeleton } from '../../src/text/transliterate.js';

const distance = (a: string, b: string): number => skeletonDistance(wordSkeleton(a), wordSkeleton(b));

describe('skeletonDistance', () => {
  it('is 0 for romanizations of one name', () => {
    expect(distance('Kharkiv', 'Kharkov')).toBe(0);
    expect(distance('Sergii', 'Serhiy')).toBe(0);
  });

  it('makes sibilant swaps and dropped vowels cheap', () => {
    expect(distance('Vovchansk', 'Vovshansk')).toBe(0.5);
    expect(distance('Volodymyr', 'Vladimir')).toBe(0.5);
    expect(distance('Kateryna', 'Ekaterina')).toBe(0.5);
    expect(distance('Petro', 'Petr')).toBe(0.25);
  });

  it('makes other consonant changes and incompatible endings expensive', () => {
    expect(distance('Obukhiv', 'Orikhiv')).toBeGreaterThanOrEqual(1);
    expect(distance('Pokrovsk', 'Pokrov')).toBeGreaterThanOrEqual(2);
    expect(distance('Hrebinka', 'Hrebinky')).toBe(1);
    expect(distance('Shakhtarsk', 'Shakhtarske')).toBe(1);
    expect(distance('Khotyn', 'Yahotyn')).toBe(1);
  });

  it('is symmetric and zero on itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), (a, b) => {
        expect(distance(a, b)).toBe(distance(b, a));
        expect(distance(a, a)).toBe(0);
      }),
    );
  });

  it('up to a limit: the distance within it, a lower bound above it past it', () => {
    const upTo = (a: string, b: string, limit: number): number => {
      const sa = wordSkeleton(a);
      const sb = wordSkeleton(b);
      return skeletonDistanceUpTo(sa, gapCosts(sa), sb, gapCosts(sb), limit);
    };
    expect(upTo('Vovchansk', 'Vovshansk', 0.5)).toBe(0.5);
    expect(upTo('Pokrovsk', 'Dnipropetrovsk', 0.5)).toBeGreaterThan(0.5);
    expect(upTo('Pokrovsk', 'Dnipropetrovsk', Infinity)).toBe(distance('Pokrovsk', 'Dnipropetrovsk'));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,16}$/), fc.stringMatching(/^[a-z]{0,16}$/), fc.constantFrom(0, 0.25, 0.5, 0.75, 1, 1.5, 3), (a, b, limit) => {
        const exact = distance(a, b);
        const bounded = upTo(a, b, limit);
        if (exact <= limit) expect(bounded).toBe(exact);
        else {
          expect(bounded).toBeGreaterThan(limit);
          expect(bounded).toBeLessThanOrEqual(exact);
        }
      }),
    );
  });

  it('has a lower bound that never exceeds it and tells plainly different names apart', () => {
    const bound = (a: string, b: string): number => skeletonDistanceLowerBound(wordSkeleton(a), wordSkeleton(b));
    expect(bound('Kharkiv', 'Kharkov')).toBe(0);
    expect(bound('Pokrovsk', 'Pokrov')).toBe(2);
    expect(bound('Hrebinka', 'Hrebinky')).toBe(1);
    const names = ['Kharkiv', 'Kharkov', 'Pokrovsk', 'Bakhrovsk', 'Zhovkva', 'Zholkva', 'Petro', 'Petr', 'Shakhtarsk', 'Shakhtarske', 'Yekaterina', 'Kateryna', 'Mykolaiv', 'Nikolayev'];
    for (const a of names) for (const b of names) expect(bound(a, b)).toBeLessThanOrEqual(distance(a, b));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), (a, b) => {
        expect(bound(a, b)).toBeLessThanOrEqual(distance(a, b));
        expect(bound(a, b)).toBe(bound(b, a));
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,14}$/), fc.stringMatching(/^[a-z]{1,14}$/), (a, b) => {
        expect(bound(a, b)).toBeLessThanOrEqual(distance(a, b));
      }),
    );
  });

  it('allows more difference in long names', () => {
    expect(distanceAllowance(6)).toBeLessThan(distanceAllowance(16));
  });
});

describe('cognate given names', () => {
  it('joins Ukrainian and Russian forms, in any romanization', () => {
    const group = (name: string): number | undefined => cognateGroup(wordSkeleton(name).symbols);
    expect(group('Mykola')).toBeDefined();
    expect(group('Mykola')).toBe(group('Nikolay'));
    expect(group('Pavlo')).toBe(group('Pavel'));
    expect(group('Pylyp')).toBe(group('Philip'));
    expect(group('Mykola')).not.toBe(group('Mykyta'));
    expect(group('Kallas')).toBeUndefined();
  });

  it('finds them at the start of place names', () => {
    const a = cognatePrefix(wordSkeleton('Mykolaiv').symbols);
    const b = cognatePrefix(wordSkeleton('Nikolayev').symbols);
    expect(a?.group).toBe(b?.group);
    expect(a?.rest).toBe('v');
    expect(cognatePrefix(wordSkeleton('Mykola').symbols)).toBeUndefined();
  });
});
