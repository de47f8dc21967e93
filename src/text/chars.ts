/**
 * Character classes for the segmentation scanners. Each test looks at one UTF-16 unit or one code point;
 * ASCII takes a fast path, the rest goes through simple Unicode property regexes (no quantifiers).
 * @module
 */

const WHITE_SPACE = /\s/u;
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

/** True for white space as `String.prototype.trim` sees it (so trimmed spans really are trimmed). */
export function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITE_SPACE.test(ch);
}

/**
 * A text whose last unit opens a surrogate pair: the tokenizer reads the unit after it (see {@link unitsAt}), so
 * the tokens of such a sentence need not follow from its text alone, and caches by text must pass it by.
 */
export function endsInHighSurrogate(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c >= 0xd800 && c <= 0xdbff;
}

/** {@link isSpace} of the one UTF-16 unit at `i` (false past the end), without a string for ASCII. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return isSpace(text.charAt(i));
}

/** Characters that end a line, and so a paragraph: the one list behind {@link isLineBreak} and {@link LINE_BREAKS}. */
const LINE_BREAK_CHARACTERS = '\n\r\u2028\u2029\u0085';

/** True for characters that end a line, and so a paragraph. */
export function isLineBreak(ch: string): boolean {
  return ch.length === 1 && LINE_BREAK_CHARACTERS.includes(ch);
}

/** A global regex of one character class, matching any one of `characters` (each written as an escape), for {@link nextMatch}. */
export function anyOf(characters: string): RegExp {
  let body = '';
  for (let i = 0; i < characters.length; i++) body += `\\u${characters.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return new RegExp(`[${body}]`, 'g');
}

/** The characters {@link isLineBreak} accepts, for {@link nextMatch}. */
export const LINE_BREAKS: RegExp = anyOf(LINE_BREAK_CHARACTERS);

/** True for a letter (of any script) or a combining mark. */
export function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(ch);
}

/** True for an upper-case or title-case letter. */
export function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}

/** True for a lower-case letter. */
export function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(ch);
}

/** True for a decimal digit of any script. */
export function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return DIGIT.test(ch);
}

/** Marks that can end a sentence: the one list behind {@link isTerminal} and {@link TERMINAL_MARKS}. */
const TERMINAL_CHARACTERS = '.!?\u2026\u203D\uFF01\uFF1F\u3002';

/** Marks that can end a sentence: period, ellipsis, question and exclamation marks (also their full-width forms). */
export function isTerminal(ch: string): boolean {
  return ch.length === 1 && TERMINAL_CHARACTERS.includes(ch);
}

/** The characters {@link isTerminal} accepts, for {@link nextMatch}. */
export const TERMINAL_MARKS: RegExp = anyOf(TERMINAL_CHARACTERS);

/** Quotes and brackets that may close a sentence after its final mark: `."`, `.”`, `?’`, `.)`. */
export function isClosing(ch: string): boolean {
  return ch === '"' || ch === "'" || ch === '\u201D' || ch === '\u2019' || ch === '\u00BB' || ch === '\u203A' || ch === ')' || ch === ']';
}

/** Quotes and brackets that may open a sentence: `"`, `“`, `‘`, `«`, `(`, `[`. */
export function isOpening(ch: string): boolean {
  return ch === '"' || ch === "'" || ch === '\u201C' || ch === '\u2018' || ch === '\u00AB' || ch === '\u2039' || ch === '(' || ch === '[' || ch === '\u201E';
}

/** The code point starting at UTF-16 offset `i` (one or two units). */
export function codePointAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text.charAt(i);
}

/** Hyphens, dashes and the minus sign: every character that folds to "-" (see `foldPunctuation`). */
export function isDash(ch: string): boolean {
  return ch === '-' || (ch >= '\u2010' && ch <= '\u2015') || ch === '\u2212';
}

/** {@link charClassAt}: white space. */
export const SPACE_CLASS = 1;
/** {@link charClassAt}: a decimal digit. */
export const DIGIT_CLASS = 2;
/** {@link charClassAt}: a letter or a combining mark. */
export const LETTER_CLASS = 3;
/** {@link charClassAt}: anything else (punctuation, symbols). */
export const OTHER_CLASS = 4;

/**
 * Classes of the ASCII range, so that the scanners test one array element instead of building a string.
 * Hot loops index it directly for codes below 128 and call {@link charClassAt} for the rest.
 */
export const ASCII_CLASS: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(128).fill(OTHER_CLASS);
  for (let c = 0; c < 128; c++) {
    if (c === 32 || (c >= 9 && c <= 13)) table[c] = SPACE_CLASS;
    else if (c >= 48 && c <= 57) table[c] = DIGIT_CLASS;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) table[c] = LETTER_CLASS;
  }
  return table;
})();

/**
 * Class of the code point at UTF-16 offset `i`, as {@link isSpace}, {@link isDigit} and {@link isLetter} see it
 * (those classes never overlap). ASCII is read from a table without allocating; other code points go through
 * the Unicode tests.
 */
export function charClassAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c]!;
  const ch = codePointAt(text, i);
  if (isSpace(ch)) return SPACE_CLASS;
  if (isDigit(ch)) return DIGIT_CLASS;
  return isLetter(ch) ? LETTER_CLASS : OTHER_CLASS;
}

/** Length in UTF-16 units of the code point at `i` (what `codePointAt(text, i).length` gives), without a string. */
export function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/**
 * Offset of the first character at or after `from` that `marks` matches, or `text.length` when none does.
 * `marks` is a global regex of one character class, without quantifiers: the regex engine scans for it natively,
 * several times faster than a loop over character codes, and without allocating (`test` only moves `lastIndex`).
 * Callers bound the scan by the text they pass.
 */
export function nextMatch(marks: RegExp, text: string, from: number): number {
  marks.lastIndex = from;
  return marks.test(text) ? marks.lastIndex - 1 : text.length;
}

/**
 * Slices of this many UTF-16 units or more are, in V8, views into the string they were cut from: kept in a cache
 * that outlives a comparison, such a slice would keep the whole report it came from in memory.
 */
const SHORTEST_VIEW_SLICE = 13;

/**
 * `text.slice(start, end)` as a string of its own, holding its characters and not the text it was cut from. For
 * what long-lived caches keep (word forms, names, sentence readings): one copy per distinct entry.
 */
export function detachedSlice(text: string, start: number, end: number): string {
  if (end - start < SHORTEST_VIEW_SLICE) return text.slice(start, end);
  // Concatenation gives a rope, and slicing a rope flattens it into a new string first: one native copy that holds
  // its own characters (test/text/chars.test.ts checks that the report is not kept).
  return (' ' + text.slice(start, end)).slice(1);
}

/**
 * True when `text` at `at` spells `word` (lower-case ASCII letters) in either case: "By", "DATE". `| 32`
 * lower-cases an ASCII letter, and no other code gives a lower-case letter's code that way.
 */
export function startsWithAsciiWord(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
