import { abbreviationKind, SENTENCE_OPENERS, SPEECH_VERBS, wordBeforeMark } from './abbreviations.js';
import {
  codePointAt, isClosing, isLetter, isLower, isOpening, isSpaceAt, isTerminal, isUpper, nextMatch,
  isDash, TERMINAL_MARKS,
} from '../text/chars.js';
import { trimSpan, type LineSpan } from './lines.js';

/** How far to look ahead for an attribution: the bound keeps the scan linear. */
const MAX_ATTRIBUTION_LOOKAHEAD = 80;
const MAX_ATTRIBUTION_NAME_WORDS = 4;

/**
 * Splits one line (`text.slice(line.start, line.end)`, already trimmed) into sentences, trimmed and in order.
 *
 * A sentence ends after a run of final marks (`.`, `!`, `?`, `…`) and any closing quotes or brackets, when
 * white space follows and the next word does not continue the sentence:
 * - a lower-case next word always continues it ("etc. and", "“Why?” he asked");
 * - a dash continues it ("9 p.m. -- White House …"); dashes themselves never end a sentence;
 * - after a title, month or other non-terminal abbreviation nothing ends ("Mr. Perry", "Jan. 20");
 * - after an ambiguous abbreviation ("U.S.", "Inc.", an initial) or an ellipsis, only a clear sentence
 *   opener ends it ("… the U.S. The talks …" splits; "U.S. Senate", "John F. Kennedy" do not);
 * - after a closing quote, a capitalized name and a speech verb continue it ("“No!” Trump said.").
 * A spaced ellipsis (". . .") is one mark, and a second ellipsis right after a final mark ("to hell. ... The
 * world") belongs to the first sentence.
 * One left-to-right pass with bounded look-behind and look-ahead: linear in the line length.
 */
export function splitSentences(text: string, line: LineSpan, extraAbbreviations: ReadonlySet<string>): LineSpan[] {
  const out: LineSpan[] = [];
  let sentenceStart = line.start;
  let i = line.start;
  // Final marks are searched in the line alone, so that the search never runs past its end.
  const lineText = text.slice(line.start, line.end);
  while (i < line.end) {
    i = line.start + nextMatch(TERMINAL_MARKS, lineText, i - line.start);
    if (i >= line.end) break;
    const markStart = i;
    i = skipCluster(text, i, line.end);
    // "2.5", "U.S.-Russia", "example.com": a final mark glued to what follows is not an end.
    if (i < line.end && !isSpaceAt(text, i)) continue;
    const end = absorbSpacedMarks(text, i, line.end);
    i = end;
    if (end >= line.end) break;
    if (endsSentence(text, markStart, end, line.end, extraAbbreviations)) {
      const span = trimSpan(text, sentenceStart, end);
      if (span) out.push(span);
      sentenceStart = end;
    }
  }
  const last = trimSpan(text, sentenceStart, line.end);
  if (last) out.push(last);
  return out;
}

/** End of the run of final marks and closing quotes or brackets that starts at `i`. */
function skipCluster(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && (isTerminal(text.charAt(j)) || isClosing(text.charAt(j)))) j++;
  return j;
}

/**
 * Takes spaced marks into the cluster that ends at `end`: the spaced ellipsis ". . ." and a second ellipsis
 * after a final mark ("to hell. ... The world"). Each step consumes text, so the scan stays linear.
 */
function absorbSpacedMarks(text: string, end: number, limit: number): number {
  let current = end;
  for (;;) {
    let k = current;
    while (k < limit && isSpaceAt(text, k)) k++;
    const ch = text.charAt(k);
    if (k >= limit || (ch !== '.' && ch !== '\u2026')) return current;
    const after = skipCluster(text, k, limit);
    if (after < limit && !isSpaceAt(text, after)) return current;
    current = after;
  }
}

/** What the cluster of marks holds, as bits of {@link clusterMarks}. */
const CLOSING_QUOTE = 1;
const STRONG_MARK = 2;
const ELLIPSIS = 4;

/**
 * Reads the cluster `text.slice(markStart, end)` in place: a closing quote (not a bracket), a `!` or `?`, and an
 * ellipsis (`…` or two periods or more).
 */
function clusterMarks(text: string, markStart: number, end: number): number {
  let marks = 0;
  let periods = 0;
  for (let k = markStart; k < end; k++) {
    const ch = text.charAt(k);
    if (ch === '.') periods++;
    else if (ch === '!' || ch === '?') marks |= STRONG_MARK;
    else if (ch === '\u2026') marks |= ELLIPSIS;
    else if (ch !== ')' && ch !== ']' && isClosing(ch)) marks |= CLOSING_QUOTE;
  }
  return periods >= 2 ? marks | ELLIPSIS : marks;
}

/** Decides whether the final marks from `markStart` (white space from `end`) end a sentence. */
function endsSentence(text: string, markStart: number, end: number, limit: number, extra: ReadonlySet<string>): boolean {
  let k = end;
  while (k < limit && isSpaceAt(text, k)) k++;
  let w = k;
  while (w < limit && isOpening(text.charAt(w))) w++;
  if (w >= limit) return true;
  const next = codePointAt(text, w);
  if (isLower(next)) return false;
  if (isDash(next)) return false;
  const marks = clusterMarks(text, markStart, end);
  if ((marks & CLOSING_QUOTE) !== 0 && isAttribution(text, w, limit)) return false;
  if ((marks & STRONG_MARK) !== 0) return true;
  if ((marks & ELLIPSIS) !== 0) return isOpener(text, w, limit);
  const kind = abbreviationKind(wordBeforeMark(text, markStart), extra);
  if (kind === 'non-terminal') return false;
  if (kind === 'ambiguous') return isOpener(text, w, limit);
  // A plain word or number before the period: a capital, a digit or a symbol starts a new sentence.
  return true;
}

/** True when the capitalized word at `w` is a clear sentence opener (and not an initial such as "A."). */
function isOpener(text: string, w: number, limit: number): boolean {
  let e = w;
  while (e < limit && isLetter(text.charAt(e))) e++;
  if (e === w) return false;
  if (text.charAt(e) === '.') return false;
  return SENTENCE_OPENERS.has(text.slice(w, e).toLowerCase());
}

/** "“No!” Trump said", "“Go.” Mr. Smith told reporters": capitalized words, then a speech verb. */
function isAttribution(text: string, w: number, limit: number): boolean {
  const stop = Math.min(limit, w + MAX_ATTRIBUTION_LOOKAHEAD);
  let names = 0;
  let i = w;
  while (i < stop) {
    const start = i;
    while (i < stop && !isSpaceAt(text, i)) i++;
    const word = text.slice(start, i);
    while (i < stop && isSpaceAt(text, i)) i++;
    if (isUpper(codePointAt(word, 0))) {
      names++;
      if (names > MAX_ATTRIBUTION_NAME_WORDS) return false;
      continue;
    }
    return names > 0 && SPEECH_VERBS.has(stripTrailingPunctuation(word));
  }
  return false;
}

function stripTrailingPunctuation(word: string): string {
  let e = word.length;
  while (e > 0 && !isLetter(word.charAt(e - 1))) e--;
  return word.slice(0, e);
}

