import { matchNames, nameKey } from '../mentions/match-names.js';
import { pushTo, UnionFind } from '../collections.js';

/** Shortest name that spelling variants are looked for in. */
const MIN_SPELLED = 3;

/**
 * True when two normalized names can denote one person or place: the same name, a spelling variant, or a short
 * form ("zelensky" of "volodymyr zelensky": every word of the shorter one matches a word of the longer one).
 */
export function sameReferent(a: string, b: string, isAlias: (a: string, b: string) => boolean): boolean {
  if (a === b || isAlias(a, b) || sameRoot(a, b) || abbreviates(a, b) || abbreviates(b, a)) return true;
  // Too short to be respelled: one or two letters ("X" the platform) are the same name only when equal.
  if (Math.min(a.length, b.length) < MIN_SPELLED) return false;
  if (matchNames(a, b).match !== 'different') return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length === wb.length) return false;
  const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.some((l) => l === w || matchNames(w, l).match !== 'different'));
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
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const bases = /[aeiouy]$/.test(short) ? [short, short.slice(0, -1)] : [short];
  return bases.some((base) => base.length >= MIN_ROOT && long.startsWith(base) && DERIVED_ENDINGS.has(long.slice(base.length)));
}

/** Longest abbreviation or acronym considered: "tex", "nh", "us", "unesco" are abbreviations, longer words are not. */
export const MAX_ABBREVIATION = 6;

/**
 * `short` abbreviates `long`: a clipped word ("tex" of "texas", "calif" of "california") or the initials of a
 * multi-word name ("nh" of "new hampshire", "us" of "united states"). Names are normalized, periods dropped.
 */
function abbreviates(short: string, long: string): boolean {
  if (short.includes(' ') || short.length > MAX_ABBREVIATION || short.length >= long.length) return false;
  const words = long.split(' ');
  if (words.length === 1) return short.length >= 3 && long.startsWith(short);
  return words.map((w) => w.charAt(0)).join('') === short;
}

/**
 * Names of one person or place written differently across reports ("Kaia Kallas", "Kaja Kallas"), each mapped to
 * its group's representative (the alphabetically first spelling). Only names sharing a {@link nameKey} are
 * compared, and joined when {@link matchNames} does not call them different.
 */
export function groupSameNames(names: readonly string[]): Map<string, string> {
  const sorted = [...new Set(names)].sort();
  const sets = new UnionFind(sorted.length);
  const byKey = new Map<string, number[]>();
  sorted.forEach((name, i) => {
    const key = nameKey(name);
    for (const j of byKey.get(key) ?? []) if (matchNames(name, sorted[j]!).match !== 'different') sets.union(i, j);
    pushTo(byKey, key, i);
  });
  return new Map(sorted.map((name, i) => [name, sorted[sets.find(i)]!]));
}
