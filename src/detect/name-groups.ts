import { differentNames, nameKey, namePartsOf, partsDiffer, shortFormThreshold, type NameParts } from '../mentions/match-names.js';
import { pushTo, UnionFind } from '../collections.js';

/** Shortest name that spelling variants are looked for in. */
const MIN_SPELLED = 3;

/** What {@link sameReferent} needs of a normalized name besides the name: computed once per name by callers that ask about it often. */
export interface NameShape {
  norm: string;
  /** The name split at spaces. */
  words: string[];
  /** First letters of the words ("nh" of "new hampshire"). */
  initials: string;
}

/** The {@link NameShape} of a normalized name. */
export function nameShape(norm: string): NameShape {
  const words = norm.split(' ');
  let initials = '';
  for (const w of words) initials += w.charAt(0);
  return { norm, words, initials };
}

/** The threshold at which the words of a short form are compared ({@link shortFormThreshold} of the default). */
export const SHORT_FORM_THRESHOLD = shortFormThreshold();

/**
 * True when two normalized names can denote one person or place: the same name, a spelling variant, or a short
 * form ("zelensky" of "volodymyr zelensky": every word of the shorter one matches a word of the longer one). The
 * plain form of {@link sameReferentOfParts}, which the referent index asks with what it keeps of each name.
 */
export function sameReferent(a: string, b: string, isAlias: (a: string, b: string) => boolean): boolean {
  const x = nameShape(a);
  const y = nameShape(b);
  return isAlias(a, b) || sameReferentOfParts(x, namePartsOf(a), y, namePartsOf(b), (s, i, l, j) => differentNames(s.words[i]!, l.words[j]!, SHORT_FORM_THRESHOLD));
}

/**
 * {@link sameReferent} of two names whose shapes and {@link namePartsOf} the caller keeps (it asks about each name
 * many times), without declared aliases (the caller joins those itself): the same answer otherwise. Words are
 * named to `wordsDiffer` by position (word `i` of `short`, word `j` of `long`), so a caller that numbers words can
 * remember answers by number; it must answer as `differentNames` at {@link SHORT_FORM_THRESHOLD}.
 */
export function sameReferentOfParts<S extends NameShape>(
  x: S,
  xParts: NameParts,
  y: S,
  yParts: NameParts,
  wordsDiffer: (short: S, i: number, long: S, j: number) => boolean,
): boolean {
  const a = x.norm;
  const b = y.norm;
  if (a === b || sameRoot(a, b) || abbreviates(x, y) || abbreviates(y, x)) return true;
  // Too short to be respelled: one or two letters ("X" the platform) are the same name only when equal.
  if (Math.min(a.length, b.length) < MIN_SPELLED) return false;
  const sameLength = x.words.length === y.words.length;
  const short = x.words.length < y.words.length ? x : y;
  const long = short === x ? y : x;
  // A short form that repeats words of the long name ("trump" of "president donald trump") is one name whatever
  // the spellings say: asked first, it spares the comparison of the names.
  if (!sameLength && wordsWithin(short.words, long.words)) return true;
  if (!partsDiffer(xParts, yParts)) return true;
  if (sameLength) return false;
  // Every word of the short name is a word of the long one, or a spelling of one (the words themselves first).
  for (let i = 0; i < short.words.length; i++) {
    if (long.words.includes(short.words[i]!)) continue;
    let found = false;
    for (let j = 0; j < long.words.length && !found; j++) found = !wordsDiffer(short, i, long, j);
    if (!found) return false;
  }
  return true;
}

/** Every word of `short` is one of `long`. */
function wordsWithin(short: readonly string[], long: readonly string[]): boolean {
  for (let i = 0; i < short.length; i++) if (!long.includes(short[i]!)) return false;
  return true;
}

/** Endings that make an adjective, demonym or plural of a name: Ukraine/Ukrainian, Israel/Israeli, Republican/Republicans. */
const DERIVED_ENDINGS = new Set(['ian', 'ean', 'an', 'n', 'i', 'ese', 'ish', 'ic', 's', 'es', 'ans', 'ians', 'ns']);
/** Shortest stem a derived form may be built on. */
export const MIN_ROOT = 4;

/**
 * A name and its adjective, demonym or plural: one word is the other (less a final vowel) plus a derivational
 * ending. Respellings are not derived forms: "Witkoff"/"Witkov" and "Leavitt"/"Leavit" differ by other letters.
 */
export function sameRoot(a: string, b: string): boolean {
  if (a.includes(' ') || b.includes(' ') || a === b) return false;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  // The word itself, or the word less a final vowel ("Ukraine" → "Ukrain" + "ian").
  return derives(short, long) || (isVowelLetter(short.charCodeAt(short.length - 1)) && derives(short.slice(0, -1), long));
}

/** `long` is `base` plus a derivational ending, on a stem long enough to be a root. */
function derives(base: string, long: string): boolean {
  return base.length >= MIN_ROOT && long.startsWith(base) && DERIVED_ENDINGS.has(long.slice(base.length));
}

/** a, e, i, o, u or y, by character code. */
function isVowelLetter(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;
}

/** Longest abbreviation or acronym considered: "tex", "nh", "us", "unesco" are abbreviations, longer words are not. */
export const MAX_ABBREVIATION = 6;

/**
 * `short` abbreviates `long`: a clipped word ("tex" of "texas", "calif" of "california") or the initials of a
 * multi-word name ("nh" of "new hampshire", "us" of "united states"). Names are normalized, periods dropped.
 */
function abbreviates(short: NameShape, long: NameShape): boolean {
  if (short.words.length > 1 || short.norm.length > MAX_ABBREVIATION || short.norm.length >= long.norm.length) return false;
  if (long.words.length === 1) return short.norm.length >= 3 && long.norm.startsWith(short.norm);
  return long.initials === short.norm;
}

/**
 * Names of one person or place written differently across reports ("Kaia Kallas", "Kaja Kallas"), each mapped to
 * its group's representative (the alphabetically first spelling). Only names sharing a {@link nameKey} are
 * compared, and joined when `matchNames` does not call them different.
 */
export function groupSameNames(names: readonly string[]): Map<string, string> {
  const sorted = [...new Set(names)].sort();
  const sets = new UnionFind(sorted.length);
  const byKey = new Map<string, number[]>();
  sorted.forEach((name, i) => {
    const key = nameKey(name);
    for (const j of byKey.get(key) ?? []) if (!differentNames(name, sorted[j]!)) sets.union(i, j);
    pushTo(byKey, key, i);
  });
  return new Map(sorted.map((name, i) => [name, sorted[sets.find(i)]!]));
}

/** The names sharing one blocking key, in increasing order, and how far the pass over the names has come in them. */
interface KeyGroup {
  names: number[];
  /** Position of the next name to pass: the names before it were paired with all that follow them already. */
  next: number;
}

/**
 * Calls `visit(a, b)` once for every pair of names `a < b` (numbered 0..count-1) that share a blocking key, however
 * many keys they share: the blocking that keeps name comparisons close to linear. `keysOf` gives each name's keys
 * through `add`; a key belongs to a family (a small number), and keys of different families never meet, so they
 * need no prefix. Pairs come by their first name, in increasing order.
 */
export function forEachPairSharingKey(
  count: number,
  keysOf: (name: number, add: (family: number, key: string) => void) => void,
  visit: (a: number, b: number) => void,
): void {
  const families: Map<string, KeyGroup>[] = [];
  const groupsOf: KeyGroup[][] = [];
  for (let i = 0; i < count; i++) {
    const groups: KeyGroup[] = [];
    keysOf(i, (family, key) => {
      const byKey = (families[family] ??= new Map());
      let group = byKey.get(key);
      if (group === undefined) byKey.set(key, (group = { names: [], next: 0 }));
      // A name that gives one key twice is in its group once.
      if (group.names[group.names.length - 1] === i) return;
      group.names.push(i);
      groups.push(group);
    });
    groupsOf.push(groups);
  }
  // The name each name was last paired with as the later of two: a pair sharing several keys is visited once.
  const pairedWith = new Int32Array(count).fill(-1);
  for (let a = 0; a < count; a++) {
    for (const group of groupsOf[a]!) {
      // Names are passed in increasing order, so `a` stands at `next` and the names after it are the later ones.
      const names = group.names;
      for (let k = group.next + 1; k < names.length; k++) {
        const b = names[k]!;
        if (pairedWith[b] === a) continue;
        pairedWith[b] = a;
        visit(a, b);
      }
      group.next++;
    }
  }
}
