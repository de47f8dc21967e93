import { describe, expect, it } from 'vitest';
import { nameShape, sameReferent, sameRoot } from '../../src/detect/name-groups.js';

const noAliases = (): boolean => false;

describe('name shapes', () => {
  it('split a name and keep its initials', () => {
    expect(nameShape('new hampshire')).toEqual({ norm: 'new hampshire', words: ['new', 'hampshire'], initials: 'nh' });
    expect(nameShape('kyiv')).toEqual({ norm: 'kyiv', words: ['kyiv'], initials: 'k' });
  });
});

describe('sameReferent', () => {
  it('joins spellings, short forms, derived forms and abbreviations', () => {
    expect(sameReferent('kaja kallas', 'kaia kallas', noAliases)).toBe(true);
    expect(sameReferent('zelensky', 'volodymyr zelensky', noAliases)).toBe(true);
    expect(sameReferent('ukraine', 'ukrainian', noAliases)).toBe(true);
    expect(sameReferent('nh', 'new hampshire', noAliases)).toBe(true);
    expect(sameReferent('calif', 'california', noAliases)).toBe(true);
  });

  it('keeps different names apart unless a report declares them one', () => {
    expect(sameReferent('pokrovsk', 'bakhrovsk', noAliases)).toBe(false);
    expect(sameReferent('pokrovsk', 'krasnoarmeysk', noAliases)).toBe(false);
    expect(sameReferent('pokrovsk', 'krasnoarmeysk', (a, b) => a === 'pokrovsk' && b === 'krasnoarmeysk')).toBe(true);
    expect(sameReferent('x', 'xi', noAliases)).toBe(false);
  });

  it('joins a short form by its words, whatever the last words are, but not a name too short to respell', () => {
    expect(sameReferent('russian', 'russian orthodox church', noAliases)).toBe(true);
    expect(sameReferent('donald trump', 'president donald trump jr', noAliases)).toBe(true);
    expect(sameReferent('volodymyr', 'volodymyr zelensky', noAliases)).toBe(true);
    expect(sameReferent('eu', 'eu commission', noAliases)).toBe(false);
    expect(sameReferent('biden', 'joseph r biden jr', noAliases)).toBe(true);
  });

  it('takes a respelled short form only when it is spelled close to its word of the long name', () => {
    expect(sameReferent('zelenskyy', 'volodymyr zelensky', noAliases)).toBe(true);
    expect(sameReferent('petr', 'petro poroshenko', noAliases)).toBe(true);
    // A vowel or a sibilant apart: enough between two one-word names, not for a short form (these stood in the
    // bundled reports and were joined).
    expect(sameReferent('gaza', 'white house', noAliases)).toBe(false);
    expect(sameReferent('paris', 'associated press', noAliases)).toBe(false);
    expect(sameReferent('vovchansk', 'vovshansk', noAliases)).toBe(true);
  });
});

describe('sameRoot', () => {
  it('joins a name and its adjective or plural, on a root long enough, not respellings', () => {
    expect(sameRoot('ukraine', 'ukrainian')).toBe(true);
    expect(sameRoot('israel', 'israeli')).toBe(true);
    expect(sameRoot('republican', 'republicans')).toBe(true);
    expect(sameRoot('witkoff', 'witkov')).toBe(false);
    expect(sameRoot('iran', 'iranian')).toBe(true);
    expect(sameRoot('ira', 'iran')).toBe(false);
    expect(sameRoot('new york', 'new yorker')).toBe(false);
  });
});
