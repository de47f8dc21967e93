/**
 * Roles of lines: headings (headlines, crossheads, datelines) versus running text, and the inline
 * "date 2025-12-02" prefix some feeds put before the first sentence.
 * @module
 */
import { abbreviationKind, wordBeforeMark } from './abbreviations.js';
import { codePointAt, isClosing, isDigit, isLetter, isSpaceAt, isTerminal, isUpper, startsWithAsciiWord } from '../text/chars.js';
import { countWords } from './furniture.js';
import type { LineSpan } from './lines.js';

/** Default longest heading, in words: headlines and crossheads are short; a longer line without a final mark is text. */
export const DEFAULT_HEADING_MAX_WORDS = 15;

/**
 * A headline in title case ("Putin to Meet US Envoy Steve Witkoff in Moscow as Optimism Grows Around Draft
 * Ukraine Peace Plan") may run longer: up to this many times the heading limit.
 */
const TITLE_CASE_LENGTH_FACTOR = 5 / 3;

/**
 * True when `text.slice(span.start, span.end)` reads as a heading: at most `maxWords` words (more for a
 * title-case headline) and no final `.`, `!`, `…` or `:` (closing quotes after such a mark count as the mark),
 * nor a final `?` unless the line is a title-case headline ("Shooting Brings Rare Comity to the Capital, but Will
 * It Last?", whose capitals would otherwise read as names); "What are Russia's demands?" and "Why now?" are text.
 * A final period that belongs to an abbreviation ("… From the I.R.S.") is not a final mark.
 */
export function isHeading(text: string, span: LineSpan, maxWords: number, extra: ReadonlySet<string>): boolean {
  const line = text.slice(span.start, span.end);
  // Most lines end with a full stop: the ending is tested before the words are counted.
  const ending = lineEnding(line, extra);
  if (ending === 'final') return false;
  // A Title Case line may be longer; counting stops past that bound, the larger of the two.
  const titleCaseMax = Math.round(maxWords * TITLE_CASE_LENGTH_FACTOR);
  const words = countWords(line, titleCaseMax);
  if (ending === 'question') return words <= titleCaseMax && titleCaseLongWords(line) >= 2;
  return words <= maxWords || (words <= titleCaseMax && titleCaseLongWords(line) >= 0);
}

/**
 * How the line ends: with a question mark, with another final mark (or a colon), or with none (a period of an
 * abbreviation is none).
 */
function lineEnding(line: string, extra: ReadonlySet<string>): 'question' | 'final' | 'none' {
  let e = line.length;
  while (e > 0 && isClosing(line.charAt(e - 1))) e--;
  const last = line.charAt(e - 1);
  if (last === ':') return 'final';
  if (last === '?') return 'question';
  if (!isTerminal(last)) return 'none';
  if (last !== '.' || line.charAt(e - 2) === '.') return 'final';
  return abbreviationKind(wordBeforeMark(line, e - 1), extra) !== 'none' ? 'none' : 'final';
}

/**
 * How many words of four or more letters the line has when every one of them starts with a capital (title case:
 * short function words may stay lower case), or -1 when one does not. A short question ("Why now?", "Who is
 * Witkoff?") is in title case with none of them, or with one name.
 */
function titleCaseLongWords(line: string): number {
  let n = 0;
  for (const word of line.split(' ')) {
    let letters = 0;
    for (let i = 0; i < word.length && letters < 4; i++) if (isLetter(word.charAt(i))) letters++;
    if (letters < 4) continue;
    if (!isUpper(codePointAt(word, firstLetterIndex(word)))) return -1;
    n++;
  }
  return n;
}

function firstLetterIndex(word: string): number {
  for (let i = 0; i < word.length; i++) if (isLetter(word.charAt(i))) return i;
  return 0;
}

/**
 * End offset of an inline date prefix "date 2025-12-02" (or "Date: 2025-12-02") at the start of the line,
 * when white space follows it; undefined otherwise. The prefix is metadata, not part of the first sentence.
 */
export function datePrefixEnd(text: string, line: LineSpan): number | undefined {
  let i = line.start;
  if (!startsWithAsciiWord(text, i, 'date')) return undefined;
  i += 4;
  if (text.charAt(i) === ':') i++;
  const afterWord = i;
  while (i < line.end && isSpaceAt(text, i)) i++;
  if (i === afterWord && text.charAt(afterWord - 1) !== ':') return undefined;
  const dateEnd = i + 10;
  if (dateEnd > line.end || !isIsoDate(text.slice(i, dateEnd))) return undefined;
  if (dateEnd < line.end && !isSpaceAt(text, dateEnd)) return undefined;
  return dateEnd;
}

/** "2025-12-02": four digits, dash, two digits, dash, two digits. */
function isIsoDate(s: string): boolean {
  for (let i = 0; i < 10; i++) {
    const ch = s.charAt(i);
    if (i === 4 || i === 7 ? ch !== '-' : !isDigit(ch)) return false;
  }
  return true;
}
