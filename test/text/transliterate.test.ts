import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { transliterate, wordSkeleton } from '../../src/text/transliterate.js';

const same = (a: string, b: string): boolean => wordSkeleton(a).symbols === wordSkeleton(b).symbols;

describe('transliterate', () => {
  it('writes Ukrainian and Russian Cyrillic in Latin, keeping capitals', () => {
    expect(transliterate('Харків')).toBe('Kharkiv');
    expect(transliterate('Щорс')).toBe('Shchors');
    expect(transliterate('Зеленський')).toBe('Zelenskyi');
    expect(transliterate('Москва')).toBe('Moskva');
  });

  it('leaves Latin text and punctuation alone', () => {
    expect(transliterate('Kyiv, 2 December')).toBe('Kyiv, 2 December');
  });

  it('is the identity on text without Cyrillic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!/[\u0400-\u04FF]/.test(text));
        expect(transliterate(text)).toBe(text);
      }),
    );
  });
});

describe('wordSkeleton', () => {
  it('folds the romanizations of one name together', () => {
    expect(same('Kharkiv', 'Kharkov')).toBe(true);
    expect(same('Halych', 'Galich')).toBe(true);
    expect(same('Zelenskyy', 'Zelensky')).toBe(true);
    expect(same('Zaporizhzhia', 'Zaporozhye')).toBe(true);
    expect(same('Bucha', 'Butcha')).toBe(true);
    expect(same('Bila', 'Belaya')).toBe(true);
    expect(same('Tserkva', 'Cerkva')).toBe(true);
    expect(same('Dzhankoi', 'Jankoy')).toBe(true);
    expect(same('Pohrebyshche', 'Pogrebische')).toBe(true);
    expect(same('Liubotyn', 'Lyubotyn')).toBe(true);
    expect(same('Ukraine', 'Ukrajina')).toBe(true);
    expect(same('Харків', 'Kharkiv')).toBe(true);
  });

  it('keeps different consonants apart', () => {
    expect(same('Obukhiv', 'Orikhiv')).toBe(false);
    expect(same('Pokrovsk', 'Pokrov')).toBe(false);
    expect(same('Bakhrovsk', 'Pokrovsk')).toBe(false);
  });

  it('classifies endings: -yi/-iy/-y alike, -a and -y apart', () => {
    expect(wordSkeleton('Kropyvnytskyi').ending).toBe('I');
    expect(wordSkeleton('Kropivnitskiy').ending).toBe('I');
    expect(wordSkeleton('Borovaya').ending).toBe('A');
    expect(wordSkeleton('Hrebinka').ending).not.toBe(wordSkeleton('Hrebinky').ending);
    expect(wordSkeleton('Shakhtarske').stemTail).toBe('sk');
    expect(wordSkeleton('Yekaterina').onset).toBe('E');
  });

  it('never throws and yields only skeleton symbols', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (word) => {
        const skeleton = wordSkeleton(word);
        expect(skeleton.symbols).toMatch(/^[a-zA-Z]*$/);
        expect(['', 'A', 'E', 'I', 'U']).toContain(skeleton.ending);
      }),
    );
  });
});
