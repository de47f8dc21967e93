/**
 * Quantities in a sentence: "more than 30 people", "$2.5 billion", "45 percent", "27-point", "nearly four-year",
 * "2014". One left-to-right pass over the tokens: at each token, an optional hedge, then a number (digits or
 * words), then what follows it (scale, percent, currency, compound unit, unit of time or measure, counted noun).
 * Numbers that are not quantities (days of the month, clock times, ids, list markers, phone numbers) are skipped.
 */
import type { Dimension, Quantity } from '../analysis.js';
import { inWordClass, type Token } from './tokenize.js';
import { defineWordClass, type WordFields } from './word-forms.js';
import { isStopword } from './stopwords.js';
import { ARTICLE_SCALE_WORDS, joiningHyphen, MONEY_ONLY_SCALES, SCALE_WORDS, WORD_NUMBER_STARTS, readWordNumber, scaleAfterNumber } from './number-words.js';
import { pushTo } from '../collections.js';
import {
  ARTICLE_DURATIONS, ATTACHED_MEASURES, AMBIGUOUS_MONTHS, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS,
  DOLLAR_PREFIXES, DURATION_YEARS, HEDGES, LONG_WORDS, MEASURE_UNITS, MONTHS, hedgeInterval, looksPlural,
  singularStem, FRACTIONS, ORDINAL_SUFFIXES, CLOCK_WORDS, ID_PREFIXES, DETERMINERS, YEAR_EVENTS, COUNT_MODIFIERS,
  PHRASE_BREAKS, IRREGULAR_VERBS, NOUNS_LIKE_VERBS, NOT_BEFORE_HALF, type HedgeKind,
} from './units.js';

export { compareQuantities } from './quantity-compare.js';
export { parseNumberWord } from './number-words.js';

/** A quantity under construction: token indexes instead of offsets and text. */
type Draft = Omit<Quantity, 'start' | 'end' | 'text'> & {
  first: number;
  /** Index of the last token of the span. */
  last: number;
};

/** A number before its unit is known. */
interface Base {
  first: number;
  /** Index of the first token after the number. */
  next: number;
  value: number;
  low: number;
  high: number;
  /** A scale word or a vague plural stands in it ("2.5 million", "hundreds"): "of dollars" may follow. */
  large: boolean;
  /** Only the word "one": dropped unless a noun or unit follows (it is often a pronoun). */
  needsNoun: boolean;
  /** Four digits between 1900 and 2100, no hedge: a calendar year unless a plural noun follows. */
  yearLike: boolean;
}

/** What reading at a token gave: maybe a quantity, and where to go on. */
interface Read {
  draft?: Draft;
  next: number;
}

/** Rounds away binary noise ("18 × 1/12") so that values print and compare cleanly. */
function tidy(x: number): number {
  // Whole numbers of up to 12 digits have no noise to round (and most quantities are such): no string round trip.
  // `x + 0` turns -0 into 0, as the round trip does.
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x + 0;
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}

function tok(tokens: Token[], i: number): Token | undefined {
  return i >= 0 ? tokens[i] : undefined;
}

/** The token at `i` is glued to the one before it. */
function glued(tokens: Token[], i: number): boolean {
  const t = tok(tokens, i);
  return t !== undefined && !t.spaceBefore;
}

/** A currency code written in capitals ("USD", "EUR"), not the word ("eur" in running text is no code). */
function isCurrencyCode(t: Token): boolean {
  return CURRENCY_CODES.has(t.norm) && t.text === t.text.toUpperCase();
}

function isMonth(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || !MONTHS.has(t.norm)) return false;
  return !AMBIGUOUS_MONTHS.has(t.norm) || t.upper;
}

/**
 * Value of a digit token: "1,000" → 1000, "2.5" → 2.5. Undefined for what is not a plain number: more than one
 * decimal point ("12.02.2025"), misplaced thousands separators, leading zeros ("007"), non-ASCII digits, and
 * seven or more digits without separators (phone numbers, ids).
 */
export function parseDigits(raw: string): number | undefined {
  let dot = -1;
  let digits = 0;
  let lastComma = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
    } else if (c === 46) {
      if (dot >= 0) return undefined;
      if (lastComma >= 0 && i - lastComma !== 4) return undefined;
      dot = i;
    } else if (c === 44) {
      if (dot >= 0) return undefined;
      // Thousands separators: 1-3 digits first, then groups of exactly three.
      if (lastComma < 0 ? i > 3 : i - lastComma !== 4) return undefined;
      lastComma = i;
    } else return undefined;
  }
  if (lastComma >= 0 && dot < 0 && raw.length - lastComma !== 4) return undefined;
  if (raw.length > 1 && raw.charCodeAt(0) === 48 && raw.charCodeAt(1) !== 46) return undefined;
  if (lastComma < 0 && dot < 0 && digits >= 7) return undefined;
  return Number(lastComma < 0 ? raw : raw.replace(/,/g, ''));
}

/** A hedge and the words it is written with, joined once rather than at every match. */
interface Hedge {
  words: readonly string[];
  phrase: string;
  kind: HedgeKind;
}

/** The hedges by their first word, in their listed order: a token that starts none is passed over at once. */
const HEDGES_BY_FIRST_WORD = new Map<string, Hedge[]>();
for (const h of HEDGES) pushTo(HEDGES_BY_FIRST_WORD, h.words[0]!, { words: h.words, phrase: h.words.join(' '), kind: h.kind });

/** The hedge written at token `i` ("more than", "nearly"), or undefined. Called only where a quantity may start. */
function matchHedge(tokens: Token[], i: number): Hedge | undefined {
  const start = tokens[i]!;
  const candidates = start.kind === 'word' ? HEDGES_BY_FIRST_WORD.get(start.norm) : undefined;
  if (candidates === undefined) return undefined;
  for (const h of candidates) {
    let ok = true;
    for (let k = 1; k < h.words.length && ok; k++) {
      const t = tok(tokens, i + k);
      ok = t !== undefined && t.kind === 'word' && t.norm === h.words[k];
    }
    if (ok) return h;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The noun a quantity counts or modifies.

/** "U" followed by a glued "." (one letter of "U.S."). */
function isAcronymLetter(tokens: Token[], i: number): boolean {
  const t = tok(tokens, i);
  return t !== undefined && t.kind === 'word' && t.text.length === 1 && t.upper && tok(tokens, i + 1)?.text === '.' && glued(tokens, i + 1);
}

function isVerbal(norm: string): boolean {
  if (NOUNS_LIKE_VERBS.has(norm)) return false;
  return (norm.length > 5 && norm.endsWith('ing')) || (norm.length > 4 && norm.endsWith('ed'));
}

/** The head noun of the phrase starting at `k`, its token index, and whether it is plural. */
interface Head {
  head?: string;
  index?: number;
  plural: boolean;
}

/**
 * Finds the noun that ends the noun phrase starting at token `k`: up to four words, skipping acronyms
 * ("U.S."), hyphens inside words and, before the noun, modifiers like "more". The phrase ends at punctuation,
 * numbers, stopwords (prepositions, articles, auxiliaries), time words, a word in -ing/-ed once a noun was
 * seen (a verb: "framework incorporating", "people killed"), a word in -s followed by an article once a noun
 * was seen (a verb: "plan includes the"), and right after a plural noun (the counted noun). Of the words
 * seen, the last lower-case one wins, so that names after the noun ("plan Witkoff") are not taken.
 */
function nounHead(tokens: Token[], k: number): Head {
  let lastLower: number | undefined;
  let lastAny: number | undefined;
  let words = 0;
  let i = k;
  while (i < tokens.length && words < 4) {
    const t = tokens[i] as Token;
    if (t.kind === 'number') break;
    if (t.kind === 'punct') {
      if (i > k && joiningHyphen(tokens, i) && tok(tokens, i + 1)?.kind === 'word') {
        i++;
        continue;
      }
      break;
    }
    if (isAcronymLetter(tokens, i)) {
      i += 2;
      continue;
    }
    if (lastAny === undefined && COUNT_MODIFIERS.has(t.norm)) {
      i++;
      words++;
      continue;
    }
    // Contractions end the phrase: "one party won't tax".
    if (isStopword(t.norm) || PHRASE_BREAKS.has(t.norm) || isMonth(t) || t.norm.includes("'")) break;
    if (lastAny !== undefined && IRREGULAR_VERBS.has(t.norm)) break;
    const verbal = isVerbal(t.norm);
    if (lastAny !== undefined && verbal) break;
    if (lastAny !== undefined && t.norm.endsWith('s') && DETERMINERS.has(tok(tokens, i + 1)?.norm ?? '')) break;
    lastAny = i;
    if (!t.upper) lastLower = i;
    words++;
    if (!verbal && looksPlural(t.norm)) break;
    i++;
  }
  // A plural ends the phrase and is the noun even when capitalized ("five senior Missouri Republicans").
  const endsOnPlural = lastAny !== undefined && looksPlural((tokens[lastAny] as Token).norm) && !isVerbal((tokens[lastAny] as Token).norm);
  const index = endsOnPlural ? lastAny : lastLower ?? lastAny;
  if (index === undefined) return { plural: false };
  const norm = (tokens[index] as Token).norm;
  return { head: singularStem(norm), index, plural: looksPlural(norm) };
}

/** {@link nounHead} after an optional "of" and article: "45% of the voters", "18 months of fighting". */
function headAfterOf(tokens: Token[], k: number): Head {
  let i = k;
  if (tok(tokens, i)?.norm === 'of') {
    i++;
    while (DETERMINERS.has(tok(tokens, i)?.norm ?? '')) i++;
  }
  return nounHead(tokens, i);
}

function withHead(draft: Draft, head: Head): Draft {
  return head.head === undefined ? draft : { ...draft, head: head.head };
}

// ---------------------------------------------------------------------------------------------------------
// What follows a number.

function draftFrom(base: Base, last: number, unit: string, dimension: Dimension, factor = 1): Draft {
  return {
    first: base.first, last, unit, dimension,
    value: base.value * factor, low: base.low * factor, high: base.high * factor,
  };
}

/** "million", "bn", glued "m"/"k" after money. */
function readScale(tokens: Token[], base: Base, money: boolean): Base {
  const t = tok(tokens, base.next);
  if (t === undefined || t.kind !== 'word') return base;
  let factor = scaleAfterNumber(t.norm);
  if (factor === undefined && money && !t.spaceBefore) factor = MONEY_ONLY_SCALES[t.norm];
  if (factor === undefined) return base;
  return { ...base, value: base.value * factor, low: base.low * factor, high: base.high * factor, next: base.next + 1, large: true };
}

/** "and a half" after a number or a unit of time. */
function andAHalf(tokens: Token[], i: number): boolean {
  return tok(tokens, i)?.norm === 'and' && tok(tokens, i + 1)?.norm === 'a' && tok(tokens, i + 2)?.norm === 'half';
}

function plusHalf(base: Base, unitSize: number): Base {
  const half = unitSize / 2;
  return { ...base, value: base.value + half, low: base.low + half, high: base.high + half };
}

function readPercent(tokens: Token[], base: Base): Draft | undefined {
  const i = base.next;
  const t = tok(tokens, i);
  if (t === undefined) return undefined;
  let last: number | undefined;
  let unit = 'percent';
  if (t.text === '%' || t.norm === 'percent' || t.norm === 'pct') last = i;
  else if (t.norm === 'per' && tok(tokens, i + 1)?.norm === 'cent') last = i + 1;
  else if (t.norm === 'percentage' && /^points?$/.test(tok(tokens, i + 1)?.norm ?? '')) {
    last = i + 1;
    unit = 'percentage-point';
  }
  if (last === undefined) return undefined;
  return withHead(draftFrom(base, last, unit, 'percent'), headAfterOf(tokens, last + 1));
}

/** "dollars", "of dollars", "U.S. dollars", "EUR", "pounds" (money only after a scale or before "sterling"). */
function readCurrencyWord(tokens: Token[], base: Base): Draft | undefined {
  let i = base.next;
  if (base.large && tok(tokens, i)?.norm === 'of') i++;
  if (isAcronymLetter(tokens, i) && isAcronymLetter(tokens, i + 2)) i += 4;
  else if (tok(tokens, i)?.norm === 'us') i++;
  const t = tok(tokens, i);
  if (t === undefined || t.kind !== 'word') return undefined;
  let currency = CURRENCY_WORDS[t.norm];
  if (currency === undefined && isCurrencyCode(t)) currency = t.norm;
  if (currency === undefined && (t.norm === 'pounds' || t.norm === 'pound')) {
    if (base.large || tok(tokens, i + 1)?.norm === 'sterling') currency = 'gbp';
  }
  if (currency === undefined) return undefined;
  const last = tok(tokens, i + 1)?.norm === 'sterling' && t.norm !== 'sterling' ? i + 1 : i;
  return withHead(draftFrom(base, last, currency, 'money'), headAfterOf(tokens, last + 1));
}

/** "27-point", "five-hour", "45-year-old", "10-mile", "two-thirds". */
function readCompound(tokens: Token[], base: Base): Draft | undefined {
  const i = base.next;
  const word = tok(tokens, i + 1);
  if (!joiningHyphen(tokens, i) || word === undefined || word.kind !== 'word') return undefined;
  const w = word.norm;
  let draft: Draft | undefined;
  const years = DURATION_YEARS[w];
  if (years !== undefined) {
    let last = i + 1;
    if (joiningHyphen(tokens, last + 1) && tok(tokens, last + 2)?.norm === 'old') {
      // An age ("45-year-old man") is not a span of time the reports could disagree on as a duration.
      draft = draftFrom(base, last + 2, 'age', 'measure', years);
    } else {
      if (joiningHyphen(tokens, last + 1) && tok(tokens, last + 2)?.norm === 'long') last += 2;
      draft = draftFrom(base, last, 'year', 'duration', years);
    }
  } else if (MEASURE_UNITS[w] !== undefined) {
    const m = MEASURE_UNITS[w];
    draft = draftFrom(base, i + 1, m.unit, 'measure', m.factor);
  } else if (CURRENCY_WORDS[w] !== undefined) {
    // "a million-dollar check"
    draft = draftFrom(base, i + 1, CURRENCY_WORDS[w] as string, 'money');
  } else if (w === 'dozen') {
    draft = draftFrom(base, i + 1, nounHead(tokens, i + 2).head ?? '', 'count', 12);
  } else if (w === 'plus') {
    // "60-plus votes": at least 60 of what follows.
    draft = { ...draftFrom(base, i + 1, nounHead(tokens, i + 2).head ?? '', 'count'), high: Infinity, hedge: 'plus' };
  } else if (FRACTIONS[w] !== undefined) {
    draft = draftFrom(base, i + 1, 'percent', 'percent', 100 / FRACTIONS[w]);
  } else if (!base.needsNoun && !isStopword(w) && !word.upper) {
    draft = draftFrom(base, i + 1, singularStem(w), 'count');
  }
  if (draft === undefined) return undefined;
  return withHead({ ...draft, compound: true }, nounHead(tokens, draft.last + 1));
}

/** "18 months", "two days", "a year and a half", "5 km", "two thirds". */
function readUnitWord(tokens: Token[], base: Base): Draft | undefined {
  const t = tok(tokens, base.next);
  if (t === undefined || t.kind !== 'word') return undefined;
  const years = DURATION_YEARS[t.norm];
  if (years !== undefined) {
    let b = base;
    let last = base.next;
    if (andAHalf(tokens, last + 1)) {
      b = plusHalf(base, 1);
      last += 3;
    }
    // Only "of" ties a following noun to a span of time ("18 months of fighting", not "48 hours may…").
    const head = tok(tokens, last + 1)?.norm === 'of' ? headAfterOf(tokens, last + 1) : { plural: false };
    return withHead(draftFrom(b, last, 'year', 'duration', years), head);
  }
  const measure = MEASURE_UNITS[t.norm];
  if (measure !== undefined && (t.norm.length > 1 || !t.spaceBefore)) {
    return draftFrom(base, base.next, measure.unit, 'measure', measure.factor);
  }
  const parts = FRACTIONS[t.norm];
  if (parts !== undefined && base.value <= 10 && t.norm !== 'half') {
    return withHead(draftFrom(base, base.next, 'percent', 'percent', 100 / parts), headAfterOf(tokens, base.next + 1));
  }
  return undefined;
}

/**
 * The noun a number counts: right after it ("34 people"), after "of" for vague amounts ("dozens of people"), or
 * after "of" and an article ("two of the officials").
 */
function countedNoun(tokens: Token[], base: Base): Head {
  if (base.large && base.low < base.high) return headAfterOf(tokens, base.next);
  if (tok(tokens, base.next)?.norm === 'of' && DETERMINERS.has(tok(tokens, base.next + 1)?.norm ?? '')) return headAfterOf(tokens, base.next);
  return nounHead(tokens, base.next);
}

/** Everything after the number: scale, percent, currency, compound, unit, counted noun. */
function readTail(tokens: Token[], start: Base): Read {
  let base = start;
  if (andAHalf(tokens, base.next)) base = { ...plusHalf(base, 1), next: base.next + 3 };
  base = readScale(tokens, base, false);
  const draft = readPercent(tokens, base) ?? readCurrencyWord(tokens, base) ?? readCompound(tokens, base) ?? readUnitWord(tokens, base);
  if (draft) return { draft, next: draft.last + 1 };
  const noun = countedNoun(tokens, base);
  if (base.yearLike && !(noun.plural && noun.index === base.next && !YEAR_EVENTS.has((tokens[base.next] as Token).norm))) {
    const year = draftFrom(base, base.next - 1, 'year-ad', 'year');
    return { draft: withHead(year, noun), next: base.next };
  }
  // "one addressed to": a pronoun before a participle, not a count.
  const participle = noun.index !== undefined && isVerbal((tokens[noun.index] as Token).norm);
  if (noun.head !== undefined && noun.index !== undefined && !(base.needsNoun && participle)) {
    return { draft: { ...draftFrom(base, noun.index, noun.head, 'count'), head: noun.head }, next: noun.index + 1 };
  }
  if (base.needsNoun) return { next: base.next };
  return { draft: draftFrom(base, base.next - 1, '', 'count'), next: base.next };
}

// ---------------------------------------------------------------------------------------------------------
// Numbers in digits.

/** Numbers joined by glued "-", "/", ":" or "." ("10:30", "9/11", "2014-2022", "555-123-4567"). */
function numberRun(tokens: Token[], j: number): { last: number; count: number; separator: string } {
  let last = j;
  let count = 1;
  let separator = '';
  while (true) {
    const sep = tok(tokens, last + 1);
    const next = tok(tokens, last + 2);
    if (sep === undefined || next === undefined || next.kind !== 'number' || sep.spaceBefore || next.spaceBefore) break;
    if (sep.norm !== '-' && sep.text !== '/' && sep.text !== ':' && sep.text !== '.') break;
    separator = sep.norm;
    last += 2;
    count++;
  }
  return { last, count, separator };
}

/** "December 2", "Dec. 2", "2 December", "2nd of December". */
function isDayOfMonth(tokens: Token[], j: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 31) return false;
  let before = tok(tokens, j - 1);
  if (before?.text === '.' && !before.spaceBefore) before = tok(tokens, j - 2);
  if (isMonth(before)) return true;
  let k = j + 1;
  if (ORDINAL_SUFFIXES.has(tok(tokens, k)?.norm ?? '') && glued(tokens, k)) k++;
  if (tok(tokens, k)?.norm === 'of') k++;
  return isMonth(tok(tokens, k));
}

/** A label rather than an amount: "COVID-19", "F-16", "#1", "+44", "Article 5", "No. 1", a list marker "1.". */
function isLabel(tokens: Token[], j: number): boolean {
  const before = tok(tokens, j - 1);
  if (before !== undefined && !tokens[j]?.spaceBefore) {
    if (before.text === '#' || before.text === '+') return true;
    if (before.norm === '-' && !before.spaceBefore && tok(tokens, j - 2)?.kind === 'word') return true;
  }
  if (before?.kind === 'word' && ID_PREFIXES.has(before.norm) && (before.upper || before.norm === 'no')) return true;
  // "SB 1062" (but "CPAC 2010" is a year): an upper-case abbreviation (not a currency code) names what the number labels.
  const year = isYearLike(tokens[j]?.text ?? '', Number(tokens[j]?.text));
  if (!year && before?.kind === 'word' && before.text.length >= 2 && !CURRENCY_CODES.has(before.norm) && /^[A-Z]+$/.test(before.text)) return true;
  // "No. 1", "H.R. 1"
  if (before?.text === '.' && (tok(tokens, j - 2)?.norm === 'no' || isAcronymLetter(tokens, j - 2))) return true;
  const startsSentence = j === 0 || (j === 1 && tokens[0]?.text === '(');
  const after = tok(tokens, j + 1);
  return startsSentence && after !== undefined && (after.text === '.' || after.text === ')') && !after.spaceBefore;
}

/** "10 p.m.", "5pm", "1400 GMT". */
function isClockTime(tokens: Token[], j: number): boolean {
  const after = tok(tokens, j + 1);
  if (after === undefined || after.kind !== 'word') return false;
  if (CLOCK_WORDS.has(after.norm)) return true;
  return (after.norm === 'a' || after.norm === 'p') && tok(tokens, j + 2)?.text === '.' && tok(tokens, j + 3)?.norm === 'm';
}

function isYearLike(raw: string, value: number): boolean {
  return raw.length === 4 && value >= 1900 && value <= 2100;
}

/** Letters glued after the digits: ordinal, decade, scale, unit of measure, or a label ("5G", "3D"). */
function readGluedSuffix(tokens: Token[], j: number, value: number, raw: string): Read | undefined {
  const t = tok(tokens, j + 1);
  if (t === undefined || t.kind !== 'word' || t.spaceBefore) return undefined;
  const single: Base = wordBase(j, j + 1, value);
  if (ORDINAL_SUFFIXES.has(t.norm)) {
    const head = nounHead(tokens, j + 2);
    return { draft: withHead(draftFrom(single, j + 1, head.head ?? '', 'ordinal'), head), next: j + 2 };
  }
  if (t.norm === 's' && isYearLike(raw, value) && value % 10 === 0) {
    // "1990s": the decade, as an interval of years.
    return { draft: { ...draftFrom(single, j + 1, 'year-ad', 'year'), value: value + 5, high: value + 9 }, next: j + 2 };
  }
  if (scaleAfterNumber(t.norm) !== undefined) return readTail(tokens, single);
  if (ATTACHED_MEASURES.has(t.norm)) return readTail(tokens, single);
  return { next: j + 2 };
}

function readDigits(tokens: Token[], j: number, hedged: boolean): Read {
  const t = tokens[j] as Token;
  const run = numberRun(tokens, j);
  const skipRun: Read = { next: run.last + 1 };
  const value = parseDigits(t.text);
  if (value === undefined || isLabel(tokens, j) || isClockTime(tokens, j)) return skipRun;
  if (run.count >= 3 || (run.count === 2 && run.separator !== '-')) return skipRun;
  if (isDayOfMonth(tokens, j, value)) return { next: j + 1 };
  const base: Base = wordBase(j, j + 1, value);
  if (run.count === 2) {
    const second = tokens[j + 2] as Token;
    const to = parseDigits(second.text);
    if (to === undefined) return skipRun;
    // "2014-2022": two years, read one by one.
    if (isYearLike(t.text, value) && isYearLike(second.text, to)) return { draft: draftFrom(base, j, 'year-ad', 'year'), next: j + 1 };
    // "10-12 people": a range. A score ("3-2") or a falling pair is not.
    if (!(value < to && to <= 10 * value)) return skipRun;
    return readTail(tokens, { ...base, next: j + 3, value: (value + to) / 2, high: to });
  }
  const suffix = readGluedSuffix(tokens, j, value, t.text);
  if (suffix) return suffix;
  return readTail(tokens, { ...base, yearLike: !hedged && isYearLike(t.text, value) });
}

/** "$2.5 billion", "US$5m", "€300", "USD 5 million". */
function readMoney(tokens: Token[], j: number): Read | undefined {
  const t = tokens[j] as Token;
  let symbol = j;
  let currency: string | undefined;
  if (t.kind === 'word' && DOLLAR_PREFIXES[t.norm] !== undefined && tok(tokens, j + 1)?.text === '$' && glued(tokens, j + 1)) {
    currency = DOLLAR_PREFIXES[t.norm];
    symbol = j + 1;
  } else if (t.kind === 'punct') {
    currency = CURRENCY_SYMBOLS[t.text];
  } else if (t.kind === 'word' && isCurrencyCode(t)) {
    currency = t.norm;
  }
  const numberToken = tok(tokens, symbol + 1);
  if (currency === undefined || numberToken === undefined || numberToken.kind !== 'number') return undefined;
  const value = parseDigits(numberToken.text);
  if (value === undefined || numberRun(tokens, symbol + 1).count > 1) return undefined;
  const base = readScale(tokens, wordBase(j, symbol + 2, value), true);
  const draft = draftFrom(base, base.next - 1, currency, 'money');
  return { draft: withHead(draft, headAfterOf(tokens, base.next)), next: base.next };
}

// ---------------------------------------------------------------------------------------------------------
// Numbers in words.

/** "decade-long", "decades-old", "yearlong". */
function readLongDuration(tokens: Token[], j: number): Read | undefined {
  const t = tokens[j] as Token;
  const one = LONG_WORDS[t.norm];
  if (one !== undefined) {
    const draft: Draft = { first: j, last: j, value: one, low: one, high: one, unit: 'year', dimension: 'duration', compound: true };
    return { draft: withHead(draft, nounHead(tokens, j + 1)), next: j + 1 };
  }
  const years = DURATION_YEARS[t.norm];
  const suffix = tok(tokens, j + 2)?.norm;
  if (years === undefined || !joiningHyphen(tokens, j + 1) || (suffix !== 'long' && suffix !== 'old')) return undefined;
  // "decades-long": two to ten decades.
  const plural = looksPlural(t.norm);
  const low = plural ? 2 * years : years;
  const high = plural ? 9.99 * years : years;
  const draft: Draft = {
    first: j, last: j + 2, value: plural ? (low + high) / 2 : years, low, high, unit: 'year', dimension: 'duration', compound: true,
  };
  return { draft: withHead(draft, nounHead(tokens, j + 3)), next: j + 3 };
}

function wordBase(first: number, next: number, value: number): Base {
  return { first, next, value, low: value, high: value, large: false, needsNoun: false, yearLike: false };
}

/** "half a million", "half an hour", "half-hour", "half of the voters" (50 percent); not "the second half". */
function readHalf(tokens: Token[], j: number): Read | undefined {
  if (NOT_BEFORE_HALF.has(tok(tokens, j - 1)?.norm ?? '')) return undefined;
  const after = tok(tokens, j + 1);
  if (joiningHyphen(tokens, j + 1) && DURATION_YEARS[tok(tokens, j + 2)?.norm ?? ''] !== undefined) {
    return readTail(tokens, wordBase(j, j + 1, 0.5));
  }
  if (after?.norm === 'a' || after?.norm === 'an') {
    const what = tok(tokens, j + 2)?.norm ?? '';
    if (what === 'dozen') return readTail(tokens, wordBase(j, j + 3, 6));
    if (ARTICLE_DURATIONS.has(what) || (SCALE_WORDS[what] ?? 0) >= 1e3) return readTail(tokens, wordBase(j, j + 2, 0.5));
    return undefined;
  }
  if (after === undefined || after.norm === 'of' || DETERMINERS.has(after.norm) || (after.kind === 'punct' && !joiningHyphen(tokens, j + 1))) {
    const draft: Draft = { first: j, last: j, value: 50, low: 50, high: 50, unit: 'percent', dimension: 'percent' };
    return { draft: withHead(draft, headAfterOf(tokens, j + 1)), next: j + 1 };
  }
  return undefined;
}

/** "a year", "a decade" (one unit of time), "a third of" (a fraction). */
function readArticle(tokens: Token[], j: number): Read | undefined {
  const what = tok(tokens, j + 1);
  if (what === undefined) return undefined;
  const before = tok(tokens, j - 1)?.norm ?? '';
  // "once a year", "per day": a rate, not a span.
  const rate = before === 'once' || before === 'twice' || before === 'per' || before === 'times' || before === 'every';
  if (ARTICLE_DURATIONS.has(what.norm) && !rate && !joiningHyphen(tokens, j + 2)) {
    return readTail(tokens, wordBase(j, j + 1, 1));
  }
  const parts = FRACTIONS[what.norm];
  if (parts !== undefined && what.norm !== 'half' && tok(tokens, j + 2)?.norm === 'of') {
    const value = 100 / parts;
    const draft: Draft = { first: j, last: j + 1, value, low: value, high: value, unit: 'percent', dimension: 'percent' };
    return { draft: withHead(draft, headAfterOf(tokens, j + 2)), next: j + 2 };
  }
  return undefined;
}

function readWords(tokens: Token[], j: number): Read | undefined {
  const t = tokens[j] as Token;
  const special = t.norm === 'half' ? readHalf(tokens, j)
    : t.norm === 'a' || t.norm === 'an' ? readArticle(tokens, j)
    : readLongDuration(tokens, j);
  if (special) return special;
  const number = readWordNumber(tokens, j);
  if (!number) return undefined;
  const { value, low, high, next, needsNoun } = number;
  return readTail(tokens, { first: j, next, value, low, high, large: low < high || value >= 1e3, needsNoun, yearLike: false });
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Words after "a"/"an" with which the article can stand for one: units of time ("a year"), fractions ("a third
 * of") and `ARTICLE_SCALE_WORDS` ("a dozen", "a million"); besides them only "$" after "A" (Australian dollars).
 * After any other token an article starts no quantity, and the readers need not run (articles are among the
 * commonest words). A reader that reads an article before a new word must add the word here.
 */
const ARTICLE_COUNT_WORDS: ReadonlySet<string> = new Set([
  ...ARTICLE_DURATIONS, ...Object.keys(FRACTIONS), ...ARTICLE_SCALE_WORDS,
]);

/** An article at `j` whose next token cannot make it a number. */
function isBareArticle(tokens: Token[], j: number, t: Token): boolean {
  if (t.kind !== 'word' || (t.norm !== 'a' && t.norm !== 'an')) return false;
  const next = tokens[j + 1];
  return next === undefined || !(ARTICLE_COUNT_WORDS.has(next.norm) || next.text === '$');
}

function readNumber(tokens: Token[], j: number, hedged: boolean): Read {
  const t = tok(tokens, j);
  if (t === undefined || isBareArticle(tokens, j, t)) return { next: j + 1 };
  const money = readMoney(tokens, j);
  if (money) return money;
  if (t.kind === 'number') return readDigits(tokens, j, hedged);
  if (t.kind === 'word') return readWords(tokens, j) ?? { next: j + 1 };
  return { next: j + 1 };
}

/** What reading at token `i` (a {@link QUANTITY_START} token) gives: a hedge and the number after it, or a number. */
function readAt(tokens: Token[], i: number): Read {
  const hedge = matchHedge(tokens, i);
  if (hedge) {
    const after = tokens[i + hedge.words.length];
    // "over the", "about them": no number follows the hedge, and no reader need look.
    if (after === undefined || !mayStartNumber(after)) return { next: i + 1 };
    const read = readNumber(tokens, i + hedge.words.length, true);
    const d = read.draft;
    if (d && d.dimension !== 'year' && d.dimension !== 'ordinal') {
      const { low, high } = hedgeInterval(hedge.kind, d.low, d.high);
      return { draft: { ...d, first: i, low, high, hedge: hedge.phrase }, next: read.next };
    }
    return { next: i + 1 };
  }
  // Words that only start hedges ("in", "as", "over") start no number: the readers need not run for them.
  return mayStartNumber(tokens[i]!) ? readNumber(tokens, i, false) : { next: i + 1 };
}

/**
 * Words that {@link readNumber} can start a quantity with: dollar prefixes and currency codes, "half", units of
 * time ("decade-long", "yearlong") and number words. With digits and currency symbols, these are the only
 * tokens where reading a number can find anything (hedges are matched before, see {@link matchHedge}). A reader
 * that starts at a new kind of word must add its words here.
 */
const NUMBER_START_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(DOLLAR_PREFIXES), ...CURRENCY_CODES, 'half', ...Object.keys(LONG_WORDS), ...Object.keys(DURATION_YEARS),
  ...WORD_NUMBER_STARTS,
]);

/** Reads only what a word form holds, so that it can also define {@link QUANTITY_START}. */
function mayStartNumber(t: WordFields): boolean {
  const kind = t.kind;
  if (kind === 'number') return true;
  if (kind === 'word') return NUMBER_START_WORDS.has(t.norm);
  return CURRENCY_SYMBOLS[t.text] !== undefined;
}

/**
 * Tokens where {@link readAt} can find something: the first word of a hedge, or a token {@link mayStartNumber}.
 * One test per word form (see `defineWordClass`): the other tokens of a sentence, most of them, are passed over
 * with one bit test.
 */
const QUANTITY_START = defineWordClass((w) => (w.kind === 'word' && HEDGES_BY_FIRST_WORD.has(w.norm)) || mayStartNumber(w));

function toQuantity(d: Draft, tokens: Token[], text: string): Quantity {
  const start = (tokens[d.first] as Token).start;
  const end = (tokens[d.last] as Token).end;
  const q: Quantity = {
    start, end, text: text.slice(start, end),
    value: tidy(d.value), low: tidy(d.low), high: tidy(d.high), unit: d.unit, dimension: d.dimension,
  };
  if (d.hedge !== undefined) q.hedge = d.hedge;
  if (d.head !== undefined) q.head = d.head;
  if (d.compound) q.compound = true;
  return q;
}

/**
 * All quantities in a sentence, in text order. `tokens` come from `tokenize(text, sentence.start, sentence.end)`
 * and `text` is the full document text (token offsets are absolute), so every quantity satisfies
 * `text.slice(q.start, q.end) === q.text`. Linear in the number of tokens; never throws.
 */
export function extractQuantities(tokens: Token[], text: string): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!inWordClass(tokens[i]!, QUANTITY_START)) {
      i++;
      continue;
    }
    const read = readAt(tokens, i);
    if (read.draft) out.push(toQuantity(read.draft, tokens, text));
    i = Math.max(read.next, i + 1);
  }
  return out;
}
