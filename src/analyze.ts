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
 * Runs the per-document stages: segmentation, tokens, then the mentions (numbers, names, dates, quotes, titles,
 * declared aliases). Page furniture keeps its tokens but carries no mentions: it is never a claim.
 */
export function analyzeDocument(doc: InputDocument, inputIndex: number, referenceDate?: string): AnalyzedDocument {
  const { text } = doc;
  const sentences = segmentSentences(text);
  const tokens = sentences.map((s) => readSentenceTokens(text, s));
  const lowerCase = lowerCaseVocabulary(tokens);
  const reference = findReferenceDate(text, doc.publishedAt, referenceDate === undefined ? {} : { referenceDate }, tokens);
  const analyzed: AnalyzedSentence[] = sentences.map((s, i) => {
    const t = tokens[i]!;
    const isClaim = s.role !== 'furniture';
    // Fields written out rather than spread from `s`: a literal gets its final shape at once (same key order).
    return {
      index: s.index,
      start: s.start,
      end: s.end,
      text: s.text,
      paragraph: s.paragraph,
      role: s.role,
      tokens: t,
      quantities: isClaim ? extractQuantities(t, text) : [],
      names: s.role === 'text' ? extractNames(text, t, lowerCase) : [],
      dates: isClaim ? extractDates(t, reference, text) : [],
    };
  });
  // Who is a person, and the full name behind a surname: read once for quotes and titles.
  const persons = buildPersonIndex(analyzed);
  const result: AnalyzedDocument = {
    id: doc.id,
    inputIndex,
    text,
    sentences: analyzed,
    aliases: analyzed.flatMap((s) => extractAliases(s.tokens, s.names)),
    quotes: extractQuotes(text, analyzed, persons),
    titles: extractTitles(text, analyzed, persons, lowerCase),
  };
  if (doc.title !== undefined) result.title = doc.title;
  if (doc.publishedAt !== undefined) result.publishedAt = doc.publishedAt;
  return result;
}
