import type { AlignedGroup, AnalyzedDocument, AnalyzedSentence, NameMention } from '../analysis.js';
import type { Detector, DetectorContext, Finding, FindingVariant } from './detector.js';
import { isStopword } from '../text/stopwords.js';
import { capitalize, declaredAliases, spanOf } from './spans.js';
import { sameReferent } from './name-groups.js';

/** Nouns that say what kind of thing stands in a slot: the subject of a finding ("Town"). */
const SLOT_NOUNS = new Map<string, string>([
  ['town', 'Town'], ['towns', 'Town'], ['city', 'City'], ['cities', 'City'], ['village', 'Village'], ['villages', 'Village'],
  ['region', 'Region'], ['province', 'Province'], ['oblast', 'Region'], ['district', 'District'], ['stronghold', 'Town'],
  ['port', 'Port'], ['capital', 'Capital'], ['country', 'Country'], ['state', 'State'], ['county', 'County'],
  ['river', 'River'], ['base', 'Base'], ['airport', 'Airport'], ['settlement', 'Settlement'], ['hub', 'Town'],
]);
/** Lower-case content words this far to the left of a name describe its slot (other names do not). */
const SLOT_WINDOW = 4;
/** The kind of place a name is ("town of"), looked for this far to its left. */
const NOUN_WINDOW = 5;
/**
 * Outside alignments, two sentences must still be this similar for a name in one to stand for a name in the other:
 * a substituted name lowers similarity (the name was the rarest word), so this is below the alignment threshold.
 */
const SUBSTITUTION_SIMILARITY = 0.32;
/** A further report joins a side when its sentence is this close to one already there with the same name. */
const WIDEN_SIMILARITY = 0.24;

interface Occurrence {
  doc: AnalyzedDocument;
  sentence: AnalyzedSentence;
  name: NameMention;
}

interface Candidate {
  outlier: Occurrence[];
  other: Occurrence[];
  alignment?: string;
}

/**
 * `name`: a different proper name in the same place of sentences that report the same thing ("the strategic city
 * of Bakhrovsk" vs "the strategic town of Pokrovsk"). A conflict needs:
 * - the same slot: the same word right before both names and content words to their left in common;
 * - sentences that speak of the same thing: aligned, or (across the whole set) similar enough once the names are
 *   discounted;
 * - a substitution, not two facts: no report that uses one name ever uses the other (spellings, short forms,
 *   a place and its adjective, and aliases a report declares count as the same name).
 * Every report that puts either name in that slot is listed, so the finding reads "1 report vs 4".
 */
export const nameDetector: Detector = {
  kind: 'name',
  detect(context) {
    const isAlias = declaredAliases(context.documents);
    // Both questions are asked for every pair of occurrences of a group, and the same names recur in every report:
    // remembering the answers keeps the detector near-linear (without, 25 reports took seconds, 50 took a minute).
    const sameAnswers = new Map<string, boolean>();
    const same = (a: string, b: string): boolean => {
      const key = `${a}\u0000${b}`;
      let answer = sameAnswers.get(key);
      if (answer === undefined) sameAnswers.set(key, (answer = sameReferent(a, b, isAlias)));
      return answer;
    };
    const referentsByDoc = new Map(context.documents.map((d) => [d, { names: [...documentNames(d)], answers: new Map<string, boolean>() }]));
    const uses = (doc: AnalyzedDocument, norm: string): boolean => {
      const referents = referentsByDoc.get(doc)!;
      let answer = referents.answers.get(norm);
      if (answer === undefined) referents.answers.set(norm, (answer = referents.names.some((n) => same(n, norm))));
      return answer;
    };
    const substitution = (a: Occurrence, b: Occurrence): boolean =>
      a.doc !== b.doc && !same(a.name.norm, b.name.norm) && !uses(a.doc, b.name.norm) && !uses(b.doc, a.name.norm) && sameSlot(a, b);

    const candidates = new Map<string, Candidate>();
    const add = (a: Occurrence, b: Occurrence, alignment?: string) => {
      const [x, y] = a.name.norm < b.name.norm ? [a, b] : [b, a];
      const key = `${x.name.norm}\u0000${y.name.norm}`;
      let c = candidates.get(key);
      if (!c) candidates.set(key, (c = { outlier: [], other: [], ...(alignment ? { alignment } : {}) }));
      c.outlier.push(x);
      c.other.push(y);
    };
    for (const group of context.alignments) {
      const occurrences = groupOccurrences(group);
      for (const a of occurrences) for (const b of occurrences) if (a.name.norm < b.name.norm && substitution(a, b)) add(a, b, group.id);
    }
    const all = context.documents.flatMap(documentOccurrences);
    const bySlot = slotIndex(all);
    for (const a of all) {
      for (const b of slotNeighbours(a, bySlot)) {
        if (a.name.norm < b.name.norm && substitution(a, b) && context.similarity(a, b) >= SUBSTITUTION_SIMILARITY) add(a, b);
      }
    }
    return mergeCandidates([...candidates.values()], same).map((c) => toFinding(c, all, bySlot, context, same));
  },
};

/**
 * One substitution often shows as several name pairs ("Donald Trump"/"Donald Castellanos" and "Trump"/
 * "Castellanos"): candidates whose sides name the same two referents are one finding.
 */
function mergeCandidates(candidates: readonly Candidate[], same: (a: string, b: string) => boolean): Candidate[] {
  const merged: Candidate[] = [];
  for (const c of candidates) {
    const a = c.outlier[0]!.name.norm;
    const b = c.other[0]!.name.norm;
    const into = merged.find((m) => {
      const x = m.outlier[0]!.name.norm;
      const y = m.other[0]!.name.norm;
      return (same(x, a) && same(y, b)) || (same(x, b) && same(y, a));
    });
    if (!into) {
      merged.push({ outlier: [...c.outlier], other: [...c.other], ...(c.alignment ? { alignment: c.alignment } : {}) });
      continue;
    }
    const flip = !same(into.outlier[0]!.name.norm, a);
    into.outlier.push(...(flip ? c.other : c.outlier));
    into.other.push(...(flip ? c.outlier : c.other));
    if (!into.alignment && c.alignment) into.alignment = c.alignment;
  }
  return merged;
}

function documentNames(doc: AnalyzedDocument): Set<string> {
  const out = new Set<string>();
  for (const s of doc.sentences) for (const n of s.names) out.add(n.norm);
  return out;
}

function usable(name: NameMention): boolean {
  return !(name.sentenceInitial && name.tokenEnd - name.tokenStart === 1);
}

function groupOccurrences(group: AlignedGroup): Occurrence[] {
  return group.members.flatMap(({ doc, sentence }) => sentence.names.filter(usable).map((name) => ({ doc, sentence, name })));
}

function documentOccurrences(doc: AnalyzedDocument): Occurrence[] {
  return doc.sentences.flatMap((sentence) => sentence.names.filter(usable).map((name) => ({ doc, sentence, name })));
}

function leftStems(o: Occurrence): string[] {
  const tokens = o.sentence.tokens;
  const out: string[] = [];
  for (let i = Math.max(0, o.name.tokenStart - SLOT_WINDOW); i < o.name.tokenStart; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && !t.upper && !isStopword(t.norm)) out.push(t.stem);
  }
  return out;
}

/** The token before a name (a word or a comma, "Kirill Dmitriev" after "cooperation,"); sentence starts have none. */
function previousWord(o: Occurrence): string | undefined {
  const t = o.sentence.tokens[o.name.tokenStart - 1];
  return t && (t.kind === 'word' || t.text === ',') ? t.norm : undefined;
}

/**
 * The same slot: the same word right before both names, and either content words to their left in common
 * ("strategic city of" / "strategically significant town of") or the same token right after them
 * ("General Mark Rutte echoed" / "General Mark Abernathy echoed").
 */
function sameSlot(a: Occurrence, b: Occurrence): boolean {
  const prev = previousWord(a);
  if (prev === undefined || prev !== previousWord(b)) return false;
  const next = a.sentence.tokens[a.name.tokenEnd];
  if (next !== undefined && next.norm === b.sentence.tokens[b.name.tokenEnd]?.norm) return true;
  const left = new Set(leftStems(a));
  return leftStems(b).some((s) => left.has(s));
}

/** Occurrences by slot key (word before + one content word to the left), so slot partners are looked up, not searched. */
function slotIndex(occurrences: readonly Occurrence[]): Map<string, Occurrence[]> {
  const index = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const prev = previousWord(o);
    if (prev === undefined) continue;
    for (const stem of new Set(leftStems(o))) {
      const key = `${prev}\u0000${stem}`;
      const list = index.get(key);
      if (list) list.push(o);
      else index.set(key, [o]);
    }
  }
  return index;
}

function slotNeighbours(o: Occurrence, index: ReadonlyMap<string, Occurrence[]>): Set<Occurrence> {
  const out = new Set<Occurrence>();
  const prev = previousWord(o);
  if (prev === undefined) return out;
  for (const stem of new Set(leftStems(o))) for (const n of index.get(`${prev}\u0000${stem}`) ?? []) if (n !== o) out.add(n);
  return out;
}

function slotNoun(occurrences: readonly Occurrence[]): string | undefined {
  const votes = new Map<string, number>();
  for (const o of occurrences) {
    const tokens = o.sentence.tokens;
    for (let i = Math.max(0, o.name.tokenStart - NOUN_WINDOW); i < o.name.tokenStart; i++) {
      const noun = SLOT_NOUNS.get(tokens[i]!.norm);
      if (noun) votes.set(noun, (votes.get(noun) ?? 0) + 1);
    }
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/**
 * Adds every other report that puts the same name in the same slot of a similar sentence, hop by hop: "stronghold
 * of Pokrovsk" reaches "town of Pokrovsk", which reaches "eastern Ukrainian town of Pokrovsk".
 */
function widen(side: Occurrence[], index: ReadonlyMap<string, Occurrence[]>, context: DetectorContext, same: (a: string, b: string) => boolean): Occurrence[] {
  const out = new Set(side);
  const queue = [...side];
  for (let i = 0; i < queue.length; i++) {
    const o = queue[i]!;
    for (const n of slotNeighbours(o, index)) {
      if (out.has(n) || !same(n.name.norm, o.name.norm)) continue;
      if (n.doc === o.doc || context.similarity(o, n) >= WIDEN_SIMILARITY) {
        out.add(n);
        queue.push(n);
      }
    }
  }
  return [...out];
}

function toFinding(
  candidate: Candidate,
  _all: readonly Occurrence[],
  index: ReadonlyMap<string, Occurrence[]>,
  context: DetectorContext,
  same: (a: string, b: string) => boolean,
): Finding {
  const a = widen(candidate.outlier, index, context, same);
  const b = widen(candidate.other, index, context, same);
  const docsA = new Set(a.map((o) => o.doc.id)).size;
  const docsB = new Set(b.map((o) => o.doc.id)).size;
  const minority = Math.min(docsA, docsB);
  const majority = Math.max(docsA, docsB);
  // One report against several agreeing ones is the typical misreported name; an even split is less sure.
  const agreement = majority / (minority + majority);
  const finding: Finding = {
    kind: 'name',
    severity: 'high',
    confidence: Math.min(0.95, (candidate.alignment ? 0.4 : 0.3) + 0.4 * agreement + 0.05 * Math.min(majority, 4)),
    subject: slotNoun([...a, ...b]) ?? 'Name',
    variants: [...variantsOf(a), ...variantsOf(b)],
    details: {
      context: `same slot in ${candidate.alignment ? 'aligned' : 'similar'} sentences; ${majority} of ${minority + majority} reports agree`,
    },
  };
  if (candidate.alignment) finding.alignment = candidate.alignment;
  return finding;
}

function variantsOf(occurrences: readonly Occurrence[]): FindingVariant[] {
  const byText = new Map<string, FindingVariant>();
  for (const o of occurrences) {
    let v = byText.get(o.name.text);
    if (!v) byText.set(o.name.text, (v = { text: o.name.text, value: capitalize(o.name.norm), spans: [] }));
    v.spans.push(spanOf(o.doc, o.sentence, o.name));
  }
  return [...byText.values()];
}
