/**
 * Are two names spellings of one name? The decision behind the `name` and `spelling` detectors.
 * @module
 */
import { normalizeWord } from '../text/normalize.js';
import { transliterate, wordSkeleton, SKELETON_VOWEL, type WordSkeleton } from '../text/transliterate.js';
import { cognateGroup, cognatePrefix } from './given-names.js';
import { consonantCount, distanceAllowance, gapCosts, skeletonDistanceLowerBound, skeletonDistanceUpTo } from './name-distance.js';

/** The verdict of {@link matchNames}. */
export interface NameMatch {
  /**
   * `exact`: the same once case, diacritics, punctuation, script and honorifics are ignored;
   * `variant`: two spellings of one name; `different`: two names.
   */
  match: 'exact' | 'variant' | 'different';
  /**
   * 1 for `exact`; for the others, how close the spellings are after folding romanization, 0..1; 0 when a rule
   * rules the pair out whatever the spelling (an initial for a surname, a short form too far from its word).
   */
  score: number;
}

/** Options of {@link matchNames}. */
export interface MatchNamesOptions {
  /**
   * Lowest score that still makes a `variant`, 0..1 (default 0.65). Raise it for fewer, surer variants. Scores
   * above 0.65 mean at most one cheap difference (a sibilant, a vowel) per name of ordinary length. A surname alone
   * against a longer name must be closer: halfway from this threshold to a pure romanization (0.8 at the default).
   */
  threshold?: number;
}

/** Default of {@link MatchNamesOptions.threshold}. */
export const DEFAULT_NAME_THRESHOLD = 0.65;

/**
 * Threshold for two names that context already pairs: they stand in the same slot of aligned sentences
 * ("captured the town of X"). One full consonant change is then plausibly a misspelling (Zhovkva/Zholkva);
 * two are not (Bakhrovsk/Pokrovsk stays `different`). On the name-variant benchmark it trades precision 1.00
 * for 0.97 and recall 0.98 for 0.99, so use it only with that context, and say so in the finding.
 */
export const ALIGNED_SLOT_NAME_THRESHOLD = 0.35;

// Honorifics and the article are not part of a name ("Mr. Zelensky", "the Ukraine").
const IGNORED_WORDS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'sir', 'dame', 'prof', 'the']);

// Detectors ask about the same names over and over (every report repeats them); the per-name split and what a
// comparison needs of each word are pure, so they are remembered, in bounded caches as the stemmer's.
const CACHE_LIMIT = 20_000;
const partsOfName = new Map<string, NameParts>();
const factsOfWord = new Map<string, WordFacts>();

/** What comparisons need of one word, worked out once per word rather than once per pair it is in. */
interface WordFacts {
  /** A single letter: an initial ("V."), compared by {@link initialCost}. */
  initial: boolean;
  skeleton: WordSkeleton;
  /** The cost of dropping each symbol of the skeleton. */
  gaps: number[];
  /** Cognate group of the whole word ("Mykola"), if it is a listed given name. */
  group: number | undefined;
  /** Cognate group of a listed given name the word starts with ("Mykolaiv"), and the skeleton of what follows it. */
  prefixGroup: number | undefined;
  rest: WordSkeleton | undefined;
  restGaps: number[] | undefined;
  /** Consonant symbols of the skeleton, and of the rest. */
  consonants: number;
  restConsonants: number;
  /** Blocking key of the word (see {@link nameKey}). */
  key: string;
}

/**
 * A name as comparisons see it: its words ({@link splitName}) and, once a comparison needed them, the facts of
 * each, looked up once per name, so that comparing two names looks nothing up by string.
 */
export interface NameParts {
  readonly words: readonly string[];
  facts: readonly WordFacts[] | undefined;
}

/** The facts of a word, remembered; shared, so frozen. */
function factsOf(word: string): WordFacts {
  let facts = factsOfWord.get(word);
  if (facts === undefined) {
    if (factsOfWord.size >= CACHE_LIMIT) factsOfWord.clear();
    const skeleton = Object.freeze(wordSkeleton(word));
    const group = cognateGroup(skeleton.symbols);
    const prefix = cognatePrefix(skeleton.symbols);
    // What follows a cognate name is compared as a word of its own, without the name's onset.
    const rest = prefix === undefined ? undefined : { ...skeleton, symbols: prefix.rest, onset: '' as const };
    facts = Object.freeze({
      initial: word.length === 1,
      skeleton,
      gaps: gapCosts(skeleton),
      group,
      prefixGroup: prefix?.group,
      rest,
      restGaps: rest === undefined ? undefined : gapCosts(rest),
      consonants: consonantCount(skeleton),
      restConsonants: rest === undefined ? 0 : consonantCount(rest),
      key: keyOfSkeleton(skeleton, group),
    });
    factsOfWord.set(word, facts);
  }
  return facts;
}

/**
 * The {@link NameParts} of a name, remembered; the words are shared, so frozen. Callers that compare one name with
 * many keep its parts and ask {@link partsDiffer}, saving a lookup per question.
 */
export function namePartsOf(name: string): NameParts {
  let parts = partsOfName.get(name);
  if (parts === undefined) {
    if (partsOfName.size >= CACHE_LIMIT) partsOfName.clear();
    parts = { words: Object.freeze(splitName(name)), facts: undefined };
    partsOfName.set(name, parts);
  }
  return parts;
}

/** The facts of every word of a name, worked out on first use: a name that is only keyed needs its last word's. */
function wordFacts(parts: NameParts): readonly WordFacts[] {
  return (parts.facts ??= Object.freeze(parts.words.map(factsOf)));
}

/** Splits a name into normalized words: script, case and diacritics folded; hyphens and punctuation split. */
function splitName(name: string): string[] {
  const folded = normalizeWord(transliterate(name));
  const words: string[] = [];
  let word = '';
  // Runs of word characters are sliced whole, not added a character at a time.
  let from = -1;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) word += folded.slice(from, i);
    from = -1;
    // Apostrophes join (O'Brien, Mar'ianivka); everything else separates.
    if (c !== APOSTROPHE) {
      if (word.length > 0) words.push(word);
      word = '';
    }
  }
  if (from >= 0) word += folded.slice(from);
  if (word.length > 0) words.push(word);
  const kept = words.filter((w) => !IGNORED_WORDS.has(w));
  return kept.length > 0 ? kept : words;
}

const APOSTROPHE = 39;

/** The score of two words that differ only by romanization: the best that is not `exact`. */
const ROMANIZATION_SCORE = 0.95;

/** 0.95 for a pure romanization difference, falling linearly: a word that uses up its allowance scores 0.65. */
function wordScore(cost: number, allowance: number): number {
  return Math.max(0, ROMANIZATION_SCORE - (0.3 * cost) / allowance);
}

/**
 * The {@link wordScore} of two words, by their facts. A word that scores below `floor` (`-Infinity` for the
 * exact score) may get another score below it: its distance is not worked out past what the floor allows.
 */
function compareWords(fa: WordFacts, fb: WordFacts, floor: number): number {
  const sa = fa.skeleton;
  const sb = fb.skeleton;
  const allowance = distanceAllowance(Math.max(sa.symbols.length, sb.symbols.length));
  if (fa.initial || fb.initial) return wordScore(initialCost(fa.initial ? sa : sb, fa.initial ? sb : sa), allowance);
  // One word (its facts are shared): every edit costs something, so the distance of a skeleton to itself is 0.
  if (fa === fb) return wordScore(0, allowance);
  if (fa.group !== undefined && fa.group === fb.group) return wordScore(0, allowance);
  const limit = costLimit(floor, allowance);
  if (fa.prefixGroup !== undefined && fa.prefixGroup === fb.prefixGroup) {
    // Compare what follows the cognate names: "-iv" and "-ev" in Mykolaiv/Nikolayev.
    return wordScore(skeletonDistanceUpTo(fa.rest!, fa.restGaps!, fb.rest!, fb.restGaps!, limit), allowance);
  }
  return wordScore(skeletonDistanceUpTo(sa, fa.gaps, sb, fb.gaps, limit), allowance);
}

/**
 * The highest cost whose {@link wordScore} can still reach `floor`, a little above it so that rounding errors never
 * put a reachable score beyond it (costs are multiples of a quarter); any cost when no score is below the floor.
 */
function costLimit(floor: number, allowance: number): number {
  return floor <= 0 ? Infinity : ((ROMANIZATION_SCORE - floor) * allowance) / 0.3 + 1e-9;
}

/** An initial ("V.") stands for a word whose skeleton starts with the same symbol. */
function initialCost(initial: WordSkeleton, word: WordSkeleton): number {
  const first = initial.symbols.charAt(0);
  return first !== '' && first !== SKELETON_VOWEL && first === word.symbols.charAt(0) ? 0 : 1;
}

/**
 * The least score of the last word of a shorter name against the last word of a longer one (a short form:
 * "Zelenskyy" of "Volodymyr Zelensky") at a name `threshold`: half as far from a romanization as the threshold
 * lets two names of as many words be, that is half their cost. At the default 0.8: a dropped final -o, not a vowel
 * or a sibilant. Callers that join short forms word by word ask their words at this threshold.
 */
export function shortFormThreshold(threshold: number = DEFAULT_NAME_THRESHOLD): number {
  return (ROMANIZATION_SCORE + threshold) / 2;
}

/**
 * Compares word lists of different lengths: the last words (surnames, or the head of a place name) must match
 * closely ({@link shortFormThreshold} of the name threshold), and every other word of the shorter name must match
 * a word of the longer one, in order. Extra words of the longer name (a first or middle name) cost nothing:
 * "Zelensky" is a variant of "Volodymyr Zelensky".
 */
function compareWordLists(shorter: readonly WordFacts[], longer: readonly WordFacts[], threshold: number, floor: number): number {
  let score = compareWords(shorter[shorter.length - 1]!, longer[longer.length - 1]!, floor);
  // A lone surname meets the last words of many longer names, so a respelling must be closer than between two
  // names of as many words: at the full allowance, "Gaza" was a short form of "White House".
  if (score < shortFormThreshold(threshold) - ROUNDING_MARGIN) return 0;
  // Below the floor the name is decided, and the words' scores need not be exact: stop.
  if (score < floor) return score;
  let from = 0;
  for (let i = 0; i < shorter.length - 1; i++) {
    let best = -1;
    let bestAt = -1;
    for (let j = from; j < longer.length - 1; j++) {
      const s = compareWords(shorter[i]!, longer[j]!, floor);
      if (s > best) {
        best = s;
        bestAt = j;
      }
    }
    if (bestAt < 0) return 0;
    // A best word below the floor may not be the one exact scores would choose, but the name is decided.
    if (best < floor) return best;
    score = Math.min(score, best);
    from = bestAt + 1;
  }
  return score;
}

/**
 * Decides whether two names are the same name spelled differently.
 *
 * Both names are transliterated (Cyrillic → Latin), lower-cased and stripped of diacritics, punctuation and
 * honorifics (Mr., Dr., Sir). Equal forms are `exact`. Otherwise each word is folded to a romanization
 * skeleton (`wordSkeleton`: kh/h/g, zh, ch/tch, sh, shch/sch, ts/c, every vowel run) and the skeletons
 * are compared by a weighted edit distance in which swapped sibilants and dropped vowels are cheap and any
 * other consonant change is expensive; endings are compared by class (-iy/-yi/-y alike; -a vs -y not).
 * Ukrainian and Russian cognate given names (Mykola/Nikolai, Pavlo/Pavel) are joined by a small table.
 *
 * A surname alone vs a full name is a `variant` when the surnames match closely ("Zelensky" / "Volodymyr
 * Zelenskyy", not "Gaza" / "White House"); initials match the given names they stand for ("V. Zelensky"), never a
 * surname ("U.S." / "Starmer"). Linear in the number of words for names of ordinary length; each word comparison
 * is quadratic in a bounded word length.
 *
 * @example matchNames('Kharkiv', 'Kharkov')            // { match: 'variant', score: 0.95 }
 * @example matchNames('Зеленський', 'Zelenskyy')       // { match: 'variant', … }
 * @example matchNames('Mr. Zelensky', 'zelensky')      // { match: 'exact', score: 1 }
 * @example matchNames('Pokrovsk', 'Pokrov')            // { match: 'different', … }
 * @example matchNames('Obukhiv', 'Orikhiv')            // { match: 'different', … }
 */
export function matchNames(a: string, b: string, options?: MatchNamesOptions): NameMatch {
  return matchParts(namePartsOf(a), namePartsOf(b), options?.threshold ?? DEFAULT_NAME_THRESHOLD);
}

/** {@link matchNames} of two names by their {@link namePartsOf}: the same verdict. */
export function matchParts(a: NameParts, b: NameParts, threshold: number = DEFAULT_NAME_THRESHOLD): NameMatch {
  return scoreParts(a, b, threshold, -Infinity);
}

/** A word score this far below a threshold stays below it once the name's score is rounded to three decimals. */
const ROUNDING_MARGIN = 0.001;

/**
 * {@link matchParts}' verdict on two names, and its score when they are `exact` or a `variant`; the score of
 * `different` names need not be theirs. Word distances are worked out only as far as the verdict needs, and the
 * words after one that decides it are not compared: for callers that need a score only of variants.
 */
export function decideParts(a: NameParts, b: NameParts, threshold: number = DEFAULT_NAME_THRESHOLD): NameMatch {
  return scoreParts(a, b, threshold, threshold - ROUNDING_MARGIN);
}

/**
 * The verdict and score of two names; word scores below `floor` need not be exact (see {@link compareWords}), and
 * once one is below it, the name is decided. One function serves both callers, so that it is compiled once.
 */
function scoreParts(a: NameParts, b: NameParts, threshold: number, floor: number): NameMatch {
  if (a.words.length === 0 || b.words.length === 0) return { match: 'different', score: 0 };
  if (sameWords(a.words, b.words)) return { match: 'exact', score: 1 };
  const fa = wordFacts(a);
  const fb = wordFacts(b);
  // Every word must be a spelling of its counterpart: the name scores as its weakest word.
  let raw = 1;
  if (initialForSurname(fa[fa.length - 1]!, fb[fb.length - 1]!)) raw = 0;
  else if (fa.length === fb.length) {
    for (let i = 0; i < fa.length && raw >= floor; i++) raw = Math.min(raw, compareWords(fa[i]!, fb[i]!, floor));
  } else {
    raw = fa.length < fb.length ? compareWordLists(fa, fb, threshold, floor) : compareWordLists(fb, fa, threshold, floor);
  }
  const score = Math.round(raw * 1000) / 1000;
  return { match: score >= threshold ? 'variant' : 'different', score };
}

/**
 * One last word is an initial and the other is not. An initial stands for a given name ("V. Zelensky"), never
 * for the surname or the head of a place name: "U.S." is not a short form of "Starmer".
 */
function initialForSurname(lastA: WordFacts, lastB: WordFacts): boolean {
  return lastA.initial !== lastB.initial;
}

/** Equal word lists (words never hold a space, so this is equality of the names written with single spaces). */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Exactly `matchNames(a, b, { threshold }).match === 'different'`, usually without the edit distance: for callers
 * that need the verdict alone and ask it of many pairs that are plainly two names.
 */
export function differentNames(a: string, b: string, threshold: number = DEFAULT_NAME_THRESHOLD): boolean {
  return partsDiffer(namePartsOf(a), namePartsOf(b), threshold);
}

/** {@link differentNames} of two names by their {@link namePartsOf}: the same answer. */
export function partsDiffer(a: NameParts, b: NameParts, threshold: number = DEFAULT_NAME_THRESHOLD): boolean {
  return partsCertainlyDiffer(a, b, threshold) || decideParts(a, b, threshold).match === 'different';
}

/**
 * True when {@link matchNames} must find the names (by their {@link namePartsOf}) different: a word it compares
 * (each word with its counterpart, or the last words, which every comparison of names of different lengths
 * includes) scores below the threshold whatever its edit distance, by a lower bound of the distance. False when
 * unsure: then ask {@link matchNames}.
 */
export function partsCertainlyDiffer(a: NameParts, b: NameParts, threshold: number = DEFAULT_NAME_THRESHOLD): boolean {
  const na = a.words.length;
  const nb = b.words.length;
  if (na === 0 || nb === 0) return true;
  if (sameWords(a.words, b.words)) return false;
  const fa = wordFacts(a);
  const fb = wordFacts(b);
  if (na !== nb) return wordCertainlyBelow(fa[na - 1]!, fb[nb - 1]!, threshold);
  for (let i = 0; i < na; i++) if (wordCertainlyBelow(fa[i]!, fb[i]!, threshold)) return true;
  return false;
}

/** The word score ({@link compareWords}) is surely below the threshold, rounding included. */
function wordCertainlyBelow(fa: WordFacts, fb: WordFacts, threshold: number): boolean {
  // Initials and cognate given names have costs of their own.
  if (fa.initial || fb.initial) return false;
  if (fa.group !== undefined && fa.group === fb.group) return false;
  const cognate = fa.prefixGroup !== undefined && fa.prefixGroup === fb.prefixGroup;
  const bound = cognate
    ? skeletonDistanceLowerBound(fa.rest!, fb.rest!, fa.restConsonants, fb.restConsonants)
    : skeletonDistanceLowerBound(fa.skeleton, fb.skeleton, fa.consonants, fb.consonants);
  const allowance = distanceAllowance(Math.max(fa.skeleton.symbols.length, fb.skeleton.symbols.length));
  // The name's score is at most this word's, and is rounded to three decimals: keep clear of the threshold.
  return wordScore(bound, allowance) < threshold - ROUNDING_MARGIN;
}

function keyOfSkeleton(skeleton: WordSkeleton, group: number | undefined): string {
  if (group !== undefined) return `#${group}`;
  // Without vowels and with all sibilants as one, most spellings of a name meet: a coarse key for blocking.
  let key = '';
  for (const symbol of skeleton.symbols) {
    if (symbol === SKELETON_VOWEL) continue;
    const folded = 'szZSQcCJ'.includes(symbol) ? 's' : symbol;
    if (key.charAt(key.length - 1) !== folded) key += folded;
  }
  return key.length > 0 ? key : 'V';
}

/** The blocking key of a name's last word (of the empty word when the name has none). */
function lastKey(parts: NameParts): string {
  return factsOf(parts.words[parts.words.length - 1] ?? '').key;
}

/**
 * A coarse, romanization-folded key of a name: its last word without vowels and with all sibilants alike
 * ("Kharkiv", "Kharkov", "Харків" → `Hrkv`; "Volodymyr Zelensky" and "Zelensky" → `zlnsk`). Spellings of one
 * name usually share it, so detectors compare only names with equal keys instead of every pair; names with
 * equal keys still need {@link matchNames} (Hrebinka and Hrebinky share a key).
 *
 * @example nameKey('Vovchansk') === nameKey('Vovshansk') // true
 */
export function nameKey(name: string): string {
  return lastKey(namePartsOf(name));
}

/**
 * All blocking keys of a name: {@link nameKey} plus the key of the first word when the name has several
 * (so "Kharkiv Oblast" can meet "Kharkov region" through `Hrkv`). Index a name under each key.
 */
export function nameKeys(name: string): string[] {
  const parts = namePartsOf(name);
  const keys = [lastKey(parts)];
  if (parts.words.length > 1) {
    const first = factsOf(parts.words[0]!).key;
    if (first !== keys[0]) keys.push(first);
  }
  return keys;
}
