import { describe, expect, it } from 'vitest';
import { compare, type Discrepancy } from '../../src/index.js';
import { peaceTalks } from '../fixtures.js';

const names = (docs: { id: string; text: string }[]): Discrepancy[] => compare(docs, { kinds: ['name'] }).discrepancies;

describe('name detector', () => {
  it('finds Bakhrovsk against Pokrovsk in the same slot, with every report on each side', () => {
    const [town, ...rest] = names(peaceTalks());
    expect(rest).toEqual([]);
    expect(town!.summary).toBe('Town: "Bakhrovsk" (000) vs "Pokrovsk" (001, 002, 003, 004)');
    expect(town!.severity).toBe('high');
    expect(town!.outlier).toEqual(['000']);
    expect(String(town!.details?.['context'])).toContain('4 of 5 reports agree');
  });

  it('finds a substituted person in aligned sentences, once for full name and surname', () => {
    const a = 'NATO Secretary General Mark Rutte echoed this on Monday, and Mr. Rutte praised the talks in Brussels.';
    const b = 'NATO Secretary General Mark Abernathy echoed this on Monday, and Mr. Abernathy praised the talks in Brussels.';
    const found = names([{ id: 'a', text: a }, { id: 'b', text: b }]);
    expect(found).toHaveLength(1);
    expect(found[0]!.variants.map((v) => v.text).sort()).toEqual(['Abernathy', 'Mark Abernathy', 'Mark Rutte', 'Rutte']);
  });

  it('does not take two facts for a substitution: a report that names both', () => {
    const a = 'Forces captured the town of Pokrovsk on Monday. Vovchansk is still contested.';
    const b = 'Forces captured the town of Vovchansk on Monday. Pokrovsk is still contested.';
    expect(names([{ id: 'a', text: a }, { id: 'b', text: b }])).toEqual([]);
  });

  it('leaves alone aliases, abbreviations, adjectives and members of lists', () => {
    const a = 'Troops entered Pokrovsk (Krasnoarmeysk) in the east of Ukraine, Russia said, naming Obama, Biden and Putin.';
    const b = 'Troops entered Krasnoarmeysk in the east of Ukraine, Russia said, naming Obama, Clinton and Putin.';
    const c = 'Trump spoke in Manchester, N.H., about the attack.';
    const d = 'Trump spoke in New Hampshire about the attack.';
    expect(names([{ id: 'a', text: a }, { id: 'b', text: b }])).toEqual([]);
    expect(names([{ id: 'c', text: c }, { id: 'd', text: d }])).toEqual([]);
  });
});
