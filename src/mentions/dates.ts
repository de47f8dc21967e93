/**
 * Dates and weekdays: the reference date of a report (publication date or dateline) and the date mentions of
 * its sentences, resolved against that reference when one is known.
 * @module
 */
import type { DateMention } from '../analysis.js';
import { inWordClass, leadingTokens, readTokens, type Token } from '../text/tokenize.js';
import { defineWordClass } from '../text/word-forms.js';
import { wordTable } from '../text/word-table.js';

const MONTHS: Readonly<Record<string, number>> = wordTable({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
});

/** Month names that are also common words or given names: alone they count only after a time preposition. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'april', 'june', 'august']);

/** Words after which a bare month name is a time ("in November", "since March", "early June"). */
const MONTH_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'from', 'during',
  'through', 'before', 'after', 'between', 'and', 'to', 'that', 'each', 'every',
]);

const WEEKDAYS: Readonly<Record<string, number>> = wordTable({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

/** Names of the weekdays, 0 = Sunday. */
export const WEEKDAY_NAMES: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Names of the months, index 0 = January. */
export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** One-word relative days and their offset from the reference date. */
const RELATIVE_DAYS: Readonly<Record<string, number>> = wordTable({ today: 0, tonight: 0, yesterday: -1, tomorrow: 1 });

/** "last week", "this week", "next week", "last month": relative, never resolved to one day. */
const RELATIVE_PERIOD_MODIFIERS = new Set(['last', 'this', 'next', 'past']);
const RELATIVE_PERIODS = new Set(['week', 'month', 'weekend']);

/** Words that set a weekday in the future or in the past regardless of tense. */
const FUTURE_MARKERS = new Set(['will', "'ll", 'shall', 'scheduled', 'upcoming', 'due', 'set', 'expected', 'plans', 'planned', 'tomorrow']);
const PAST_MARKERS = new Set(['said', 'told', 'was', 'were', 'had', 'did', 'yesterday', 'ago']);

// ---------------------------------------------------------------------------------------------- calendar

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC calendar; no time zones are involved, only calendar days). */
function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function isoOfDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(dayNumber(year, month, day) * MS_PER_DAY);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The `YYYY-MM-DD` day at the start of an ISO 8601 string ("2025-12-02T10:00:00Z" → 2025-12-02), if valid. */
export function parseIsoDay(value: string): { year: number; month: number; day: number } | undefined {
  if (value.length < 10 || value.charAt(4) !== '-' || value.charAt(7) !== '-') return undefined;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (value.length > 10 && value.charAt(10) !== 'T' && value.charAt(10) !== ' ') return undefined;
  return isValidDay(year, month, day) ? { year, month, day } : undefined;
}

/** Weekday (0 = Sunday) of an ISO day. */
export function weekdayOfIso(iso: string): number | undefined {
  const p = parseIsoDay(iso);
  return p ? weekdayOfDayNumber(dayNumber(p.year, p.month, p.day)) : undefined;
}

/** The year that puts month/day nearest to the reference (a December date read in January is last year's). */
function nearestYear(month: number, day: number, reference: { year: number; month: number; day: number }): number {
  const ref = dayNumber(reference.year, reference.month, reference.day);
  let best = reference.year;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    if (!isValidDay(year, month, day)) continue;
    const distance = Math.abs(dayNumber(year, month, day) - ref);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

// ------------------------------------------------------------------------------------- token patterns

interface ParsedDate {
  /** Index just past the last token of the expression. */
  end: number;
  month: number;
  day?: number;
  year?: number;
}

function isDayNumber(t: Token | undefined): boolean {
  if (!t || t.kind !== 'number' || t.text.length > 2) return false;
  const n = Number(t.text);
  return Number.isInteger(n) && n >= 1 && n <= 31;
}

function isYearNumber(t: Token | undefined): boolean {
  if (!t || t.kind !== 'number' || t.text.length !== 4) return false;
  const n = Number(t.text);
  return Number.isInteger(n) && n >= 1800 && n <= 2200;
}

/** Index past an ordinal suffix written onto a day number ("2nd"), or `i` itself. */
function skipOrdinalSuffix(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  return t && !t.spaceBefore && t.kind === 'word' && (t.norm === 'st' || t.norm === 'nd' || t.norm === 'rd' || t.norm === 'th') ? i + 1 : i;
}

/** A month name at `i`: its number and the index past it (and past the period of "Dec."). */
function monthAt(tokens: readonly Token[], i: number): { month: number; next: number; abbreviated: boolean } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !t.upper) return undefined;
  const month = MONTHS[t.norm];
  if (month === undefined) return undefined;
  const abbreviated = t.norm.length <= 4 && t.norm !== 'june' && t.norm !== 'july' && t.norm !== 'may';
  const dot = tokens[i + 1];
  const next = abbreviated && dot && dot.text === '.' && !dot.spaceBefore ? i + 2 : i + 1;
  // "Jan" alone is more often a given name; an abbreviation needs its period or a day number after it.
  if (abbreviated && next === i + 1 && !isDayNumber(tokens[next])) return undefined;
  return { month, next, abbreviated };
}

/** Year after a day: "December 2, 2025" or "2 December 2025". */
function yearAfter(tokens: readonly Token[], i: number): { year: number; next: number } | undefined {
  const t = tokens[i];
  if (isYearNumber(t)) return { year: Number(t!.text), next: i + 1 };
  if (t && t.text === ',' && isYearNumber(tokens[i + 1])) return { year: Number(tokens[i + 1]!.text), next: i + 2 };
  return undefined;
}

/** "2025-12-02" written without spaces. */
function isoAt(tokens: readonly Token[], i: number): ParsedDate | undefined {
  const y = tokens[i];
  if (!isYearNumber(y)) return undefined;
  const d1 = tokens[i + 1];
  const m = tokens[i + 2];
  const d2 = tokens[i + 3];
  const d = tokens[i + 4];
  if (!d1 || !m || !d2 || !d) return undefined;
  if (d1.text !== '-' || d2.text !== '-' || d1.spaceBefore || m.spaceBefore || d2.spaceBefore || d.spaceBefore) return undefined;
  if (m.kind !== 'number' || d.kind !== 'number' || m.text.length > 2 || d.text.length > 2) return undefined;
  const year = Number(y!.text);
  const month = Number(m.text);
  const day = Number(d.text);
  return isValidDay(year, month, day) ? { end: i + 5, month, day, year } : undefined;
}

/**
 * A calendar expression starting at token `i`: ISO, month-day(-year), day-month(-year), month-year, or a
 * month alone where it reads as a time.
 */
function calendarAt(tokens: readonly Token[], i: number): ParsedDate | undefined {
  const iso = isoAt(tokens, i);
  if (iso) return iso;
  const month = monthAt(tokens, i);
  if (month) {
    const dayToken = tokens[month.next];
    if (isDayNumber(dayToken) && !isDigitJoined(tokens, month.next + 1)) {
      const afterDay = skipOrdinalSuffix(tokens, month.next + 1);
      const year = yearAfter(tokens, afterDay);
      const parsed: ParsedDate = { end: year ? year.next : afterDay, month: month.month, day: Number(dayToken!.text) };
      if (year) parsed.year = year.year;
      return parsed;
    }
    if (isYearNumber(dayToken)) return { end: month.next + 1, month: month.month, year: Number(dayToken!.text) };
    if (month.abbreviated) return undefined;
    const norm = tokens[i]!.norm;
    if (AMBIGUOUS_MONTHS.has(norm) && !MONTH_CONTEXT.has(tokens[i - 1]?.norm ?? '')) return undefined;
    return { end: month.next, month: month.month };
  }
  if (isDayNumber(tokens[i]) && !isDigitJoined(tokens, i + 1)) {
    let k = skipOrdinalSuffix(tokens, i + 1);
    if (tokens[k]?.norm === 'of') k++;
    const m = monthAt(tokens, k);
    if (!m) return undefined;
    const year = yearAfter(tokens, m.next);
    const parsed: ParsedDate = { end: year ? year.next : m.next, month: m.month, day: Number(tokens[i]!.text) };
    if (year) parsed.year = year.year;
    return parsed;
  }
  return undefined;
}

/** "2-3" or "2.5": the number goes on without a space, so it is no day. */
function isDigitJoined(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  return !!t && !t.spaceBefore && (t.text === '-' || t.text === '/' || t.text === ':') && !!n && n.kind === 'number' && !n.spaceBefore;
}

// ---------------------------------------------------------------------------------------- reference

/** Options of {@link findReferenceDate}. */
export interface ReferenceDateOptions {
  /**
   * Reference date (ISO 8601) used when the report gives none, and to pick the year of a dateline that gives
   * only month and day.
   */
  referenceDate?: string;
  /** How far into the text a dateline is looked for, in UTF-16 units (default 1000). */
  window?: number;
}

/** Label words that may stand before an inline date at the start of a report ("date 2025-12-02", "Published: …"). */
const DATE_LABELS = new Set(['date', 'dated', 'published', 'updated', 'posted', 'on', 'last']);

/**
 * The reference date of a report, `YYYY-MM-DD`: the day of `publishedAt` when it is a valid ISO date; else a
 * dateline near the start ("MOSCOW, DECEMBER 2 —", "WASHINGTON, Dec. 2, 2025 (Reuters) -", or an inline
 * "date 2025-12-02"); else `options.referenceDate`. A dateline without a year takes the year of a year written
 * on its line or above it, else the year of `options.referenceDate` nearest to it; with neither it gives
 * nothing (and the reference date, if any, is returned instead). A caller that has read the tokens of the text's
 * sentences passes them as `sentencesTokens`, and the opening is not read a second time.
 */
export function findReferenceDate(
  text: string,
  publishedAt?: string,
  options: ReferenceDateOptions = {},
  sentencesTokens?: readonly (readonly Token[])[],
): string | undefined {
  const published = publishedAt === undefined ? undefined : parseIsoDay(publishedAt.trim());
  if (published) return isoOfDayNumber(dayNumber(published.year, published.month, published.day));
  const fallback = options.referenceDate === undefined ? undefined : parseIsoDay(options.referenceDate.trim());
  const fallbackIso = fallback ? isoOfDayNumber(dayNumber(fallback.year, fallback.month, fallback.day)) : undefined;
  const openingEnd = Math.min(text.length, options.window ?? 1000);
  const tokens = sentencesTokens === undefined ? readTokens(text, 0, openingEnd) : leadingTokens(text, sentencesTokens, openingEnd);
  let lineStart = 0; // index of the first token of the current line
  let yearSeen: number | undefined; // a year written on an earlier line of the opening (a byline date)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && hasLineBreakBefore(text, tokens[i - 1]!, t)) {
      lineStart = i;
    }
    const parsed = mayStartDate(t) ? calendarAt(tokens, i) : undefined;
    if (parsed && parsed.day !== undefined && isDatelinePrefix(tokens, lineStart, i)) {
      const year = parsed.year ?? yearOnLine(text, tokens, parsed.end) ?? yearSeen;
      if (year !== undefined && isValidDay(year, parsed.month, parsed.day)) return isoOfDayNumber(dayNumber(year, parsed.month, parsed.day));
      if (fallback) {
        const y = nearestYear(parsed.month, parsed.day, fallback);
        return isoOfDayNumber(dayNumber(y, parsed.month, parsed.day));
      }
      return undefined;
    }
    if (isYearNumber(t)) yearSeen ??= Number(t.text);
  }
  return fallbackIso;
}

function hasLineBreakBefore(text: string, previous: Token, t: Token): boolean {
  if (!t.spaceBefore) return false;
  for (let k = previous.end; k < t.start; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * A dateline date stands at the start of its line after nothing, after at most three label words
 * ("date", "Published:"), or after a place in capitals with commas ("MOSCOW,", "AMHERST, N.H.,").
 */
function isDatelinePrefix(tokens: readonly Token[], lineStart: number, at: number): boolean {
  if (at === lineStart) return true;
  const prefix = tokens.slice(lineStart, at);
  const words = prefix.filter((t) => t.kind === 'word');
  if (words.length <= 3 && words.every((t) => DATE_LABELS.has(t.norm)) && prefix.every((t) => t.kind === 'word' || t.text === ':')) {
    return true;
  }
  return (
    words.length >= 1 &&
    words.length <= 5 &&
    prefix.every((t) => isPlaceWord(t) || t.text === ',' || t.text === '.' || (t.kind === 'word' && t.text.length === 1 && t.upper)) &&
    prefix[prefix.length - 1]!.text === ','
  );
}

/** A word in capitals of two or more letters: a place of a dateline ("MOSCOW", "N.H" split at its periods). */
function isPlaceWord(t: Token): boolean {
  return t.kind === 'word' && t.text === t.text.toUpperCase() && t.text.length >= 2;
}

/** A year token on the same line, just after the dateline date ("DECEMBER 2 … 2025"), within a few tokens. */
function yearOnLine(text: string, tokens: readonly Token[], from: number): number | undefined {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    if (k > from && hasLineBreakBefore(text, tokens[k - 1]!, tokens[k]!)) return undefined;
    if (isYearNumber(tokens[k])) return Number(tokens[k]!.text);
  }
  return undefined;
}

// -------------------------------------------------------------------------------------- extraction

/**
 * Date mentions of one sentence, in text order, with exact spans: weekdays ("Tuesday", "on Tuesday",
 * "(Tuesday)", "last Tuesday"), calendar dates ("December 2", "2 December", "Dec. 2, 2025", "2025-12-02"),
 * months ("in November", "November 2025"), and relative days and periods ("today", "yesterday", "tomorrow",
 * "last week", "this week"). Years alone are not dates here: they are quantities.
 *
 * With a `reference` day (`YYYY-MM-DD`), relative days and weekdays resolve to an ISO day and dates without a
 * year take the year nearest to the reference. A weekday resolves within a week of the reference: "last" and
 * "next" pick the previous or following such day; otherwise the nearest tense marker of the sentence decides
 * ("will", "scheduled" → the same day or up to six days after; "said", "was", "-ed" verbs → the same day or up to
 * six days before), and with no marker the nearest such day (at most three days away) is taken. News writes
 * "on Tuesday" for a day of the same week, so a window of seven days around publication covers what reports mean.
 *
 * `text` is the document text the tokens point into; mention texts are sliced from it.
 */
export function extractDates(tokens: readonly Token[], reference: string | undefined, text: string): DateMention[] {
  const ref = parsedReference(reference);
  const mentions: DateMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!mayStartDate(tokens[i]!)) {
      i++;
      continue;
    }
    const found = weekdayAt(tokens, i, ref) ?? relativeAt(tokens, i, ref) ?? calendarMention(tokens, i, ref);
    if (!found) {
      i++;
      continue;
    }
    const { mention, end } = found;
    mention.text = text.slice(tokens[mention.startToken]!.start, tokens[end - 1]!.end);
    mentions.push(toDateMention(mention, tokens, end));
    i = end;
  }
  return mentions;
}

// The sentences of one report share its reference date: it is parsed once, not once per sentence.
let lastReference: string | undefined;
let lastParsed: ReturnType<typeof parseIsoDay>;

function parsedReference(reference: string | undefined): ReturnType<typeof parseIsoDay> {
  if (reference === undefined) return undefined;
  if (reference !== lastReference) {
    lastParsed = parseIsoDay(reference);
    lastReference = reference;
  }
  return lastParsed;
}

/**
 * Every date expression starts at a number or at one of these words (months, weekdays, relative days, the
 * modifiers of "last week"): other tokens are passed over without trying every pattern. A modifier before a
 * weekday ("last Tuesday") is taken into the mention from the weekday. A pattern that starts at a new kind of
 * word must add its words here.
 */
const DATE_START_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(RELATIVE_DAYS), ...RELATIVE_PERIOD_MODIFIERS,
]);

/** Numbers and {@link DATE_START_WORDS}: one bit test per token (the test itself runs once per word form). */
const DATE_START = defineWordClass((w) => w.kind === 'number' || (w.kind === 'word' && DATE_START_WORDS.has(w.norm)));

function mayStartDate(t: Token): boolean {
  return inWordClass(t, DATE_START);
}

interface Draft {
  startToken: number;
  text: string;
  precision: DateMention['precision'];
  iso?: string;
  weekday?: number;
  month?: number;
  day?: number;
  year?: number;
}

function toDateMention(d: Draft, tokens: readonly Token[], end: number): DateMention {
  const m: DateMention = { start: tokens[d.startToken]!.start, end: tokens[end - 1]!.end, text: d.text, precision: d.precision };
  if (d.iso !== undefined) m.iso = d.iso;
  if (d.weekday !== undefined) m.weekday = d.weekday;
  if (d.year !== undefined) m.year = d.year;
  if (d.month !== undefined) m.month = d.month;
  if (d.day !== undefined) m.day = d.day;
  return m;
}

function resolvedDraft(startToken: number, precision: DateMention['precision'], dayNum: number): Draft {
  // Calendar parts come from the date itself, not from reading its ISO text back (years past 9999 print as
  // "+010000-…", which is no YYYY-MM-DD).
  const d = new Date(dayNum * MS_PER_DAY);
  const iso = isoOfDayNumber(dayNum);
  return { startToken, text: '', precision, iso, weekday: weekdayOfDayNumber(dayNum), year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function weekdayAt(tokens: readonly Token[], i: number, ref: ReturnType<typeof parseIsoDay>): { mention: Draft; end: number } | undefined {
  const t = tokens[i]!;
  const weekday = t.kind === 'word' && t.upper ? WEEKDAYS[t.norm] : undefined;
  if (weekday === undefined) return undefined;
  const modifier = tokens[i - 1]?.kind === 'word' ? tokens[i - 1]!.norm : '';
  const startToken = RELATIVE_PERIOD_MODIFIERS.has(modifier) ? i - 1 : i;
  if (!ref) return { mention: { startToken, text: '', precision: 'weekday', weekday }, end: i + 1 };
  const refDay = dayNumber(ref.year, ref.month, ref.day);
  const forward = (((weekday - weekdayOfDayNumber(refDay)) % 7) + 7) % 7; // 0..6 days ahead
  let offset: number;
  if (modifier === 'last' || modifier === 'past') offset = forward === 0 ? -7 : forward - 7;
  else if (modifier === 'next') offset = forward === 0 ? 7 : forward;
  else {
    const tense = nearestTense(tokens, i);
    if (tense === 'future') offset = forward;
    else if (tense === 'past') offset = forward === 0 ? 0 : forward - 7;
    else offset = forward <= 3 ? forward : forward - 7;
  }
  const draft = resolvedDraft(startToken, 'weekday', refDay + offset);
  return { mention: draft, end: i + 1 };
}

/** The tense of the marker nearest to token `at` (ties go to the one before it), if any. */
function nearestTense(tokens: readonly Token[], at: number): 'future' | 'past' | undefined {
  for (let d = 1; d < tokens.length; d++) {
    const before = tenseOf(tokens, at - d);
    if (before) return before;
    const after = tenseOf(tokens, at + d);
    if (after) return after;
    if (at - d < 0 && at + d >= tokens.length) break;
  }
  return undefined;
}

function tenseOf(tokens: readonly Token[], k: number): 'future' | 'past' | undefined {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  if (FUTURE_MARKERS.has(t.norm)) return 'future';
  if (PAST_MARKERS.has(t.norm)) return 'past';
  // A past participle after a form of "be" is passive or an adjective ("is expected"), not past tense.
  const previous = tokens[k - 1]?.norm ?? '';
  if (t.norm.length > 4 && t.norm.endsWith('ed') && !t.upper && !['is', 'are', 'be', 'been', 'being', 'am'].includes(previous)) return 'past';
  return undefined;
}

function relativeAt(tokens: readonly Token[], i: number, ref: ReturnType<typeof parseIsoDay>): { mention: Draft; end: number } | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word') return undefined;
  const offset = RELATIVE_DAYS[t.norm];
  if (offset !== undefined) {
    // "USA Today", "Russia Today": a capitalized word right before makes it part of a name.
    const previous = tokens[i - 1];
    if (t.upper && previous && previous.kind === 'word' && previous.upper) return undefined;
    if (!ref) return { mention: { startToken: i, text: '', precision: 'relative' }, end: i + 1 };
    const draft = resolvedDraft(i, 'relative', dayNumber(ref.year, ref.month, ref.day) + offset);
    return { mention: draft, end: i + 1 };
  }
  const period = tokens[i + 1];
  if (RELATIVE_PERIOD_MODIFIERS.has(t.norm) && period && period.kind === 'word' && RELATIVE_PERIODS.has(period.norm)) {
    return { mention: { startToken: i, text: '', precision: 'relative' }, end: i + 2 };
  }
  return undefined;
}

function calendarMention(tokens: readonly Token[], i: number, ref: ReturnType<typeof parseIsoDay>): { mention: Draft; end: number } | undefined {
  const parsed = calendarAt(tokens, i);
  if (!parsed) return undefined;
  if (parsed.day === undefined) {
    const draft: Draft = { startToken: i, text: '', precision: 'month', month: parsed.month };
    if (parsed.year !== undefined) draft.year = parsed.year;
    return { mention: draft, end: parsed.end };
  }
  const year = parsed.year ?? (ref ? nearestYear(parsed.month, parsed.day, ref) : undefined);
  if (year !== undefined && isValidDay(year, parsed.month, parsed.day)) {
    return { mention: resolvedDraft(i, 'day', dayNumber(year, parsed.month, parsed.day)), end: parsed.end };
  }
  return { mention: { startToken: i, text: '', precision: 'day', month: parsed.month, day: parsed.day }, end: parsed.end };
}
