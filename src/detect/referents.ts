import type { AnalyzedDocument } from '../analysis.js';
import { nameKey, nameKeys } from '../mentions/match-names.js';
import { MAX_ABBREVIATION, MIN_ROOT, nameShape, rememberedDifferentNames, sameReferentShape } from './name-groups.js';
import { pushTo, UnionFind } from '../collections.js';

/**
 * Which names of a set of reports denote one person or place: every distinct normalized name gets a number and a
 * referent id, computed once. Two names share a referent when `sameReferent` says so (spellings, short forms, a
 * place and its adjective, abbreviations, declared aliases); only pairs that share a blocking key are asked, so the
 * work grows with the number of names, not with its square. Joined transitively.
 */
export interface ReferentIndex {
  /**
   * Number of a normalized name: the names of running text are numbered in order of first appearance (documents in
   * the order given); a name not seen there gets the next free number, and a referent of its own.
   */
  nameOf(norm: string): number;
  /** Referent id of a name number ({@link ReferentIndex.nameOf}). */
  referentOfName(name: number): number;
  /** Referent id of a normalized name. */
  of(norm: string): number;
  /**
   * For a referent id, one flag per document (by position in the list the index was built from): 1 when the
   * document names the referent anywhere in running text. Built on first request and kept.
   */
  documentsNaming(referent: number): Uint8Array;
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

/** The distinct names of running text, numbered, and for each document the numbers of the names it uses. */
interface NameCensus {
  norms: string[];
  id: Map<string, number>;
  namesOfDocument: number[][];
}

/** One pass over every name mention: each mention costs one lookup, each document's names are listed once. */
function takeCensus(documents: readonly AnalyzedDocument[]): NameCensus {
  const norms: string[] = [];
  const id = new Map<string, number>();
  // The last document each name was listed for: a document's names, each once, without a set per document.
  const listedFor: number[] = [];
  const namesOfDocument = documents.map((doc, d) => {
    const names: number[] = [];
    for (const s of doc.sentences) {
      for (const n of s.names) {
        let i = id.get(n.norm);
        if (i === undefined) id.set(n.norm, (i = norms.push(n.norm) - 1));
        if (listedFor[i] === d) continue;
        listedFor[i] = d;
        names.push(i);
      }
    }
    return names;
  });
  return { norms, id, namesOfDocument };
}

/**
 * Joins the names that `sameReferentShape` calls one, asking each pair of names that shares a blocking key once
 * (and not at all when the two are joined already: the sets are the same whatever the order of the questions).
 */
function joinSameReferents(norms: readonly string[], isAlias: (a: string, b: string) => boolean): UnionFind {
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
        if (sets.find(a) === sets.find(b)) continue;
        const pair = a < b ? a * norms.length + b : b * norms.length + a;
        if (asked.has(pair)) continue;
        asked.add(pair);
        if (sameReferentShape(shapes[a]!, shapes[b]!, isAlias, wordsDiffer)) sets.union(a, b);
      }
    }
  }
  return sets;
}

/** Builds the index over every name in running text of the documents, with the aliases any report declares. */
export function buildReferentIndex(documents: readonly AnalyzedDocument[], isAlias: (a: string, b: string) => boolean): ReferentIndex {
  const { norms, id, namesOfDocument } = takeCensus(documents);
  const sets = joinSameReferents(norms, isAlias);
  // Aliases may look nothing alike ("Pokrovsk"/"Krasnoarmeysk"): join them whatever their keys.
  for (const doc of documents) {
    for (const { a, b } of doc.aliases) {
      const ia = id.get(a);
      const ib = id.get(b);
      if (ia !== undefined && ib !== undefined) sets.union(ia, ib);
    }
  }
  // The sets are final: each name's referent (its set's smallest number) is looked up once, not found per question.
  const referent: number[] = norms.map((_, i) => sets.find(i));
  const nameOf = (norm: string): number => {
    let i = id.get(norm);
    if (i === undefined) {
      // A name no document wrote in running text (a quote's speaker, say) is its own referent, with an id of its own.
      id.set(norm, (i = norms.push(norm) - 1));
      referent.push(i);
    }
    return i;
  };
  const documentsOf = documentsByReferent(namesOfDocument, referent);
  const flags: (Uint8Array | undefined)[] = [];
  return {
    nameOf,
    referentOfName: (name) => referent[name]!,
    of: (norm) => referent[nameOf(norm)]!,
    documentsNaming(r) {
      let out = flags[r];
      if (out === undefined) {
        flags[r] = out = new Uint8Array(documents.length);
        for (const d of documentsOf[r] ?? []) out[d] = 1;
      }
      return out;
    },
  };
}

/** For each referent id, the positions of the documents that name it, each once. */
function documentsByReferent(namesOfDocument: readonly number[][], referent: readonly number[]): number[][] {
  const out: number[][] = [];
  namesOfDocument.forEach((names, d) => {
    for (const name of names) {
      const r = referent[name]!;
      const list = (out[r] ??= []);
      if (list[list.length - 1] !== d) list.push(d);
    }
  });
  return out;
}
