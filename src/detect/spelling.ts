import type { AnalyzedDocument, AnalyzedSentence, NameMention } from '../analysis.js';
import type { Detector, Finding, FindingVariant } from './detector.js';
import { ALIGNED_SLOT_NAME_THRESHOLD, differentNames, matchNames, namesCertainlyDiffer, nameKeys } from '../mentions/match-names.js';
import { declaredAliases, spanOf } from './spans.js';
import { sameRoot } from './name-groups.js';
import { pushTo, UnionFind } from '../collections.js';

interface NameUse {
  doc: AnalyzedDocument;
  sentence: AnalyzedSentence;
  name: NameMention;
}

/**
 * `spelling`: one name spelled two ways across the whole set of reports (Kaia/Kaja Kallas, Vovchansk/Vovshansk),
 * whether or not the sentences were aligned. Candidate pairs come from a blocking index on transliteration-folded
 * name keys, so names are never compared all against all; the decision is {@link matchNames}. Short forms
 * ("Zelensky" of "Volodymyr Zelensky"), names a report declares as aliases and differences of case, diacritics or
 * punctuation are not spelling differences.
 */
export const spellingDetector: Detector = {
  kind: 'spelling',
  detect({ documents, alignments }) {
    const isAlias = declaredAliases(documents);
    const uses = collectUses(documents);
    const norms = [...uses.keys()].sort();
    // Norms are sorted, so a set's smallest index is its alphabetically first spelling.
    const indexOf = new Map(norms.map((n, i) => [n, i]));
    const sets = new UnionFind(norms.length);
    const union = (a: string, b: string) => sets.union(indexOf.get(a)!, indexOf.get(b)!);
    // Pairs of names are numbers, not key strings: every name used or standing in an aligned sentence is numbered.
    const aligned = alignedNames(norms, alignments);
    const pair = (a: string, b: string): number => aligned.id.get(a)! * aligned.list.length + aligned.id.get(b)!;
    const inAlignment = (a: string, b: string): boolean => aligned.partners[aligned.id.get(a)!]?.has(aligned.id.get(b)!) ?? false;
    const scores = new Map<number, number>();
    // One respelled word shows in every name that contains it ("Steve Witkoff"/"Steve Witkov" and
    // "Witkoff"/"Witkov"): pairs that differ in the same words are one finding.
    const bySignature = new Map<string, string>();
    const decidedByContext = new Set<number>();
    const consider = (a: string, b: string): void => {
      if (isAlias(a, b) || !wordsAreVariants(a, b)) return;
      // Plainly two names, even for aligned sentences' looser threshold: no need to score them.
      if (namesCertainlyDiffer(a, b) && (!inAlignment(a, b) || namesCertainlyDiffer(a, b, ALIGNED_SLOT_NAME_THRESHOLD))) return;
      let m = matchNames(a, b);
      // Two names in sentences that report the same thing are likelier one name: there, one consonant change
      // counts as a misspelling (Zhovkva/Zholkva), two never do (Bakhrovsk/Pokrovsk).
      if (m.match !== 'variant' && inAlignment(a, b)) {
        m = matchNames(a, b, { threshold: ALIGNED_SLOT_NAME_THRESHOLD });
        if (m.match === 'variant') decidedByContext.add(pair(a, b));
      }
      if (m.match !== 'variant') return;
      union(a, b);
      scores.set(pair(a, b), m.score);
      const signature = differingWords(a, b);
      const seen = bySignature.get(signature);
      if (seen === undefined) bySignature.set(signature, a);
      else union(seen, a);
    };
    for (const [a, b] of candidatePairs(norms)) consider(a, b);
    for (const [a, b] of alignedCandidates(aligned)) consider(a, b);
    const clusters = new Map<string, string[]>();
    norms.forEach((n, i) => pushTo(clusters, norms[sets.find(i)]!, n));
    const findings: Finding[] = [];
    for (const members of clusters.values()) {
      if (members.length < 2) continue;
      // A spelling difference between reports: the spellings must not all come from one report.
      const docSets = new Map(members.map((n) => [n, new Set(uses.get(n)!.map((u) => u.doc.id))]));
      if (new Set([...docSets.values()].flatMap((d) => [...d])).size < 2) continue;
      // The value of a spelling is the respelled word(s), so "Steve Witkoff" and "Witkoff" count as one spelling.
      const respelled = new Set<string>();
      for (const a of members) {
        for (const b of members) {
          if (a >= b || a.split(' ').length !== b.split(' ').length) continue;
          for (const pair of differingWords(a, b).split(' ')) for (const w of pair.split('/')) respelled.add(w);
        }
      }
      const valueOf = (norm: string) => norm.split(' ').filter((w) => respelled.has(w)).join(' ') || norm;
      const variants: FindingVariant[] = members.map((norm) => {
        const list = uses.get(norm)!;
        return { text: list[0]!.name.text, value: valueOf(norm), spans: list.map((u) => spanOf(u.doc, u.sentence, u.name)) };
      });
      if (new Set(variants.map((v) => v.value)).size < 2) continue;
      const docsOf = (n: string) => docSets.get(n)!.size;
      let best = 0;
      for (const a of members) for (const b of members) best = Math.max(best, scores.get(pair(a, b)) ?? 0);
      // The most widely used spelling names the finding; on a tie, the one of the first report (by id).
      const firstDoc = (n: string) => uses.get(n)![0]!.doc.id;
      const majority = [...members].sort((a, b) => docsOf(b) - docsOf(a) || (firstDoc(a) < firstDoc(b) ? -1 : firstDoc(a) > firstDoc(b) ? 1 : 0))[0]!;
      const sameSlot = members.some((a) => members.some((b) => a !== b && inAlignment(a, b)));
      const context: string[] = [];
      if (members.some((a) => members.some((b) => decidedByContext.has(pair(a, b))))) {
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

/** In words this short, one changed letter is a respelling (Kaia/Kaja, Qaeda/Qaida); two make another name (Rose/Rice). */
const SHORT_WORD = 5;

/** Levenshtein distance, for short words only (quadratic in their length). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Words this short are acronyms or particles: ABC and NBC, Fox and GOP differ by one letter and are different. */
const MIN_VARIANT_WORD = 4;

/**
 * Word by word, two names are spellings of one name: the same number of words, every pair equal or a variant,
 * and every differing word long enough to be respelled (not an acronym or initial) and not a plural of the other.
 */
function wordsAreVariants(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  let differing = 0;
  for (let i = 0; i < wa.length; i++) {
    const x = wa[i]!;
    const y = wb[i]!;
    if (x === y) continue;
    differing++;
    if (x.length < MIN_VARIANT_WORD || y.length < MIN_VARIANT_WORD) return false;
    if (sameRoot(x, y)) return false; // Israel/Israeli, Republican/Republicans: one word, another form
    if (Math.min(x.length, y.length) <= SHORT_WORD && editDistance(x.replace(/'/g, ''), y.replace(/'/g, '')) > 1) return false;

    if (wa.length > 1 && differentNames(x, y)) return false;
  }
  return differing > 0;
}

/** The words in which two names of equal length differ, as a stable key ("witkof/witkov"). */
function differingWords(a: string, b: string): string {
  const wa = a.split(' ');
  const wb = b.split(' ');
  const pairs: string[] = [];
  for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) pairs.push([wa[i]!, wb[i]!].sort().join('/'));
  return pairs.sort().join(' ');
}

/** Every name used in running text, by normalized form, in canonical document order. */
function collectUses(documents: readonly AnalyzedDocument[]): Map<string, NameUse[]> {
  const uses = new Map<string, NameUse[]>();
  for (const doc of documents) {
    for (const sentence of doc.sentences) {
      for (const name of sentence.names) {
        if (name.sentenceInitial && name.tokenEnd - name.tokenStart === 1) continue;
        pushTo(uses, name.norm, { doc, sentence, name });
      }
    }
  }
  return uses;
}

/** Letters at each end of a word that also block candidates: a doubled or dropped consonant (Witkoff/Witkov) changes a skeleton key but rarely both ends. */
const AFFIX = 4;

/** The transliteration keys of a name, plus the beginning and end of each of its longer words. */
function blockingKeys(norm: string): string[] {
  const keys = nameKeys(norm).map((k) => `k:${k}`);
  for (const word of norm.split(' ')) {
    if (word.length < MIN_VARIANT_WORD) continue;
    keys.push(`^${word.slice(0, AFFIX)}`, `$${word.slice(-AFFIX)}`);
  }
  return keys;
}

/**
 * Names numbered (first the used norms, sorted, then any other name of an aligned sentence, in order of appearance)
 * and the pairs of them that stand in one alignment (in both orders): the context that makes a spelling difference
 * sure. One pass over the aligned sentences.
 */
interface AlignedNames {
  list: string[];
  id: Map<string, number>;
  /** By name number, the numbers of the names it shares an alignment with. */
  partners: (Set<number> | undefined)[];
  /** Those pairs, flat (`a, b, a, b, …`), in the order they were first seen. */
  pairs: number[];
}

function alignedNames(norms: readonly string[], alignments: readonly { members: { sentence: AnalyzedSentence }[] }[]): AlignedNames {
  const list = [...norms];
  const id = new Map(list.map((n, i) => [n, i]));
  const partners: (Set<number> | undefined)[] = [];
  const pairs: number[] = [];
  // The last group each name was seen in: the names of a group, each once, without a set per group.
  const seenIn: number[] = [];
  const ids: number[] = [];
  alignments.forEach((g, group) => {
    ids.length = 0;
    for (const m of g.members) {
      for (const n of m.sentence.names) {
        let i = id.get(n.norm);
        if (i === undefined) id.set(n.norm, (i = list.push(n.norm) - 1));
        if (seenIn[i] === group) continue;
        seenIn[i] = group;
        ids.push(i);
      }
    }
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue;
        let mates = partners[a];
        if (mates === undefined) partners[a] = mates = new Set();
        if (mates.has(b)) continue;
        mates.add(b);
        pairs.push(a, b);
      }
    }
  });
  return { list, id, partners, pairs };
}

/** Pairs of names sharing a blocking key: the only pairs worth asking {@link matchNames} about. */
function candidatePairs(norms: readonly string[]): [string, string][] {
  const byKey = new Map<string, number[]>();
  norms.forEach((n, i) => {
    for (const key of blockingKeys(n)) pushTo(byKey, key, i);
  });
  // Norms are sorted and distinct, so the smaller index is the alphabetically first name of a pair.
  const seen = new Set<number>();
  const pairs: [string, string][] = [];
  for (const list of byKey.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = Math.min(list[i]!, list[j]!);
        const b = Math.max(list[i]!, list[j]!);
        const key = a * norms.length + b;
        if (a === b || seen.has(key)) continue;
        seen.add(key);
        pairs.push([norms[a]!, norms[b]!]);
      }
    }
  }
  return pairs;
}

/**
 * Name pairs of aligned sentences that keys may have kept apart (a changed consonant changes the key): those
 * that begin alike and differ in length by two letters at most, each once.
 */
function alignedCandidates(aligned: AlignedNames): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < aligned.pairs.length; i += 2) {
    const a = aligned.list[aligned.pairs[i]!]!;
    const b = aligned.list[aligned.pairs[i + 1]!]!;
    if (a < b && a.charAt(0) === b.charAt(0) && Math.abs(a.length - b.length) <= 2) out.push([a, b]);
  }
  return out;
}
