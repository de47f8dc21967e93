/**
 * Page furniture: lines a web page wraps around a report (section names, "Related posts", comment forms,
 * bylines, photo credits) that are never claims about the event.
 *
 * Rules, applied to whole lines, case-insensitive and ASCII-folded:
 * 1. A line with no letter and no digit ("* * *", "—") is a separator.
 * 2. A short line (≤ {@link MAX_FURNITURE_WORDS} words) that equals one of {@link EXACT_LINES} once final
 *    punctuation is dropped, or starts with one of {@link LINE_PREFIXES} as whole words.
 * 3. A byline: "By" and one to seven capitalized name words (nine words at most), joined by "and", "&" or commas,
 *    with no final period unless it ends an initial.
 * 4. A credit in parentheses of at most four words: "(Reuters)", "(AP Photo/Evan Vucci)".
 * 5. Structural ({@link isNavigationLine}): one or two words, none starting lower case, no final mark; this
 *    is only applied by the caller to lines above the first or below the last line of running text, so
 *    crossheads such as "Red Lines" inside the report stay headings.
 * @module
 */
import { normalizePhrase, normalizeWord } from '../text/normalize.js';
import {
  ASCII_CLASS, charClassAt, codePointAt, DIGIT_CLASS, isDigit, isLetter, isLower, isSpace, isTerminal, isUpper, LETTER_CLASS,
  SPACE_CLASS, startsWithAsciiWord,
} from '../text/chars.js';

/** Longer lines are never furniture by pattern: furniture is short, and long lines starting "Sign up" may be news. */
const MAX_FURNITURE_WORDS = 25;

/** Whole lines (normalized, final punctuation and asterisks dropped). */
const EXACT_LINES: ReadonlySet<string> = new Set([
  'related', 'related posts', 'related articles', 'related stories', 'related content', 'related coverage',
  'related news', 'leave a comment', 'leave a reply', 'comments', 'comment', 'report a problem',
  'problem reported', 'thank you for your feedback', 'thanks for your feedback',
  'help us improve by reporting any issues with this response', 'navigation', 'menu', 'search', 'share',
  'share this', 'share this article', 'share this story',
  'advertisement', 'sponsored', 'sponsored content', 'skip to content', 'skip to main content', 'read more',
  'more', 'back to top', 'trending', 'trending now', 'most popular', 'most read', 'recommended',
  'you may also like', 'you might also like', 'listen to this article', 'update', 'updated', 'print',
  'email', 'close', 'continue reading', 'editor\'s picks', 'top stories', 'latest news',
  'newsletter', 'watch', 'video', 'photos',
]);

/** Line openings (normalized), matched as whole words: "Also Read: …", "Subscribe to …", "Photo: …". */
const LINE_PREFIXES: readonly string[] = [
  'also read:', 'read also:', 'read more:', 'see also:', 'related:', 'more:', 'watch:', 'listen:',
  'photo:', 'photo by', 'photo credit', 'photograph:', 'photographs:', 'image:', 'image credit', 'image source',
  'credit:', 'credits:', 'subscribe', 'sign up', 'follow us', 'click here', 'tags:', 'filed under',
  'your email address will not be published', 'copyright', '(c)', '\u00a9', 'all rights reserved',
  'this article was originally published', 'share on', 'posted in', 'read next', 'recommended:',
];

/**
 * The leading ASCII letters of every entry of {@link EXACT_LINES} and {@link LINE_PREFIXES} ("related",
 * "editor", "also"), where there are any: a line can only match an entry whose first word is its own.
 */
const FIRST_WORDS: ReadonlySet<string> = new Set(
  [...EXACT_LINES, ...LINE_PREFIXES].map((entry) => /^[a-z]*/.exec(entry)![0]).filter((word) => word !== ''),
);

/**
 * The first characters of the entries of {@link EXACT_LINES} and {@link LINE_PREFIXES} that are no ASCII letter
 * ("(", "©"): a line that opens with an ASCII letter is told by {@link FIRST_WORDS} instead.
 */
const FIRST_CHARACTERS: ReadonlySet<string> = new Set(
  [...EXACT_LINES, ...LINE_PREFIXES].map((entry) => entry.charAt(0)).filter((ch) => !isAsciiLetter(ch.charCodeAt(0))),
);

/** True when the whole line (trimmed) is page furniture by rules 1–4 of this module. */
export function isFurnitureLine(line: string): boolean {
  // No letter or digit at all (rules, separators, lone symbols); a limit of 0 stops at the first word that has one.
  if (countWords(line, 0) === 0) return true;
  // Most lines are running text: cheap tests of their first characters rule out rules 2–4 before the line is
  // counted or normalized.
  const listed = mayBeListed(line);
  if (!listed && !startsWithBy(line) && !isParenthesized(line)) return false;
  const words = countWords(line, MAX_FURNITURE_WORDS);
  if (words > MAX_FURNITURE_WORDS) return false;
  if (listed) {
    const norm = normalizePhrase(line);
    if (EXACT_LINES.has(dropFinalPunctuation(norm))) return true;
    for (const prefix of LINE_PREFIXES) if (startsWithWords(norm, prefix)) return true;
  }
  return isByline(line) || isParenthesizedCredit(line, words);
}

/**
 * False when the line can match no entry of {@link EXACT_LINES} or {@link LINE_PREFIXES}. A line that opens with
 * ASCII letters followed by another ASCII character (or nothing) keeps those letters, lower-cased, as the whole
 * first word of its normalized form, which must then be an entry's first word (see {@link FIRST_WORDS}); any other
 * line may match.
 */
function mayBeListed(line: string): boolean {
  let e = 0;
  while (e < line.length && isAsciiLetter(line.charCodeAt(e))) e++;
  if (e > 0) return (e < line.length && line.charCodeAt(e) >= 128) || FIRST_WORDS.has(line.slice(0, e).toLowerCase());
  // No ASCII letter first ("“We …", "2025 …"): the first code point alone gives the first character of the
  // normalized line, unless it normalizes to nothing or to white space (which the normalized line drops).
  const first = normalizeWord(codePointAt(line, 0)).charAt(0);
  if (first === '' || isSpace(first) || isAsciiLetter(first.charCodeAt(0))) return true;
  return FIRST_CHARACTERS.has(first);
}

function isAsciiLetter(c: number): boolean {
  return c < 128 && ASCII_CLASS[c] === LETTER_CLASS;
}

/** Rule 4's shape: the line opens with "(" and closes with ")". */
function isParenthesized(line: string): boolean {
  return line.charCodeAt(0) === 40 && line.charCodeAt(line.length - 1) === 41;
}

/**
 * Rule 5: one or two words, none of them starting with a lower-case letter, no final mark ("Politics",
 * "Ask Onix", "Ed"). Only meaningful for lines outside the running text.
 */
export function isNavigationLine(line: string): boolean {
  const words = line.split(' ').filter((w) => w !== '');
  if (words.length === 0 || words.length > 2) return false;
  if (words.some((w) => isLower(codePointAt(w, 0)))) return false;
  return !isTerminal(line.charAt(line.length - 1)) && line.charAt(line.length - 1) !== ':';
}

/**
 * Number of white-space separated words that hold a letter or a digit. With a `limit`, counting stops at the
 * first word past it (callers that only compare with a bound need not read a long line to its end).
 */
export function countWords(line: string, limit = Infinity): number {
  let count = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < line.length; i++) {
    // Classes of code points: a surrogate pair counts through its first unit, as one letter or digit. ASCII is
    // read from the table in place (this runs over the start of every line).
    const c = line.charCodeAt(i);
    const cls = c < 128 ? ASCII_CLASS[c]! : charClassAt(line, i);
    if (cls === SPACE_CLASS) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && (cls === LETTER_CLASS || cls === DIGIT_CLASS)) {
      count++;
      counted = true;
      if (count > limit) return count;
    }
  }
  return count;
}

/** "related posts:" → "related posts"; also drops a trailing "*" of comment forms. */
function dropFinalPunctuation(norm: string): string {
  let e = norm.length;
  while (e > 0 && '.:!?*| '.includes(norm.charAt(e - 1))) e--;
  return norm.slice(0, e);
}

/** `norm` starts with `prefix`, and the prefix ends at a word edge ("subscribe" matches "subscribe now", not "subscribers"). */
function startsWithWords(norm: string, prefix: string): boolean {
  if (!norm.startsWith(prefix)) return false;
  if (norm.length === prefix.length) return true;
  const last = prefix.charAt(prefix.length - 1);
  if (!isLetter(last) && !isDigit(last)) return true;
  const after = norm.charAt(prefix.length);
  return !isLetter(after) && !isDigit(after);
}

const BYLINE_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'de', 'da', 'van', 'von', 'der', 'al', 'bin', 'el', 'la', 'le', 'del', '|']);
const NOT_NAMES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'his', 'her', 'their', 'our', 'my']);

/** "By Harshit", "By Jane Doe and John Roe", "By JANE DOE, Associated Press". */
function isByline(line: string): boolean {
  if (!startsWithBy(line)) return false;
  const words = line.split(' ').filter((w) => w !== '');
  // The first word is "by" (startsWithBy): a name or more must follow.
  if (words.length < 2 || words.length > 9) return false;
  if (line.endsWith('.') && !isInitial(words[words.length - 1] ?? '')) return false;
  let names = 0;
  for (const raw of words.slice(1)) {
    const word = raw.endsWith(',') ? raw.slice(0, -1) : raw;
    const lower = word.toLowerCase();
    if (BYLINE_JOINERS.has(lower)) continue;
    if (NOT_NAMES.has(lower) || !isUpper(codePointAt(word, 0))) return false;
    names++;
  }
  return names >= 1 && names <= 7;
}

/** The first space-separated word is "by" in any case: most lines are no byline and need not be split. */
function startsWithBy(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return startsWithAsciiWord(line, i, 'by') && (i + 2 === line.length || line.charCodeAt(i + 2) === 32);
}

function isInitial(word: string): boolean {
  return word.length === 2 && word.endsWith('.') && isUpper(word.charAt(0));
}

/** "(Reuters)", "(AP Photo/Evan Vucci)": a short credit wrapped in parentheses. */
function isParenthesizedCredit(line: string, words: number): boolean {
  if (!isParenthesized(line) || words > 4) return false;
  // One pair of parentheses around the whole line, not "(a) … (b)".
  return line.indexOf(')') === line.length - 1;
}
