/**
 * The `title` detector: one person given conflicting titles or roles by different reports.
 * @module
 */
import type { AnalyzedDocument, TitleMention } from '../analysis.js';
import type { Severity } from '../types.js';
import { stem } from '../text/stem.js';
import { ROLE_QUALIFIERS, isRoleWord } from '../mentions/title-words.js';
import type { Detector, DetectorContext, Finding, FindingVariant } from './detector.js';
import { sentenceAt } from './spans.js';
import { wordTable } from '../text/word-table.js';
import { byId, isSubset, pushTo, smallestOf } from '../collections.js';
import { groupSameNames } from './name-groups.js';

/** Words that change what a title means: "former President" is not "President", "Vice President" neither. */
const RANK_WORDS: ReadonlySet<string> = new Set(['former', 'late', 'acting', 'interim', 'outgoing', 'incoming', 'vice', 'deputy', 'assistant', 'associate', 'elect', 'designate', 'retired']);
/** Status words whose difference is a factual conflict about the present (severity high; other offices medium, ranks low). */
const STATUS_WORDS: ReadonlySet<string> = new Set(['former', 'late', 'acting', 'interim', 'outgoing', 'incoming', 'elect', 'designate', 'retired']);
/**
 * Qualifiers that only say whose or where the office is, or how new it is ("UK", "Kremlin", "new", "top"):
 * a title with them agrees with one without them.
 */
const AFFILIATIONS: ReadonlySet<string> = new Set(
  `new newly current now top senior white house union european eu un nato us usa uk britain british french german russian
ukrainian estonian american israeli chinese kremlin pentagon federal district circuit senate state's the of for and
in at to on`.split(/\s+/),
);
// Spellings of one role.
const ROLE_SYNONYMS: Readonly<Record<string, string>> = wordTable({
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', advisor: 'adviser', congressman: 'representative',
  congresswoman: 'representative', chairwoman: 'chairman', chair: 'chairman', chairperson: 'chairman', defence: 'defense',
  envoys: 'envoy', ceo: 'chief executive', gov: 'governor', sen: 'senator', rep: 'representative',
});

/** What a title says once affiliations are set aside: its rank words and its other meaning words. */
interface TitleCore {
  rank: Set<string>;
  words: Set<string>;
}

/** Splits a normalized title into rank words and meaning words (stemmed, synonyms folded, affiliations dropped). */
export function titleCore(norm: string): TitleCore {
  const rank = new Set<string>();
  const words = new Set<string>();
  for (const raw of norm.split(' ')) {
    for (const word of (ROLE_SYNONYMS[raw] ?? raw).split(' ')) {
      if (word === '') continue;
      if (RANK_WORDS.has(word)) rank.add(word); // "ex-" arrives as "former" (normalizeTitle)
      // Places, parties and organizations ("Indiana", "GOP", "NRA") say where the office is, not what it is.
      else if (!AFFILIATIONS.has(word) && (isRoleWord(word) || ROLE_QUALIFIERS.has(word))) words.add(stem(word));
    }
  }
  return { rank, words };
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && isSubset(a, b);
}

/**
 * True when two titles can both be right: the same rank words, and the meaning words of one contained in the
 * other's ("Prime Minister" / "UK Prime Minister", "special envoy" / "US special envoy").
 */
export function titlesAgree(a: string, b: string): boolean {
  const ca = titleCore(a);
  const cb = titleCore(b);
  if (!sameSet(ca.rank, cb.rank)) return false;
  return isSubset(ca.words, cb.words) || isSubset(cb.words, ca.words);
}

interface Mention {
  doc: AnalyzedDocument;
  title: TitleMention;
}

/** Titles that agree, with the title most often written as their value. */
interface TitleGroup {
  norms: Map<string, number>;
  mentions: Mention[];
  docs: Set<string>;
  core: TitleCore;
}

/** Title cores by normalized title, for one run of the detector: reports repeat their titles. Never changed. */
type Cores = Map<string, TitleCore>;

function coreOf(norm: string, cores: Cores): TitleCore {
  let core = cores.get(norm);
  if (core === undefined) cores.set(norm, (core = titleCore(norm)));
  return core;
}

/** `localeCompare`, without asking the collator about equal strings (reports repeat titles and ids). */
function compareText(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

function groupTitles(mentions: readonly Mention[], cores: Cores): TitleGroup[] {
  // Longest titles first, so that a shorter one joins the fuller title it is part of. Each mention's core is
  // looked up once, not at every comparison.
  const sorted = mentions.map((m) => ({ m, core: coreOf(m.title.norm, cores) }));
  sorted.sort(
    (a, b) => b.core.words.size - a.core.words.size || compareText(a.m.title.norm, b.m.title.norm) || compareText(a.m.doc.id, b.m.doc.id) || a.m.title.start - b.m.title.start,
  );
  const groups: TitleGroup[] = [];
  for (const { m, core } of sorted) {
    const home = groups.find((g) => sameSet(g.core.rank, core.rank) && isSubset(core.words, g.core.words));
    const group = home ?? { norms: new Map<string, number>(), mentions: [], docs: new Set<string>(), core };
    if (!home) groups.push(group);
    group.norms.set(m.title.norm, (group.norms.get(m.title.norm) ?? 0) + 1);
    group.mentions.push(m);
    group.docs.add(m.doc.id);
  }
  return groups;
}

function representative(g: TitleGroup): string {
  return [...g.norms.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]![0];
}

/** One variant per exact wording ("EU foreign policy chief", "EU Foreign Policy Chief"), all with the group's value. */
function variantsOf(g: TitleGroup): FindingVariant[] {
  const mentions = [...g.mentions].sort((a, b) => compareText(a.doc.id, b.doc.id) || a.title.start - b.title.start);
  const value = representative(g);
  const byText = new Map<string, FindingVariant>();
  for (const m of mentions) {
    let variant = byText.get(m.title.text);
    if (!variant) byText.set(m.title.text, (variant = { text: m.title.text, value, spans: [] }));
    variant.spans.push({ docId: m.doc.id, start: m.title.start, end: m.title.end, sentence: sentenceAt(m.doc, m.title.start)?.index ?? 0 });
  }
  return [...byText.values()];
}

/** A group disagrees with another when each has a report the other lacks: a report giving both titles agrees. */
function conflicting(a: TitleGroup, b: TitleGroup): boolean {
  return !isSubset(a.docs, b.docs) && !isSubset(b.docs, a.docs) && !titlesAgree(representative(a), representative(b));
}

function severityOf(groups: readonly TitleGroup[]): Severity {
  const status = (g: TitleGroup): string => [...g.core.rank].filter((w) => STATUS_WORDS.has(w)).sort().join(' ');
  const first = status(groups[0]!);
  if (groups.some((g) => status(g) !== first)) return 'high';
  // Different offices ("Defense Secretary" vs "Secretary of State") matter more than a rank word ("Vice", "Deputy"),
  // but people hold several roles at once (CEO and president), so they are not sure conflicts.
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!.core.words;
      const b = groups[j]!.core.words;
      if (!isSubset(a, b) && !isSubset(b, a)) return 'medium';
    }
  }
  return 'low';
}

/** Surer when a status word differs ("former") than when offices differ, surer for titles several reports give. */
function confidenceOf(groups: readonly TitleGroup[], severity: Severity): number {
  const base = severity === 'high' ? 0.7 : severity === 'medium' ? 0.55 : 0.45;
  const support = Math.min(0.2, 0.05 * (groups.reduce((n, g) => n + g.docs.size, 0) - 2));
  return Math.round((base + support) * 100) / 100;
}


/** People across all documents, joined when their full names are one name (see `groupSameNames`). */
function peopleOf(docs: readonly AnalyzedDocument[]): Map<string, Mention[]> {
  const rootOf = groupSameNames(docs.flatMap((d) => d.titles.map((t) => t.person)));
  const out = new Map<string, Mention[]>();
  for (const doc of docs) {
    for (const title of doc.titles) {
      pushTo(out, rootOf.get(title.person)!, { doc, title });
    }
  }
  return out;
}

function displayName(mentions: readonly Mention[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (!m.title.person.includes(' ')) continue;
    const written = m.doc.text.slice(m.title.personStart, m.title.personEnd);
    counts.set(written, (counts.get(written) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? best[0] : mentions[0]!.doc.text.slice(mentions[0]!.title.personStart, mentions[0]!.title.personEnd);
}

/**
 * Finds people given conflicting titles across reports: "EU foreign policy chief" vs "Estonian Prime Minister"
 * for Kaja Kallas, "former President" vs "President" for Donald Trump. Case, honorifics, affiliations
 * ("UK", "Kremlin", "new") and one title being part of another ("Prime Minister" / "UK Prime Minister") are
 * no conflict; rank words are ("former", "vice", "acting"). A title a report gives next to the one others
 * give is no conflict either: each conflicting title must be given by a report that does not give the other.
 * Variants are exact wordings; agreeing titles share a value (the group's most frequent norm). Severity is
 * high when the status ("former", "late") differs, medium when the office does, low when only a rank word
 * ("vice", "deputy") does.
 */
export const titleDetector: Detector = {
  kind: 'title',
  detect(context: DetectorContext): Finding[] {
    const docs = [...context.documents].sort(byId);
    const findings: Finding[] = [];
    const cores: Cores = new Map();
    for (const [, mentions] of [...peopleOf(docs).entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      // Titles of one report only are no disagreement between reports.
      if (mentions.every((m) => m.doc.id === mentions[0]!.doc.id)) continue;
      const groups = groupTitles(mentions, cores);
      const kept = groups.filter((g) => groups.some((other) => other !== g && conflicting(g, other)));
      if (kept.length < 2) continue;
      const firstDoc = new Map(kept.map((g) => [g, smallestOf(g.docs)!]));
      kept.sort((a, b) => b.docs.size - a.docs.size || firstDoc.get(a)!.localeCompare(firstDoc.get(b)!));
      const severity = severityOf(kept);
      const name = displayName(mentions);
      findings.push({
        kind: 'title',
        severity,
        confidence: confidenceOf(kept, severity),
        subject: name,
        variants: kept.flatMap(variantsOf),
        details: { person: name, titles: kept.map(representative) },
      });
    }
    return findings;
  },
};
