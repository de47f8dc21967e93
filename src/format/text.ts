import type { Discrepancy, DiscrepancyKind, Report } from '../types.js';
import { SEVERITY_RANK } from '../severity.js';
import { pushTo } from '../collections.js';

const KIND_ORDER: readonly DiscrepancyKind[] = ['name', 'number', 'date', 'negation', 'title', 'quote', 'spelling', 'unique'];
const KIND_TITLES: Record<DiscrepancyKind, string> = {
  number: 'Numbers', name: 'Names', spelling: 'Spellings', title: 'Titles and roles', quote: 'Quotes', date: 'Dates',
  negation: 'Negations', unique: 'Only in one report',
};

/** Options of {@link formatText}. */
export interface TextFormatOptions {
  /** Show where each variant stands (document and offsets). Default true. */
  spans?: boolean;
}

/**
 * A report for people in a terminal: a header line, then the discrepancies grouped by kind, kinds with the most
 * severe findings first, each finding with its summary and where its variants stand.
 */
export function formatText(report: Report, options: TextFormatOptions = {}): string {
  const showSpans = options.spans ?? true;
  const sentences = report.documents.reduce((n, d) => n + d.sentences.length, 0);
  const lines: string[] = [
    `storydiff: ${report.documents.length} documents, ${sentences} sentences, ${report.alignments.length} alignments, ` +
      `${report.discrepancies.length} discrepanc${report.discrepancies.length === 1 ? 'y' : 'ies'}`,
  ];
  const byKind = new Map<DiscrepancyKind, Discrepancy[]>();
  for (const d of report.discrepancies) pushTo(byKind, d.kind, d);
  // Most severe kind first; among equals, disagreements before claims only one report makes.
  const worstOf = new Map([...byKind].map(([kind, list]) => [kind, worst(list)]));
  const kinds = [...byKind.entries()].sort((a, b) => worstOf.get(a[0])! - worstOf.get(b[0])! || KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]));
  for (const [kind, list] of kinds) {
    lines.push('', `${KIND_TITLES[kind]} (${list.length})`);
    for (const d of list) {
      lines.push(`  [${d.severity}] ${d.summary}  (confidence ${d.confidence.toFixed(2)}, ${d.id})`);
      if (!showSpans) continue;
      for (const v of d.variants) {
        const where = v.spans.map((s) => `${s.docId}@${s.start}-${s.end}`).join(', ');
        lines.push(`      "${oneLine(v.text)}": ${where}`);
      }
      if (d.outlier) lines.push(`      outlier: ${d.outlier.join(', ')}`);
      const diff = d.details?.['diff'];
      if (typeof diff === 'string') lines.push(`      diff: ${oneLine(diff)}`);
    }
  }
  if (report.discrepancies.length === 0) lines.push('', 'No discrepancies found.');
  return `${lines.join('\n')}\n`;
}

function worst(list: readonly Discrepancy[]): number {
  return Math.min(...list.map((d) => SEVERITY_RANK[d.severity]));
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}
