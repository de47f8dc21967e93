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
  const drafts = lines.map((line) => draftLine(text, line, maxWords, extra));
  markNavigation(text, lines, drafts);

  const sentences: Sentence[] = [];
  drafts.forEach((lineDrafts, paragraph) => {
    for (const { span, role } of lineDrafts) {
      sentences.push({
        index: sentences.length,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        paragraph,
        role,
      });
    }
  });
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
  if (only && isHeading(text, only, maxWords, extra)) return [...out, { span: only, role: 'heading' }];
  for (const span of spans) out.push({ span, role: 'text' });
  return out;
}

/** Rule 5 of `furniture.ts`: short capitalized headings outside the running text are navigation. */
function markNavigation(text: string, lines: LineSpan[], drafts: DraftSentence[][]): void {
  const first = drafts.findIndex(hasText);
  const last = findLastIndex(drafts, hasText);
  drafts.forEach((lineDrafts, i) => {
    const outside = first === -1 || i < first || i > last;
    const only = lineDrafts.length === 1 ? lineDrafts[0] : undefined;
    const line = lines[i];
    if (!outside || !only || !line || only.role !== 'heading') return;
    if (isNavigationLine(text.slice(line.start, line.end))) lineDrafts[0] = { span: only.span, role: 'furniture' };
  });
}

function hasText(drafts: DraftSentence[]): boolean {
  return drafts.some((s) => s.role === 'text');
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
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
