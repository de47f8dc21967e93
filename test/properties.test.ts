import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compare, type InputDocument, type Report } from '../src/index.js';
import { peaceTalks } from './fixtures.js';

/** Every sentence and every span of a report slices back from the documents it came from. */
export function expectExactOffsets(report: Report, docs: readonly InputDocument[]): void {
  const text = new Map(docs.map((d) => [d.id, d.text]));
  for (const doc of report.documents) {
    for (const s of doc.sentences) expect(text.get(doc.id)!.slice(s.start, s.end)).toBe(s.text);
  }
  for (const d of report.discrepancies) {
    for (const v of d.variants) {
      expect(v.spans.length).toBeGreaterThan(0);
      for (const span of v.spans) {
        expect(text.get(span.docId)!.slice(span.start, span.end), `${d.kind} ${d.summary}`).toBe(v.text);
        const sentence = report.documents.find((x) => x.id === span.docId)!.sentences[span.sentence]!;
        expect(span.start).toBeGreaterThanOrEqual(sentence.start);
        expect(span.end).toBeLessThanOrEqual(sentence.end);
      }
    }
  }
}

const sentencesOfExample = peaceTalks().flatMap((d) => d.text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim().length > 0));

/** A report made of real sentences, some edited with random graphemes, numbers and names. */
const arbitraryReport = fc
  .array(
    fc.oneof(
      fc.constantFrom(...sentencesOfExample),
      fc.tuple(fc.constantFrom(...sentencesOfExample), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.nat(500)).map(
        ([s, insert, at]) => s.slice(0, at % (s.length + 1)) + insert + s.slice(at % (s.length + 1)),
      ),
      fc.tuple(fc.constantFrom(...sentencesOfExample), fc.integer({ min: 1, max: 9999 })).map(([s, n]) => s.replace(/\d+/, String(n))),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
    ),
    { minLength: 0, maxLength: 12 },
  )
  .chain((sentences) => fc.constantFrom(' ', '\n', '\n\n', '  ').map((sep) => sentences.join(sep)));

describe('offsets', () => {
  it('slice back exactly on the bundled example', () => {
    const docs = peaceTalks();
    expectExactOffsets(compare(docs), docs);
  });

  it('slice back exactly on arbitrary edited reports', () => {
    fc.assert(
      fc.property(fc.array(arbitraryReport, { minLength: 2, maxLength: 4 }), (texts) => {
        const docs = texts.map((text, i) => ({ id: `d${i}`, text }));
        expectExactOffsets(compare(docs), docs);
      }),
      { numRuns: 60, seed: 20251202 },
    );
  });
});
