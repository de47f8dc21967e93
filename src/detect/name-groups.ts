import { matchNames } from '../mentions/match-names.js';

/**
 * True when two normalized names can denote one person or place: the same name, a spelling variant, or a short
 * form ("zelensky" of "volodymyr zelensky": every word of the shorter one matches a word of the longer one).
 */
export function sameReferent(a: string, b: string, isAlias: (a: string, b: string) => boolean): boolean {
  if (a === b || isAlias(a, b) || sameRoot(a, b) || abbreviates(a, b) || abbreviates(b, a)) return true;
  if (matchNames(a, b).match !== 'different') return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length === wb.length) return false;
  const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.some((l) => l === w || matchNames(w, l).match !== 'different'));
}

/** Shortest shared beginning for a place and its adjective to count as one root ("ukrain-e", "ukrain-ian"). */
const MIN_ROOT = 5;

/**
 * A place and its demonym or adjective share a root: Ukraine/Ukrainian, Europe/European, Russia/Russian, Kremlin/
 * Kremlin's. Single words only, and the shared beginning must cover most of the shorter word.
 */
export function sameRoot(a: string, b: string): boolean {
  if (a.includes(' ') || b.includes(' ')) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i >= MIN_ROOT && i >= Math.min(a.length, b.length) - 1;
}

/** Longest abbreviation or acronym considered: "tex", "nh", "us", "unesco" are abbreviations, longer words are not. */
const MAX_ABBREVIATION = 6;

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
