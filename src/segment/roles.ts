/**
 * Roles of lines: headings (headlines, crossheads, datelines) versus running text, and the inline
 * "date 2025-12-02" prefix some feeds put before the first sentence.
 * @module
 */
import { abbreviationKind } from './abbreviations.js';
import { isClosing, isDigit, isSpace, isTerminal } from './chars.js';
import { countWords } from './furniture.js';
import type { LineSpan } from './lines.js';

/** Default longest heading, in words: headlines and crossheads are short; a longer line without a final mark is text. */
export const DEFAULT_HEADING_MAX_WORDS = 15;

/**
 * True when `text.slice(span.start, span.end)` reads as a heading: at most `maxWords` words and no final
 * `.`, `!`, `?`, `…` or `:` (closing quotes after such a mark count as the mark). A final period that belongs to
 * an abbreviation ("… From the I.R.S.") is not a final mark. "What are Russia's demands?" is a question, so text.
 */
export function isHeading(text: string, span: LineSpan, maxWords: number, extra: ReadonlySet<string>): boolean {
  const line = text.slice(span.start, span.end);
  if (countWords(line) > maxWords) return false;
  let e = line.length;
  while (e > 0 && isClosing(line.charAt(e - 1))) e--;
  const last = line.charAt(e - 1);
  if (last === ':') return false;
  if (!isTerminal(last)) return true;
  if (last !== '.' || line.charAt(e - 2) === '.') return false;
  return abbreviationKind(wordBefore(line, e - 1), extra) !== 'none';
}

function wordBefore(line: string, markAt: number): string {
  let s = markAt;
  while (s > 0 && !isSpace(line.charAt(s - 1)) && markAt - s < 40) s--;
  return line.slice(s, markAt);
}

/**
 * End offset of an inline date prefix "date 2025-12-02" (or "Date: 2025-12-02") at the start of the line,
 * when white space follows it; undefined otherwise. The prefix is metadata, not part of the first sentence.
 */
export function datePrefixEnd(text: string, line: LineSpan): number | undefined {
  let i = line.start;
  if (text.slice(i, i + 4).toLowerCase() !== 'date') return undefined;
  i += 4;
  if (text.charAt(i) === ':') i++;
  const afterWord = i;
  while (i < line.end && isSpace(text.charAt(i))) i++;
  if (i === afterWord && text.charAt(afterWord - 1) !== ':') return undefined;
  const dateEnd = i + 10;
  if (dateEnd > line.end || !isIsoDate(text.slice(i, dateEnd))) return undefined;
  if (dateEnd < line.end && !isSpace(text.charAt(dateEnd))) return undefined;
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
