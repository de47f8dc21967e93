import { describe, expect, it } from 'vitest';
import { splitLines, trimSpan } from '../../src/segment/lines.js';
import { segmentSentences } from '../../src/segment/index.js';

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

describe('hard-wrapped text with Unicode line separators', () => {
  it('counts U+2028 as a line break between paragraphs', () => {
    const para = 'The envoy met officials in the capital on Tuesday and talked about\u2028the plan for several hours before leaving for the airport, they said.';
    const text = `${para}\u2028\u2028${para}`;
    expect(new Set(segmentSentences(text).map((s) => s.paragraph)).size).toBe(2);
  });
});
