import { describe, expect, it } from 'vitest';
import { compare, type Discrepancy } from '../../src/index.js';
import { peaceTalks } from '../fixtures.js';

const numbers = (docs: { id: string; text: string }[]): Discrepancy[] => compare(docs, { kinds: ['number'] }).discrepancies;
const pair = (a: string, b: string) => numbers([{ id: 'a', text: a }, { id: 'b', text: b }]);

describe('number detector', () => {
  it('finds the plan points and the length of the war in the bundled reports', () => {
    const summaries = numbers(peaceTalks()).map((d) => d.summary);
    expect(summaries).toContain('Duration: "nearly four-year" (002) vs "nearly decade-long" (003)');
    expect(summaries).toContain('Points: "27-point" (002) vs "28-point" (002)');
  });

  it('reports different values of one quantity in aligned sentences, high when far apart', () => {
    const [d] = pair('The storm killed 34 people in the north on Sunday.', 'The storm killed 52 people in the north on Sunday.');
    expect(d?.variants.map((v) => v.text)).toEqual(['34 people', '52 people']);
    expect(d?.severity).toBe('high');
  });

  it('treats hedges as intervals: "more than 30" agrees with 34, "nearly 18 months" with "more than a year"', () => {
    expect(pair('The storm killed more than 30 people in the north.', 'The storm killed 34 people in the north.')).toEqual([]);
    expect(pair('The fighting has lasted nearly 18 months in the region.', 'The fighting has lasted more than a year in the region.')).toEqual([]);
  });

  it('does not pair two different quantities of one sentence, nor a partitive count', () => {
    expect(pair('The war began in 2014 and escalated in 2022, officials said.', 'The war began in 2014 and escalated in 2023 after talks, officials said.')).toHaveLength(1);
    expect(pair('The war began in 2014 and escalated in 2022.', 'The war escalated in 2022 after it began in 2014.')).toEqual([]);
    expect(pair('Two officers were injured in the attack on Friday.', 'One of the two officers was injured in the attack on Friday.')).toEqual([]);
  });

  it('holds a compound value many reports repeat against a different one, wherever the sentences stand', () => {
    const plan = (n: string, text: string) => ({ id: n, text: `${text} The weather was mild in the capital on Monday.` });
    const found = numbers([
      plan('a', 'Envoys discussed the 27-point plan at length.'),
      plan('b', 'A 27-point plan was leaked to reporters.'),
      plan('c', 'A 27-point plan circulated among diplomats.'),
      plan('d', 'Officials later released a 28-point plan.'),
    ]);
    const across = found.filter((d) => d.variants.some((v) => v.text === '28-point'));
    expect(across).toHaveLength(1);
    expect(across[0]!.variants.map((v) => [v.text, v.spans.map((s) => s.docId)])).toEqual([
      ['28-point', ['d']],
      ['27-point', ['a', 'b', 'c']],
    ]);
    // The same value everywhere is no conflict.
    expect(numbers([plan('a', 'Envoys discussed the 27-point plan.'), plan('b', 'Critics attacked the 27-point plan.')])).toEqual([]);
  });

  it('finds nothing between two copies of a report that gives two values itself', () => {
    const doc = peaceTalks().find((d) => d.id === '002')!;
    expect(numbers([doc, { ...doc, id: 'copy' }])).toEqual([]);
  });
});
