/**
 * Numbers written as words: "twenty-five", "two hundred and fifty", "a dozen", "hundreds of millions".
 * Only the word tables and a reader over tokens live here; units, hedges and spans are in `numbers.ts`.
 */
import type { Token } from './tokenize.js';
import { wordTable } from './word-table.js';

const SMALL: Record<string, number> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
});

const TENS: Record<string, number> = wordTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Scale words that multiply what stands before them ("2.5 million", "five thousand", "a million"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = wordTable({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});

/** Words an article can stand for one before: "a dozen", "a hundred", "a million". */
export const ARTICLE_SCALE_WORDS: ReadonlySet<string> = new Set(['dozen', 'hundred', ...Object.keys(SCALE_WORDS)]);

/**
 * Abbreviated scales, read as scales only after a number ("$5bn", "3 mln"): after an article ("a bn") they are
 * more likely something else (a battalion), and they never join spelled-out numbers ("two hundred bn").
 */
const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = wordTable({
  bn: 1e9, bln: 1e9, mn: 1e6, mln: 1e6, tn: 1e12, trn: 1e12,
});

/** The factor of a scale after a number, spelled out or abbreviated ("million", "bn"), or undefined. */
export function scaleAfterNumber(norm: string): number | undefined {
  return SCALE_WORDS[norm] ?? SCALE_ABBREVIATIONS[norm];
}

/** Abbreviated scales that are read as scales only after money ("$5m", "£300k"): elsewhere "5m" may be metres. */
export const MONEY_ONLY_SCALES: Readonly<Record<string, number>> = wordTable({ m: 1e6, k: 1e3, b: 1e9 });

/**
 * Plural words that give an order of magnitude, not a number: "hundreds" is 2..9.99 hundreds. `unit` is the size
 * of one, `most` the largest multiple the word still covers (up to the next word of the series).
 */
const VAGUE_PLURALS: Record<string, { unit: number; most: number }> = wordTable({
  tens: { unit: 10, most: 9.9 },
  dozens: { unit: 12, most: 11.99 },
  hundreds: { unit: 100, most: 9.99 },
  thousands: { unit: 1e3, most: 999 },
  millions: { unit: 1e6, most: 999 },
  billions: { unit: 1e9, most: 999 },
  trillions: { unit: 1e12, most: 999 },
});

/** Every word {@link readWordNumber} can start with: the others read as no number at once. */
export const WORD_NUMBER_STARTS: ReadonlySet<string> = new Set([
  ...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(VAGUE_PLURALS), 'a', 'an',
]);

/** What a plural scale multiplies by after "of": "hundreds of millions" = hundreds × 1e6. */
const PLURAL_SCALES: Record<string, number> = wordTable({ thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 });

/**
 * Value of one number word, or undefined: "seven" → 7, "ninety" → 90, "hundred" → 100, "dozen" → 12,
 * "million" → 1e6. Takes a normalized (lower-case) word.
 */
export function parseNumberWord(norm: string): number | undefined {
  if (norm in SMALL) return SMALL[norm];
  if (norm in TENS) return TENS[norm];
  if (norm === 'hundred') return 100;
  if (norm === 'dozen') return 12;
  if (norm in SCALE_WORDS) return SCALE_WORDS[norm];
  return undefined;
}

/** A number read from words: the interval it stands for and the index of the first token after it. */
export interface WordNumber {
  value: number;
  low: number;
  high: number;
  /** Index of the first token after the number. */
  next: number;
  /**
   * The whole number is the single word "one" or "zero", which are as often a pronoun or a verb ("one of
   * them", "zero in on") as a count: callers keep it only when a noun or unit follows.
   */
  needsNoun: boolean;
}

/** A hyphen at `i` that joins two tokens with no space around it ("27-point", "twenty-five"). */
export function joiningHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const after = tokens[i + 1];
  return t !== undefined && after !== undefined && t.norm === '-' && !t.spaceBefore && !after.spaceBefore;
}

/** "twenty", "twenty-five", "seven": a number below 100 starting at `i`. */
function readBelowHundred(tokens: Token[], i: number): { value: number; next: number } | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return undefined;
  if (t.norm in SMALL) return { value: SMALL[t.norm] as number, next: i + 1 };
  const tens = TENS[t.norm];
  if (tens === undefined) return undefined;
  const unitWord = tokens[i + 2];
  if (joiningHyphen(tokens, i + 1) && unitWord !== undefined) {
    const unit = SMALL[unitWord.norm];
    if (unit !== undefined && unit >= 1 && unit <= 9) return { value: tens + unit, next: i + 3 };
  }
  return { value: tens, next: i + 1 };
}

/** "hundreds", "tens of thousands", "hundreds of millions": an order-of-magnitude interval. */
function readVague(tokens: Token[], i: number): WordNumber | undefined {
  const t = tokens[i];
  const vague = t === undefined ? undefined : VAGUE_PLURALS[t.norm];
  if (vague === undefined) return undefined;
  let low = 2 * vague.unit;
  let high = vague.most * vague.unit;
  let next = i + 1;
  const scale = tokens[i + 2] === undefined ? undefined : PLURAL_SCALES[(tokens[i + 2] as Token).norm];
  if (tokens[i + 1]?.norm === 'of' && scale !== undefined) {
    low *= scale;
    high *= scale;
    next = i + 3;
  } else if (vague.unit === 10) {
    // "tens" alone is not a number ("tens of people" is rare and "tens" is rarely a count).
    return undefined;
  }
  return { value: (low + high) / 2, low, high, next, needsNoun: false };
}

/**
 * Reads a number written in words starting at token `i`: "twenty-five", "two hundred and fifty",
 * "three million", "a dozen", "a hundred", "two dozen", "dozens", "hundreds of millions". Vague plurals give
 * an interval (`low < high`); exact numbers give `low === high === value`. Returns undefined when no number
 * word starts at `i`. Digits are not read here.
 */
export function readWordNumber(tokens: Token[], i: number): WordNumber | undefined {
  const first = tokens[i];
  if (first === undefined || first.kind !== 'word') return undefined;
  const vague = readVague(tokens, i);
  if (vague) return vague;
  let j = i;
  let current = 0;
  let total = 0;
  if (first.norm === 'a' || first.norm === 'an') {
    // "a dozen", "a hundred", "a million": the article stands for one.
    const scaleWord = tokens[i + 1]?.norm ?? '';
    if (!ARTICLE_SCALE_WORDS.has(scaleWord)) return undefined;
    current = 1;
    j = i + 1;
  } else {
    const small = readBelowHundred(tokens, i);
    if (!small) return undefined;
    current = small.value;
    j = small.next;
  }
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') break;
    if (t.norm === 'hundred') {
      current = (current || 1) * 100;
      j++;
      // "two hundred and fifty"
      const rest = tokens[j]?.norm === 'and' ? readBelowHundred(tokens, j + 1) : readBelowHundred(tokens, j);
      if (rest) {
        current += rest.value;
        j = rest.next;
      }
    } else if (t.norm === 'dozen') {
      current = (current || 1) * 12;
      j++;
    } else if (t.norm in SCALE_WORDS) {
      total += (current || 1) * (SCALE_WORDS[t.norm] as number);
      current = 0;
      j++;
      const rest = readBelowHundred(tokens, j);
      if (rest) {
        current = rest.value;
        j = rest.next;
      }
    } else break;
  }
  const value = total + current;
  return { value, low: value, high: value, next: j, needsNoun: j === i + 1 && (first.norm === 'one' || first.norm === 'zero') };
}
