/**
 * Weighted edit distance between two word skeletons ({@link wordSkeleton}): the cost of the differences that
 * remain once romanization is folded away, weighted by how often such a difference is only a spelling.
 * @module
 */
import { SIBILANTS, SKELETON_VOWEL, type WordSkeleton } from '../text/transliterate.js';

/** Cost of swapping one sibilant for another (Vovchansk/Vovshansk, Kalush/Kaluzh). */
const SIBILANT_SWAP = 0.5;
/** Cost of a vowel that one spelling writes and the other drops (Volodymyr/Vladimir, Kateryna/Ekaterina). */
const VOWEL_GAP = 0.5;
/** Cost of any other inserted, dropped or changed consonant: a different name more often than not. */
const CONSONANT_EDIT = 1;

/**
 * Cost of dropping a final vowel, by its class. A final -o/-e is often dropped between Ukrainian and Russian
 * forms (Petro/Petr, Mukacheve/Mukachev), a final -iy sometimes (Yevhen/Evgeniy); -a rarely (Viktor/Viktoriia
 * are two names). After "sk", -e makes a different town (Shakhtarsk/Shakhtarske).
 */
function finalVowelDropCost(word: WordSkeleton): number {
  if (word.ending === 'E') return word.stemTail === 'sk' ? CONSONANT_EDIT : 0.25;
  if (word.ending === 'I') return 0.5;
  return CONSONANT_EDIT;
}

/**
 * Cost of two different final vowel classes. -a/-ia vs -e/-ie (Zaporizhzhia/Zaporozhie) and -e vs -yi
 * (Yuzhne/Yuzhnyi) are romanizations and grammatical forms of one name; -a vs -y is a different town
 * (Hrebinka/Hrebinky).
 */
function endingCost(a: WordSkeleton, b: WordSkeleton): number {
  if (a.ending === '' || b.ending === '' || a.ending === b.ending) return 0;
  const pair = a.ending < b.ending ? a.ending + b.ending : b.ending + a.ending;
  return pair === 'AE' || pair === 'EI' ? 0 : CONSONANT_EDIT;
}

function gapCost(word: WordSkeleton, index: number): number {
  const symbol = word.symbols.charAt(index);
  if (symbol !== SKELETON_VOWEL) return CONSONANT_EDIT;
  // Russian initial Е is written E or Ye, and the Ukrainian form often has none (Yekaterina/Kateryna);
  // other initial vowels are part of the name (Khotyn/Yahotyn).
  if (index === 0 && word.symbols.length > 1) return word.onset === 'E' ? VOWEL_GAP : CONSONANT_EDIT;
  return index === word.symbols.length - 1 && word.ending !== '' ? finalVowelDropCost(word) : VOWEL_GAP;
}

/**
 * The cost of dropping each symbol of a word ({@link gapCost} at every index): they depend on the word alone, so
 * a caller that compares one word many times computes them once.
 */
export function gapCosts(word: WordSkeleton): number[] {
  const out = new Array<number>(word.symbols.length);
  for (let i = 0; i < out.length; i++) out[i] = gapCost(word, i);
  return out;
}

/** Sibilant flags by character code (skeleton symbols are ASCII): no set lookup per cell of the table. */
const SIBILANT_CODE: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (const s of SIBILANTS) table[s.charCodeAt(0)] = 1;
  return table;
})();

/** Cost of putting one symbol (a character code) for another: nothing, a cheap sibilant swap or a full edit. */
function swapCost(x: number, y: number): number {
  if (x === y) return 0;
  return x < 128 && y < 128 && SIBILANT_CODE[x] === 1 && SIBILANT_CODE[y] === 1 ? SIBILANT_SWAP : CONSONANT_EDIT;
}

// The two rows of the edit-distance table, reused by every call (nothing here re-enters); they grow for long words.
let previousRow = new Float64Array(32);
let currentRow = new Float64Array(32);

/**
 * Weighted edit distance between two word skeletons, plus the cost of incompatible endings. 0 means the two
 * spellings fold to the same skeleton. Quadratic in the word length, which is bounded (names are short words).
 *
 * @example skeletonDistance(wordSkeleton('Kharkiv'), wordSkeleton('Kharkov')) // 0
 * @example skeletonDistance(wordSkeleton('Obukhiv'), wordSkeleton('Orikhiv')) // ≥ 1
 */
export function skeletonDistance(a: WordSkeleton, b: WordSkeleton): number {
  return skeletonDistanceUpTo(a, gapCosts(a), b, gapCosts(b), Infinity);
}

/**
 * {@link skeletonDistance} of two words whose {@link gapCosts} the caller already has, for a caller that only asks
 * whether the distance exceeds `limit` (`Infinity` for the distance itself): the distance
 * when it is at most `limit`, otherwise some lower bound of it above `limit`. Rows of the table are filled while
 * their cheapest cell (every path crosses each row, and no edit has a negative cost) stays within the limit, so
 * two plainly different words cost a few rows, not the whole table.
 */
export function skeletonDistanceUpTo(a: WordSkeleton, gapsA: readonly number[], b: WordSkeleton, gapsB: readonly number[], limit: number): number {
  const s = a.symbols;
  const t = b.symbols;
  const ending = endingCost(a, b);
  if (ending > limit) return ending;
  if (previousRow.length <= t.length) {
    previousRow = new Float64Array(t.length + 1);
    currentRow = new Float64Array(t.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  previous[0] = 0;
  for (let j = 1; j <= t.length; j++) previous[j] = previous[j - 1]! + gapsB[j - 1]!;
  for (let i = 1; i <= s.length; i++) {
    const cheapest = fillRow(s.charCodeAt(i - 1), gapsA[i - 1]!, t, gapsB, previous, current);
    if (cheapest + ending > limit) return cheapest + ending;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[t.length]! + ending;
}

/**
 * Fills `current`, the row of the edit-distance table for symbol `x` (dropped at `dropCostA`) against every
 * symbol of `t`, from the row before it, and returns its cheapest cell. A function of its own: the innermost loop
 * of name comparisons, compiled early and alone.
 */
function fillRow(x: number, dropCostA: number, t: string, gapsB: readonly number[], previous: Float64Array, current: Float64Array): number {
  let cheapest = (current[0] = previous[0]! + dropCostA);
  for (let j = 1; j <= t.length; j++) {
    const replace = previous[j - 1]! + swapCost(x, t.charCodeAt(j - 1));
    const dropA = previous[j]! + dropCostA;
    const dropB = current[j - 1]! + gapsB[j - 1]!;
    let cell = replace < dropA ? replace : dropA;
    if (dropB < cell) cell = dropB;
    current[j] = cell;
    if (cell < cheapest) cheapest = cell;
  }
  return cheapest;
}

/**
 * A lower bound of {@link skeletonDistance}, in time linear in the word lengths: a consonant costs at least a full
 * edit unless it meets a consonant of the other word, and any symbol left over costs at least the cheapest gap
 * (a dropped final -o/-e). Enough to tell most pairs of different names apart without the edit-distance table.
 * The consonant counts ({@link consonantCount}) may be given.
 */
export function skeletonDistanceLowerBound(
  a: WordSkeleton,
  b: WordSkeleton,
  consonantsA: number = consonantCount(a),
  consonantsB: number = consonantCount(b),
): number {
  const consonants = Math.abs(consonantsA - consonantsB) * CONSONANT_EDIT;
  const gaps = Math.abs(a.symbols.length - b.symbols.length) * CHEAPEST_GAP;
  return Math.max(consonants, gaps) + endingCost(a, b);
}

/** The cheapest symbol to drop (see {@link finalVowelDropCost}): no gap costs less. */
const CHEAPEST_GAP = 0.25;

/** Symbols of a word that are not vowels (callers that ask often may count once and pass the count). */
export function consonantCount(word: WordSkeleton): number {
  let n = 0;
  for (let i = 0; i < word.symbols.length; i++) if (word.symbols.charAt(i) !== SKELETON_VOWEL) n++;
  return n;
}

/**
 * How much difference a name of this many skeleton symbols tolerates before it is a different name: one cheap
 * difference in short and middle-sized names, a full consonant in long ones (Starokostiantyniv/Starokonstantinov).
 */
export function distanceAllowance(symbolCount: number): number {
  return symbolCount >= 14 ? 1 : 0.5;
}
