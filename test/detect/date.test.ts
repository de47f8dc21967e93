import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AlignedGroup, AnalyzedDocument } from '../../src/analysis.js';
import { segmentSentences } from '../../src/segment/index.js';
import { tokenize } from '../../src/text/tokenize.js';
import { extractDates, findReferenceDate } from '../../src/mentions/dates.js';
import { dateDetector } from '../../src/detect/date.js';
import type { Finding } from '../../src/detect/detector.js';
import { peaceTalk } from '../fixtures.js';
import { analyzedDocument } from './documents.js';
import { validateOptions } from '../../src/validate.js';

/** A bundled report by its file name (the first three characters are its id). */
const example = (name: string): string => peaceTalk(name.slice(0, 3));

/** A document with the mentions the date detector reads (dates and tokens); other mentions stay empty. */
function analyze(id: string, text: string, referenceDate?: string): AnalyzedDocument {
  const reference = findReferenceDate(text, undefined, referenceDate === undefined ? {} : { referenceDate });
  return analyzedDocument(
    id,
    text,
    segmentSentences(text).map((s) => {
      const tokens = tokenize(text, s.start, s.end);
      return { ...s, tokens, quantities: [], names: [], dates: extractDates(tokens, reference, text) };
    }),
  );
}

/** An alignment of the sentences (one per document) that contain the given fragments. */
function group(id: string, members: [AnalyzedDocument, string][]): AlignedGroup {
  return {
    id,
    score: 0.5,
    members: members.map(([doc, fragment]) => {
      const sentence = doc.sentences.find((s) => s.text.includes(fragment));
      if (!sentence) throw new Error(`no sentence with "${fragment}" in ${doc.id}`);
      return { doc, sentence };
    }),
  };
}

const detect = (...alignments: AlignedGroup[]): Finding[] => dateDetector.detect({ documents: [], alignments, options: validateOptions({}), similarity: () => 0 });

function checkSpans(findings: Finding[], docs: AnalyzedDocument[]): void {
  for (const f of findings) {
    for (const v of f.variants) {
      for (const s of v.spans) {
        const doc = docs.find((d) => d.id === s.docId)!;
        const sentence = doc.sentences[s.sentence]!;
        expect(s.start).toBeGreaterThanOrEqual(sentence.start);
        expect(s.end).toBeLessThanOrEqual(sentence.end);
      }
      const first = v.spans[0]!;
      expect(docs.find((d) => d.id === first.docId)!.text.slice(first.start, first.end)).toBe(v.text);
    }
  }
}

describe('dateDetector on the peace-talks reports', () => {
  const d000 = analyze('000', example('000_3e5736599ecf1829'));
  const d001 = analyze('001', example('001_ac05ff67ba5d1a5b'), '2025-12-01');
  const d002 = analyze('002', example('002_55bbaaab72ef30d4'), '2025-12-03');
  const d003 = analyze('003', example('003_d7746ce21e992e0e'), '2025-12-02');
  const d004 = analyze('004', example('004_c03d9d5b242cb57b'), '2025-12-02');

  it('"today (Tuesday)", "on Tuesday" and "held on December 2" name one day: no finding', () => {
    const meeting = group('a1', [
      [d000, 'discussing the American peace plan today (Tuesday)'],
      [d001, 'prepares to meet US Special Envoy Steve Witkoff on Tuesday'],
      [d002, 'held on December 2'],
      [d003, 'Steve Witkoff in Moscow on Tuesday, a pivotal moment'],
      [d004, 'Steve Witkoff in Moscow on Tuesday, following two days'],
    ]);
    expect(detect(meeting)).toEqual([]);
  });

  it('aligned sentences that date two different events are not compared (nothing around the dates in common)', () => {
    // Trump spoke on Wednesday; the meeting was on Tuesday. Alignment may group the sentences, but the words
    // around the dates share nothing, so the days are not held against each other.
    const wrong = group('a2', [
      [d002, 'expressed cautious optimism on Wednesday'],
      [d003, 'Steve Witkoff in Moscow on Tuesday, a pivotal moment'],
    ]);
    expect(detect(wrong)).toEqual([]);
  });

  it('a date in one sentence and none in the other is no finding', () => {
    const kallas = group('a3', [
      [d000, 'She said from Brussels yesterday (Monday)'],
      [d004, '"I\'m afraid all the pressure will be put on the weaker side," she said'],
    ]);
    expect(detect(kallas)).toEqual([]);
  });

  it('Leavitt spoke on Monday in 003 and 004: agreement', () => {
    const leavitt = group('a4', [
      [d003, 'Karoline Leavitt said Monday'],
      [d004, 'Karoline Leavitt told reporters on Monday'],
    ]);
    expect(detect(leavitt)).toEqual([]);
  });

  it('"circulated in November" in 001, 003 and 004 agree on the month', () => {
    const draft = group('a5', [
      [d001, 'The original draft, circulated in November'],
      [d003, 'The early version of the draft — circulated in November'],
      [d004, 'initially circulated in November'],
    ]);
    expect(detect(draft)).toEqual([]);
  });
});

describe('dateDetector, targeted cases', () => {
  const doc = (id: string, text: string, reference?: string) => analyze(id, text, reference);
  const pair = (a: AnalyzedDocument, b: AnalyzedDocument) => group('g', [[a, ''], [b, '']]);

  it('aligned sentences that date one event differently disagree on the day', () => {
    const a = doc('a', 'Putin will meet the envoy in Moscow on Tuesday.');
    const b = doc('b', 'Putin will meet the envoy in Moscow on Wednesday.');
    const findings = detect(pair(a, b));
    expect(findings.map((f) => [f.subject, f.variants.map((v) => v.text)])).toEqual([['Day', ['Tuesday', 'Wednesday']]]);
    checkSpans(findings, [a, b]);
  });

  it('different weekdays without any reference date disagree', () => {
    const findings = detect(pair(doc('a', 'Putin met Witkoff on Tuesday in Moscow.'), doc('b', 'Putin met Witkoff on Wednesday in Moscow.')));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subject).toBe('Day');
    expect(findings[0]!.variants.map((v) => v.value)).toEqual(['Tuesday', 'Wednesday']);
    expect(findings[0]!.severity).toBe('medium');
  });

  it('a weekday and a written date agree when they are the same day, and disagree otherwise', () => {
    const weekday = doc('a', 'Putin met Witkoff on Tuesday in Moscow.');
    expect(detect(pair(weekday, doc('b', 'Putin met Witkoff on December 2, 2025, in Moscow.')))).toEqual([]);
    const other = detect(pair(weekday, doc('b', 'Putin met Witkoff on December 3, 2025, in Moscow.')));
    expect(other.map((f) => f.variants.map((v) => v.value))).toEqual([['Tuesday', 'Wednesday']]);
  });

  it('written dates that differ are a high-severity finding; without a year they still compare', () => {
    const high = detect(pair(doc('a', 'The talks were held on December 2, 2025.'), doc('b', 'The talks were held on December 4, 2025.')));
    expect(high[0]).toMatchObject({ severity: 'high', subject: 'Date' });
    const yearless = detect(pair(doc('a', 'The talks were held on December 2.'), doc('b', 'The talks were held on 4 December.')));
    expect(yearless[0]!.variants.map((v) => [v.text, v.value])).toEqual([
      ['December 2', 'December 2'],
      ['4 December', 'December 4'],
    ]);
  });

  it('relative days resolve through each report\'s own reference', () => {
    const a = doc('a', 'The ministers met yesterday in Paris.', '2025-12-03');
    const b = doc('b', 'The ministers met on Tuesday in Paris.', '2025-12-03');
    const c = doc('c', 'The ministers met on Monday in Paris.', '2025-12-03');
    expect(detect(pair(a, b))).toEqual([]);
    expect(detect(pair(a, c))[0]!.variants.map((v) => v.value)).toEqual(['2025-12-02', '2025-12-01']);
  });

  it('compares several dates only through a shared anchor word', () => {
    const a = doc('a', 'Trump spoke on Wednesday about talks held on Tuesday in Moscow.');
    const b = doc('b', 'Trump spoke on Thursday about talks held on Tuesday in Moscow.');
    const findings = detect(pair(a, b));
    expect(findings.map((f) => f.variants.map((v) => v.text))).toEqual([['Wednesday', 'Thursday']]);
    const unanchored = doc('c', 'On Thursday and on Friday, talks went on.');
    expect(detect(pair(a, unanchored))).toEqual([]);
  });

  it('a sentence with one date joins a sentence with two only through the matching anchor', () => {
    const two = doc('a', 'Trump spoke on Wednesday about talks held on Tuesday in Moscow.');
    const one = doc('b', 'The talks were held on Monday in Moscow.');
    expect(detect(pair(two, one)).map((f) => f.variants.map((v) => v.text))).toEqual([['Tuesday', 'Monday']]);
  });

  it('"this week" names no day and is never compared', () => {
    expect(detect(pair(doc('a', 'The envoy arrives this week in Kyiv.'), doc('b', 'The envoy arrives on Friday in Kyiv.')))).toEqual([]);
  });

  it('the same weekday agrees even when the reports resolve it to different weeks', () => {
    const a = doc('a', 'The senator spoke on Monday in Ohio.', '2025-12-02');
    const b = doc('b', 'The senator spoke on Monday in Ohio.', '2025-12-09');
    expect(detect(pair(a, b))).toEqual([]);
  });

  it('a resolved weekday is not held against a written date more than a week away', () => {
    const a = doc('a', 'The president spoke on Wednesday.', '2025-11-27');
    const b = doc('b', 'The president spoke on Sept. 11, 2001.', '2025-11-27');
    expect(detect(pair(a, b))).toEqual([]);
    const near = doc('c', 'The president spoke on November 20, 2025, about the attacks.', '2025-11-27');
    const weekday = doc('d', 'The president spoke on Wednesday about the attacks.', '2025-11-27');
    expect(detect(pair(weekday, near)).map((f) => f.variants.map((v) => v.value))).toEqual([['2025-11-26', '2025-11-20']]);
  });

  it('is deterministic', () => {
    const g = pair(doc('a', 'Putin met Witkoff on Tuesday.'), doc('b', 'Putin met Witkoff on Friday.'));
    expect(JSON.stringify(detect(g))).toBe(JSON.stringify(detect(g)));
  });
});

describe('dateDetector properties', () => {
  const piece = fc.constantFrom('on Tuesday', 'on Friday', 'December 2, 2025', '3 December', 'yesterday', '(Monday)', 'in November', 'met', 'held', 'talks', ',');
  const sentence = fc
    .tuple(fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 }))
    .map(([parts, lead]) => `${lead}Talks ${parts.join(' ')}.`);

  it('every variant slices back to its text and findings always hold two or more variants', () => {
    fc.assert(
      fc.property(sentence, sentence, fc.constantFrom(undefined, '2025-12-03'), (a, b, reference) => {
        const docs = [analyze('a', a, reference), analyze('b', b, reference)];
        const members = docs.flatMap((doc) => (doc.sentences[0] ? [{ doc, sentence: doc.sentences[0] }] : []));
        const findings = detect({ id: 'p', score: 1, members });
        for (const f of findings) expect(f.variants.length).toBeGreaterThanOrEqual(2);
        checkSpans(findings, docs);
      }),
    );
  });
});
