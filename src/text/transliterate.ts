/**
 * Transliteration of Cyrillic to Latin and a romanization-folded "skeleton" of a word, so that the many Latin
 * spellings of one Ukrainian or Russian name (Kharkiv/Kharkov, Halych/Galich, Zelenskyy/Zelensky) meet.
 * @module
 */
import { normalizeWord } from './normalize.js';
import { wordTable } from './word-table.js';

// Ukrainian national romanization for the Ukrainian letters, the common Russian one for the rest. Which one
// is chosen barely matters: the skeleton below folds the differences (г h/g, и y/i) away.
const CYRILLIC: Record<string, string> = wordTable({
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'h', 'ґ': 'g', 'д': 'd', 'е': 'e', 'є': 'ye', 'ж': 'zh', 'з': 'z',
  'и': 'y', 'і': 'i', 'ї': 'yi', 'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p',
  'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch',
  'ь': '', 'ъ': '', 'ю': 'yu', 'я': 'ya', 'ы': 'y', 'э': 'e', 'ё': 'yo', 'ў': 'u', 'ј': 'j',
});

/**
 * Writes Cyrillic letters in Latin (Ukrainian national system, Russian letters in their common romanization);
 * other characters pass unchanged. Upper case becomes lower case only for the transliterated letters.
 *
 * @example transliterate('Харків') // 'Kharkiv'
 */
export function transliterate(text: string): string {
  if (!hasCyrillic(text)) return text;
  let out = '';
  let afterLetter = false;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    // Like є, ю, я, the letter й is written with "y" at the start of a word and "i" inside it (Zelenskyi).
    const latin = lower === 'й' && afterLetter ? 'i' : CYRILLIC[lower];
    afterLetter = lower !== ch.toUpperCase() || ch !== lower;
    if (latin === undefined) out += ch;
    else if (lower !== ch && latin.length > 0) out += latin.charAt(0).toUpperCase() + latin.slice(1);
    else out += latin;
  }
  return out;
}

/** Whether any character is in the Cyrillic block, the only one {@link transliterate} changes. */
function hasCyrillic(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x400 && code <= 0x4ff) return true;
  }
  return false;
}

/**
 * Symbols of a skeleton. Vowel runs (with the glides y, i, j) collapse to `V`; consonants keep one lower-case
 * letter, and the sounds romanizations spell in several ways get one symbol each:
 * `H` kh/h/g/gh, `Z` zh, `S` sh, `Q` shch/sch, `C` ch/tch/tsch, `c` ts/tz/c (before e, i, y), `J` dzh/j, `v` v/w/f.
 */
export const SKELETON_VOWEL = 'V';

/** Sibilants and affricates that romanizations (and typists) confuse: substituting one for another is cheap. */
export const SIBILANTS: ReadonlySet<string> = new Set(['s', 'z', 'Z', 'S', 'Q', 'c', 'C', 'J']);

/** How a word ends: in no vowel, or in an `a`-like, `e`/`o`-like, `i`/`y`-like or `u`-like vowel run. */
export type WordEnding = '' | 'A' | 'E' | 'I' | 'U';

/** The romanization-folded form of one word. */
export interface WordSkeleton {
  /** Symbols (see {@link SKELETON_VOWEL}); "Kharkiv" and "Kharkov" both give `HVrkVv`. */
  symbols: string;
  /** Class of the final vowel run: Ukrainian -yi/-iy/-y all give `I`, -a/-ia/-aya give `A`, -e/-o/-oye give `E`. */
  ending: WordEnding;
  /** The last two consonant symbols before the final vowel run ("sk" in Shakhtarske). */
  stemTail: string;
  /** Class of the vowel run the word starts with, like {@link WordSkeleton.ending} ("" when it starts with a consonant). */
  onset: WordEnding;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

// Longest spellings first: at each position the first that matches wins.
const CLUSTERS: readonly (readonly [string, string])[] = [
  ['shtch', 'Q'], ['tsch', 'C'], ['shch', 'Q'], ['dzh', 'J'], ['sch', 'Q'], ['tch', 'C'],
  ['zh', 'Z'], ['kh', 'H'], ['gh', 'H'], ['ch', 'C'], ['sh', 'S'], ['ts', 'c'], ['tz', 'c'],
  ['ph', 'v'], ['th', 't'], ['ck', 'k'], ['qu', 'kv'],
];
// The same list as two flat arrays, read with an index: skeletons are made for every distinct name word of a
// comparison, mostly before the engine has optimized this code, where destructuring a tuple per test costs much.
const CLUSTER_SPELLINGS: readonly string[] = CLUSTERS.map(([spelling]) => spelling);
const CLUSTER_SYMBOLS: readonly string[] = CLUSTERS.map(([, symbol]) => symbol);
const CLUSTER_FIRST_LETTERS = new Set(CLUSTER_SPELLINGS.map((spelling) => spelling.charAt(0)));

/** The cluster spelled at `i` in `w`, as its index in {@link CLUSTERS}, or -1. */
function clusterAt(w: string, i: number): number {
  if (!CLUSTER_FIRST_LETTERS.has(w.charAt(i))) return -1;
  for (let k = 0; k < CLUSTER_SPELLINGS.length; k++) {
    if (w.startsWith(CLUSTER_SPELLINGS[k]!, i)) return k;
  }
  return -1;
}

/** `symbols` with `added` appended, a doubled symbol written once: doubled consonants are one sound (Odessa/Odesa, Zaporizhzhia/Zaporizhia). */
function appendSymbols(symbols: string, added: string): string {
  let out = symbols;
  for (let k = 0; k < added.length; k++) {
    const ch = added.charAt(k);
    if (out.charAt(out.length - 1) !== ch) out += ch;
  }
  return out;
}

const SINGLE: Record<string, string> = wordTable({ h: 'H', g: 'H', w: 'v', f: 'v', q: 'k', x: 'ks' });

function endingOf(run: string): WordEnding {
  const last = run.charAt(run.length - 1);
  if (last === 'a') return 'A';
  if (last === 'e' || last === 'o') return 'E';
  if (last === 'u') return 'U';
  return 'I';
}

/**
 * Folds one word to its romanization skeleton. Input may be in any case, with diacritics or in Cyrillic.
 * Linear in the length of the word.
 *
 * @example wordSkeleton('Zelenskyy').symbols === wordSkeleton('Zelensky').symbols // true
 * @example wordSkeleton('Halych').symbols === wordSkeleton('Galich').symbols     // true
 */
export function wordSkeleton(word: string): WordSkeleton {
  const w = normalizeWord(transliterate(word));
  let symbols = '';
  let vowelRun = '';
  let ending: WordEnding = '';
  let onset: WordEnding = '';
  let i = 0;
  while (i < w.length) {
    const ch = w.charAt(i);
    const prevIsVowel = vowelRun.length > 0;
    // "j" after a vowel is a glide (Ukrajina); elsewhere it is the English/Ukrainian "dzh" (Jankoy/Dzhankoi).
    if (VOWELS.has(ch) || (ch === 'j' && prevIsVowel)) {
      if (!prevIsVowel) symbols = appendSymbols(symbols, SKELETON_VOWEL);
      vowelRun += ch;
      i += 1;
      continue;
    }
    if (ch < 'a' || ch > 'z') {
      // Apostrophes, soft signs and anything unromanizable are silent.
      i += 1;
      continue;
    }
    if (vowelRun.length > 0 && symbols === SKELETON_VOWEL) onset = endingOf(vowelRun);
    vowelRun = '';
    const cluster = clusterAt(w, i);
    if (cluster >= 0) {
      symbols = appendSymbols(symbols, CLUSTER_SYMBOLS[cluster]!);
      i += CLUSTER_SPELLINGS[cluster]!.length;
      continue;
    }
    if (ch === 'c') symbols = appendSymbols(symbols, VOWELS.has(w.charAt(i + 1)) && 'eiy'.includes(w.charAt(i + 1)) ? 'c' : 'k');
    else if (ch === 'j') symbols = appendSymbols(symbols, 'J');
    else symbols = appendSymbols(symbols, SINGLE[ch] ?? ch);
    i += 1;
  }
  if (vowelRun.length > 0) ending = endingOf(vowelRun);
  const consonants = symbols.replaceAll(SKELETON_VOWEL, '');
  return { symbols, ending, stemTail: consonants.slice(-2), onset };
}
