import { describe, expect, it } from 'vitest';
import { compare, type Discrepancy } from '../../src/index.js';
import { peaceTalks } from '../fixtures.js';

const spellings = (docs: { id: string; text: string }[]): Discrepancy[] => compare(docs, { kinds: ['spelling'] }).discrepancies;

describe('spelling detector', () => {
  it('finds one name spelled two ways across the bundled reports, with the documents of each spelling', () => {
    const found = spellings(peaceTalks());
    const kallas = found.find((d) => d.variants.some((v) => v.text === 'Kaia Kallas'))!;
    expect(kallas.variants.map((v) => [v.text, v.docs])).toEqual([
      ['Kaia Kallas', ['000']],
      ['Kaja Kallas', ['001', '003', '004']],
    ]);
    expect(kallas.outlier).toEqual(['000']);
    expect(found.some((d) => d.variants.some((v) => v.text === 'Vovshansk') && d.variants.some((v) => v.text === 'Vovchansk'))).toBe(true);
  });

  it('is one finding per respelled word, however many names contain it', () => {
    const a = 'Envoy Steve Witkoff arrived in Moscow. Witkoff met Putin for five hours.';
    const b = 'Envoy Steve Witkov arrived in Moscow. Witkov met Putin for five hours.';
    const found = spellings([{ id: 'a', text: a }, { id: 'b', text: b }]);
    expect(found).toHaveLength(1);
    expect(new Set(found[0]!.variants.map((v) => v.value))).toEqual(new Set(['witkoff', 'witkov']));
  });

  it('leaves alone short forms, derived forms, declared aliases, case and diacritics', () => {
    const a = 'Volodymyr Zelensky spoke in Kraków about Ukraine. The town of Pokrovsk (Krasnoarmeysk) fell.';
    const b = 'Zelensky spoke in KRAKOW about Ukrainian losses. The town of Krasnoarmeysk fell.';
    expect(spellings([{ id: 'a', text: a }, { id: 'b', text: b }])).toEqual([]);
  });

  it('does not take different short names for spellings of one (Rose/Rice, ABC/NBC)', () => {
    const a = 'Susan Rose spoke to ABC News on Sunday about the talks.';
    const b = 'Susan Rice spoke to NBC News on Sunday about the talks.';
    expect(spellings([{ id: 'a', text: a }, { id: 'b', text: b }])).toEqual([]);
  });

  it('lets aligned sentences decide a one-consonant difference, and says so', () => {
    const a = 'Russian drones struck the town of Zhovkva near the Polish border on Monday night.';
    const b = 'Russian drones struck the town of Zholkva near the Polish border on Monday night.';
    const [found] = spellings([{ id: 'a', text: a }, { id: 'b', text: b }]);
    expect(found?.variants.map((v) => v.text)).toEqual(['Zhovkva', 'Zholkva']);
    expect(String(found?.details?.['context'])).toContain('aligned sentences');
    // Without a sentence reporting the same thing, the same two names are not taken for one.
    const c = 'Officials in Zhovkva said nothing. Far away, the weather was mild.';
    const d = 'A concert in Zholkva drew crowds. Prices rose in the capital.';
    expect(spellings([{ id: 'c', text: c }, { id: 'd', text: d }])).toEqual([]);
  });
});
