import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstTokenFrom, lastTokenWithin, leadingTokens, readSentenceTokens, readTokens, tokenize, type Token } from '../../src/text/tokenize.js';
import { segmentSentences } from '../../src/segment/index.js';
import { wordForm } from '../../src/text/word-forms.js';
import { normalizeWord } from '../../src/text/normalize.js';
import { stem } from '../../src/text/stem.js';
import {
  charClassAt, codePointAt, DIGIT_CLASS, isDigit, isLetter, isSpace, isSpaceAt, LETTER_CLASS, nextMatch, OTHER_CLASS,
  SPACE_CLASS, unitsAt,
} from '../../src/text/chars.js';

/** A token's fields as a plain object, to compare tokens of different classes. */
const plain = (t: Token): Token => ({ text: t.text, norm: t.norm, stem: t.stem, start: t.start, end: t.end, kind: t.kind, upper: t.upper, spaceBefore: t.spaceBefore });

const texts = (s: string, from?: number, to?: number) => tokenize(s, from, to).map((t) => t.text);

/** Characters that exercise every branch of the scanner: apostrophes, surrogate pairs, lone surrogates, marks. */
const PIECES = ['a', 'B', 's', 'S', "'", '\u2019', '\u02BC', ' ', '\n', '1', '9', ',', '.', '-', '\u00E9', '\u0301', 'É', '😀', '𝐀', '\uD800', '\uDC00', '\u00A0', '\u2003', '٣', 'ß', 'İ', 'ǅ', '"', '$'];
const scannerText = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

describe('tokenize', () => {
  it('splits possessives and compounds, keeps contractions and numbers whole', () => {
    expect(texts("Kyiv's 27-point plan, don't O'Brien")).toEqual(['Kyiv', "'s", '27', '-', 'point', 'plan', ',', "don't", "O'Brien"]);
    expect(texts('$2.5 billion and 1,000 people.')).toEqual(['$', '2.5', 'billion', 'and', '1,000', 'people', '.']);
    expect(texts('Kyiv\u2019s talks', 0, 6)).toEqual(['Kyiv', '\u2019s']);
    const [kyiv, s, point] = tokenize("Kyiv's point");
    expect([kyiv!.spaceBefore, s!.spaceBefore, point!.spaceBefore]).toEqual([true, false, true]);
    expect(s!.kind).toBe('word');
  });

  it('gives every token its exact span, comparison form, stem and case', () => {
    fc.assert(
      fc.property(scannerText, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        let previousEnd = from;
        for (const t of tokenize(text, from, to)) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(previousEnd);
          expect(t.norm).toBe(normalizeWord(t.text));
          expect(t.stem).toBe(t.kind === 'word' ? stem(t.norm) : t.norm);
          // The first code point as `codePointAt` reads it (a lone high surrogate takes the unit after it along).
          expect(t.upper).toBe(/\p{Lu}/u.test(codePointAt(t.text, 0)));
          previousEnd = t.end;
        }
      }),
    );
  });
});

describe('wordForm', () => {
  it('returns one object per repeated form, and the same values however full the table gets', () => {
    const text = 'The the THE';
    expect(wordForm(text, 0, 3, 'word')).toBe(wordForm('x The', 2, 5, 'word'));
    expect(wordForm(text, 0, 3, 'word')).not.toBe(wordForm(text, 4, 7, 'word'));
    expect(wordForm(text, 4, 7, 'word').norm).toBe(wordForm(text, 0, 3, 'word').norm);
    expect(wordForm(text, 8, 11, 'word')).toMatchObject({ text: 'THE', norm: 'the', stem: 'the', upper: true, kind: 'word' });
    // Far more distinct forms than the table keeps: it starts over, and every answer stays right.
    let wrong = 0;
    for (let k = 0; k < 200_000; k++) {
      const word = `Wörd${k.toString(36)}`;
      const form = wordForm(word, 0, word.length, 'word');
      if (form.text !== word || form.norm !== normalizeWord(word)) wrong++;
      if (k % 9973 === 0) expect(form).toEqual({ text: word, kind: 'word', norm: normalizeWord(word), stem: stem(normalizeWord(word)), upper: true });
    }
    expect(wrong).toBe(0);
    const long = 'x'.repeat(40);
    expect(wordForm(long, 0, 40, 'word').norm).toBe(long);
  });

  it('tells a form apart by its kind', () => {
    expect(wordForm("'s", 0, 2, 'word').kind).toBe('word');
    expect(wordForm("'s", 0, 2, 'punct').kind).toBe('punct');
  });
});

describe('charClassAt', () => {
  it('agrees with the string tests of chars.ts, and unitsAt with codePointAt', () => {
    fc.assert(
      fc.property(scannerText, fc.nat(), (text, a) => {
        if (text === '') return;
        const i = a % text.length;
        const ch = codePointAt(text, i);
        const expected = isSpace(ch) ? SPACE_CLASS : isDigit(ch) ? DIGIT_CLASS : isLetter(ch) ? LETTER_CLASS : OTHER_CLASS;
        expect(charClassAt(text, i)).toBe(expected);
        expect(unitsAt(text, i)).toBe(ch.length);
      }),
    );
  });

  it('has a code version of isSpace that agrees with it', () => {
    const sample = ' \t\n\r\u000B\u00A0\u0085\u2028\u2029\u3000.!?aZ9,\u2019\uD800';
    for (let i = 0; i <= sample.length; i++) expect(isSpaceAt(sample, i), JSON.stringify(sample.charAt(i))).toBe(isSpace(sample.charAt(i)));
  });
});

describe('nextMatch', () => {
  it('finds the next character of the class at or after an offset, or gives the text length', () => {
    const marks = /[.!?]/g;
    expect(nextMatch(marks, 'Hi. Yes! No', 0)).toBe(2);
    expect(nextMatch(marks, 'Hi. Yes! No', 2)).toBe(2);
    expect(nextMatch(marks, 'Hi. Yes! No', 3)).toBe(7);
    expect(nextMatch(marks, 'Hi. Yes! No', 8)).toBe(11);
    expect(nextMatch(marks, '', 0)).toBe(0);
    // The regex keeps no state between calls.
    expect(nextMatch(marks, 'a.b', 0)).toBe(1);
  });
});

describe('readTokens', () => {
  it('reads the same tokens as tokenize, with the same JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(10), (text, from) => {
        const start = Math.min(from, text.length);
        const shared = readTokens(text, start);
        expect(shared.map(plain)).toEqual(tokenize(text, start));
        expect(JSON.stringify(shared)).toBe(JSON.stringify(tokenize(text, start)));
      }),
    );
  });

  it('shares one form among tokens written alike', () => {
    const [first, , second] = readTokens('Kyiv and Kyiv');
    expect(second!.text).toBe('Kyiv');
    expect(second!.norm).toBe(first!.norm);
    expect([first!.start, second!.start]).toEqual([0, 9]);
  });
});

describe('readSentenceTokens', () => {
  it('reads a repeated sentence as readTokens does, at its own offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Kyiv\u2019s plan.', "It's 2.5 km - far.", 'Macron said so.', '\uD83D\uDE00 ok \uD800'), { maxLength: 6 }), (parts) => {
        const text = parts.join(' \n');
        for (const s of segmentSentences(text)) {
          expect(readSentenceTokens(text, s).map(plain)).toEqual(readTokens(text, s.start, s.end).map(plain));
        }
      }),
    );
  });
});

describe('leadingTokens', () => {
  it('gives the tokens readTokens reads up to a limit, from the tokens of the sentences', () => {
    fc.assert(
      fc.property(scannerText, fc.nat(), (text, a) => {
        const limit = a % (text.length + 1);
        const sentences = segmentSentences(text).map((s) => readTokens(text, s.start, s.end));
        expect(leadingTokens(text, sentences, limit).map(plain)).toEqual(readTokens(text, 0, limit).map(plain));
      }),
    );
    const text = "Kyiv's 27-point plan, don't";
    const sentences = segmentSentences(text).map((s) => readTokens(text, s.start, s.end));
    for (let limit = 0; limit <= text.length; limit++) {
      expect(leadingTokens(text, sentences, limit).map(plain)).toEqual(readTokens(text, 0, limit).map(plain));
    }
  });
});

describe('firstTokenFrom', () => {
  const text = 'Talks resume on 3 May.';
  const tokens = tokenize(text);

  it('finds the first token that starts at or after an offset', () => {
    expect(firstTokenFrom(tokens, 0)).toBe(0);
    // Offset 1 is inside "Talks": the next token that starts at or after it is "resume".
    expect(tokens[firstTokenFrom(tokens, 1)]!.text).toBe('resume');
    expect(tokens[firstTokenFrom(tokens, text.indexOf('3'))]!.text).toBe('3');
  });

  it('gives the length when no token starts at or after the offset', () => {
    expect(firstTokenFrom(tokens, text.length)).toBe(tokens.length);
    expect(firstTokenFrom([], 5)).toBe(0);
  });

  it('with lastTokenWithin, gives the tokens of a span', () => {
    const from = text.indexOf('3');
    const first = firstTokenFrom(tokens, from);
    expect(tokens[lastTokenWithin(tokens, first, from + '3 May'.length)]!.text).toBe('May');
    // A span that ends inside its first token still has that token.
    expect(lastTokenWithin(tokens, 0, 2)).toBe(0);
    expect(lastTokenWithin(tokens, 0, text.length)).toBe(tokens.length - 1);
  });

  it('agrees with a linear search at every offset', () => {
    for (let offset = 0; offset <= text.length + 1; offset++) {
      const linear = tokens.findIndex((t) => t.start >= offset);
      expect(firstTokenFrom(tokens, offset)).toBe(linear === -1 ? tokens.length : linear);
    }
  });
});
