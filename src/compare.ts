import type { AlignedGroup, ReadDocument, ReadSentence } from './analysis.js';
import type { Alignment, CompareOptions, InputDocument, Report, ReportDocument } from './types.js';
import { validateDocuments, validateOptions, type ResolvedOptions } from './validate.js';
import { analyzeDocument, readDocument } from './analyze.js';
import { alignSentenceGroups } from './align/align.js';
import { runDetectors } from './detect/index.js';
import { buildDiscrepancies } from './report.js';
import { byId } from './collections.js';


/**
 * Splits and aligns documents without detecting discrepancies: the first stages of {@link compare}, with the same
 * sentences and alignments. Useful to inspect what storydiff considers "the same thing" across reports; faster
 * than `compare`, as it extracts no mentions (numbers, names, dates, quotes, titles).
 */
export function alignDocuments(documents: readonly InputDocument[], options?: CompareOptions): Pick<Report, 'documents' | 'alignments'> {
  const docs = validateDocuments(documents);
  const opts = validateOptions(options);
  const read = docs.map((d, i) => readDocument(d, i)).sort(byId);
  const { aligned } = alignStage(read, opts);
  return { documents: inInputOrder(read).map(toReportDocument), alignments: aligned.map(toAlignment) };
}

/**
 * Compares several reports of one event and returns where they disagree.
 *
 * @param documents - At least two reports, each `{ id, text, title?, publishedAt? }`. Never mutated.
 * @param options - See {@link CompareOptions}.
 * @returns Sentences of every document, alignments across documents, and typed discrepancies with exact offsets.
 * @throws {@link StorydiffError} when the input is not an array of at least two documents with unique ids and string texts.
 *
 * @example
 * ```ts
 * import { compare } from 'storydiff';
 * const report = compare([
 *   { id: 'a', text: 'The plan has 27 points.' },
 *   { id: 'b', text: 'The plan has 28 points.' },
 * ]);
 * report.discrepancies[0].summary; // 'Points: "27 points" (a) vs "28 points" (b)'
 * ```
 */
export function compare(documents: readonly InputDocument[], options?: CompareOptions): Report {
  const docs = validateDocuments(documents);
  const opts = validateOptions(options);
  const analyzed = docs.map((d, i) => analyzeDocument(d, i, opts.referenceDate)).sort(byId);
  const { aligned, similarity } = alignStage(analyzed, opts);
  const position = new Map(analyzed.map((d, i) => [d, i]));
  const findings = runDetectors({
    documents: analyzed,
    alignments: aligned,
    options: opts,
    similarity: (a, b) => similarity({ doc: position.get(a.doc)!, sentence: a.sentence.index }, { doc: position.get(b.doc)!, sentence: b.sentence.index }),
  });
  return {
    documents: inInputOrder(analyzed).map(toReportDocument),
    alignments: aligned.map(toAlignment),
    discrepancies: buildDiscrepancies(findings, analyzed, opts),
  };
}

/** Aligns documents already in canonical order; alignment ids follow that order: first member's document, then sentence. */
function alignStage<D extends ReadDocument>(documents: D[], opts: ResolvedOptions) {
  const { groups, similarity } = alignSentenceGroups(
    documents.map((d) => ({ sentences: d.sentences.map((s) => ({ tokens: s.tokens, alignable: isAlignable(s), text: s.text })) })),
    { threshold: opts.alignThreshold },
  );
  const aligned: AlignedGroup<D>[] = groups
    .sort((a, b) => a.members[0]!.doc - b.members[0]!.doc || a.members[0]!.sentence - b.members[0]!.sentence)
    .map((g, i) => ({
      id: `a${String(i + 1).padStart(4, '0')}`,
      score: g.score,
      members: g.members.map((m) => ({ doc: documents[m.doc]!, sentence: documents[m.doc]!.sentences[m.sentence]! })),
    }));
  return { aligned, similarity };
}

function inInputOrder<D extends ReadDocument>(documents: readonly D[]): D[] {
  return [...documents].sort((a, b) => a.inputIndex - b.inputIndex);
}

/** Headlines of a few words ("Red Lines", "Cautious Ukrainian optimism") match too loosely to align; furniture never does. */
const MIN_HEADING_WORDS = 6;

function isAlignable(sentence: ReadSentence): boolean {
  if (sentence.role === 'text') return true;
  return sentence.role === 'heading' && sentence.tokens.filter((t) => t.kind === 'word').length >= MIN_HEADING_WORDS;
}

function toReportDocument(doc: ReadDocument): ReportDocument {
  const out: ReportDocument = {
    id: doc.id,
    sentences: doc.sentences.map(({ index, start, end, text, paragraph, role }) => ({ index, start, end, text, paragraph, role })),
  };
  if (doc.title !== undefined) out.title = doc.title;
  return out;
}

function toAlignment(group: AlignedGroup<ReadDocument>): Alignment {
  return {
    id: group.id,
    score: round(group.score),
    members: [...group.members]
      .sort((a, b) => a.doc.inputIndex - b.doc.inputIndex || a.sentence.index - b.sentence.index)
      .map((m) => ({ docId: m.doc.id, sentence: m.sentence.index })),
  };
}

/** Scores are rounded so that JSON output is stable across platforms' floating-point printing. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
