import { describe, expect, it } from 'vitest';
import { splitLines, trimSpan } from '../../src/segment/lines.js';

describe('splitLines', () => {
  it('gives trimmed non-blank lines for every kind of line break', () => {
    const text = ' a \r\n\r\nb\rc\u2028d\u2029\u0085e\n\n\t';
    const lines = splitLines(text).map((l) => text.slice(l.start, l.end));
    expect(lines).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('gives nothing for blank text', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines(' \n \u00a0 \r\n')).toEqual([]);
  });
});

describe('trimSpan', () => {
  it('drops white space at both ends, or everything', () => {
    expect(trimSpan('  ab  ', 0, 6)).toEqual({ start: 2, end: 4 });
    expect(trimSpan('   ', 0, 3)).toBeUndefined();
  });
});
