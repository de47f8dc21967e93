import { matchNames } from '../mentions/match-names.js';

/**
 * True when two normalized names can denote one person or place: the same name, a spelling variant, or a short
 * form ("zelensky" of "volodymyr zelensky": every word of the shorter one matches a word of the longer one).
 */
export function sameReferent(a: string, b: string, isAlias: (a: string, b: string) => boolean): boolean {
  if (a === b || isAlias(a, b)) return true;
  if (matchNames(a, b).match !== 'different') return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length === wb.length) return false;
  const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.some((l) => l === w || matchNames(w, l).match !== 'different'));
}
