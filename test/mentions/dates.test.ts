import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../src/text/tokenize.js';
import { extractDates, findReferenceDate, parseIsoDay, weekdayOfIso } from '../../src/mentions/dates.js';
import { peaceTalk } from '../fixtures.js';

/** A bundled report by its file name (the first three characters are its id). */
const example = (name: string): string => peaceTalk(name.slice(0, 3));
const doc000 = example('000_3e5736599ecf1829');
const doc002 = example('002_55bbaaab72ef30d4');
const doc003 = example('003_d7746ce21e992e0e');

/** Dates of the sentence of `text` that contains `fragment` (cut by hand, the segmenter is not needed). */
function datesAround(text: string, fragment: string, reference?: string) {
  const at = text.indexOf(fragment);
  expect(at).toBeGreaterThanOrEqual(0);
  return extractDates(tokenize(text, at, at + fragment.length), reference, text);
}

const dates = (sentence: string, reference?: string) => extractDates(tokenize(sentence), reference, sentence);

describe('findReferenceDate', () => {
  it('takes the day of publishedAt first', () => {
    expect(findReferenceDate(doc003, '2025-12-03T08:15:00Z')).toBe('2025-12-03');
    expect(findReferenceDate('No dateline here.', '2024-02-29')).toBe('2024-02-29');
  });

  it('ignores an invalid publishedAt and reads the text instead', () => {
    expect(findReferenceDate(doc000, '2025-02-30')).toBe('2025-12-02');
    expect(findReferenceDate(doc000, 'yesterday')).toBe('2025-12-02');
  });

  it('reads the inline dateline of 000', () => {
    expect(findReferenceDate(doc000)).toBe('2025-12-02');
  });

  it('reads "MOSCOW, DECEMBER 2 —" in 003 but needs a year from somewhere', () => {
    expect(findReferenceDate(doc003)).toBeUndefined();
    expect(findReferenceDate(doc003, undefined, { referenceDate: '2025-12-04' })).toBe('2025-12-02');
    // A December dateline read in early January belongs to the year before.
    expect(findReferenceDate(doc003, undefined, { referenceDate: '2026-01-03' })).toBe('2025-12-02');
  });

  it('takes the year of the dateline line or of a byline above it', () => {
    expect(findReferenceDate('WASHINGTON, Dec. 2, 2025 (Reuters) - The Senate voted.')).toBe('2025-12-02');
    expect(findReferenceDate('Published 2024\nAMHERST, N.H., March 5 — Gov. Perry said.')).toBe('2024-03-05');
    expect(findReferenceDate('LONDON, 3 March 2023 — Talks began.')).toBe('2023-03-03');
  });

  it('does not take a date inside running text for a dateline', () => {
    expect(findReferenceDate('The talks, held on December 2, 2025, ended without a deal.')).toBeUndefined();
    expect(findReferenceDate('Talks ended.', undefined, { referenceDate: '2025-12-05' })).toBe('2025-12-05');
    expect(findReferenceDate(doc002)).toBeUndefined();
  });
});

describe('extractDates on the peace-talks reports', () => {
  it('000: "today (Tuesday)" and "yesterday (Monday)" resolve to the same days as their weekdays', () => {
    const today = datesAround(doc000, 'Russian President Vladimir Putin is discussing the American peace plan today (Tuesday)', '2025-12-02');
    expect(today.map((d) => [d.text, d.precision, d.iso])).toEqual([
      ['today', 'relative', '2025-12-02'],
      ['Tuesday', 'weekday', '2025-12-02'],
    ]);
    const yesterday = datesAround(doc000, 'She said from Brussels yesterday (Monday):', '2025-12-02');
    expect(yesterday.map((d) => [d.text, d.iso, d.weekday])).toEqual([
      ['yesterday', '2025-12-01', 1],
      ['Monday', '2025-12-01', 1],
    ]);
  });

  it('002: "on Wednesday" and "held on December 2"', () => {
    const first = datesAround(doc002, 'President Donald Trump expressed cautious optimism on Wednesday', '2025-12-03');
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ text: 'Wednesday', precision: 'weekday', weekday: 3, iso: '2025-12-03' });
    const held = datesAround(doc002, 'The five-hour discussions, held on December 2,');
    expect(held).toEqual([{ start: held[0]!.start, end: held[0]!.end, text: 'December 2', precision: 'day', month: 12, day: 2 }]);
    const resolved = datesAround(doc002, 'The five-hour discussions, held on December 2,', '2025-12-03');
    expect(resolved[0]).toMatchObject({ iso: '2025-12-02', weekday: 2 });
  });

  it('003: the dateline and "on Tuesday" name the same day', () => {
    const dateline = datesAround(doc003, 'MOSCOW, DECEMBER 2 —', '2025-12-02');
    expect(dateline[0]).toMatchObject({ text: 'DECEMBER 2', iso: '2025-12-02', weekday: 2 });
    const meeting = datesAround(doc003, 'Russian President Vladimir Putin will meet US special envoy Steve Witkoff in Moscow on Tuesday,', '2025-12-02');
    expect(meeting[0]).toMatchObject({ text: 'Tuesday', iso: '2025-12-02' });
  });

  it('keeps months alone, and never years alone', () => {
    const found = datesAround(doc003, 'since Washington circulated a controversial draft peace proposal in November');
    expect(found.map((d) => [d.text, d.precision, d.month])).toEqual([['November', 'month', 11]]);
    expect(dates('The conflict began in 2014 and escalated in 2022.')).toEqual([]);
  });
});

describe('extractDates forms', () => {
  it('reads calendar dates in the common spellings', () => {
    const cases: [string, string][] = [
      ['It happened on Dec. 2, 2025, in Moscow.', 'Dec. 2, 2025'],
      ['It happened on 2 December 2025 in Moscow.', '2 December 2025'],
      ['It happened on the 2nd of December, officials said.', '2nd of December'],
      ['It happened on December 2nd.', 'December 2nd'],
      ['Filed 2025-12-02 by the clerk.', '2025-12-02'],
    ];
    for (const [sentence, text] of cases) {
      const found = dates(sentence, '2025-12-10');
      expect(found.map((d) => d.text)).toEqual([text]);
      expect(found[0]!.iso).toBe('2025-12-02');
      expect(found[0]!.precision).toBe('day');
    }
  });

  it('takes "November 2025" as a month, and the verb "may" or the name "June" as nothing', () => {
    expect(dates('The draft was circulated in November 2025.').map((d) => [d.text, d.precision, d.year])).toEqual([['November 2025', 'month', 2025]]);
    expect(dates('Talks May Resume, officials said.')).toEqual([]);
    expect(dates('June Smith said talks may resume.')).toEqual([]);
    expect(dates('Talks may resume in May.').map((d) => d.text)).toEqual(['May']);
    expect(dates('Jan Kowalski spoke.')).toEqual([]);
  });

  it('reads relative words, resolving days but not weeks', () => {
    const found = dates('Officials said yesterday that talks this week and last week failed, and will resume tomorrow.', '2025-12-02');
    expect(found.map((d) => [d.text, d.iso])).toEqual([
      ['yesterday', '2025-12-01'],
      ['this week', undefined],
      ['last week', undefined],
      ['tomorrow', '2025-12-03'],
    ]);
    expect(dates('He spoke to USA Today about it.')).toEqual([]);
  });

  it('resolves weekdays within a week of the reference, by tense and modifiers', () => {
    // 2025-12-07 is a Sunday.
    expect(dates('He said on Wednesday that talks failed.', '2025-12-07')[0]!.iso).toBe('2025-12-03');
    expect(dates('He will travel on Wednesday.', '2025-12-07')[0]!.iso).toBe('2025-12-10');
    expect(dates('Talks on Wednesday are planned.', '2025-12-07')[0]!.iso).toBe('2025-12-10');
    expect(dates('The vote on Thursday matters.', '2025-12-07')[0]!.iso).toBe('2025-12-04');
    const last = dates('He spoke last Sunday.', '2025-12-07')[0]!;
    expect([last.text, last.iso]).toEqual(['last Sunday', '2025-11-30']);
    expect(dates('He speaks next Monday.', '2025-12-07')[0]!.iso).toBe('2025-12-08');
    expect(dates('He spoke Sunday.', '2025-12-07')[0]!.iso).toBe('2025-12-07');
    const unresolved = dates('He spoke on Tuesday.')[0]!;
    expect(unresolved).toMatchObject({ precision: 'weekday', weekday: 2 });
    expect(unresolved.iso).toBeUndefined();
  });

  it('spans slice back to the text, also for offsets into a larger document', () => {
    const text = 'Intro line.\n\nMOSCOW, DECEMBER 2 — Putin met Witkoff on Tuesday (Dec. 2) after talks last week.';
    for (const d of extractDates(tokenize(text), '2025-12-02', text)) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('calendar functions', () => {
  it('parses ISO days and weekdays', () => {
    expect(parseIsoDay('2025-12-02T10:00:00Z')).toEqual({ year: 2025, month: 12, day: 2 });
    expect(parseIsoDay('2025-13-02')).toBeUndefined();
    expect(parseIsoDay('2025-12-02x')).toBeUndefined();
    expect(weekdayOfIso('2025-12-02')).toBe(2);
    expect(weekdayOfIso('1970-01-01')).toBe(4);
    expect(weekdayOfIso('1969-12-28')).toBe(0);
  });
});

describe('properties', () => {
  const pieces = fc.constantFrom(
    'on Tuesday', 'December 2', 'Dec. 2, 2025', '2 December', '2025-12-02', 'in November', 'today', 'yesterday',
    'last week', '(Monday)', 'May', 'the 2nd of March', ', ', ' ', 'talks', '\n', '2025', '31', 'Sept.',
  );
  const texts = fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' })), { maxLength: 12 }).map((parts) => parts.join(' '));

  it('every mention slices back to its text, in order and without overlap', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(undefined, '2025-12-02', '2024-02-29'), (text, reference) => {
        const found = extractDates(tokenize(text), reference, text);
        let last = -1;
        for (const d of found) {
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.start).toBeGreaterThanOrEqual(last);
          last = d.end;
          if (d.iso !== undefined) expect(parseIsoDay(d.iso)).toBeDefined();
          if (d.iso !== undefined) expect(d.weekday).toBe(weekdayOfIso(d.iso));
        }
      }),
    );
  });

  it('a resolved weekday is the named day and lies within six days of the reference', () => {
    const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3000 }), fc.constantFrom('He said on', 'He will go on', 'Talks on', 'Talks last'), (w, offset, lead) => {
        const reference = new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const found = dates(`${lead} ${days[w]}.`, reference);
        const d = found[found.length - 1]!;
        expect(d.weekday).toBe(w);
        const distance = (Date.parse(d.iso!) - Date.parse(reference)) / 86_400_000;
        expect(Math.abs(distance)).toBeLessThanOrEqual(lead.endsWith('last') ? 7 : 6);
      }),
    );
  });

  it('findReferenceDate never throws and gives a valid day or nothing', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ref = findReferenceDate(text);
        if (ref !== undefined) expect(parseIsoDay(ref)).toBeDefined();
      }),
    );
  });
});
