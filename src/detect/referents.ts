import type { AnalyzedDocument } from '../analysis.js';
import { nameKey, nameKeys } from '../mentions/match-names.js';
import { MAX_ABBREVIATION, MIN_ROOT, nameShape, rememberedDifferentNames, sameReferentShape } from './name-groups.js';
import { pushTo, UnionFind } from '../collections.js';

/**
 * Which names of a set of reports denote one person or place: every distinct normalized name gets a referent id,
 * computed once. Two names share a referent when `sameReferent` says so (spellings, short forms, a place
 * and its adjective, abbreviations, declared aliases); only pairs that share a blocking key are asked, so the
 * work grows with the number of names, not with its square. Joined transitively.
 */
export interface ReferentIndex {
  /** Referent id of a normalized name (names not seen get their own id). */
  of(norm: string): number;
  /** True when the document names the referent of `norm` anywhere in running text. */
  uses(doc: AnalyzedDocument, norm: string): boolean;
  /** True when the document names the referent (an id {@link ReferentIndex.of} gave) anywhere in running text. */
  usesReferent(doc: AnalyzedDocument, referent: number): boolean;
}

/** Words that close a name without telling people apart. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Blocking keys of a name, one family per way two names can be one: romanization keys (spellings, short forms by
 * surname), the beginning of a single word (derived forms), and abbreviation keys that meet a short name only
 * with the names it could abbreviate (its own letters; a long word's beginnings; a long name's initials).
 */
function blockingKeys(norm: string): string[] {
  const words = norm.split(' ');
  const keys = nameKeys(norm).map((k) => `k:${k}`);
  // Every word of a longer name meets its short forms ("biden" in "joseph r biden jr"), suffixes and initials aside.
  if (words.length > 1) for (const w of words) if (w.length >= 3 && !NAME_SUFFIXES.has(w)) keys.push(`k:${nameKey(w)}`);
  if (words.length === 1) {
    if (norm.length >= MIN_ROOT) keys.push(`r:${norm.slice(0, MIN_ROOT)}`);
    if (norm.length <= MAX_ABBREVIATION) keys.push(`a:${norm}`);
    for (let n = 3; n < Math.min(norm.length, MAX_ABBREVIATION + 1); n++) keys.push(`a:${norm.slice(0, n)}`);
  } else {
    keys.push(`a:${words.map((w) => w.charAt(0)).join('')}`);
  }
  return [...new Set(keys)];
}

/** Builds the index over every name in running text of the documents, with the aliases any report declares. */
export function buildReferentIndex(documents: readonly AnalyzedDocument[], isAlias: (a: string, b: string) => boolean): ReferentIndex {
  const norms: string[] = [];
  const id = new Map<string, number>();
  const namesOf = new Map<AnalyzedDocument, Set<string>>();
  for (const doc of documents) {
    const names = new Set<string>();
    for (const s of doc.sentences) for (const n of s.names) names.add(n.norm);
    namesOf.set(doc, names);
    for (const n of names) if (!id.has(n)) id.set(n, norms.push(n) - 1);
  }
  const sets = new UnionFind(norms.length);
  const byKey = new Map<string, number[]>();
  norms.forEach((norm, i) => {
    for (const key of blockingKeys(norm)) pushTo(byKey, key, i);
  });
  const shapes = norms.map(nameShape);
  const wordsDiffer = rememberedDifferentNames();
  const asked = new Set<number>();
  for (const list of byKey.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const pair = a < b ? a * norms.length + b : b * norms.length + a;
        if (asked.has(pair)) continue;
        asked.add(pair);
        if (sets.find(a) !== sets.find(b) && sameReferentShape(shapes[a]!, shapes[b]!, isAlias, wordsDiffer)) sets.union(a, b);
      }
    }
  }
  // Aliases may look nothing alike ("Pokrovsk"/"Krasnoarmeysk"): join them whatever their keys.
  for (const doc of documents) {
    for (const { a, b } of doc.aliases) {
      const ia = id.get(a);
      const ib = id.get(b);
      if (ia !== undefined && ib !== undefined) sets.union(ia, ib);
    }
  }
  // A name no document wrote in running text (a quote's speaker, say) is its own referent, with an id of its own.
  const referentOf = (norm: string): number => {
    let i = id.get(norm);
    if (i === undefined) {
      i = norms.push(norm) - 1;
      id.set(norm, i);
      sets.add();
    }
    return sets.find(i);
  };
  const referentsOf = new Map<AnalyzedDocument, Set<number>>();
  for (const [doc, names] of namesOf) {
    const referents = new Set<number>();
    for (const n of names) referents.add(referentOf(n));
    referentsOf.set(doc, referents);
  }
  return {
    of: referentOf,
    uses: (doc, norm) => referentsOf.get(doc)?.has(referentOf(norm)) ?? false,
    usesReferent: (doc, referent) => referentsOf.get(doc)?.has(referent) ?? false,
  };
}
