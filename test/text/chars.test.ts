import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detachedSlice } from '../../src/text/chars.js';
import { tokenize } from '../../src/text/tokenize.js';
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

  it('lets word forms and cached names keep no report alive after the comparison', () => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    for (let k = 0; k < 20; k++) {
      // New long words and names each time, at the start of a report of 2 MB that is then dropped.
      const report = `Counterintelligence${k}abc met Maximilianus Longname${k}son. ${'x'.repeat(2_000_000)}`;
      tokenize(report, 0, 60);
      normalizeName(report.slice(36, 36 + 22 + String(k).length));
    }
    collectGarbage();
    // Kept views would hold the 20 reports: 40 MB (80 MB in two-byte strings).
    expect((process.memoryUsage().heapUsed - before) / 1e6).toBeLessThan(20);
  });
});
