import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { extractNames, nameEndingAt, nameStartingAt, normalizeName } from '../../src/mentions/names.js';

const names = (sentence: string, lowerCase: string[] = []) => extractNames(sentence, tokenize(sentence), new Set(lowerCase)).map((n) => n.text);

describe('extractNames', () => {
  it('splits titles and honorifics off names', () => {
    expect(names('EU Foreign Policy Chief Kaja Kallas characterized this week as pivotal.')).toEqual(['Kaja Kallas']);
    expect(names('White House Press Secretary Karoline Leavitt indicated that the draft changed.')).toEqual(['Karoline Leavitt']);
    expect(names('He met UK Prime Minister Sir Keir Starmer in London.')).toEqual(['Keir Starmer', 'London']);
  });

  it('keeps initials, acronyms and connectors inside a name', () => {
    expect(names('A speech by John F. Kennedy was quoted.')).toEqual(['John F. Kennedy']);
    expect(names("Andriy Kovalenko, head of Ukraine's Center for Countering Disinformation, said so.")).toEqual([
      'Andriy Kovalenko',
      'Ukraine',
      'Center for Countering Disinformation',
    ]);
  });

  it('ends names at possessives and hyphens', () => {
    expect(names("Trump's envoy joined the Zelensky-Macron talks.")).toEqual(['Trump', 'Zelensky', 'Macron']);
  });

  it('drops common sentence starters but keeps real names that start a sentence', () => {
    expect(names('Still, the announcements were widely interpreted.')).toEqual([]);
    expect(names('Moscow attributed its hardened stance to advances.')).toEqual(['Moscow']);
    expect(names('Tough talks followed.', ['tough'])).toEqual([]);
  });

  it('gives the text exactly as written, however the words of a name are spaced', () => {
    const sentence = 'Emmanuel  Macron met Volodymyr\u00A0Zelensky in Paris.';
    const found = extractNames(sentence, tokenize(sentence));
    expect(found.map((n) => n.text)).toEqual(['Emmanuel  Macron', 'Volodymyr\u00A0Zelensky', 'Paris']);
    for (const n of found) expect(sentence.slice(n.start, n.end)).toBe(n.text);
    expect(found.map((n) => n.norm)).toEqual(['emmanuel macron', 'volodymyr zelensky', 'paris']);
  });

  it('gives exact offsets and a folded comparison form', () => {
    const sentence = 'Officials in Kraków met the U.S. envoy.';
    for (const n of extractNames(sentence, tokenize(sentence))) expect(sentence.slice(n.start, n.end)).toBe(n.text);
    expect(normalizeName('U.S.')).toBe('us');
    expect(normalizeName('Kraków')).toBe('krakow');
  });

  it('normalizes a repeated name the same way before and after its cache fills up', () => {
    const first = normalizeName('Jean-Pierre  Dupont - Moretti');
    for (let k = 0; k < 25_000; k++) normalizeName(`Name ${k}`);
    expect(normalizeName('Jean-Pierre  Dupont - Moretti')).toBe(first);
    expect(first).toBe('jean-pierre dupont-moretti');
    expect(normalizeName('Name 24999')).toBe('name 24999');
  });
});

describe('nameStartingAt / nameEndingAt', () => {
  it('find the name that starts at a token, or ends before one', () => {
    const sentence = 'Witkoff met Kirill Dmitriev in Miami.';
    const found = extractNames(sentence, tokenize(sentence), new Set());
    const dmitriev = found.find((n) => n.text === 'Kirill Dmitriev')!;
    expect(nameStartingAt(found, dmitriev.tokenStart)).toBe(dmitriev);
    expect(nameEndingAt(found, dmitriev.tokenEnd)).toBe(dmitriev);
    expect(nameStartingAt(found, dmitriev.tokenStart + 1)).toBeUndefined();
    expect(nameEndingAt(found, dmitriev.tokenEnd - 1)).toBeUndefined();
  });
});
