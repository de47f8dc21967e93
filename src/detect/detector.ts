import type { AlignedGroup, AnalyzedDocument, AnalyzedSentence } from '../analysis.js';
import type { DiscrepancyKind, Severity, Span } from '../types.js';
import type { ResolvedOptions } from '../validate.js';

/** What every detector sees: all analyzed documents (in canonical order: sorted by id) and the alignments. */
export interface DetectorContext {
  documents: AnalyzedDocument[];
  /** Groups of sentences of several documents; a sentence is in at most one group, as alignment makes them. */
  alignments: AlignedGroup[];
  options: ResolvedOptions;
  /**
   * Similarity (0..1) of two sentences under the weights alignment learned from all documents: for detectors
   * that look beyond alignments and need to know whether two sentences speak of the same thing at all.
   */
  similarity(a: SentenceInDocument, b: SentenceInDocument): number;
}

/** A sentence and the document it belongs to. */
export interface SentenceInDocument {
  doc: AnalyzedDocument;
  sentence: AnalyzedSentence;
}

/** One variant as a detector reports it; the report stage merges spans, lists documents and orders variants. */
export interface FindingVariant {
  /** The words as written (of the first span). */
  text: string;
  /** Normalized value; variants with the same value are one variant. */
  value: string | number;
  spans: Span[];
}

/** A discrepancy before the report stage gives it an id, a summary and the consensus. */
export interface Finding {
  kind: DiscrepancyKind;
  severity: Severity;
  confidence: number;
  /** What the variants are about, shown first in the summary ("Town", "Kaja Kallas's title"). */
  subject?: string;
  alignment?: string;
  variants: FindingVariant[];
  details?: Record<string, string | number | boolean | string[]>;
}

/**
 * A detector finds one kind of discrepancy. Adding a kind means adding one module that exports a Detector
 * and listing it in `detect/index.ts`.
 */
export interface Detector {
  readonly kind: DiscrepancyKind;
  detect(context: DetectorContext): Finding[];
}
