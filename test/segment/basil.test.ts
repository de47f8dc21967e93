import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/segment/index.js';
import { basilReports, hasBasil } from './fixtures.js';

/** Titles that always precede a name: a sentence never ends with one. */
const TITLE_ENDINGS = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col)\.$/u;

describe.skipIf(!hasBasil)('segmentSentences on the BASIL reports', () => {
  const reports = hasBasil ? basilReports() : [];

  it('keeps offsets, order and trimming on all 150 reports', () => {
    expect(reports.length).toBe(150);
    for (const [, text] of reports) {
      const sentences = segmentSentences(text);
      let lastEnd = 0;
      for (const s of sentences) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text.trim()).toBe(s.text);
        expect(s.start).toBeGreaterThanOrEqual(lastEnd);
        lastEnd = s.end;
      }
    }
  });

  it('never ends a sentence at a title before a name', () => {
    const bad: string[] = [];
    for (const [id, text] of reports) {
      for (const s of segmentSentences(text)) if (TITLE_ENDINGS.test(s.text)) bad.push(`${id}: ${s.text}`);
    }
    expect(bad).toEqual([]);
  });

  it('starts running-text sentences with a capital, a digit, a quote or a bracket', () => {
    const bad: string[] = [];
    for (const [id, text] of reports) {
      for (const s of segmentSentences(text)) {
        if (s.role === 'text' && /^\p{Ll}/u.test(s.text)) bad.push(`${id}: ${s.text.slice(0, 60)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('makes the first line of every report (its headline) a heading unless a long sentence-case line', () => {
    const notHeading: string[] = [];
    for (const [, text] of reports) {
      const first = segmentSentences(text)[0];
      expect(first?.role).not.toBe('furniture');
      if (first?.role !== 'heading') notHeading.push(first?.text ?? '');
    }
    expect(notHeading).toHaveLength(4);
    for (const line of notHeading) expect(line.split(' ').length > 15, line).toBe(true);
  });

  it('splits "F.B.I. Nothing" but keeps "U.S. Capitol Police" and "George H.W. Bush" together', () => {
    const all = reports.flatMap(([, text]) => segmentSentences(text).map((s) => s.text));
    expect(all).toContain('Nothing happened to her.');
    expect(all.some((t) => t.endsWith('lied many times to the F.B.I.'))).toBe(true);
    expect(all.some((t) => t.startsWith('U.S. Capitol Police have not announced'))).toBe(true);
    expect(all.some((t) => t.includes('the Ronald Reagan, George H.W. Bush and George W. Bush administrations'))).toBe(true);
  });
});
