import type { AlignedGroup, AnalyzedDocument, AnalyzedSentence, Quantity } from '../analysis.js';
import type { Detector, Finding, FindingVariant } from './detector.js';
import type { Severity } from '../types.js';
import { compareQuantities } from '../text/quantity-compare.js';
import { capitalize, spanOf } from './spans.js';
import { isStopword } from '../text/stopwords.js';
import { firstTokenFrom, lastTokenWithin, type Token } from '../text/tokenize.js';
import { addToSet, pushTo } from '../collections.js';

interface Use {
  doc: AnalyzedDocument;
  sentence: AnalyzedSentence;
  q: Quantity;
}

/**
 * Head nouns that name the same thing in news wording: "27-point framework" and "28-point proposal" describe one
 * plan. Stems (Porter) of the words; a head not listed is its own class.
 */
const HEAD_CLASSES: readonly (readonly string[])[] = [
  ['plan', 'propos', 'framework', 'draft', 'blueprint', 'deal', 'agreement', 'roadmap', 'initi', 'packag', 'accord', 'treati', 'pact', 'document'],
  ['conflict', 'war', 'fight', 'invas', 'battl', 'campaign', 'offens', 'occup', 'crisi', 'struggl'],
  ['talk', 'discuss', 'negoti', 'meet', 'session', 'summit', 'convers', 'dialogu', 'round'],
  ['investig', 'probe', 'inquiri', 'review', 'audit'],
  ['sentenc', 'term', 'prison', 'jail'],
];
const HEAD_CLASS = new Map<string, number>(HEAD_CLASSES.flatMap((stems, i) => stems.map((s): [string, number] => [s, i])));

function headClass(q: Quantity): string {
  if (!q.head) return '';
  const c = HEAD_CLASS.get(q.head);
  return c === undefined ? q.head : `class:${c}`;
}

/** What a quantity measures: quantities with different slots are never compared. */
function slotOf(q: Quantity): string {
  const unit = q.dimension === 'duration' ? 'year' : q.unit;
  return `${q.dimension}|${unit}|${headClass(q)}`;
}

/** Canonical wording of a value, so "27-point" and "27 points" are one variant. */
function valueKey(q: Quantity): string {
  const value = Number.isFinite(q.value) ? Number(q.value.toPrecision(6)) : q.value;
  return `${q.hedge ? `${q.hedge} ` : ''}${value} ${q.dimension === 'duration' ? 'years' : q.unit}`.trim();
}

/** How far apart two conflicting values are, relative to the larger: 27 vs 28 is small, 4 vs 10 years is large. */
function severityOf(uses: readonly Use[]): Severity {
  // One pass over the finite values (a finding may carry hundreds): the largest magnitude, the highest, the lowest.
  let max = -Infinity;
  let highest = -Infinity;
  let lowest = Infinity;
  for (let i = 0; i < uses.length; i++) {
    const v = uses[i]!.q.value;
    if (!Number.isFinite(v)) continue;
    max = Math.max(max, Math.abs(v));
    highest = Math.max(highest, v);
    lowest = Math.min(lowest, v);
  }
  const spread = max === 0 ? 0 : (highest - lowest) / max;
  return spread >= 0.25 ? 'high' : 'medium';
}

function subjectOf(uses: readonly Use[]): string {
  const q = uses[0]!.q;
  switch (q.dimension) {
    case 'duration': return 'Duration';
    case 'money': return 'Amount';
    case 'percent': return 'Percentage';
    case 'year': return 'Year';
    case 'ordinal': return 'Rank';
    default: {
      const word = q.unit || 'number';
      return capitalize(word.endsWith('s') ? word : `${word}s`);
    }
  }
}

/**
 * `number`: the same quantity given different values. Two sources of pairs:
 * - aligned sentences: quantities with the same dimension, unit and head that are left over after matching the
 *   equal or compatible ones ("more than 30" and "34" agree); a conflict needs exactly one leftover of the slot on
 *   each side, so two different quantities in one sentence (the year of one event and of another) never clash;
 * - the whole set: quantities written as compound modifiers of one kind of thing ("27-point framework" and
 *   "28-point proposal", "nearly four-year conflict" and "nearly decade-long conflict"), wherever they stand,
 *   which is how a plan's size or a war's length is usually stated.
 * Values are intervals (hedges widen them), so "nearly 18 months" and "more than a year" agree.
 */
export const numberDetector: Detector = {
  kind: 'number',
  detect({ documents, alignments }) {
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const group of alignments) findings.push(...detectInGroup(group, reported));
    findings.push(...detectAcrossSet(documents, reported));
    return findings;
  },
};

function key(u: Use): string {
  return `${u.doc.id}\u0000${u.q.start}`;
}

/**
 * How many of the most common quantity signatures of an aligned group every other signature is compared with:
 * conflicts are sought against what many reports say, which keeps the work linear in the number of reports.
 */
const ANCHORS = 16;

type Member = AlignedGroup['members'][number];

/** The values a sentence gives, in order: sentences of copied text share it and are compared once. */
function signatureOf(sentence: AnalyzedSentence): string {
  return sentence.quantities.map(valueKey).join('\u0001');
}

function detectInGroup(group: AlignedGroup, reported: Set<string>): Finding[] {
  const bySignature = new Map<string, Member[]>();
  for (const m of group.members) {
    if (m.sentence.quantities.length === 0) continue;
    const sig = signatureOf(m.sentence);
    pushTo(bySignature, sig, m);
  }
  if (bySignature.size < 2) return [];
  const signatures = [...bySignature.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  // A quantity is in conflict when its signature's value clashes with another signature's: (signature, value).
  const conflicted = new Set<string>();
  const anchors = signatures.slice(0, ANCHORS);
  for (let i = 0; i < signatures.length; i++) {
    const [sigA, membersA] = signatures[i]!;
    for (let j = 0; j < anchors.length; j++) {
      const [sigB, membersB] = anchors[j]!;
      // Signatures are distinct; two anchors (the first signatures) are compared once.
      if (i === j || (i < anchors.length && sigA > sigB)) continue;
      const a = membersA[0]!;
      const b = membersB.find((m) => m.doc !== a.doc) ?? membersB[0]!;
      if (a.doc === b.doc && membersA.every((m) => m.doc === a.doc) && membersB.every((m) => m.doc === a.doc)) continue;
      for (const [qa, qb] of conflictingPairs(a.sentence.quantities, b.sentence.quantities, a.sentence.tokens, b.sentence.tokens)) {
        conflicted.add(`${sigA}\u0000${valueKey(qa)}`).add(`${sigB}\u0000${valueKey(qb)}`);
      }
    }
  }
  if (conflicted.size === 0) return [];
  const bySlot = new Map<string, { use: Use; inConflict: boolean }[]>();
  for (const [sig, members] of signatures) {
    for (const { doc, sentence } of members) {
      for (const q of sentence.quantities) {
        pushTo(bySlot, slotOf(q), { use: { doc, sentence, q }, inConflict: conflicted.has(`${sig}\u0000${valueKey(q)}`) });
      }
    }
  }
  const findings: Finding[] = [];
  for (const entries of bySlot.values()) {
    if (entries.filter((e) => e.inConflict).length < 2) continue;
    // Documents that agree with one side of the conflict are evidence too: keep their quantity of this slot,
    // when a document has only one.
    const perDoc = new Map<string, number>();
    for (const { use } of entries) perDoc.set(use.doc.id, (perDoc.get(use.doc.id) ?? 0) + 1);
    const evidence = entries.filter((e) => e.inConflict || perDoc.get(e.use.doc.id) === 1).map((e) => e.use);
    for (const u of evidence) reported.add(key(u));
    findings.push(toFinding(evidence, group.id, 0.55 + 0.35 * group.score));
  }
  return findings;
}

/** Pairs of quantities in conflict between two sentences, after equal and compatible ones are matched away. */
function conflictingPairs(as: readonly Quantity[], bs: readonly Quantity[], tokensA: readonly Token[], tokensB: readonly Token[]): [Quantity, Quantity][] {
  const leftA = new Set(as);
  const leftB = new Set(bs);
  for (const qa of as) {
    for (const qb of leftB) {
      const r = compareQuantities(qa, qb);
      if (r === 'same' || r === 'compatible') {
        leftA.delete(qa);
        leftB.delete(qb);
        break;
      }
    }
  }
  const pairs: [Quantity, Quantity][] = [];
  for (const qa of leftA) {
    const slot = slotOf(qa);
    const sameSlotA = [...leftA].filter((q) => slotOf(q) === slot);
    const sameSlotB = [...leftB].filter((q) => slotOf(q) === slot);
    if (sameSlotA.length !== 1 || sameSlotB.length !== 1) continue;
    const qb = sameSlotB[0]!;
    if (qa.dimension === 'count' && qa.unit === '') continue; // a bare number: nothing says what it counts
    if (isPartitive(qa, tokensA) || isPartitive(qb, tokensB)) continue; // "one of the two officers"
    if (compareQuantities(qa, qb) === 'conflict' && sameContext(qa, qb, tokensA, tokensB)) pairs.push([qa, qb]);
  }
  return pairs;
}

/** "one of the two officers": the first number picks from a group, it does not count the group. */
function isPartitive(q: Quantity, tokens: readonly Token[]): boolean {
  const determiners = ['the', 'those', 'these', 'its', 'their', 'his', 'her'];
  const ofAt = (i: number) => tokens[i]?.norm === 'of' && determiners.includes(tokens[i + 1]?.norm ?? '');
  // "of the" right after the quantity, or right after its first word when the reading took the group in too.
  const first = firstTokenFrom(tokens, q.start);
  return ofAt(firstTokenFrom(tokens, q.end)) || (first < tokens.length && (tokens[first + 1]?.end ?? Infinity) <= q.end && ofAt(first + 1));
}

/** Content words this far on either side of a quantity describe what it measures. */
const CONTEXT_WINDOW = 4;

function contextStems(q: Quantity, tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  const first = firstTokenFrom(tokens, q.start);
  if (first === tokens.length) return out;
  const last = lastTokenWithin(tokens, first, q.end);
  for (let i = Math.max(0, first - CONTEXT_WINDOW); i <= Math.min(tokens.length - 1, last + CONTEXT_WINDOW); i++) {
    const t = tokens[i]!;
    if ((i < first || i > last) && t.kind === 'word' && !isStopword(t.norm)) out.add(t.stem);
  }
  return out;
}

/**
 * Two quantities of one dimension in aligned sentences measure the same thing only if they say so: the same
 * head noun, or content words around them in common ("furloughed for 35 days" and "open for three weeks" do not).
 */
function sameContext(a: Quantity, b: Quantity, tokensA: readonly Token[], tokensB: readonly Token[]): boolean {
  if (a.head && a.head === b.head) return true;
  const around = contextStems(a, tokensA);
  for (const stem of contextStems(b, tokensB)) if (around.has(stem)) return true;
  return false;
}

function detectAcrossSet(documents: readonly AnalyzedDocument[], reported: ReadonlySet<string>): Finding[] {
  const bySlot = new Map<string, Use[]>();
  for (const doc of documents) {
    for (const sentence of doc.sentences) {
      for (const q of sentence.quantities) {
        if (!q.compound || !q.head) continue;
        const slot = slotOf(q);
        pushTo(bySlot, slot, { doc, sentence, q });
      }
    }
  }
  const findings: Finding[] = [];
  for (const uses of bySlot.values()) {
    // Values the aligned pass already explained (27 vs 38 in two versions of one sentence) are not set-level
    // evidence again.
    const open = uses.filter((u) => !reported.has(key(u)));
    const clashing = clashingUses(open);
    if (clashing.length < 2) continue;
    const valuesByDoc = new Map<string, Set<string>>();
    for (const u of clashing) addToSet(valuesByDoc, u.doc.id, valueKey(u.q));
    const valueSets = [...valuesByDoc.values()].map((v) => [...v].sort().join('\u0000'));
    const reportsDisagree = new Set(valueSets).size > 1;
    // Reports that carry the same values agree with each other (a revision they all describe, or one text
    // twice): no discrepancy. A single report giving two values for one thing ("updated 27-point … initial
    // 28-point") is worth showing, with less confidence, since no other report lets a reader check it.
    if (!reportsDisagree && valuesByDoc.size > 1) continue;
    const finding = toFinding(clashing, undefined, reportsDisagree ? 0.6 : 0.45);
    finding.details = { ...finding.details, scope: reportsDisagree ? 'across reports' : 'within one report' };
    findings.push(finding);
  }
  return findings;
}

/**
 * The uses whose quantity conflicts with another use's. How two quantities compare follows from their dimension,
 * unit, value and interval alone, and a slot holds a few distinct ones written many times: each distinct one is
 * compared once with each other (and with itself, for the uses it stands for), not every use with every use.
 */
function clashingUses(uses: readonly Use[]): Use[] {
  const distinct = new Map<string, number>();
  const representatives: Quantity[] = [];
  const counts: number[] = [];
  const distinctOf = new Int32Array(uses.length);
  for (let i = 0; i < uses.length; i++) {
    const q = uses[i]!.q;
    // Number to string is exact (one string per number, but 0 and -0, which compare alike); the unit, which may
    // hold any character, comes last.
    const key = `${q.dimension}|${q.value}|${q.low}|${q.high}|${q.unit}`;
    let d = distinct.get(key);
    if (d === undefined) {
      d = representatives.push(q) - 1;
      counts.push(0);
      distinct.set(key, d);
    }
    counts[d]!++;
    distinctOf[i] = d;
  }
  const clashes = new Uint8Array(representatives.length);
  for (let d = 0; d < representatives.length; d++) {
    const q = representatives[d]!;
    for (let e = 0; e < representatives.length && clashes[d] === 0; e++) {
      if (e === d && counts[d]! < 2) continue;
      if (compareQuantities(q, representatives[e]!) === 'conflict') clashes[d] = 1;
    }
  }
  return uses.filter((_, i) => clashes[distinctOf[i]!] === 1);
}

function toFinding(uses: readonly Use[], alignment: string | undefined, confidence: number): Finding {
  const byValue = new Map<string, FindingVariant>();
  for (const u of uses) {
    const value = valueKey(u.q);
    let v = byValue.get(value);
    if (!v) byValue.set(value, (v = { text: u.q.text, value, spans: [] }));
    v.spans.push(spanOf(u.doc, u.sentence, u.q));
  }
  const finding: Finding = {
    kind: 'number',
    severity: severityOf(uses),
    confidence: Math.min(0.95, confidence),
    subject: subjectOf(uses),
    variants: [...byValue.values()],
  };
  if (alignment !== undefined) finding.alignment = alignment;
  return finding;
}
