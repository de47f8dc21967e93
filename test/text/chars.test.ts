import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detachedSlice, isLineBreak, isTerminal, LINE_BREAKS, nextMatch, startsWithAsciiWord, TERMINAL_MARKS } from '../../src/text/chars.js';
import { readSentenceTokens, tokenize } from '../../src/text/tokenize.js';
import { normalizeName } from '../../src/mentions/names.js';

/** A full garbage collection, from a test (the flag exposes `gc` to contexts made after it is set). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('detachedSlice', () => {
  it('gives the slice, short or long, with surrogate pairs intact', () => {
    const text = `→ ${'Counterintelligence'.repeat(10)} 😀 Kaja Kallas said.`;
    for (const [start, end] of [[0, 0], [2, 5], [2, 30], [0, text.length], [text.length - 20, text.length]] as const) {
      expect(detachedSlice(text, start, end)).toBe(text.slice(start, end));
    }
  });

  it('lets word forms, cached names and sentence readings keep no report alive after the comparison', () => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    for (let k = 0; k < 20; k++) {
      // New long words and names each time, at the start of a report of 2 MB that is then dropped.
      const report = `Counterintelligence${k}abc met Maximilianus Longname${k}son. ${'x'.repeat(2_000_000)}`;
      tokenize(report, 0, 60);
      normalizeName(report.slice(36, 36 + 22 + String(k).length));
      const end = report.indexOf('.') + 1;
      readSentenceTokens(report, { start: 0, end, text: report.slice(0, end) });
    }
    collectGarbage();
    // Kept views would hold the 20 reports: 40 MB (80 MB in two-byte strings).
    expect((process.memoryUsage().heapUsed - before) / 1e6).toBeLessThan(20);
  });
});

describe('TERMINAL_MARKS and LINE_BREAKS', () => {
  it('match exactly the characters isTerminal and isLineBreak accept', () => {
    const disagreeing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if ((nextMatch(TERMINAL_MARKS, ch, 0) === 0) !== isTerminal(ch)) disagreeing.push(ch);
      if ((nextMatch(LINE_BREAKS, ch, 0) === 0) !== isLineBreak(ch)) disagreeing.push(ch);
    }
    expect(disagreeing).toEqual([]);
    expect(['.', '?', '\u3002', '\n', '\u0085'].map((ch) => isTerminal(ch) || isLineBreak(ch))).toEqual([true, true, true, true, true]);
    expect(isTerminal('')).toBe(false);
    expect(isLineBreak('')).toBe(false);
    expect(isTerminal('..')).toBe(false);
  });
});

describe('startsWithAsciiWord', () => {
  it('matches the word in any case at the offset', () => {
    expect(startsWithAsciiWord('By Anna Lee', 0, 'by')).toBe(true);
    expect(startsWithAsciiWord('  BY', 2, 'by')).toBe(true);
    expect(startsWithAsciiWord('Date: 2025-12-02', 0, 'date')).toBe(true);
  });

  it('rejects other letters and characters, and text that ends too soon', () => {
    expect(startsWithAsciiWord('My', 0, 'by')).toBe(false);
    expect(startsWithAsciiWord('"y', 0, 'by')).toBe(false);
    expect(startsWithAsciiWord('b', 0, 'by')).toBe(false);
    expect(startsWithAsciiWord('Бy', 0, 'by')).toBe(false);
  });
});
