import { isLineBreak, isSpaceAt, LINE_BREAKS, nextMatch } from '../text/chars.js';

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
  for (;;) {
    const i = nextMatch(LINE_BREAKS, text, lineStart);
    const span = trimSpan(text, lineStart, i);
    if (span) lines.push(span);
    if (i >= text.length) return lines;
    lineStart = i + 1;
  }
}

/** `[start, end)` without white space at either end, or undefined when nothing else is left. */
export function trimSpan(text: string, start: number, end: number): LineSpan | undefined {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  return s < e ? { start: s, end: e } : undefined;
}

/** Lines this long or shorter (at the 90th percentile) can be a fixed-width wrap of running text. */
const WRAP_WIDTH_LIMIT = 120;
/** Share of line ends, among lines followed directly by another line, that fall inside a sentence. */
const WRAP_SHARE = 0.5;
/** A line that ends with a letter, digit, comma or semicolon stops inside a sentence. */
const ENDS_INSIDE_SENTENCE = /[\p{L}\p{N},;]/u;
/** Fewer lines than this say nothing about wrapping. */
const WRAP_MIN_LINES = 4;

/**
 * True when the text is hard-wrapped at a fixed width (e-mail, plain-text wires, copies re-flowed by an editor):
 * most lines are short, and most line breaks that are not followed by a blank line fall inside a sentence (the
 * line ends with a letter, digit or comma). Reports with one paragraph per line have long lines that end with a
 * full stop, and are not wrapped.
 */
export function isHardWrapped(text: string, lines: readonly LineSpan[]): boolean {
  if (lines.length < WRAP_MIN_LINES) return false;
  const lengths = lines.map((l) => l.end - l.start).sort((a, b) => a - b);
  if (lengths[Math.floor(lengths.length * 0.9)]! > WRAP_WIDTH_LIMIT) return false;
  let joined = 0;
  let inside = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (hasBlankLineBetween(text, line.end, lines[i + 1]!.start)) continue;
    joined++;
    const last = text.charAt(line.end - 1);
    if (ENDS_INSIDE_SENTENCE.test(last)) inside++;
  }
  return joined > 0 && inside / joined >= WRAP_SHARE;
}

function hasBlankLineBetween(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charAt(i);
    // "\r\n" is one break; every other line break character (see isLineBreak) is one each.
    if (isLineBreak(ch) && !(ch === '\r' && text.charAt(i + 1) === '\n')) breaks++;
  }
  return breaks >= 2;
}

/**
 * Paragraphs of a hard-wrapped text: runs of lines not separated by a blank line, as one span each (the line
 * breaks inside are white space to the sentence splitter).
 */
export function joinWrappedLines(text: string, lines: readonly LineSpan[]): LineSpan[] {
  const out: LineSpan[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous && !hasBlankLineBetween(text, previous.end, line.start)) previous.end = line.end;
    else out.push({ start: line.start, end: line.end });
  }
  return out;
}
