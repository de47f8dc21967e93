import type { AlignedGroup, AnalyzedDocument, AnalyzedSentence, NameMention } from '../analysis.js';
import type { Detector, Finding, FindingVariant } from './detector.js';
import { ALIGNED_SLOT_NAME_THRESHOLD, decideParts, differentNames, nameKeys, namePartsOf, partsCertainlyDiffer } from '../mentions/match-names.js';
import { declaredAliases, spanOf } from './spans.js';
import { forEachPairSharingKey, sameRoot } from './name-groups.js';
import { pushTo, UnionFind } from '../collections.js';
import { firstMentionOf, nameCensus, usableMention, type NameCensus } from './name-census.js';

interface NameUse {
  doc: AnalyzedDocument;
  sentence: AnalyzedSentence;
  name: NameMention;
}

/**
 * `spelling`: one name spelled two ways across the whole set of reports (Kaia/Kaja Kallas, Vovchansk/Vovshansk),
 * whether or not the sentences were aligned. Candidate pairs come from a blocking index on transliteration-folded
 * name keys, so names are never compared all against all; the decision is {@link decideParts}, the core of `matchNames`. Short
 * forms ("Zelensky" of "Volodymyr Zelensky"), names a report declares as aliases and differences of case, diacritics
 * or punctuation are not spelling differences.
 */
export const spellingDetector: Detector = {
  kind: 'spelling',
  detect(context) {
    const { documents, alignments } = context;
    const isAlias = declaredAliases(documents);
    const census = nameCensus(context);
    const { norms, ids: used } = usedNames(census);
    const sets = new UnionFind(norms.length);
    // Every name used or standing in an aligned sentence is numbered (the used norms first, in sorted order, so a
    // used name's number is its index in `norms`): pairs of names are numbers, not key strings.
    const names = numberNames(census, used, alignments);
    const count = names.list.length;
    // A name that stands only in aligned sentences, never in running text that reports use, joins nothing.
    const union = (a: number, b: number): void => {
      if (a < norms.length && b < norms.length) sets.union(a, b);
    };
    const inAlignment = (a: number, b: number): boolean => shareAlignment(names.groups[a], names.groups[b]);
    const scores = new Map<number, number>();
    // One respelled word shows in every name that contains it ("Steve Witkoff"/"Steve Witkov" and
    // "Witkoff"/"Witkov"): pairs that differ in the same words are one finding.
    const bySignature = new Map<string, number>();
    const decidedByContext = new Set<number>();
    const wordsDiffer = rememberedDifferentWords();
    const consider = (a: number, b: number): void => {
      const na = names.list[a]!;
      const nb = names.list[b]!;
      if (!wordsAreVariants(names.wordsOf(a), names.wordsOf(b), wordsDiffer) || isAlias(na, nb)) return;
      const pa = namePartsOf(na);
      const pb = namePartsOf(nb);
      // Plainly two names, even for aligned sentences' looser threshold: no need to score them.
      if (partsCertainlyDiffer(pa, pb) && (!inAlignment(a, b) || partsCertainlyDiffer(pa, pb, ALIGNED_SLOT_NAME_THRESHOLD))) return;
      let m = decideParts(pa, pb);
      // Two names in sentences that report the same thing are likelier one name: there, one consonant change
      // counts as a misspelling (Zhovkva/Zholkva), two never do (Bakhrovsk/Pokrovsk).
      if (m.match !== 'variant' && inAlignment(a, b)) {
        m = decideParts(pa, pb, ALIGNED_SLOT_NAME_THRESHOLD);
        if (m.match === 'variant') decidedByContext.add(a * count + b);
      }
      if (m.match !== 'variant') return;
      union(a, b);
      scores.set(a * count + b, m.score);
      const signature = differingWords(names.wordsOf(a), names.wordsOf(b));
      const seen = bySignature.get(signature);
      if (seen === undefined) bySignature.set(signature, a);
      else union(seen, a);
    };
    const pairs = candidatePairs(norms, names.wordsOf);
    for (let i = 0; i < pairs.length; i += 2) consider(pairs[i]!, pairs[i + 1]!);
    // Most aligned pairs share a key too, and were considered already (only pairs of names that both stand in
    // aligned sentences can be aligned pairs).
    const considered = new Set<number>();
    for (let i = 0; i < pairs.length; i += 2) {
      const a = pairs[i]!;
      const b = pairs[i + 1]!;
      if (names.groups[a] !== undefined && names.groups[b] !== undefined) considered.add(a * count + b);
    }
    for (let i = 0; i < names.alignedPairs.length; i += 2) {
      const a = names.alignedPairs[i]!;
      const b = names.alignedPairs[i + 1]!;
      if (!considered.has(a * count + b)) consider(a, b);
    }
    const findings: Finding[] = [];
    // The sets of more than one name: the names nothing joined are most of them.
    const clusters = sets.sets(2);
    const uses = usesOf(documents, census, clusters.flatMap((cluster) => cluster.map((i) => used[i]!)));
    for (const cluster of clusters) {
      const members = cluster.map((i) => norms[i]!);
      // A spelling difference between reports: the spellings must not all come from one report.
      const docCounts = new Map(members.map((n) => [n, documentCount(uses.get(n)!)]));
      if (!severalDocuments(members.map((n) => uses.get(n)!))) continue;
      // The value of a spelling is the respelled word(s), so "Steve Witkoff" and "Witkoff" count as one spelling.
      const respelled = new Set<string>();
      for (const a of cluster) {
        for (const b of cluster) {
          // Members are in sorted order: a < b as numbers is a < b as names.
          if (a < b) addDifferingWords(names.wordsOf(a), names.wordsOf(b), respelled);
        }
      }
      const valueOf = (norm: string) => norm.split(' ').filter((w) => respelled.has(w)).join(' ') || norm;
      const variants: FindingVariant[] = members.map((norm) => {
        const list = uses.get(norm)!;
        return { text: list[0]!.name.text, value: valueOf(norm), spans: list.map((u) => spanOf(u.doc, u.sentence, u.name)) };
      });
      if (new Set(variants.map((v) => v.value)).size < 2) continue;
      const docsOf = (n: string) => docCounts.get(n)!;
      let best = 0;
      for (const a of cluster) for (const b of cluster) best = Math.max(best, scores.get(a * count + b) ?? 0);
      // The most widely used spelling names the finding; on a tie, the one of the first report (by id).
      const firstDoc = (n: string) => uses.get(n)![0]!.doc.id;
      const majority = [...members].sort((a, b) => docsOf(b) - docsOf(a) || (firstDoc(a) < firstDoc(b) ? -1 : firstDoc(a) > firstDoc(b) ? 1 : 0))[0]!;
      const sameSlot = cluster.some((a) => cluster.some((b) => a !== b && inAlignment(a, b)));
      const context: string[] = [];
      if (cluster.some((a) => cluster.some((b) => decidedByContext.has(a * count + b)))) {
        context.push('close enough to be one name only because they stand in aligned sentences');
      } else if (sameSlot) context.push('spellings stand in aligned sentences');
      const total = members.reduce((n, m) => n + docsOf(m), 0);
      if (docsOf(majority) * 2 > total) context.push(`most reports write "${uses.get(majority)![0]!.name.text}"`);
      findings.push({
        kind: 'spelling',
        severity: 'low',
        confidence: Math.min(0.95, 0.5 + 0.35 * best + (sameSlot ? 0.1 : 0)),
        subject: uses.get(majority)![0]!.name.text,
        variants,
        details: { context: context.length > 0 ? context.join('; ') : 'same name across reports' },
      });
    }
    return findings;
  },
};

/** The number of documents of a name's uses (listed in document order, so a document's uses stand together). */
function documentCount(uses: readonly NameUse[]): number {
  let count = 0;
  for (let i = 0; i < uses.length; i++) if (i === 0 || uses[i]!.doc !== uses[i - 1]!.doc) count++;
  return count;
}

/** Whether the uses of several names come from more than one document. */
function severalDocuments(lists: readonly (readonly NameUse[])[]): boolean {
  const first = lists[0]![0]!.doc;
  for (const uses of lists) for (const u of uses) if (u.doc !== first) return true;
  return false;
}

/**
 * Adds to `out` the words in which two names of equal length differ (each of a pair of {@link differingWords}),
 * nothing for names of different lengths.
 */
function addDifferingWords(wa: readonly string[], wb: readonly string[], out: Set<string>): void {
  if (wa.length !== wb.length) return;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    // As read back from the key: a word holding the key's separator counts as its pieces.
    for (const w of wa[i]!.split('/')) out.add(w);
    for (const w of wb[i]!.split('/')) out.add(w);
  }
}

/** In words this short, one changed letter is a respelling (Kaia/Kaja, Qaeda/Qaida); two make another name (Rose/Rice). */
const SHORT_WORD = 5;

/**
 * Levenshtein distance above one, in one pass: the words differ by more than one inserted, dropped or changed
 * character (by UTF-16 unit, as the distance counts them).
 */
function moreThanOneEdit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return true;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // After the first difference, the rest must be equal: past one changed character, or past one extra in `long`.
  const skip = short.length === long.length ? 1 : 0;
  for (let j = i + skip; j < short.length; j++) if (short.charCodeAt(j) !== long.charCodeAt(j + 1 - skip)) return true;
  return false;
}

/** A word without apostrophes (O'Brien/OBrien are one spelling), sparing the replacement when there are none. */
function withoutApostrophes(word: string): string {
  return word.includes("'") ? word.replace(/'/g, '') : word;
}

/** Words this short are acronyms or particles: ABC and NBC, Fox and GOP differ by one letter and are different. */
const MIN_VARIANT_WORD = 4;

/**
 * Word by word, two names are spellings of one name: the same number of words, every pair equal or a variant,
 * and every differing word long enough to be respelled (not an acronym or initial) and not a plural of the other.
 */
function wordsAreVariants(wa: readonly string[], wb: readonly string[], wordsDiffer: (x: string, y: string) => boolean): boolean {
  if (wa.length !== wb.length) return false;
  let differing = 0;
  for (let i = 0; i < wa.length; i++) {
    const x = wa[i]!;
    const y = wb[i]!;
    if (x === y) continue;
    differing++;
    if (x.length < MIN_VARIANT_WORD || y.length < MIN_VARIANT_WORD) return false;
    if (sameRoot(x, y)) return false; // Israel/Israeli, Republican/Republicans: one word, another form
    if (Math.min(x.length, y.length) <= SHORT_WORD && moreThanOneEdit(withoutApostrophes(x), withoutApostrophes(y))) return false;
    if (wa.length > 1 && wordsDiffer(x, y)) return false;
  }
  return differing > 0;
}

/**
 * `differentNames` of two words, remembered by the words: one respelled word ("presidnet") stands in many names,
 * which meet the names of its other spellings pair by pair.
 */
function rememberedDifferentWords(): (x: string, y: string) => boolean {
  const answers = new Map<string, Map<string, boolean>>();
  return (x, y) => {
    let byY = answers.get(x);
    if (byY === undefined) answers.set(x, (byY = new Map()));
    let answer = byY.get(y);
    if (answer === undefined) byY.set(y, (answer = differentNames(x, y)));
    return answer;
  };
}

/** The words in which two names of equal length differ, as a stable key ("witkof/witkov"). */
function differingWords(wa: readonly string[], wb: readonly string[]): string {
  const pairs: string[] = [];
  for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) pairs.push([wa[i]!, wb[i]!].sort().join('/'));
  return pairs.sort().join(' ');
}

/** The names used in running text, sorted, and their numbers in the census. */
function usedNames(census: NameCensus): { norms: string[]; ids: number[] } {
  const norms: string[] = [];
  for (let i = 0; i < census.usable.length; i++) if (census.usable[i] === 1) norms.push(census.norms[i]!);
  // The engine's own sort of strings is much faster than a comparison function; the names are then looked up.
  norms.sort();
  return { norms, ids: norms.map((norm) => census.id.get(norm)!) };
}

/**
 * The uses in running text of some names (by census number), by normalized form, in canonical document order: one
 * pass over the mentions, which reads each mention's name by position.
 */
function usesOf(documents: readonly AnalyzedDocument[], census: NameCensus, names: readonly number[]): Map<string, NameUse[]> {
  const uses = new Map<string, NameUse[]>();
  if (names.length === 0) return uses;
  const wanted = new Uint8Array(census.norms.length);
  for (const c of names) wanted[c] = 1;
  let m = 0;
  for (const doc of documents) {
    for (const sentence of doc.sentences) {
      for (const name of sentence.names) {
        if (wanted[census.mentionNames[m++]!] === 1 && usableMention(name)) pushTo(uses, name.norm, { doc, sentence, name });
      }
    }
  }
  return uses;
}

/** Letters at each end of a word that also block candidates: a doubled or dropped consonant (Witkoff/Witkov) changes a skeleton key but rarely both ends. */
const AFFIX = 4;

/** Families of blocking keys (see {@link addBlockingKeys}), for names of one word; names of n words use n times as many. */
const TRANSLITERATION = 0;
const WORD_START = 1;
const WORD_END = 2;
const FAMILIES = 3;

/**
 * The transliteration keys of a name, plus the beginning and end of each of its longer words. Spellings of one
 * name have as many words ({@link wordsAreVariants}), so each number of words has families of its own: names of
 * different lengths never meet.
 */
function addBlockingKeys(words: readonly string[], norm: string, add: (family: number, key: string) => void): void {
  const base = (words.length - 1) * FAMILIES;
  for (const key of nameKeys(norm)) add(base + TRANSLITERATION, key);
  for (const word of words) {
    if (word.length < MIN_VARIANT_WORD) continue;
    add(base + WORD_START, word.slice(0, AFFIX));
    add(base + WORD_END, word.slice(-AFFIX));
  }
}

/** Names numbered, with the alignments they stand in and the aligned pairs worth a verdict (see {@link numberNames}). */
interface NumberedNames {
  list: string[];
  /** By name number, the positions of the alignments the name stands in, increasing; undefined for none. */
  groups: (number[] | undefined)[];
  /** The aligned candidate pairs, flat (`a, b, a, b, …`). */
  alignedPairs: number[];
  /** The words of a name (split at spaces), split once. */
  wordsOf(name: number): readonly string[];
}

/**
 * Names numbered: first the used norms, sorted, then any other name of an aligned sentence, in order of appearance.
 * For each, the alignments it stands in; and the pairs of names of one alignment that keys may have kept apart
 * (beginning alike, of lengths at most two apart), each once, in the order first met. One pass over the aligned sentences.
 */
function numberNames(census: NameCensus, used: readonly number[], alignments: readonly AlignedGroup[]): NumberedNames {
  const list: string[] = [];
  // By name number, its first character code (-1 for none) and length: aligned pairs are tested without strings.
  const firstCode: number[] = [];
  const lengths: number[] = [];
  const add = (norm: string): number => {
    firstCode.push(norm.length > 0 ? norm.charCodeAt(0) : -1);
    lengths.push(norm.length);
    return list.push(norm) - 1;
  };
  // The number of each name of the census: its place among the used names, or one given when an alignment shows it.
  const numberOf = new Int32Array(census.norms.length).fill(-1);
  for (let i = 0; i < used.length; i++) numberOf[used[i]!] = add(census.norms[used[i]!]!);
  // Names of sentences the census did not count (an alignment may hold sentences of other documents).
  const others = new Map<string, number>();
  const groups: (number[] | undefined)[] = [];
  const alignedPairs: number[] = [];
  // By name number, the names it was paired with already: each aligned pair once.
  const pairedWith: (Set<number> | undefined)[] = [];
  // The last group each name was seen in: the names of a group, each once, without a set per group.
  const seenIn: number[] = [];
  const ids: number[] = [];
  for (let group = 0; group < alignments.length; group++) {
    ids.length = 0;
    for (const { doc, sentence } of alignments[group]!.members) {
      const first = firstMentionOf(census, doc, sentence);
      const sentenceNames = sentence.names;
      for (let k = 0; k < sentenceNames.length; k++) {
        const norm = sentenceNames[k]!.norm;
        const c = first >= 0 ? census.mentionNames[first + k]! : (census.id.get(norm) ?? -1);
        let i: number;
        if (c >= 0) {
          i = numberOf[c]!;
          if (i < 0) numberOf[c] = i = add(norm);
        } else {
          let known = others.get(norm);
          if (known === undefined) others.set(norm, (known = add(norm)));
          i = known;
        }
        if (seenIn[i] === group) continue;
        seenIn[i] = group;
        ids.push(i);
        (groups[i] ??= []).push(group);
      }
    }
    // Pairs that keys may have kept apart (a changed consonant changes the key): names that begin alike and differ
    // in length by two letters at most, the alphabetically first one first.
    for (const a of ids) {
      for (const b of ids) {
        if (a === b || firstCode[a] !== firstCode[b] || Math.abs(lengths[a]! - lengths[b]!) > 2 || !(list[a]! < list[b]!)) continue;
        const mates = (pairedWith[a] ??= new Set());
        if (mates.has(b)) continue;
        mates.add(b);
        alignedPairs.push(a, b);
      }
    }
  }
  const words: (readonly string[] | undefined)[] = [];
  return { list, groups, alignedPairs, wordsOf: (name) => (words[name] ??= list[name]!.split(' ')) };
}

/** Two names share an alignment: their increasing lists of alignments meet. */
function shareAlignment(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

/**
 * Pairs of names sharing a blocking key, as numbers, flat (`a, b, …`, `a < b`, so `a` is the alphabetically first):
 * the only pairs worth asking {@link decideParts} about.
 */
function candidatePairs(norms: readonly string[], wordsOf: (name: number) => readonly string[]): number[] {
  const pairs: number[] = [];
  forEachPairSharingKey(norms.length, (i, add) => addBlockingKeys(wordsOf(i), norms[i]!, add), (a, b) => pairs.push(a, b));
  return pairs;
}
