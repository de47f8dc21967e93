import { describe, expect, it } from 'vitest';
import { compare, StorydiffError } from '../src/index.js';

function errorOf(fn: () => unknown): StorydiffError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StorydiffError);
    return error as StorydiffError;
  }
  throw new Error('expected a StorydiffError');
}

describe('bad input', () => {
  it('rejects what is not an array', () => {
    expect(errorOf(() => compare('text' as never)).code).toBe('E_NOT_ARRAY');
    expect(errorOf(() => compare(null as never)).code).toBe('E_NOT_ARRAY');
  });

  it('needs at least two documents', () => {
    expect(errorOf(() => compare([{ id: 'a', text: 'x' }])).code).toBe('E_TOO_FEW_DOCUMENTS');
    expect(errorOf(() => compare([])).code).toBe('E_TOO_FEW_DOCUMENTS');
  });

  it('names the document without a string text', () => {
    const e = errorOf(() => compare([{ id: 'a', text: 'x' }, { id: 'b', text: 42 } as never]));
    expect(e.code).toBe('E_BAD_TEXT');
    expect(e.docId).toBe('b');
    expect(e.docIndex).toBe(1);
    expect(e.message).toContain('"b"');
  });

  it('rejects empty and duplicate ids, naming the document', () => {
    expect(errorOf(() => compare([{ id: '', text: 'x' }, { id: 'b', text: 'y' }])).code).toBe('E_BAD_ID');
    const dup = errorOf(() => compare([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }]));
    expect(dup.code).toBe('E_DUPLICATE_ID');
    expect(dup.docIndex).toBe(1);
  });

  it('rejects non-objects, bad titles, bad dates and bad options', () => {
    expect(errorOf(() => compare([{ id: 'a', text: 'x' }, 'b' as never])).code).toBe('E_NOT_OBJECT');
    expect(errorOf(() => compare([{ id: 'a', text: 'x', title: 3 as never }, { id: 'b', text: 'y' }])).code).toBe('E_BAD_FIELD');
    expect(errorOf(() => compare([{ id: 'a', text: 'x', publishedAt: 'soon' }, { id: 'b', text: 'y' }])).code).toBe('E_BAD_FIELD');
    expect(errorOf(() => compare([{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], { alignThreshold: 2 })).code).toBe('E_BAD_OPTION');
    expect(errorOf(() => compare([{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], { kinds: ['colour' as never] })).code).toBe('E_BAD_OPTION');
  });

  it('gives a valid report for empty, blank, one-sentence and non-English texts', () => {
    const report = compare([
      { id: 'empty', text: '' },
      { id: 'blank', text: ' \n\t\n ' },
      { id: 'one', text: 'Putin met Witkoff.' },
      { id: 'ru', text: 'Путин встретился с Уиткоффом в Москве. Переговоры длились пять часов.' },
      { id: 'ja', text: 'プーチン大統領はモスクワで会談した。' },
    ]);
    expect(report.documents.map((d) => d.id)).toEqual(['empty', 'blank', 'one', 'ru', 'ja']);
    expect(report.documents[0]!.sentences).toEqual([]);
    expect(report.documents[1]!.sentences).toEqual([]);
    expect(Array.isArray(report.discrepancies)).toBe(true);
  });

  it('never mutates its input', () => {
    const docs = [
      { id: 'a', text: 'The plan has 27 points.', title: 'A' },
      { id: 'b', text: 'The plan has 28 points.', publishedAt: '2025-12-02' },
    ];
    const copy = structuredClone(docs);
    const frozen = docs.map((d) => Object.freeze({ ...d }));
    compare(docs);
    compare(Object.freeze(frozen) as never);
    expect(docs).toEqual(copy);
  });
});
