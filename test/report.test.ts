import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../src/analysis.js';
import type { Finding } from '../src/detect/detector.js';
import { buildDiscrepancies } from '../src/report.js';
import { validateOptions } from '../src/validate.js';

/** Documents as the report stage sees them: ids, input order and text. */
function docs(texts: Record<string, string>): AnalyzedDocument[] {
  return Object.entries(texts).map(([id, text], inputIndex) => ({ id, inputIndex, text, sentences: [], aliases: [], quotes: [], titles: [] }));
}

const span = (docId: string, start: number, end: number) => ({ docId, start, end, sentence: 0 });

describe('buildDiscrepancies', () => {
  const set = docs({ a: 'The town of Pokrovsk fell.', b: 'The town of POKROVSK fell.', c: 'The town of Bakhrovsk fell.', d: 'The town of Pokrovsk fell.' });

  it('merges spans given twice, splits a variant by what each span says, and lists documents in input order', () => {
    const finding: Finding = {
      kind: 'name',
      severity: 'high',
      confidence: 0.8,
      subject: 'Town',
      variants: [
        { text: 'Pokrovsk', value: 'Pokrovsk', spans: [span('d', 12, 20), span('a', 12, 20), span('b', 12, 20), span('a', 12, 20)] },
        { text: 'Bakhrovsk', value: 'Bakhrovsk', spans: [span('c', 12, 21)] },
      ],
    };
    const [d] = buildDiscrepancies([finding], set, validateOptions({}));
    expect(d!.summary).toBe('Town: "Bakhrovsk" (c) vs "Pokrovsk" (a, b, d)');
    expect(d!.variants.map((v) => [v.text, v.value, v.docs.join(',')])).toEqual([
      ['Bakhrovsk', 'Bakhrovsk', 'c'],
      ['Pokrovsk', 'Pokrovsk', 'a,d'],
      ['POKROVSK', 'Pokrovsk', 'b'],
    ]);
    expect(d!.variants[1]!.spans).toEqual([span('a', 12, 20), span('d', 12, 20)]);
    expect(d!.outlier).toEqual(['c']);
  });

  it('keeps the last of spans given at one place', () => {
    const first = { ...span('a', 12, 20), sentence: 1 };
    const last = { ...span('a', 12, 20), sentence: 2 };
    const finding: Finding = {
      kind: 'name',
      severity: 'high',
      confidence: 0.8,
      variants: [
        { text: 'Pokrovsk', value: 'Pokrovsk', spans: [first, last] },
        { text: 'Bakhrovsk', value: 'Bakhrovsk', spans: [span('c', 12, 21)] },
      ],
    };
    const [d] = buildDiscrepancies([finding], set, validateOptions({}));
    expect(d!.variants.find((v) => v.value === 'Pokrovsk')!.spans).toEqual([last]);
  });

  it('keeps values of different types apart, and needs two values', () => {
    const finding: Finding = {
      kind: 'number',
      severity: 'medium',
      confidence: 0.7,
      variants: [
        { text: 'town', value: 4, spans: [span('a', 4, 8)] },
        { text: 'town', value: '4', spans: [span('c', 4, 8)] },
      ],
    };
    expect(buildDiscrepancies([finding], set, validateOptions({}))[0]!.variants.map((v) => v.value)).toEqual([4, '4']);
    expect(buildDiscrepancies([{ ...finding, variants: finding.variants.slice(0, 1) }], set, validateOptions({}))).toEqual([]);
  });
});
