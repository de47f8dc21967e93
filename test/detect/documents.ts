import type { AnalyzedDocument, AnalyzedSentence, QuoteMention } from '../../src/analysis.js';

/**
 * A document around sentences a test analysed itself (detector tests fill in only the mentions the detector
 * reads); aliases and titles empty, quotes as given.
 */
export function analyzedDocument(id: string, text: string, sentences: AnalyzedSentence[], quotes: QuoteMention[] = []): AnalyzedDocument {
  return { id, inputIndex: 0, text, aliases: [], quotes, titles: [], sentences };
}
