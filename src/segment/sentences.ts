import type { Sentence, SentenceRole } from '../types.js';
import { splitSentences } from './boundaries.js';
import { isFurnitureLine, isNavigationLine } from './furniture.js';
import { isHardWrapped, joinWrappedLines, splitLines, trimSpan, type LineSpan } from './lines.js';
import { datePrefixEnd, DEFAULT_HEADING_MAX_WORDS, isHeading } from './roles.js';

/** Options of {@link segmentSentences}. All optional. */
export interface SegmentOptions {
  /**
   * Extra abbreviations that never end a sentence, with or without their final period, any case
   * (e.g. `['Approx', 'Ald.']`). They add to the built-in titles, ranks and months.
   */
  abbreviations?: string[];
  /** Longest line, in words, that can be a heading when it has no final punctuation (default 15). */
  headingMaxWords?: number;
}

interface DraftSentence {
  span: LineSpan;
  role: SentenceRole;
}

/**
 * Splits a report into sentences with exact UTF-16 offsets: `text.slice(start, end) === sentence.text`,
 * trimmed, non-empty, in order and non-overlapping. Empty or blank input gives `[]`.
 *
 * Every line break starts a paragraph (blank lines do not add paragraphs) and no sentence crosses one, except
 * in hard-wrapped text (see `isHardWrapped`), where only blank lines separate paragraphs.
 * Each line is then, in order of precedence:
 * - page furniture (see `furniture.ts`): one sentence, role `furniture`;
 * - a heading: one sentence without final punctuation of at most `headingMaxWords` words, role `heading`;
 *   an inline "date 2025-12-02" prefix is split off as a heading of its own;
 * - running text, split at sentence ends (see `boundaries.ts`), role `text`.
 * Finally, one- or two-word capitalized headings above the first or below the last line of running text
 * ("Politics", "Ask Onix", "Ed") are site navigation and become furniture.
 */
export function segmentSentences(text: string, options: SegmentOptions = {}): Sentence[] {
  const extra = normalizeAbbreviations(options.abbreviations ?? []);
  const maxWords = options.headingMaxWords ?? DEFAULT_HEADING_MAX_WORDS;
  const physical = splitLines(text);
  const lines = isHardWrapped(text, physical) ? joinWrappedLines(text, physical) : physical;
  // Plain loops rather than callbacks: this runs once per line of every report.
  const drafts: DraftSentence[][] = [];
  for (const line of lines) drafts.push(draftLine(text, line, maxWords, extra));
  markNavigation(text, lines, drafts);

  const sentences: Sentence[] = [];
  for (let paragraph = 0; paragraph < drafts.length; paragraph++) {
    for (const { span, role } of drafts[paragraph]!) {
      sentences.push({
        index: sentences.length,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        paragraph,
        role,
      });
    }
  }
  return sentences;
}

function draftLine(text: string, line: LineSpan, maxWords: number, extra: ReadonlySet<string>): DraftSentence[] {
  if (isFurnitureLine(text.slice(line.start, line.end))) return [{ span: line, role: 'furniture' }];
  const out: DraftSentence[] = [];
  let rest: LineSpan | undefined = line;
  const dateEnd = datePrefixEnd(text, line);
  if (dateEnd !== undefined) {
    out.push({ span: { start: line.start, end: dateEnd }, role: 'heading' });
    rest = trimSpan(text, dateEnd, line.end);
  }
  if (!rest) return out;
  const spans = splitSentences(text, rest, extra);
  const only = spans.length === 1 ? spans[0] : undefined;
  if (only && isHeading(text, only, maxWords, extra)) {
    out.push({ span: only, role: 'heading' });
    return out;
  }
  for (const span of spans) out.push({ span, role: 'text' });
  return out;
}

/** Rule 5 of `furniture.ts`: short capitalized headings outside the running text are navigation. */
function markNavigation(text: string, lines: LineSpan[], drafts: DraftSentence[][]): void {
  let first = 0;
  while (first < drafts.length && !hasText(drafts[first]!)) first++;
  let last = drafts.length - 1;
  while (last >= 0 && !hasText(drafts[last]!)) last--;
  // Lines outside [first, last]: all of them when no line has running text (first is then past the end).
  for (let i = 0; i < drafts.length; i++) {
    if (i >= first && i <= last) continue;
    const lineDrafts = drafts[i]!;
    const only = lineDrafts.length === 1 ? lineDrafts[0] : undefined;
    const line = lines[i];
    if (!only || !line || only.role !== 'heading') continue;
    if (isNavigationLine(text.slice(line.start, line.end))) lineDrafts[0] = { span: only.span, role: 'furniture' };
  }
}

function hasText(drafts: readonly DraftSentence[]): boolean {
  for (const draft of drafts) if (draft.role === 'text') return true;
  return false;
}

function normalizeAbbreviations(list: string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const raw of list) {
    let word = raw.trim().toLowerCase();
    while (word.endsWith('.')) word = word.slice(0, -1);
    if (word !== '') out.add(word);
  }
  return out;
}
