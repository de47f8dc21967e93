/**
 * Given names whose Ukrainian and Russian (or English) forms differ by more than romanization
 * (Mykola/Nikolai, Pavlo/Pavel): cognates that no spelling rule can join.
 * @module
 */
import { wordSkeleton } from '../text/transliterate.js';

// One line per name; any spelling with the same skeleton as a listed one joins the group, so
// "Nikolay", "Nicolai" and "Mykola" all meet without being listed.
const COGNATES: readonly string[] = [
  'mykola nikolai',
  'mykyta nikita',
  'pavlo pavel',
  'petro pyotr petr',
  'pylyp filipp philip',
  'kyrylo kirill',
  'hanna anna',
  'yosyp iosif osip',
  'mykhailo mikhail',
  'oleksandr aleksandr',
  'heorhii georgy',
];

/** Skeletons of the listed names, longest first, for prefix lookups. */
const LISTED: readonly (readonly [string, number])[] = COGNATES.flatMap((line, group) =>
  line.split(' ').map((name) => [wordSkeleton(name).symbols, group] as const),
).sort((x, y) => y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1));

const GROUP_OF: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  COGNATES.forEach((line, group) => {
    for (const name of line.split(' ')) map.set(wordSkeleton(name).symbols, group);
  });
  return map;
})();

/**
 * Number of the cognate group of a one-word given name, looked up by its skeleton
 * ({@link wordSkeleton}`(word).symbols`), or `undefined` when the name has no listed cognates.
 *
 * @example cognateGroup(wordSkeleton('Mykola').symbols) === cognateGroup(wordSkeleton('Nikolay').symbols) // true
 */
export function cognateGroup(skeleton: string): number | undefined {
  return GROUP_OF.get(skeleton);
}

/**
 * The cognate group of a given name that a word's skeleton starts with, and the rest of the skeleton: places
 * named after people carry the name's cognates too (Mykolaiv/Nikolayev: Mykola/Nikolai + "-iv"/"-ev").
 * The rest must be non-empty; `undefined` when no listed name starts the word.
 *
 * @example cognatePrefix(wordSkeleton('Mykolaiv').symbols) // { group: 0, rest: 'v' }
 */
export function cognatePrefix(skeleton: string): { group: number; rest: string } | undefined {
  for (const [name, group] of LISTED) {
    if (skeleton.length > name.length && skeleton.startsWith(name)) return { group, rest: skeleton.slice(name.length) };
  }
  return undefined;
}
