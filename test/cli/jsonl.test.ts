import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { errorRecord, readLines, resultRecord, type NumberedLine } from '../../src/cli/jsonl.js';

async function* chunksOf(parts: readonly string[]): AsyncGenerator<string> {
  for (const part of parts) yield part;
}

async function collect(parts: readonly string[]): Promise<NumberedLine[]> {
  const out: NumberedLine[] = [];
  for await (const line of readLines(chunksOf(parts))) out.push(line);
  return out;
}

describe('readLines', () => {
  it('numbers lines across chunk borders, with CRLF, a BOM and no final break', async () => {
    expect(await collect(['\uFEFF{"a"', ':1}\r\n\n{"b":2}\n{"c"', ':3}'])).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '' },
      { line: 3, text: '{"b":2}' },
      { line: 4, text: '{"c":3}' },
    ]);
  });

  it('gives no line for empty input and none after a final break', async () => {
    expect(await collect([])).toEqual([]);
    expect(await collect(['x\n'])).toEqual([{ line: 1, text: 'x' }]);
  });

  it('gives the same lines however the text is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 5 }), async (lines, cuts) => {
        const clean = lines.map((l) => l.replaceAll('\n', ' ').replaceAll('\r', ' ').replaceAll('\uFEFF', ''));
        const text = clean.map((l) => `${l}\n`).join('');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const parts: string[] = [];
        let from = 0;
        for (const p of points) {
          parts.push(text.slice(from, p));
          from = p;
        }
        parts.push(text.slice(from));
        expect(await collect(parts)).toEqual(clean.map((t, i) => ({ line: i + 1, text: t })));
      }),
    );
  });
});

describe('records', () => {
  it('splices a serialized report into a result record', () => {
    expect(JSON.parse(resultRecord('e-1', '{"documents":[]}'))).toEqual({ id: 'e-1', report: { documents: [] } });
    expect(JSON.parse(resultRecord(7, '{}'))).toEqual({ id: 7, report: {} });
  });

  it('writes an error record with line, id and code on one line', () => {
    const record = errorRecord(3, null, { code: 'E_BAD_JSON', message: 'not valid JSON:\nbroken' });
    expect(record).not.toContain('\n');
    expect(JSON.parse(record)).toEqual({ line: 3, id: null, error: { code: 'E_BAD_JSON', message: 'not valid JSON:\nbroken' } });
  });
});
