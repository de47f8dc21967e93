import type { AlignedGroup, AnalyzedDocument, AnalyzedSentence, NameMention } from '../analysis.js';
import type { Detector, Finding, FindingVariant } from './detector.js';
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
const LEFT_WINDOW = 5;

interface Occurrence {
  member: number;
  doc: AnalyzedDocument;
  sentence: AnalyzedSentence;
  name: NameMention;
}

interface NameCluster {
  norms: Set<string>;
  occurrences: Occurrence[];
  members: Set<number>;
}

/**
 * `name`: a different proper name in the same place of aligned sentences ("the strategic city of Bakhrovsk" vs
 * "the strategic town of Pokrovsk"). Within each alignment, names are grouped by referent (spellings, short forms
 * and declared aliases are one referent); two groups carried by disjoint sets of sentences that stand in the same
 * slot (same word before them and shared content words to their left) are a conflict. How many reports carry each
 * name raises or lowers confidence: one report against all the others is the classic outlier.
 */
export const nameDetector: Detector = {
  kind: 'name',
  detect({ documents, alignments }) {
    const isAlias = declaredAliases(documents);
    const documentFrequency = nameDocumentFrequency(documents);
    return alignments.flatMap((group) => detectInGroup(group, isAlias, documentFrequency, documents.length));
  },
};

function nameDocumentFrequency(docs: readonly AnalyzedDocument[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) {
    const seen = new Set<string>();
    for (const s of d.sentences) for (const n of s.names) seen.add(n.norm);
    for (const n of seen) df.set(n, (df.get(n) ?? 0) + 1);
  }
  return df;
}

function clusterNames(group: AlignedGroup, isAlias: (a: string, b: string) => boolean): NameCluster[] {
  const clusters: NameCluster[] = [];
  group.members.forEach(({ doc, sentence }, member) => {
    for (const name of sentence.names) {
      if (name.sentenceInitial && name.tokenEnd - name.tokenStart === 1) continue;
      let cluster = clusters.find((c) => [...c.norms].some((n) => sameReferent(n, name.norm, isAlias)));
      if (!cluster) clusters.push((cluster = { norms: new Set(), occurrences: [], members: new Set() }));
      cluster.norms.add(name.norm);
      cluster.occurrences.push({ member, doc, sentence, name });
      cluster.members.add(member);
    }
  });
  return clusters;
}

function leftStems(o: Occurrence): string[] {
  const tokens = o.sentence.tokens;
  const out: string[] = [];
  for (let i = Math.max(0, o.name.tokenStart - LEFT_WINDOW); i < o.name.tokenStart; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && !isStopword(t.norm)) out.push(t.stem);
  }
  return out;
}

/** Same word right before both names, and content words to their left in common: the same slot. */
function sameSlot(a: Occurrence, b: Occurrence): boolean {
  const prevA = a.sentence.tokens[a.name.tokenStart - 1];
  const prevB = b.sentence.tokens[b.name.tokenStart - 1];
  if (!prevA || !prevB || prevA.norm !== prevB.norm) return false;
  const left = new Set(leftStems(a));
  return leftStems(b).some((s) => left.has(s));
}

function slotNoun(occurrences: readonly Occurrence[]): string | undefined {
  const votes = new Map<string, number>();
  for (const o of occurrences) {
    const tokens = o.sentence.tokens;
    for (let i = Math.max(0, o.name.tokenStart - LEFT_WINDOW); i < o.name.tokenStart; i++) {
      const noun = SLOT_NOUNS.get(tokens[i]!.norm);
      if (noun) votes.set(noun, (votes.get(noun) ?? 0) + 1);
    }
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

function detectInGroup(
  group: AlignedGroup,
  isAlias: (a: string, b: string) => boolean,
  documentFrequency: ReadonlyMap<string, number>,
  documentCount: number,
): Finding[] {
  const clusters = clusterNames(group, isAlias);
  const findings: Finding[] = [];
  for (let i = 0; i < clusters.length; i++) {
    for (let j = i + 1; j < clusters.length; j++) {
      const a = clusters[i]!;
      const b = clusters[j]!;
      if ([...a.members].some((m) => b.members.has(m))) continue;
      const slotted = a.occurrences.some((oa) => b.occurrences.some((ob) => sameSlot(oa, ob)));
      if (!slotted) continue;
      const variants = [a, b].flatMap(variantsOf);
      const minority = Math.min(a.members.size, b.members.size);
      const majority = Math.max(a.members.size, b.members.size);
      // One report against several agreeing ones is the typical misreported name; a split decision is less sure.
      const agreement = majority / (minority + majority);
      const setSupport = Math.max(...[...a.norms, ...b.norms].map((n) => documentFrequency.get(n) ?? 0)) / documentCount;
      const noun = slotNoun([...a.occurrences, ...b.occurrences]);
      findings.push({
        kind: 'name',
        severity: 'high',
        confidence: Math.min(0.95, 0.45 + 0.3 * agreement + 0.2 * setSupport),
        subject: noun ?? 'Name',
        alignment: group.id,
        variants,
        details: {
          context: `same slot in aligned sentences${majority > minority ? `; ${majority} of ${majority + minority} reports agree` : ''}`,
        },
      });
    }
  }
  return findings;
}

function variantsOf(cluster: NameCluster): FindingVariant[] {
  const byNorm = new Map<string, FindingVariant>();
  for (const o of cluster.occurrences) {
    let v = byNorm.get(o.name.norm);
    if (!v) byNorm.set(o.name.norm, (v = { text: o.name.text, value: capitalize(o.name.norm), spans: [] }));
    v.spans.push(spanOf(o.doc, o.sentence, o.name));
  }
  // Spellings of one name inside a cluster stay separate variants, so that every span slices back to its text.
  return [...byNorm.values()];
}
