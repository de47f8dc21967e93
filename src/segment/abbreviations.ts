/**
 * Word lists for sentence boundaries: abbreviations that never end a sentence, abbreviations that may, and
 * words that clearly open a new sentence. All entries are lower case, without their final period.
 * @module
 */
import { isDigit, isLetter } from '../text/chars.js';

/**
 * Abbreviations written before a name, a number or a place ("Mr. Perry", "Gen. Smith", "No. 5", "Jan. 20",
 * "St. Louis"): a period after them is never a sentence end when a capital or a digit follows.
 */
const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Honorifics and titles.
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'drs', 'prof', 'rev', 'hon', 'pres', 'supt', 'atty', 'gov',
  'govs', 'sen', 'sens', 'rep', 'reps', 'amb', 'sec', 'secy', 'insp', 'det', 'fr',
  // Military ranks.
  'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'cdr', 'sgt', 'adm', 'cpl', 'pvt', 'brig', 'spc', 'ens',
  // Places and references written before a name or a number.
  'st', 'ste', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'vol', 'fig', 'ch', 'art', 'pp', 'approx',
  // Months, which are followed by a day number.
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Abbreviations that often close a sentence too ("… a unit of Acme Inc. The company …", "… in Phoenix, Ariz.
 * The …"): a period after them ends a sentence only when a clear sentence opener follows. Dotted abbreviations
 * ("U.S.", "D.C.", "e.g.") and single initials ("F.") get the same treatment without being listed.
 */
const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'cos', 'ltd', 'llc', 'plc', 'bros', 'esq', 'jr', 'sr', 'al', 'dept', 'univ', 'assn', 'natl', 'intl',
  // US state abbreviations of the AP style, which close datelines and sentences alike.
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va',
  'vt', 'wash', 'wis', 'wyo',
]);

/**
 * Words that open sentences far more often than they continue a name: after an ambiguous abbreviation or an
 * ellipsis, a capitalized word from this list starts a new sentence ("… the U.S. The talks …"), any other
 * capitalized word continues the sentence ("U.S. Senate", "D.C. Shooting", "J.R.R. Tolkien").
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we',
  'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'one', 'some', 'many', 'most', 'several', 'few',
  'all', 'both', 'each', 'every', 'everyone', 'nobody', 'nothing', 'no', 'none', 'not', 'such', 'other',
  'but', 'and', 'or', 'so', 'yet', 'still', 'also', 'then', 'now', 'thus', 'instead', 'however', 'meanwhile',
  'moreover', 'indeed', 'even', 'only', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'of', 'after',
  'before', 'during', 'since', 'until', 'when', 'while', 'as', 'if', 'although', 'though', 'because',
  'what', 'who', 'why', 'how', 'where', 'which', 'according', 'asked', 'earlier', 'later', 'last', 'today',
  'yesterday', 'tomorrow', 'let', 'please', 'yes', 'well',
]);

/**
 * Verbs of attribution: a quoted sentence followed by a name and one of these ("“Why not?” Trump asked.")
 * is one sentence.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'asked', 'asks', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'replied',
  'replies', 'continued', 'declared', 'stated', 'insisted', 'explained', 'noted', 'recalled', 'shouted',
  'responded', 'answered', 'joked', 'warned', 'argued', 'posted', 'exclaimed', 'quipped', 'concluded',
]);

/** Length of the longest abbreviation of the built-in lists. */
const LONGEST_LISTED = Math.max(...[...NON_TERMINAL_ABBREVIATIONS, ...AMBIGUOUS_ABBREVIATIONS].map((word) => word.length));

/** Non-terminal abbreviations that are written in lower case; every other one must be capitalized ("No." but not "no."). */
const LOWER_CASE_NON_TERMINAL: ReadonlySet<string> = new Set(['vs', 'v', 'pp', 'approx']);

/** How a period after a word bears on a sentence end. */
export type AbbreviationKind = 'non-terminal' | 'ambiguous' | 'none';

/**
 * Classifies the word written right before a period (without that period): `non-terminal` for titles, months
 * and the caller's extra abbreviations; `ambiguous` for company suffixes, state names, dotted abbreviations
 * ("U.S", "e.g", "J.R.R") and single initials; `none` for ordinary words and numbers.
 * Ordinary words that double as abbreviations ("no", "art") count only when capitalized.
 */
export function abbreviationKind(word: string, extra: ReadonlySet<string>): AbbreviationKind {
  if (word === '') return 'none';
  // Most words before a period are ordinary words longer than any listed abbreviation: without a period inside
  // (no dotted abbreviation) and no extra abbreviation to look up, they are none. Lower-casing never shortens.
  if (word.length > LONGEST_LISTED && extra.size === 0 && !word.includes('.')) return 'none';
  const lower = word.toLowerCase();
  if (extra.has(lower)) return 'non-terminal';
  const first = word.charAt(0);
  const capitalized = first !== first.toLowerCase();
  if (NON_TERMINAL_ABBREVIATIONS.has(lower) && (capitalized || LOWER_CASE_NON_TERMINAL.has(lower))) return 'non-terminal';
  if (AMBIGUOUS_ABBREVIATIONS.has(lower)) return 'ambiguous';
  if (isDottedAbbreviation(word)) return 'ambiguous';
  // A single capital letter is an initial ("John F. Kennedy").
  if (word.length === 1 && capitalized) return 'ambiguous';
  return 'none';
}

/** Longest word looked at before a period: abbreviations are short, and the bound keeps scans linear. */
const MAX_WORD_LOOKBACK = 40;

/**
 * The letters, digits and periods written right before the mark at `markAt` ("Mr", "U.S", "2.5"; "" after a
 * quote or a bracket), for {@link abbreviationKind}.
 */
export function wordBeforeMark(text: string, markAt: number): string {
  let s = markAt;
  const floor = Math.max(0, markAt - MAX_WORD_LOOKBACK);
  while (s > floor) {
    const ch = text.charAt(s - 1);
    if (ch === '.' || isLetter(ch) || isDigit(ch)) s--;
    else break;
  }
  return text.slice(s, markAt);
}

/** "U.S", "e.g", "Ph.D", "G.O.P": letter groups of one to three letters joined by periods. */
function isDottedAbbreviation(word: string): boolean {
  let groupLength = 0;
  let groups = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    if (ch === '.') {
      if (groupLength === 0) return false;
      groups++;
      groupLength = 0;
    } else if (ch.toLowerCase() !== ch.toUpperCase()) {
      groupLength++;
      if (groupLength > 3) return false;
    } else {
      return false;
    }
  }
  return groupLength > 0 && groups >= 1;
}
