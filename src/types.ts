/**
 * Public data types of storydiff: what goes into {@link compare} and what comes out.
 * @module
 */

/** One report of the event, as the user hands it in. Never mutated. */
export interface InputDocument {
  /** Unique, non-empty id of the report (a file name, an outlet, a URL). */
  id: string;
  /** Full text of the report. All offsets in the report are UTF-16 offsets into this string. */
  text: string;
  /** Headline, if known separately from the text. */
  title?: string;
  /** Publication date (ISO 8601, e.g. `2025-12-02` or `2025-12-02T10:00:00Z`); resolves weekdays and relative dates. */
  publishedAt?: string;
}

/** A sentence of a document, with its exact place in the original text. */
export interface Sentence {
  /** Position of the sentence in its document, from 0. */
  index: number;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character: `text === doc.text.slice(start, end)`. */
  end: number;
  /** The sentence exactly as written. */
  text: string;
  /** Paragraph number, from 0 (paragraphs are separated by blank lines or line breaks). */
  paragraph: number;
  /**
   * What the line is: running text, a headline or crosshead without final punctuation, or page furniture
   * ("Related posts", "Leave a Comment", bylines), which is never treated as a claim.
   */
  role: SentenceRole;
}

/** See {@link Sentence.role}. */
export type SentenceRole = 'text' | 'heading' | 'furniture';

/** A document of the report: its id, title and sentences. */
export interface ReportDocument {
  id: string;
  title?: string;
  sentences: Sentence[];
}

/** One sentence taking part in an alignment. */
export interface AlignmentMember {
  docId: string;
  /** Index of the sentence in its document ({@link Sentence.index}). */
  sentence: number;
}

/** Sentences from different documents that report the same thing. */
export interface Alignment {
  /** Stable id, e.g. `a0007`. */
  id: string;
  /** One sentence per document, or two adjacent ones when a document splits the content in two. Sorted by document order, then sentence. */
  members: AlignmentMember[];
  /** Mean similarity of the members, 0..1. */
  score: number;
}

/** The kinds of disagreement storydiff reports. */
export type DiscrepancyKind = 'number' | 'name' | 'spelling' | 'title' | 'quote' | 'date' | 'negation' | 'unique';

/** How much a disagreement matters to a reader. */
export type Severity = 'low' | 'medium' | 'high';

/** Where a variant stands in a document. */
export interface Span {
  docId: string;
  /** UTF-16 offset into the document's `text`. */
  start: number;
  /** UTF-16 offset just past the end: `doc.text.slice(start, end) === variant.text`. */
  end: number;
  /** Index of the sentence that holds the span. */
  sentence: number;
}

/**
 * One way the reports put it, and who puts it that way. A variant is one exact wording: every span slices back to
 * `text`. Wordings with the same `value` ("27-point", "27 points") agree with each other; the summary, the consensus
 * and the outlier count values, not wordings.
 */
export interface Variant {
  /** The words exactly as written at every span. */
  text: string;
  /** Normalized value (a number with its unit, an ISO date, a normalized name or wording). */
  value?: string | number;
  /** Ids of the documents that carry this variant, in input order. */
  docs: string[];
  /** Every place the variant stands, in input-document order. */
  spans: Span[];
}

/** A typed, evidence-backed disagreement between reports. */
export interface Discrepancy {
  /** Stable id derived from the content (kind + variants), independent of document order. */
  id: string;
  kind: DiscrepancyKind;
  severity: Severity;
  /** How sure storydiff is that this is a real disagreement, 0..1. */
  confidence: number;
  /** One readable line: `Town: "Bakhrovsk" (000) vs "Pokrovsk" (001, 002, 003, 004)`. */
  summary: string;
  /** What the variants are about ("Town", "Kaja Kallas", "plan points"), when known. */
  subject?: string;
  /** The alignment the disagreement was found in, when it was found in one. */
  alignment?: string;
  /**
   * At least two variants with different values; exactly one value for kind `unique`. Values carried by the fewest
   * documents come first (the outlier before the consensus), as in the summary.
   */
  variants: Variant[];
  /** The documents of the variant that most reports disagree with, when most agree. */
  outlier?: string[];
  /** Extra evidence a detector attaches (e.g. the word-level difference of two quotes). */
  details?: Record<string, string | number | boolean | string[]>;
}

/** Everything {@link compare} found. */
export interface Report {
  documents: ReportDocument[];
  alignments: Alignment[];
  discrepancies: Discrepancy[];
}

/** Options of {@link compare}. All optional. */
export interface CompareOptions {
  /** Which kinds to detect (default: all). */
  kinds?: DiscrepancyKind[];
  /** Minimum similarity for two sentences to be aligned, 0..1 (default 0.4). */
  alignThreshold?: number;
  /** Drop findings with a lower confidence (default 0). */
  minConfidence?: number;
  /** Reference date for weekdays and relative dates when a document gives none (ISO 8601). */
  referenceDate?: string;
  /**
   * At most this many `unique` findings per document, the most severe and surest first: an outlet that
   * wrote forty sentences nobody else wrote should not bury the disagreements. Default 3.
   */
  uniquePerDocument?: number;
}
