import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { compareQuantities, extractQuantities } from '../../src/text/numbers.js';
import type { Quantity } from '../../src/analysis.js';

const dir = new URL('../../examples/peace-talks/', import.meta.url);
const docs = new Map(
  readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f.slice(0, 3), readFileSync(new URL(f, dir), 'utf8')]),
);

function doc(id: string): string {
  const text = docs.get(id);
  if (text === undefined) throw new Error(`missing example ${id}`);
  return text;
}

/** End of the sentence that starts at `start`: the first "." after a lower-case letter, or the end of the line. */
function sentenceEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\n') return i;
    if (text[i] === '.' && /[a-z]/.test(text[i - 1] ?? '')) return i + 1;
  }
  return text.length;
}

/** Quantities of the sentence of document `id` that starts with `opening`. */
function sentenceQuantities(id: string, opening: string): Quantity[] {
  const text = doc(id);
  const start = text.indexOf(opening);
  expect(start, opening).toBeGreaterThanOrEqual(0);
  const end = sentenceEnd(text, start);
  const found = extractQuantities(tokenize(text, start, end), text);
  for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  return found;
}

function find(found: Quantity[], text: string): Quantity {
  const q = found.find((x) => x.text === text);
  expect(q, `${text} in ${JSON.stringify(found.map((x) => x.text))}`).toBeDefined();
  return q as Quantity;
}

describe('peace-talks 002', () => {
  const first = sentenceQuantities('002', 'President Donald Trump expressed cautious optimism');
  const second = sentenceQuantities('002', 'The five-hour discussions, held on December 2');

  it('reads "nearly four-year conflict" as a hedged duration', () => {
    expect(find(first, 'nearly four-year')).toMatchObject({
      value: 4, low: 3.4, high: 4, unit: 'year', dimension: 'duration', hedge: 'nearly', head: 'conflict', compound: true,
    });
  });

  it('reads "five-hour discussions" and skips the day of the month', () => {
    expect(find(second, 'five-hour')).toMatchObject({ dimension: 'duration', unit: 'year', head: 'discuss', compound: true });
    expect(second.map((q) => q.text)).toEqual(['five-hour', '27-point', '28-point']);
  });

  it('reads the 27-point framework and the 28-point proposal', () => {
    expect(find(second, '27-point')).toMatchObject({ value: 27, unit: 'point', head: 'framework', compound: true, dimension: 'count' });
    expect(find(second, '28-point')).toMatchObject({ value: 28, unit: 'point', head: 'propos' });
    expect(compareQuantities(find(second, '27-point'), find(second, '28-point'))).toBe('conflict');
  });

  it('reads "hundreds of millions" as an interval', () => {
    const found = sentenceQuantities('002', 'NATO Secretary General Mark Rutte echoed this');
    expect(find(found, 'hundreds of millions')).toMatchObject({ low: 2e8, high: 9.99e8, dimension: 'count' });
  });
});

describe('peace-talks 003', () => {
  it('reads "nearly decade-long conflict"', () => {
    const found = sentenceQuantities('003', 'Russian President Vladimir Putin will meet US special envoy');
    expect(find(found, 'nearly decade-long')).toMatchObject({ value: 10, low: 8.5, high: 10, hedge: 'nearly', head: 'conflict' });
  });

  it('reads "more than a year"', () => {
    const found = sentenceQuantities('003', 'Both towns have been heavily contested');
    expect(find(found, 'more than a year')).toMatchObject({ value: 1, low: 1, high: Infinity, unit: 'year', dimension: 'duration' });
  });

  it('reads "next 48 hours" and "two days" as durations', () => {
    const hours = find(sentenceQuantities('003', 'Diplomats say the next 48 hours'), '48 hours');
    expect(hours.value).toBeCloseTo(2 / 365.25, 12);
    const days = find(sentenceQuantities('003', 'The Moscow meeting follows two days'), 'two days');
    expect(compareQuantities(hours, days)).toBe('same');
  });

  it('reads "billions of dollars" as money', () => {
    const found = sentenceQuantities('003', 'It reportedly contained provisions');
    expect(find(found, 'billions of dollars')).toMatchObject({ unit: 'usd', dimension: 'money', low: 2e9 });
  });
});

describe('peace-talks 004', () => {
  it('reads "nearly 18 months"', () => {
    const found = sentenceQuantities('004', "Russia's assertion of control over Pokrovsk");
    expect(find(found, 'nearly 18 months')).toMatchObject({ value: 1.5, low: 1.275, high: 1.5, unit: 'year', hedge: 'nearly' });
  });

  it('reads 2014 and 2022 as calendar years', () => {
    const found = sentenceQuantities('004', 'The conflict, which began with');
    expect(found.map((q) => [q.text, q.dimension, q.unit])).toEqual([
      ['2014', 'year', 'year-ad'],
      ['2022', 'year', 'year-ad'],
    ]);
  });
});

describe('across the reports', () => {
  const q = (id: string, opening: string, text: string): Quantity => find(sentenceQuantities(id, opening), text);

  it('finds the conflict between "nearly four-year" and "nearly decade-long"', () => {
    const four = q('002', 'President Donald Trump expressed', 'nearly four-year');
    const decade = q('003', 'Russian President Vladimir Putin will meet', 'nearly decade-long');
    expect(compareQuantities(four, decade)).toBe('conflict');
  });

  it('finds "nearly 18 months" compatible with "more than a year"', () => {
    const months = q('004', "Russia's assertion of control", 'nearly 18 months');
    const year = q('003', 'Both towns have been heavily contested', 'more than a year');
    expect(compareQuantities(months, year)).toBe('compatible');
  });

  it('finds the same years in 001 and 004', () => {
    const a = q('001', 'The French leader simultaneously commended', '2014');
    const b = q('004', 'The conflict, which began with', '2014');
    expect(compareQuantities(a, b)).toBe('same');
  });

  it('extracts only spans that slice back, from every whole report', () => {
    for (const text of docs.values()) {
      for (const found of extractQuantities(tokenize(text), text)) expect(text.slice(found.start, found.end)).toBe(found.text);
    }
  });
});
