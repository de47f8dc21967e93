import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { extractQuantities } from '../../src/text/numbers.js';
import type { Quantity } from '../../src/analysis.js';

// Real reports kept next to the project, read-only; the test is skipped where they are absent.
const root = new URL('../../../shared/corpus/basil/', import.meta.url);
const present = existsSync(root);

function* reports(): Generator<string> {
  for (const event of readdirSync(root).sort()) {
    for (const outlet of ['fox', 'nyt', 'hpo']) {
      const file = new URL(`${event}/${outlet}.txt`, root);
      if (existsSync(file)) yield readFileSync(file, 'utf8');
    }
  }
}

describe.skipIf(!present)('quantities in the shared corpus', () => {
  it('slices back and keeps intervals ordered in every report', () => {
    let count = 0;
    const all: Quantity[] = [];
    for (const text of reports()) {
      for (const q of extractQuantities(tokenize(text), text)) {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        expect(q.low).toBeLessThanOrEqual(q.high);
        all.push(q);
        count++;
      }
    }
    expect(count).toBeGreaterThan(500);
    // Day-of-month numbers and clock times are never read as quantities.
    expect(all.filter((q) => /^(January|February|December|Dec\.|Jan\.) \d/.test(q.text))).toEqual([]);
    expect(all.filter((q) => q.text.includes(':'))).toEqual([]);
  });
});
