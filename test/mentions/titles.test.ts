import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentSentences } from '../../src/segment/index.js';
import { tokenize } from '../../src/text/tokenize.js';
import { extractNames, lowerCaseVocabulary } from '../../src/mentions/names.js';
import { buildPersonIndex, extractTitles } from '../../src/mentions/titles.js';
import type { TitleMention } from '../../src/analysis.js';
import { peaceTalk } from '../fixtures.js';

function sentencesOf(text: string) {
  const sentences = segmentSentences(text);
  const tokens = sentences.map((s) => tokenize(text, s.start, s.end));
  const lower = lowerCaseVocabulary(tokens);
  return sentences.map((_, i) => ({ tokens: tokens[i]!, names: extractNames(text, tokens[i]!, lower) }));
}

function titlesOf(text: string): TitleMention[] {
  return extractTitles(text, sentencesOf(text));
}

function titlesFor(titles: readonly TitleMention[], person: string): string[] {
  return titles.filter((t) => t.person === person).map((t) => t.norm);
}

describe('extractTitles on the bundled reports', () => {
  it('finds the titles in front of names (000, 003)', () => {
    const t000 = titlesOf(peaceTalk('000'));
    expect(titlesFor(t000, 'kaia kallas')).toEqual(['eu foreign policy chief']);
    expect(titlesFor(t000, 'dmitry peskov')).toEqual(['kremlin spokesman']);
    const t003 = titlesOf(peaceTalk('003'));
    expect(titlesFor(t003, 'kaja kallas')).toEqual(['estonian prime minister']);
    expect(titlesFor(t003, 'karoline leavitt')).toEqual(['white house press secretary']);
  });

  it('keeps "former" and drops honorifics; "new" stays in the norm for the detector to weigh', () => {
    expect(titlesFor(titlesOf(peaceTalk('001')), 'donald trump')).toEqual(['former president']);
    const starmer = titlesOf(peaceTalk('003')).find((t) => t.person === 'keir starmer');
    expect(starmer?.text).toBe('new UK Prime Minister');
    expect(starmer?.norm).toBe('new uk prime minister');
  });

  it('takes "Jared Kushner, President Donald Trump\'s son-in-law" as a relation, not a title of Kushner', () => {
    const titles = titlesOf(peaceTalk('003'));
    expect(titlesFor(titles, 'jared kushner')).toEqual([]);
    expect(titlesFor(titles, 'donald trump')).toEqual(['president']);
  });

  it('reads appositives and possessed roles', () => {
    expect(titlesFor(titlesOf(peaceTalk('004')), 'andriy kovalenko')).toEqual(['head of ukraine center for countering disinformation']);
    expect(titlesFor(titlesOf(peaceTalk('000')), 'kirill dmitriev')).toEqual(['special envoy for investment and economic cooperation']);
    expect(titlesFor(titlesOf(peaceTalk('004')), 'rustem umerov')).toEqual(['chief negotiator']);
  });

  it('resolves a surname after a title to the full name of the document (001: "President Macron")', () => {
    const macron = titlesOf(peaceTalk('001')).filter((t) => t.person === 'emmanuel macron');
    expect(macron.map((t) => t.norm).sort()).toEqual(['french president', 'president']);
  });

  it('gives no title to places and bodies, nor from title-case headlines', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const persons = titlesOf(peaceTalk(id)).map((t) => t.person);
      expect(persons).not.toContain('ukraine');
      expect(persons.every((p) => !p.includes('house'))).toBe(true);
    }
  });

  it('gives exact spans for titles and persons', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const text = peaceTalk(id);
      for (const t of titlesOf(text)) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
        expect(t.personEnd).toBeGreaterThan(t.personStart);
      }
    }
  });
});

describe('extractTitles on targeted cases', () => {
  it('splits "Secretary of State John Smith"', () => {
    const [t] = titlesOf('Secretary of State John Smith arrived in Paris.');
    expect(t).toMatchObject({ text: 'Secretary of State', norm: 'secretary of state', person: 'john smith' });
  });

  it('expands abbreviated roles and joins initials', () => {
    const text = 'On Monday the U.S. Ambassador John Doe met Sen. Mary Roe.';
    const titles = titlesOf(text);
    expect(titlesFor(titles, 'john doe')).toEqual(['us ambassador']);
    expect(titlesFor(titles, 'mary roe')).toEqual(['senator']);
  });

  it('gives honorifics alone no title, and descriptions with "a" none either', () => {
    expect(titlesOf('Sir Keir Starmer and Mr. John Smith met.')).toEqual([]);
    expect(titlesOf('John Smith, a real estate executive, arrived.')).toEqual([]);
  });

  it('gives a name no plural role after its comma: those are other people', () => {
    // Both from BASIL reports (Fox News and HuffPost on AARP and Social Security).
    expect(titlesOf('AARP reassured labor groups that it had not changed its position on Social Security, labor officials told HuffPost.')).toEqual([]);
    expect(titlesOf('The debate over Social Security, as several lawmakers place reform proposals on the table.')).toEqual([]);
    expect(titlesFor(titlesOf('John Smith, the labor secretary, arrived.'), 'john smith')).toEqual(['labor secretary']);
    // A plural before a complement is not the head of the title.
    expect(titlesFor(titlesOf('Dan Caine, the Joint Chiefs of Staff chairman, spoke.'), 'dan caine')).toEqual(['joint chiefs of staff chairman']);
  });

  it('takes the subject after an opener out of the title', () => {
    expect(titlesFor(titlesOf('While President Joe Biden spoke, aides waited.'), 'joe biden')).toEqual(['president']);
  });
});

describe('buildPersonIndex', () => {
  it('maps a surname to the full name named before it, else to any', () => {
    const index = buildPersonIndex(sentencesOf('Leavitt spoke. Later Karoline Leavitt said more. Then Leavitt left.'));
    expect(index.resolve('leavitt', 0)).toBe('karoline leavitt');
    expect(index.resolve('leavitt', 50)).toBe('karoline leavitt');
    expect(index.isPerson('leavitt')).toBe(true);
    expect(index.resolve('paris', 0)).toBe('paris');
  });
});

describe('extractTitles properties', () => {
  const piece = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 10 }),
    fc.constantFrom('President ', 'former ', 'Sir ', 'Kaja Kallas', ', head of ', 'the ', 'U.S. ', "'s ", ', ', '. ', 'Mr. ', 'Estonian Prime Minister '),
  );
  it('every title slices back from the text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        for (const t of titlesOf(text)) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.norm.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractTitles, prefixes', () => {
  it('keeps "ex-" as part of a title, read as "former"', () => {
    const text = "Mary Cheney, one of ex-Vice President Dick Cheney's two daughters, spoke.";
    const tokens = tokenize(text);
    const titles = extractTitles(text, [{ tokens, names: extractNames(text, tokens) }]);
    const cheney = titles.find((t) => t.person.endsWith('dick cheney'));
    expect(cheney?.text).toBe('ex-Vice President');
    expect(cheney?.norm).toBe('former vice president');
  });
});
