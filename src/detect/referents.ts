import type { AnalyzedDocument } from '../analysis.js';
import { nameKey, nameKeys, namePartsOf, partsDiffer, type NameParts } from '../mentions/match-names.js';
import { forEachPairSharingKey, MAX_ABBREVIATION, MIN_ROOT, nameShape, sameReferentOfParts, SHORT_FORM_THRESHOLD, type NameShape } from './name-groups.js';
import { pushTo, UnionFind } from '../collections.js';
import { takeCensus, type NameCensus } from './name-census.js';

/**
 * Which names of a set of reports denote one person or place: every distinct normalized name gets a number and a
 * referent id, computed once. Two names share a referent when `sameReferent` says so (spellings, short forms, a
 * place and its adjective, abbreviations, declared aliases); only pairs that share a blocking key, or of which one
 * could abbreviate the other, are asked, so the work grows with the number of names, not with its square. Joined
 * transitively.
 */
export interface ReferentIndex {
  /**
   * The name number of every name mention of the documents, in order: documents as given, then sentences, then
   * each sentence's names. Distinct normalized names are numbered in order of first appearance; a caller that walks
   * the mentions in the same order reads their numbers instead of looking them up.
   */
  mentionNames: Int32Array;
  /** Referent id of a name number. */
  referentOfName(name: number): number;
  /**
   * For a referent id, one flag per document (by position in the list the index was built from): 1 when the
   * document names the referent anywhere in running text. Built on first request and kept.
   */
  documentsNaming(referent: number): Uint8Array;
}

/** Words that close a name without telling people apart. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Families of blocking keys (see {@link addBlockingKeys}). */
const ROMANIZATION = 0;
const ROOT = 1;

/**
 * The blocking keys of a name, one family per way two names can be one: romanization keys (spellings, short forms
 * by surname) and the beginning of a single word (derived forms). Abbreviations are paired by
 * {@link forEachAbbreviationPair}, which meets a short name only with the names it could abbreviate.
 */
function addBlockingKeys({ norm, words }: NameShape, add: (family: number, key: string) => void): void {
  for (const key of nameKeys(norm)) add(ROMANIZATION, key);
  // Every word of a longer name meets its short forms ("biden" in "joseph r biden jr"), suffixes and initials aside.
  if (words.length > 1) for (const w of words) if (w.length >= 3 && !NAME_SUFFIXES.has(w)) add(ROMANIZATION, nameKey(w));
  if (words.length === 1 && norm.length >= MIN_ROOT) add(ROOT, norm.slice(0, MIN_ROOT));
}

/**
 * Calls `visit(a, b)` (`a < b`) for every pair of names of which one could abbreviate the other: a short single
 * word and a longer word it begins ("tex"/"texas"), or a short single word and a multi-word name whose initials it
 * is ("nh"/"new hampshire"). Short names are indexed by their letters, and each longer name looks up its few
 * beginnings and its initials: two long names that merely begin alike are never paired. Each pair comes once.
 */
function forEachAbbreviationPair(shapes: readonly NameShape[], visit: (a: number, b: number) => void): void {
  const byLetters = new Map<string, number[]>();
  for (let i = 0; i < shapes.length; i++) {
    const { norm, words } = shapes[i]!;
    if (words.length === 1 && norm.length <= MAX_ABBREVIATION) pushTo(byLetters, norm, i);
  }
  if (byLetters.size === 0) return;
  const meet = (long: number, letters: string): void => {
    const shorts = byLetters.get(letters);
    if (shorts !== undefined) for (const short of shorts) if (short !== long) visit(Math.min(short, long), Math.max(short, long));
  };
  for (let i = 0; i < shapes.length; i++) {
    const { norm, words, initials } = shapes[i]!;
    if (words.length > 1) meet(i, initials);
    // A clipped word has three letters at least and fewer than the word: "calif" of "california".
    else for (let n = 3; n < Math.min(norm.length, MAX_ABBREVIATION + 1); n++) meet(i, norm.slice(0, n));
  }
}

/**
 * Joins the names that `sameReferentOfParts` calls one, asking each pair of names that shares a blocking key or
 * may be an abbreviation once (and not at all when the two are joined already: the sets are the same whatever the
 * order of the questions). Declared aliases are not asked about: the caller joins them whatever their keys.
 */
function joinSameReferents(norms: readonly string[]): UnionFind {
  const shapes = numberedShapes(norms);
  const parts = norms.map(namePartsOf);
  const wordsDiffer = rememberedWordsDiffer(shapes.words);
  const sets = new UnionFind(norms.length);
  const ask = (a: number, b: number): void => {
    if (sets.find(a) !== sets.find(b) && sameReferentOfParts(shapes.of[a]!, parts[a]!, shapes.of[b]!, parts[b]!, wordsDiffer)) {
      sets.union(a, b);
    }
  };
  forEachPairSharingKey(norms.length, (i, add) => addBlockingKeys(shapes.of[i]!, add), ask);
  forEachAbbreviationPair(shapes.of, ask);
  return sets;
}

/** A {@link NameShape} whose words are numbered: one number per distinct word of all the names. */
interface NumberedShape extends NameShape {
  wordIds: number[];
}

/** The shapes of the names, and the distinct words they number. */
function numberedShapes(norms: readonly string[]): { of: NumberedShape[]; words: string[] } {
  const words: string[] = [];
  const wordId = new Map<string, number>();
  const of: NumberedShape[] = [];
  for (const norm of norms) {
    const { words: nameWords, initials } = nameShape(norm);
    const wordIds: number[] = [];
    for (const w of nameWords) {
      let i = wordId.get(w);
      if (i === undefined) wordId.set(w, (i = words.push(w) - 1));
      wordIds.push(i);
    }
    of.push({ norm, words: nameWords, initials, wordIds });
  }
  return { of, words };
}

/**
 * `differentNames` of two words of numbered shapes at {@link SHORT_FORM_THRESHOLD} (they are words of a short form),
 * remembered by the words' numbers: the same words meet again in many pairs of names.
 */
function rememberedWordsDiffer(words: readonly string[]): (short: NumberedShape, i: number, long: NumberedShape, j: number) => boolean {
  // A word's parts are looked up when it is first compared: most words never are. The list is as long as the
  // words from the start, so that filling it in any order keeps it an array.
  const parts = new Array<NameParts | undefined>(words.length);
  const answers = new Map<number, boolean>();
  return (short, i, long, j) => {
    const a = short.wordIds[i]!;
    const b = long.wordIds[j]!;
    const key = a * words.length + b;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = partsDiffer((parts[a] ??= namePartsOf(words[a]!)), (parts[b] ??= namePartsOf(words[b]!)), SHORT_FORM_THRESHOLD);
      answers.set(key, answer);
    }
    return answer;
  };
}

/**
 * Builds the index over every name in running text of the documents, with the aliases any report declares. The
 * census of the same documents may be given (see `nameCensus`).
 */
export function buildReferentIndex(documents: readonly AnalyzedDocument[], census: NameCensus = takeCensus(documents)): ReferentIndex {
  const { norms, id, namesOfDocument, mentionNames } = census;
  const sets = joinSameReferents(norms);
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
  const documentsOf = documentsByReferent(namesOfDocument, referent);
  // As long as the list of names (referents are name numbers) from the start: filled in any order, it stays an array.
  const flags = new Array<Uint8Array | undefined>(norms.length);
  return {
    mentionNames,
    referentOfName: (name) => referent[name]!,
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
function documentsByReferent(namesOfDocument: readonly number[][], referent: readonly number[]): (number[] | undefined)[] {
  const out = new Array<number[] | undefined>(referent.length);
  namesOfDocument.forEach((names, d) => {
    for (const name of names) {
      const r = referent[name]!;
      const list = (out[r] ??= []);
      if (list[list.length - 1] !== d) list.push(d);
    }
  });
  return out;
}
