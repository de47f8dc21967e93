import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { extractQuantities, parseDigits, parseNumberWord } from '../../src/text/numbers.js';
import type { Quantity } from '../../src/analysis.js';

const YEAR = 1;
const DAY = 1 / 365.25;

function quantities(text: string): Quantity[] {
  return extractQuantities(tokenize(text), text);
}

/** The one quantity of `text`, checked to slice back. */
function only(text: string): Quantity {
  const found = quantities(text);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const q = found[0] as Quantity;
  expect(text.slice(q.start, q.end)).toBe(q.text);
  return q;
}

describe('digits', () => {
  it('reads separators and decimals', () => {
    expect(parseDigits('1,000')).toBe(1000);
    expect(parseDigits('2.5')).toBe(2.5);
    expect(parseDigits('1,234,567.5')).toBe(1234567.5);
    expect(parseDigits('12.02.2025')).toBeUndefined();
    expect(parseDigits('1,00')).toBeUndefined();
    expect(parseDigits('007')).toBeUndefined();
    expect(parseDigits('5551234567')).toBeUndefined();
    expect(only('They found 1,000 shells.')).toMatchObject({ text: '1,000 shells', value: 1000, unit: 'shell', dimension: 'count' });
    expect(only('The index rose by 2.5, officials said.')).toMatchObject({ text: '2.5', value: 2.5, unit: '', dimension: 'count' });
  });

  it('reads scales', () => {
    expect(only('It costs 2.5 million now.')).toMatchObject({ value: 2.5e6 });
    expect(only('Some 3 thousand troops.')).toMatchObject({ value: 3000, unit: 'troop', hedge: 'some' });
    expect(only('A 1.2 trillion budget.')).toMatchObject({ value: 1.2e12 });
    expect(only('They pledged €4bn.')).toMatchObject({ text: '€4bn', value: 4e9, unit: 'eur', dimension: 'money' });
    expect(only('They pledged £300m.')).toMatchObject({ text: '£300m', value: 3e8, unit: 'gbp' });
    expect(only('They pledged 4 bn euros.')).toMatchObject({ text: '4 bn euros', value: 4e9, unit: 'eur' });
    expect(only('Exports fell to 3 mln tonnes.')).toMatchObject({ text: '3 mln tonnes', value: 3e9, unit: 'kg' });
  });

  it('reads abbreviated scales only after a number, not after an article', () => {
    expect(quantities('He leads a bn of reservists.')).toEqual([]);
    expect(quantities('A mn of them came.')).toEqual([]);
    expect(only('It cost a billion dollars.')).toMatchObject({ value: 1e9, unit: 'usd' });
  });

  it('reads money', () => {
    expect(only('Congress approved $2.5 billion in aid.')).toMatchObject({
      text: '$2.5 billion', value: 2.5e9, low: 2.5e9, high: 2.5e9, unit: 'usd', dimension: 'money',
    });
    expect(only('He paid US$5m for it.')).toMatchObject({ text: 'US$5m', value: 5e6, unit: 'usd' });
    expect(only('It cost 40 dollars.')).toMatchObject({ text: '40 dollars', value: 40, unit: 'usd' });
    expect(only('It cost 2 million euros.')).toMatchObject({ text: '2 million euros', value: 2e6, unit: 'eur' });
    expect(only('It cost 2 million pounds sterling.')).toMatchObject({ value: 2e6, unit: 'gbp' });
    expect(only('A £40 ticket.')).toMatchObject({ text: '£40', unit: 'gbp' });
    expect(only('It cost 2 billion U.S. dollars.')).toMatchObject({ text: '2 billion U.S. dollars', unit: 'usd' });
    expect(only('He wrote a million-dollar check.')).toMatchObject({ value: 1e6, unit: 'usd', compound: true, head: 'check' });
  });

  it('reads percents', () => {
    for (const text of ['Turnout was 45%.', 'Turnout was 45 percent.', 'Turnout was 45 per cent.']) {
      expect(only(text)).toMatchObject({ value: 45, unit: 'percent', dimension: 'percent' });
    }
    expect(only('Turnout was 45 per cent.').text).toBe('45 per cent');
    expect(only('It rose 2 percentage points.')).toMatchObject({ unit: 'percentage-point', dimension: 'percent' });
    expect(only('More than half of the voters.')).toMatchObject({ low: 50, high: Infinity, dimension: 'percent', head: 'voter' });
    expect(only('It takes two-thirds of the Senate.').value).toBeCloseTo(66.6667, 3);
  });
});

describe('number words', () => {
  it('parses single words', () => {
    expect(parseNumberWord('seven')).toBe(7);
    expect(parseNumberWord('nineteen')).toBe(19);
    expect(parseNumberWord('ninety')).toBe(90);
    expect(parseNumberWord('hundred')).toBe(100);
    expect(parseNumberWord('billion')).toBe(1e9);
    expect(parseNumberWord('seventh')).toBeUndefined();
  });

  it('reads one to twenty, tens, compounds and hundreds', () => {
    const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
      'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
    words.forEach((w, k) => expect(only(`They sent ${w} envoys.`)).toMatchObject({ value: k + 1, unit: 'envoi' }));
    expect(only('Ninety soldiers left.').value).toBe(90);
    expect(only('They sent twenty-five envoys.')).toMatchObject({ text: 'twenty-five envoys', value: 25 });
    expect(only('Two hundred and fifty people came.')).toMatchObject({ value: 250, unit: 'peopl' });
    expect(only('Three million people fled.')).toMatchObject({ value: 3e6 });
    expect(only('A hundred people came.')).toMatchObject({ text: 'A hundred people', value: 100 });
  });

  it('reads dozens, hundreds of millions and other orders of magnitude as intervals', () => {
    expect(only('A dozen drones hit.')).toMatchObject({ value: 12, low: 12, high: 12, unit: 'drone' });
    expect(only('Dozens of drones hit.')).toMatchObject({ text: 'Dozens of drones', low: 24, unit: 'drone' });
    const hom = only('It costs hundreds of millions.');
    expect(hom).toMatchObject({ text: 'hundreds of millions', low: 2e8, high: 9.99e8 });
    expect(hom.value).toBeGreaterThan(hom.low);
    expect(only('Tens of thousands of people marched.')).toMatchObject({ low: 2e4, high: 9.9e4, unit: 'peopl' });
    expect(only('They spent billions of dollars.')).toMatchObject({ text: 'billions of dollars', low: 2e9, unit: 'usd', dimension: 'money' });
  });

  it('reads "a year" and "half"', () => {
    expect(only('It lasted more than a year.')).toMatchObject({ text: 'more than a year', value: YEAR, low: 1, high: Infinity, hedge: 'more than', dimension: 'duration', unit: 'year' });
    expect(only('It lasted a decade.')).toMatchObject({ value: 10 });
    expect(only('It lasted half a year.')).toMatchObject({ text: 'half a year', value: 0.5 });
    expect(only('Half a million people fled.')).toMatchObject({ value: 5e5, unit: 'peopl' });
    expect(only('It lasted a year and a half.')).toMatchObject({ text: 'a year and a half', value: 1.5 });
    expect(only('It lasted three and a half years.')).toMatchObject({ text: 'three and a half years', value: 3.5 });
    expect(only('Half of the troops left.')).toMatchObject({ text: 'Half', value: 50, dimension: 'percent', head: 'troop' });
    expect(quantities('He met them once a year.')).toEqual([]);
    expect(quantities('In the second half of the day.')).toEqual([]);
  });

  it('keeps "one" only when it counts something', () => {
    expect(quantities('One of them left, and no one stayed.')).toEqual([]);
    expect(only('One soldier died.')).toMatchObject({ value: 1, unit: 'soldier' });
    expect(quantities('It was the same one seized by police.')).toEqual([]);
    expect(quantities('They zero in on the target.')).toEqual([]);
  });
});

describe('compound modifiers', () => {
  it('reads counts written as modifiers', () => {
    expect(only('A 27-point plan.')).toMatchObject({ text: '27-point', value: 27, unit: 'point', head: 'plan', compound: true, dimension: 'count' });
    expect(only('An initial 28-point proposal.')).toMatchObject({ unit: 'point', head: 'propos' });
    expect(only('The 60-plus votes were there.')).toMatchObject({ low: 60, high: Infinity, unit: 'vote', hedge: 'plus' });
  });

  it('reads durations in years and keeps the words', () => {
    const fiveHour = only('After five-hour discussions, they left.');
    expect(fiveHour).toMatchObject({ text: 'five-hour', unit: 'year', dimension: 'duration', head: 'discuss', compound: true });
    expect(fiveHour.value).toBeCloseTo(5 * DAY / 24, 12);
    expect(only('A two-year investigation.')).toMatchObject({ value: 2, head: 'investig', compound: true });
    expect(only('A decade-long conflict.')).toMatchObject({ text: 'decade-long', value: 10, head: 'conflict', compound: true });
    expect(only('A yearlong standoff.')).toMatchObject({ value: 1, head: 'standoff' });
    expect(only('A decades-long feud.')).toMatchObject({ low: 20, dimension: 'duration' });
    expect(only('It took 18 months.')).toMatchObject({ text: '18 months', value: 1.5, low: 1.5, high: 1.5, unit: 'year' });
    expect(only('A 45-year-old man.')).toMatchObject({ text: '45-year-old', unit: 'age', dimension: 'measure', head: 'man' });
  });

  it('finds the head noun past acronyms and adjectives, and stops at verbs', () => {
    expect(only('An updated 27-point U.S. peace framework incorporating changes.').head).toBe('framework');
    expect(only('Five senior Missouri Republicans agreed.').unit).toBe('republican');
    expect(only('Some 30 more countries joined.')).toMatchObject({ unit: 'countri' });
    expect(only('Two of the officials said so.')).toMatchObject({ text: 'Two of the officials', unit: 'offici' });
    expect(only('A 27-point plan includes the guarantee.').head).toBe('plan');
  });
});

describe('hedges', () => {
  const cases: [string, string, number, number][] = [
    ['nearly 40 people', 'nearly', 34, 40],
    ['almost 40 people', 'almost', 34, 40],
    ['just under 40 people', 'just under', 34, 40],
    ['more than 40 people', 'more than', 40, Infinity],
    ['over 40 people', 'over', 40, Infinity],
    ['at least 40 people', 'at least', 40, Infinity],
    ['less than 40 people', 'less than', 0, 40],
    ['under 40 people', 'under', 0, 40],
    ['up to 40 people', 'up to', 0, 40],
    ['at most 40 people', 'at most', 0, 40],
    ['about 40 people', 'about', 36, 44],
    ['around 40 people', 'around', 36, 44],
    ['roughly 40 people', 'roughly', 36, 44],
    ['approximately 40 people', 'approximately', 36, 44],
    ['some 40 people', 'some', 36, 44],
  ];
  it.each(cases)('%s', (phrase, hedge, low, high) => {
    const q = only(`There were ${phrase} there.`);
    expect(q).toMatchObject({ text: phrase, hedge, value: 40, unit: 'peopl' });
    expect(q.low).toBeCloseTo(low, 9);
    expect(q.high).toBeCloseTo(high, 9);
  });

  it('gives exact numbers a point interval', () => {
    expect(only('There were 34 people.')).toMatchObject({ value: 34, low: 34, high: 34, unit: 'peopl', head: 'peopl' });
    expect(only('There were 34 people.').hedge).toBeUndefined();
  });
});

describe('years and ordinals', () => {
  it('reads a lone year as a calendar year', () => {
    expect(only('It began in 2014.')).toMatchObject({ value: 2014, dimension: 'year', unit: 'year-ad' });
    expect(only('The 2014 annexation of Crimea.')).toMatchObject({ dimension: 'year', head: 'annex' });
    expect(only('The 2020 elections.')).toMatchObject({ dimension: 'year' });
    expect(only('The 1990s were calm.')).toMatchObject({ text: '1990s', dimension: 'year', low: 1990, high: 1999 });
    expect(quantities('From 2014-2022 it grew.').map((q) => q.value)).toEqual([2014, 2022]);
    expect(only('About 2000 people came.')).toMatchObject({ dimension: 'count', unit: 'peopl' });
  });

  it('reads digit ordinals', () => {
    expect(only('On the 27th anniversary.')).toMatchObject({ text: '27th', value: 27, dimension: 'ordinal', head: 'anniversari' });
  });
});

describe('numbers that are not quantities', () => {
  const none = [
    'They met on December 2.',
    'They met on Dec. 2 in Moscow.',
    'They met on 2 December in Moscow.',
    'They met on the 2nd of December.',
    'MOSCOW, DECEMBER 2 — Talks began.',
    'The talks started at 10:30 sharp.',
    'The talks started at 5 p.m. sharp.',
    'The talks started at 5pm sharp.',
    'The talks started at 1400 GMT.',
    'The G7 met about COVID-19 and F-16 jets.',
    'Call 555-123-4567 now.',
    'Call +44 now.',
    '1. The first point.',
    '(2) The second point.',
    'Under Article 5 of the treaty.',
    'It was the No. 1 issue.',
    'They debated SB 1062.',
    'They watched 5G and 3D films.',
    'The attacks of 9/11 changed it.',
    'The score was 3-2.',
  ];
  it.each(none)('%s', (text) => {
    expect(quantities(text)).toEqual([]);
  });

  it('reads a hyphenated range', () => {
    expect(only('Between 10-12 people came.')).toMatchObject({ text: '10-12 people', low: 10, high: 12, value: 11 });
  });

  it('keeps offsets absolute when tokens start inside the text', () => {
    const text = 'First sentence here. Then more than 30 people came.';
    const start = text.indexOf('Then');
    const [q] = extractQuantities(tokenize(text, start, text.length), text);
    expect(q).toMatchObject({ text: 'more than 30 people', start: text.indexOf('more') });
  });
});

describe('articles', () => {
  it('count as one only before a unit of time, a fraction, "dozen", "hundred", a scale or "$"', () => {
    expect(only('It took more than a year.')).toMatchObject({ value: YEAR, hedge: 'more than' });
    expect(only('A third of the voters stayed home.')).toMatchObject({ unit: 'percent' });
    expect(only('A dozen people came.')).toMatchObject({ value: 12 });
    expect(only('A hundred people came.')).toMatchObject({ value: 100 });
    expect(only('A million people fled.')).toMatchObject({ value: 1e6 });
    expect(only('It cost A$5 million.')).toMatchObject({ value: 5e6, unit: 'aud' });
    expect(quantities('A man and an official met at a cafe, about an hour later than a year ago planned.').map((q) => q.text)).toEqual([
      'about an hour',
      'a year',
    ]);
  });
});
