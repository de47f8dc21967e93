import { isLineBreak, isSpace } from './chars.js';

/** A non-blank line of the text, trimmed: `text.slice(start, end)` has no white space at either end. */
export interface LineSpan {
  start: number;
  end: number;
}

/**
 * Splits `text` into its non-blank lines, trimmed, in order. Every line break (`\n`, `\r\n`, `\r`, U+2028,
 * U+2029, U+0085) ends a line; blank lines give nothing. One left-to-right pass.
 */
export function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isLineBreak(text.charAt(i))) continue;
    const span = trimSpan(text, lineStart, i);
    if (span) lines.push(span);
    lineStart = i + 1;
  }
  return lines;
}

/** `[start, end)` without white space at either end, or undefined when nothing else is left. */
export function trimSpan(text: string, start: number, end: number): LineSpan | undefined {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charAt(s))) s++;
  while (e > s && isSpace(text.charAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : undefined;
}
