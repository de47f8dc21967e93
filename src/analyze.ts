import type { AnalyzedDocument, AnalyzedSentence, ReadDocument, ReadSentence } from './analysis.js';
import type { InputDocument } from './types.js';
import { segmentSentences } from './segment/index.js';
import { readSentenceTokens } from './text/tokenize.js';
import { extractQuantities } from './text/numbers.js';
import { extractNames, lowerCaseVocabulary } from './mentions/names.js';
import { extractAliases } from './mentions/aliases.js';
import { extractQuotes } from './mentions/quotes.js';
import { buildPersonIndex, extractTitles } from './mentions/titles.js';
import { extractDates, findReferenceDate } from './mentions/dates.js';

/**
 * Runs the stages alignment needs and no more: segmentation and tokens. `alignDocuments` reports no mentions,
 * so it does not pay for them.
 */
export function readDocument(doc: InputDocument, inputIndex: number): ReadDocument {
  const { text } = doc;
  const sentences: ReadSentence[] = segmentSentences(text).map((s) => ({ ...s, tokens: readSentenceTokens(text, s) }));
  const result: ReadDocument = { id: doc.id, inputIndex, text, sentences };
  if (doc.title !== undefined) result.title = doc.title;
  if (doc.publishedAt !== undefined) result.publishedAt = doc.publishedAt;
  return result;
}

/**
 * Runs the per-document stages: those of `readDocument`, then the mentions (numbers, names, dates, quotes,
 * titles, declared aliases). Page furniture keeps its tokens but carries no mentions: it is never a claim.
 */
export function analyzeDocument(doc: InputDocument, inputIndex: number, referenceDate?: string): AnalyzedDocument {
  const read = readDocument(doc, inputIndex);
  const { text } = read;
  const tokens = read.sentences.map((s) => s.tokens);
  const lowerCase = lowerCaseVocabulary(tokens);
  const reference = findReferenceDate(text, doc.publishedAt, referenceDate === undefined ? {} : { referenceDate }, tokens);
  const analyzed: AnalyzedSentence[] = read.sentences.map((s) => {
    const isClaim = s.role !== 'furniture';
    return {
      ...s,
      quantities: isClaim ? extractQuantities(s.tokens, text) : [],
      names: s.role === 'text' ? extractNames(text, s.tokens, lowerCase) : [],
      dates: isClaim ? extractDates(s.tokens, reference, text) : [],
    };
  });
  // Who is a person, and the full name behind a surname: read once for quotes and titles.
  const persons = buildPersonIndex(analyzed);
  return {
    ...read,
    sentences: analyzed,
    aliases: analyzed.flatMap((s) => extractAliases(s.tokens, s.names)),
    quotes: extractQuotes(text, analyzed, persons),
    titles: extractTitles(text, analyzed, persons, lowerCase),
  };
}
