import type { AnalyzedDocument } from './analysis.js';
import type { Finding } from './detect/detector.js';
import type { ResolvedOptions } from './validate.js';
import type { Discrepancy, DiscrepancyKind, Span, Variant } from './types.js';
import { SEVERITY_RANK } from './severity.js';
import { byId } from './collections.js';

const KIND_ORDER: readonly DiscrepancyKind[] = ['number', 'name', 'date', 'negation', 'quote', 'title', 'spelling', 'unique'];
const DEFAULT_SUBJECT: Record<DiscrepancyKind, string> = {
  number: 'Number', name: 'Name', spelling: 'Spelling', title: 'Title', quote: 'Quote', date: 'Date', negation: 'Claim', unique: 'Only in',
};
const SUMMARY_TEXT_LIMIT = 80;

/** 32-bit FNV-1a, as 8 hex digits: short, stable ids from content. */
export function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Turns detector findings into report discrepancies: merges variants with one value, lists the documents of each
 * variant, finds the outlier when most agree, writes the summary, gives content-derived ids, drops duplicates and
 * sorts most severe first. Nothing here depends on the order the caller gave the documents in, except the order
 * in which documents are listed.
 */
export function buildDiscrepancies(findings: readonly Finding[], docs: readonly AnalyzedDocument[], options: ResolvedOptions): Discrepancy[] {
  const inputIndex = new Map(docs.map((d) => [d.id, d.inputIndex]));
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const kinds = new Set(options.kinds);
  const { minConfidence } = options;
  const kept = new Map<string, Discrepancy>();
  for (const finding of findings) {
    if (!kinds.has(finding.kind) || finding.confidence < minConfidence) continue;
    const discrepancy = toDiscrepancy(finding, inputIndex, texts);
    if (!discrepancy) continue;
    const previous = kept.get(discrepancy.id);
    if (!previous || previous.confidence < discrepancy.confidence) kept.set(discrepancy.id, discrepancy);
  }
  const sorted = [...kept.values()].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      b.confidence - a.confidence ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      byId(a, b),
  );
  return capUnique(sorted, options.uniquePerDocument);
}

/**
 * Keeps the first `limit` `unique` findings of each document in the sorted list (most severe, then surest), from
 * whichever detector they come (sentences only one report carries, quotes only one report carries).
 */
function capUnique(sorted: readonly Discrepancy[], limit: number): Discrepancy[] {
  const kept = new Map<string, number>();
  return sorted.filter((d) => {
    if (d.kind !== 'unique') return true;
    const doc = d.variants[0]!.docs[0]!;
    const n = kept.get(doc) ?? 0;
    kept.set(doc, n + 1);
    return n < limit;
  });
}

interface ValueGroup {
  value: string | number;
  variants: Variant[];
  docs: string[];
}

function toDiscrepancy(finding: Finding, inputIndex: ReadonlyMap<string, number>, texts: ReadonlyMap<string, string>): Discrepancy | undefined {
  const order = (id: string): number => inputIndex.get(id) ?? Number.MAX_SAFE_INTEGER;
  const byDocOrder = (a: string, b: string): number => order(a) - order(b);
  // A variant is one exact wording (so every span slices back to it); wordings with one value form a value group,
  // and consensus is counted per value: "27-point" and "27 points" agree.
  const merged = mergeWordings(finding.variants, texts);
  const bySpanOrder = (a: Span, b: Span): number => order(a.docId) - order(b.docId) || a.start - b.start || a.end - b.end;
  const groups = new Map<string, ValueGroup & { docSet: Set<string>; first: Span }>();
  for (const entry of merged) {
    const spans = lastOfEqualSpans(entry.spans.sort(bySpanOrder));
    // Spans are in document order now, so each document's first span lists the documents in order.
    const docs: string[] = [];
    for (const s of spans) if (s.docId !== docs[docs.length - 1]) docs.push(s.docId);
    const groupKey = valueKey(entry.value);
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { value: entry.value, variants: [], docs: [], docSet: new Set(), first: spans[0]! }));
    group.variants.push({ text: entry.text, value: entry.value, docs, spans });
    for (const d of docs) group.docSet.add(d);
    if (bySpanOrder(spans[0]!, group.first) < 0) group.first = spans[0]!;
  }
  for (const g of groups.values()) g.docs = [...g.docSet].sort(byDocOrder);
  if (finding.kind === 'unique' ? groups.size !== 1 : groups.size < 2) return undefined;
  // Fewest documents first, so a summary reads "outlier vs consensus"; ties by where they first appear.
  const ordered = [...groups.values()].sort((a, b) => a.docs.length - b.docs.length || bySpanOrder(a.first, b.first));
  for (const g of ordered) g.variants.sort((a, b) => b.docs.length - a.docs.length || order(a.docs[0]!) - order(b.docs[0]!) || a.spans[0]!.start - b.spans[0]!.start);
  const variants = ordered.flatMap((g) => g.variants);
  const discrepancy: Discrepancy = {
    id: `${finding.kind}-${hashId(canonicalContent(finding.kind, finding.subject, variants))}`,
    kind: finding.kind,
    severity: finding.severity,
    confidence: Math.round(finding.confidence * 100) / 100,
    summary: summarize(finding, ordered),
    variants,
  };
  if (finding.subject !== undefined) discrepancy.subject = finding.subject;
  if (finding.alignment !== undefined) discrepancy.alignment = finding.alignment;
  const outlier = findOutlier(ordered);
  if (outlier) discrepancy.outlier = outlier.sort(byDocOrder);
  if (finding.details !== undefined) discrepancy.details = finding.details;
  return discrepancy;
}

/** One wording of a value, with every span that says it (duplicates included until sorted). */
interface Wording {
  text: string;
  value: string | number;
  spans: Span[];
}

/**
 * The spans of a finding's variants grouped by value and by what each span says (whatever case or quote style the
 * detector's text had), in order of first appearance.
 */
function mergeWordings(variants: Finding['variants'], texts: ReadonlyMap<string, string>): Wording[] {
  const out: Wording[] = [];
  // By value, then by wording. A value key holding U+0000 could run into a wording; then one key joins both.
  const joined = variants.some((v) => valueKey(v.value).includes('\u0000'));
  const byValue = new Map<string, Map<string, Wording>>();
  for (const v of variants) {
    const key = joined ? '' : valueKey(v.value);
    let byText = byValue.get(key);
    if (!byText) byValue.set(key, (byText = new Map()));
    for (const span of v.spans) {
      const text = wordingOf(texts.get(span.docId), span, v.text);
      const textKey = joined ? `${valueKey(v.value)}\u0000${text}` : text;
      let entry = byText.get(textKey);
      if (!entry) {
        byText.set(textKey, (entry = { text, value: v.value, spans: [] }));
        out.push(entry);
      }
      entry.spans.push(span);
    }
  }
  return out;
}

function valueKey(value: string | number): string {
  return `${typeof value}:${String(value)}`;
}

/** What a span says: the variant's text when the document says exactly that (no copy of it is made), else its slice. */
function wordingOf(text: string | undefined, span: Span, fallback: string): string {
  if (text === undefined) return fallback;
  if (span.end - span.start === fallback.length && text.startsWith(fallback, span.start)) return fallback;
  return text.slice(span.start, span.end);
}

/**
 * Spans sorted by document, start and end, each place once: of spans at one place, the last given (as a map keyed
 * by place would keep). A stable sort keeps spans at one place in the order they were given.
 */
function lastOfEqualSpans(sorted: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i]!;
    const next = sorted[i + 1];
    if (next !== undefined && next.docId === s.docId && next.start === s.start && next.end === s.end) continue;
    out.push(s);
  }
  return out;
}

/** Content of a finding, independent of document order: what its id is derived from. */
function canonicalContent(kind: DiscrepancyKind, subject: string | undefined, variants: readonly Variant[]): string {
  const parts = variants
    .map((v) => `${String(v.value)}=${v.text}@${v.spans.map((s) => `${s.docId}:${s.start}`).sort().join(',')}`)
    .sort();
  return `${kind}|${subject ?? ''}|${parts.join('|')}`;
}

/** When one value is carried by more than half of the documents involved, the documents of the others are outliers. */
function findOutlier(groups: readonly ValueGroup[]): string[] | undefined {
  if (groups.length < 2) return undefined;
  const all = new Set(groups.flatMap((g) => g.docs));
  const top = groups[groups.length - 1]!;
  const topDocs = new Set(top.docs);
  const others = new Set(groups.slice(0, -1).flatMap((g) => g.docs).filter((d) => !topDocs.has(d)));
  if (all.size < 3 || top.docs.length * 2 <= all.size || others.size === 0 || others.size >= top.docs.length) return undefined;
  return [...others];
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SUMMARY_TEXT_LIMIT ? `${flat.slice(0, SUMMARY_TEXT_LIMIT - 1)}…` : flat;
}

function summarize(finding: Finding, groups: readonly ValueGroup[]): string {
  if (finding.kind === 'unique') {
    const g = groups[0]!;
    return `${finding.subject ?? `Only in ${g.docs.join(', ')}`}: "${clip(g.variants[0]!.text)}"`;
  }
  const subject = finding.subject ?? DEFAULT_SUBJECT[finding.kind];
  return `${subject}: ${groups.map((g) => `"${clip(g.variants[0]!.text)}" (${g.docs.join(', ')})`).join(' vs ')}`;
}
