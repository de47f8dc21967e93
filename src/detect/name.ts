import type { AnalyzedDocument, AnalyzedSentence, NameMention } from '../analysis.js';
import type { Token } from '../text/tokenize.js';
import type { Detector, DetectorContext, Finding, FindingVariant } from './detector.js';
import { isStopword } from '../text/stopwords.js';
import { capitalize, spanOf } from './spans.js';
import { buildReferentIndex, type ReferentIndex } from './referents.js';
import { nameCensus, usableMention } from './name-census.js';
import { ALIGNED_SLOT_NAME_THRESHOLD, differentNames } from '../mentions/match-names.js';
import { nameEndingAt, nameStartingAt } from '../mentions/names.js';

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
/** Occurrences of one name compared with another's, at most, when looking for a shared slot: one pair suffices. */
const SAMPLE = 6;

interface Occurrence {
  doc: AnalyzedDocument;
  /** Position of the document in the detector's list: an index into {@link ReferentIndex.documentsNaming}. */
  docIndex: number;
  sentence: AnalyzedSentence;
  name: NameMention;
  /** Number of the normalized name and its referent (see {@link ReferentIndex}), looked up once. */
  nameId: number;
  referent: number;
  /** The token before the name ({@link previousWord}), if any. */
  previous: string | undefined;
  /** Slot keys (numbered, see {@link SlotNumbers}): the word before the name with each lower-case content word to its left. */
  slots: readonly number[];
}

interface Candidate {
  sides: [Set<Occurrence>, Set<Occurrence>];
  alignment?: string;
}

/**
 * `name`: a different proper name in the same place of sentences that report the same thing ("the strategic city
 * of Bakhrovsk" vs "the strategic town of Pokrovsk"). A conflict needs:
 * - the same slot: the same word right before both names, and content words to their left in common or the same
 *   token right after them;
 * - sentences that speak of the same thing: aligned, or (across the whole set) similar enough once the names
 *   are discounted;
 * - a substitution, not two facts: no report that names one ever names the other (spellings, short forms, a
 *   place and its adjective, abbreviations and aliases a report declares count as the same name).
 * Every report that puts either name in such a slot is listed, so the finding reads "1 report vs 4".
 * Names are compared as referents computed once for the whole set, and candidate pairs come from alignments
 * and from an index of slots, so the work stays close to linear in the number of name mentions.
 */
export const nameDetector: Detector = {
  kind: 'name',
  detect(context) {
    const census = nameCensus(context);
    const referents = buildReferentIndex(context.documents, census);
    // One occurrence object per mention, shared by the aligned pass, the slot index and widening.
    // By document, then sentence index: read for every member of every alignment, so a few hundred documents are
    // looked up rather than thousands of sentences. Only sentences with occurrences are filled in.
    const bySentence = new Map<AnalyzedDocument, Occurrence[][]>();
    const all: Occurrence[] = [];
    const slotNumbers: SlotNumbers = { byPrevious: new Map(), count: 0 };
    // The census numbers every mention: the number of each name is read, not looked up.
    context.documents.forEach((doc, docIndex) => {
      const ofDoc: Occurrence[][] = [];
      bySentence.set(doc, ofDoc);
      const starts = census.sentenceStarts[docIndex]!;
      for (const sentence of doc.sentences) {
        if (sentence.names.length === 0) continue;
        const list = occurrencesIn(doc, docIndex, sentence, referents, census.mentionNames, starts[sentence.index]!, slotNumbers);
        if (list.length === 0) continue;
        ofDoc[sentence.index] = list;
        for (const o of list) all.push(o);
      }
    });
    const bySlot = slotIndex(all);
    const substitutable = substitutions(referents);
    // By pair of referents (numbered below the number of names), in order of first finding.
    const candidates = new Map<number, Candidate>();
    const names = census.norms.length;
    const add = (a: readonly Occurrence[], b: readonly Occurrence[], alignment?: string) => {
      const ra = a[0]!.referent;
      const rb = b[0]!.referent;
      const x = ra < rb ? a : b;
      const y = ra < rb ? b : a;
      const key = Math.min(ra, rb) * names + Math.max(ra, rb);
      let c = candidates.get(key);
      if (!c) candidates.set(key, (c = { sides: [new Set(), new Set()] }));
      for (const o of x) c.sides[0].add(o);
      for (const o of y) c.sides[1].add(o);
      if (alignment && !c.alignment) c.alignment = alignment;
    };
    // In aligned sentences: names of different referents, carried by reports that never use the other one.
    const inGroup: Occurrence[] = [];
    const listOfReferent = new Int32Array(names);
    for (const group of context.alignments) {
      inGroup.length = 0;
      for (const { doc, sentence } of group.members) {
        const list = bySentence.get(doc)?.[sentence.index];
        if (list !== undefined) for (const o of list) inGroup.push(o);
      }
      if (!severalReferents(inGroup)) continue;
      const lists = listsByReferent(inGroup, listOfReferent);
      for (let i = 0; i < lists.length; i++) {
        for (let j = i + 1; j < lists.length; j++) {
          const [sa, sb] = substitutable(lists[i]!, lists[j]!);
          if (sa.length > 0 && sb.length > 0 && someSlotShared(sa, sb)) add(sa, sb, group.id);
        }
      }
    }
    // Across the set: names sharing a slot key in sentences similar enough to speak of the same thing.
    const similarity = rememberedSimilarity(context);
    for (const bucket of bySlot) {
      if (!severalReferents(bucket)) continue;
      const lists = listsByReferent(bucket, listOfReferent);
      for (let i = 0; i < lists.length; i++) {
        for (let j = i + 1; j < lists.length; j++) {
          const [sa, sb] = substitutable(lists[i]!, lists[j]!);
          const pair = bestSimilarPair(sa, sb, similarity);
          if (pair) add([pair[0]], [pair[1]]);
        }
      }
    }
    return [...candidates.values()].map((c) => toFinding(c, bySlot, referents));
  },
};

/**
 * A name in an enumeration ("Barack Obama, former President Bill Clinton, Hillary Clinton and …"): reports choose
 * different members for their lists, which is selection, not a substituted name.
 */
function enumerated(name: NameMention, sentence: AnalyzedSentence): boolean {
  // Most names have no other name one token away: that is asked first, the token between only then.
  return (
    (nameStartingAt(sentence.names, name.tokenEnd + 1) !== undefined && isListWord(sentence.tokens[name.tokenEnd])) ||
    (nameEndingAt(sentence.names, name.tokenStart - 1) !== undefined && isListWord(sentence.tokens[name.tokenStart - 1]))
  );
}

/** A comma, "and" or "or": what separates the members of a list. */
function isListWord(t: Token | undefined): boolean {
  return t?.text === ',' || t?.norm === 'and' || t?.norm === 'or';
}

function occurrencesIn(
  doc: AnalyzedDocument,
  docIndex: number,
  sentence: AnalyzedSentence,
  referents: ReferentIndex,
  mentionNames: Int32Array,
  firstMention: number,
  slotNumbers: SlotNumbers,
): Occurrence[] {
  const out: Occurrence[] = [];
  const names = sentence.names;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (!usableMention(name) || enumerated(name, sentence)) continue;
    const nameId = mentionNames[firstMention + i]!;
    const previous = previousWord(sentence, name);
    out.push({
      doc,
      docIndex,
      sentence,
      name,
      nameId,
      referent: referents.referentOfName(nameId),
      previous,
      slots: previous === undefined ? NO_SLOTS : slotKeys(sentence, name, previous, slotNumbers),
    });
  }
  return out;
}

/** The slot keys of a name without a word before it: shared, never written to. */
const NO_SLOTS: readonly number[] = [];

/** Whether a list of occurrences names more than one referent: most slots and alignments hold one, and need no pairs. */
function severalReferents(items: readonly Occurrence[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i]!.referent !== items[0]!.referent) return true;
  return false;
}

/**
 * Occurrences by referent, one list per referent in increasing order of referent, each in the order of the items.
 * `listOf` is all zeros, by referent, and is left so: it holds each referent's list number (plus one) meanwhile.
 */
function listsByReferent(items: readonly Occurrence[], listOf: Int32Array): Occurrence[][] {
  const lists: Occurrence[][] = [];
  for (const item of items) {
    const k = listOf[item.referent]!;
    if (k === 0) listOf[item.referent] = lists.push([item]);
    else lists[k - 1]!.push(item);
  }
  for (const list of lists) listOf[list[0]!.referent] = 0;
  return lists.sort((x, y) => x[0]!.referent - y[0]!.referent);
}

/**
 * The occurrences of each side whose report never names the other side's referent. Names that the same slot
 * makes one name (one consonant apart: Zhovkva/Zholkva) are a spelling difference, not a substitution. The verdict
 * on two names is remembered: the same two names meet in many alignments and slots.
 */
function substitutions(referents: ReferentIndex): (a: readonly Occurrence[], b: readonly Occurrence[]) => [Occurrence[], Occurrence[]] {
  const verdicts = new Map<number, Map<number, boolean>>();
  const differ = (a: Occurrence, b: Occurrence): boolean => {
    let byB = verdicts.get(a.nameId);
    if (byB === undefined) verdicts.set(a.nameId, (byB = new Map()));
    let verdict = byB.get(b.nameId);
    if (verdict === undefined) byB.set(b.nameId, (verdict = differentNames(a.name.norm, b.name.norm, ALIGNED_SLOT_NAME_THRESHOLD)));
    return verdict;
  };
  return (a, b) => {
    if (!differ(a[0]!, b[0]!)) return [[], []];
    // Each side is one referent, so what the other side names is that side's referent.
    return [notNaming(a, referents.documentsNaming(b[0]!.referent)), notNaming(b, referents.documentsNaming(a[0]!.referent))];
  };
}

/** The occurrences whose document is not flagged. */
function notNaming(occurrences: readonly Occurrence[], naming: Uint8Array): Occurrence[] {
  const out: Occurrence[] = [];
  for (const o of occurrences) if (naming[o.docIndex] === 0) out.push(o);
  return out;
}

/** The token before a name (a word or a comma, "Kirill Dmitriev" after "cooperation,"); sentence starts have none. */
function previousWord(sentence: AnalyzedSentence, name: NameMention): string | undefined {
  // Index -1 is asked of no array: reading it leaves the fast path for elements.
  if (name.tokenStart === 0) return undefined;
  const t = sentence.tokens[name.tokenStart - 1]!;
  return t.kind === 'word' || t.text === ',' ? t.norm : undefined;
}

/**
 * Slot keys numbered in order of first use: word before the name → content stem → number. Token words are shared
 * strings, so a slot costs two map lookups instead of a key string built and hashed per slot.
 */
interface SlotNumbers {
  byPrevious: Map<string, Map<string, number>>;
  count: number;
}

function slotNumber(numbers: SlotNumbers, previous: string, stem: string): number {
  let byStem = numbers.byPrevious.get(previous);
  if (byStem === undefined) numbers.byPrevious.set(previous, (byStem = new Map()));
  let n = byStem.get(stem);
  if (n === undefined) byStem.set(stem, (n = numbers.count++));
  return n;
}

/** The slot keys of a name after `previous`: that word with the stem of each lower-case content word to its left. */
function slotKeys(sentence: AnalyzedSentence, name: NameMention, previous: string, numbers: SlotNumbers): number[] {
  const tokens = sentence.tokens;
  const out: number[] = [];
  for (let i = Math.max(0, name.tokenStart - SLOT_WINDOW); i < name.tokenStart; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.upper || isStopword(t.norm)) continue;
    const n = slotNumber(numbers, previous, t.stem);
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * The same slot: the same word right before both names, and either content words to their left in common
 * ("strategic city of" / "strategically significant town of") or the same token right after them
 * ("General Mark Rutte echoed" / "General Mark Abernathy echoed").
 */
function sameSlot(a: Occurrence, b: Occurrence): boolean {
  if (a.previous === undefined || a.previous !== b.previous) return false;
  const next = a.sentence.tokens[a.name.tokenEnd];
  if (next !== undefined && next.norm === b.sentence.tokens[b.name.tokenEnd]?.norm) return true;
  return a.slots.some((k) => b.slots.includes(k));
}

function someSlotShared(a: readonly Occurrence[], b: readonly Occurrence[]): boolean {
  const na = Math.min(a.length, SAMPLE);
  const nb = Math.min(b.length, SAMPLE);
  for (let i = 0; i < na; i++) {
    for (let j = 0; j < nb; j++) if (a[i]!.doc !== b[j]!.doc && sameSlot(a[i]!, b[j]!)) return true;
  }
  return false;
}

/** Among a few occurrences of each side, the most similar pair of sentences, if similar enough. */
function bestSimilarPair(
  a: readonly Occurrence[],
  b: readonly Occurrence[],
  similarity: (x: Occurrence, y: Occurrence) => number,
): [Occurrence, Occurrence] | undefined {
  let best: [Occurrence, Occurrence] | undefined;
  let bestScore = SUBSTITUTION_SIMILARITY;
  const na = Math.min(a.length, SAMPLE);
  const nb = Math.min(b.length, SAMPLE);
  for (let i = 0; i < na; i++) {
    const x = a[i]!;
    for (let j = 0; j < nb; j++) {
      const y = b[j]!;
      if (x.doc === y.doc) continue;
      const score = similarity(x, y);
      if (score >= bestScore) {
        best = [x, y];
        bestScore = score;
      }
    }
  }
  return best;
}

/** The context's similarity of two sentences, remembered: the same two sentences meet in several slots. */
function rememberedSimilarity(context: DetectorContext): (x: Occurrence, y: Occurrence) => number {
  const scores = new Map<AnalyzedSentence, Map<AnalyzedSentence, number>>();
  return (x, y) => {
    let withX = scores.get(x.sentence);
    if (withX === undefined) scores.set(x.sentence, (withX = new Map()));
    let score = withX.get(y.sentence);
    if (score === undefined) withX.set(y.sentence, (score = context.similarity(x, y)));
    return score;
  };
}

/**
 * Occurrences by slot key, so slot partners are looked up, not searched. Slot keys are numbered in order of first
 * use while the occurrences are built in this order, so the buckets are a list by number, in order of first use.
 */
function slotIndex(occurrences: readonly Occurrence[]): Occurrence[][] {
  const index: Occurrence[][] = [];
  for (const o of occurrences) {
    for (const key of o.slots) (index[key] ??= []).push(o);
  }
  return index;
}

/**
 * Every other mention of a side's name in one of the side's slots, in a report that never names the other side:
 * "stronghold of Pokrovsk" reaches "town of Pokrovsk", which reaches "eastern Ukrainian town of Pokrovsk".
 */
function widen(side: readonly Occurrence[], other: number, index: readonly Occurrence[][], referents: ReferentIndex): Occurrence[] {
  const referent = side[0]!.referent;
  const namingOther = referents.documentsNaming(other);
  const out = new Set(side);
  const keys = new Set<number>();
  const queue = [...side];
  for (let i = 0; i < queue.length; i++) {
    for (const key of queue[i]!.slots) {
      if (keys.has(key)) continue;
      keys.add(key);
      for (const n of index[key] ?? []) {
        if (out.has(n) || n.referent !== referent || namingOther[n.docIndex] !== 0) continue;
        out.add(n);
        queue.push(n);
      }
    }
  }
  return [...out];
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

function toFinding(candidate: Candidate, index: readonly Occurrence[][], referents: ReferentIndex): Finding {
  const [first, second] = candidate.sides.map((side) => [...side]) as [Occurrence[], Occurrence[]];
  const a = widen(first, second[0]!.referent, index, referents);
  const b = widen(second, first[0]!.referent, index, referents);
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

/** One side's mentions, one variant per wording; all share the value of the side's most used form of the name. */
function variantsOf(occurrences: readonly Occurrence[]): FindingVariant[] {
  const uses = new Map<string, number>();
  for (const o of occurrences) uses.set(o.name.norm, (uses.get(o.name.norm) ?? 0) + 1);
  const main = [...uses.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
  const byText = new Map<string, FindingVariant>();
  for (const o of occurrences) {
    let v = byText.get(o.name.text);
    if (!v) byText.set(o.name.text, (v = { text: o.name.text, value: capitalize(main), spans: [] }));
    v.spans.push(spanOf(o.doc, o.sentence, o.name));
  }
  return [...byText.values()];
}
