/**
 * storydiff: find where news reports of the same event disagree.
 *
 * ```ts
 * import { compare, formatText } from 'storydiff';
 * const report = compare([{ id: 'a', text: '…' }, { id: 'b', text: '…' }]);
 * console.log(formatText(report));
 * ```
 * @packageDocumentation
 */
export { compare, alignDocuments } from './compare.js';
export { segmentSentences, type SegmentOptions } from './segment/index.js';
export { tokenize, type Token, type TokenKind } from './text/tokenize.js';
export { sentenceSimilarity, type SimilarityOptions } from './align/similarity.js';
export { buildIdf, type IdfTable, type IdfOptions } from './align/idf.js';
export { matchNames, type NameMatch, type MatchNamesOptions } from './mentions/match-names.js';
export { formatText, formatJson, type TextFormatOptions } from './format/index.js';
export { StorydiffError, type StorydiffErrorCode } from './errors.js';
export type {
  InputDocument,
  Sentence,
  SentenceRole,
  ReportDocument,
  Alignment,
  AlignmentMember,
  Discrepancy,
  DiscrepancyKind,
  Severity,
  Span,
  Variant,
  Report,
  CompareOptions,
} from './types.js';
