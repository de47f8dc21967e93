/**
 * Quotes cut into the unit the quote detector compares: one sentence of a quote by a known speaker, inside one
 * sentence of its document.
 * @module
 */
import type { AnalyzedDocument, AnalyzedSentence, QuoteMention } from '../analysis.js';
import { sentenceAt } from './spans.js';
import { isSpaceAt } from '../text/chars.js';
import { SHORT_QUOTE_WORDS } from '../mentions/quotes.js';
import type { QuoteWord, WordForms } from './quote-words.js';

/** One sentence of a quote by a known speaker: the unit quotes are compared in. */
export interface Piece {
  doc: AnalyzedDocument;
  /** The sentence of the document the piece lies in. */
  sentence: AnalyzedSentence;
  quote: QuoteMention;
  speaker: string;
  start: number;
  end: number;
  /** The words as written: `doc.text.slice(start, end)`. */
  text: string;
  /** Shared by every piece with the same text: never changed. */
  words: QuoteWord[];
  /** The comparison forms of the words, joined by spaces: equal for equal wordings. */
  wording: string;
  /** Stems of the content words (and numbers): what similarity is measured on. Shared like `words`. */
  content: Set<string>;
  short: boolean;
  /** The place of the document's id in the collator's order (`localeCompare`; equal ids share it). */
  docRank: number;
}

/** A stretch of a document's text. */
interface Stretch {
  start: number;
  end: number;
}

/** ".", "!", "?" and "…": the marks that may end a sentence inside a quote. */
function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * Splits a quote into its sentences (a final mark and a space, then a character with a lower-case form of its
 * own: a capital), trimmed of white space.
 */
function quoteSentences(text: string, quote: QuoteMention): Stretch[] {
  const out: Stretch[] = [];
  let from = quote.start;
  for (let i = quote.start; i < quote.end; i++) {
    if (!endsSentence(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < quote.end && text.charCodeAt(j) === 46) j++;
    if (j >= quote.end || text.charCodeAt(j) !== 32) continue;
    let k = j;
    while (k < quote.end && text.charCodeAt(k) === 32) k++;
    const next = text.charAt(k);
    if (next === '' || next === next.toLowerCase()) continue;
    out.push({ start: from, end: j });
    from = k;
    i = k - 1;
  }
  out.push({ start: from, end: quote.end });
  return out;
}

/** Cuts a stretch at the document's sentence ends, so that every span stays inside one sentence (given with it). */
function withinSentences(doc: AnalyzedDocument, part: Stretch): (Stretch & { sentence: AnalyzedSentence })[] {
  const out: (Stretch & { sentence: AnalyzedSentence })[] = [];
  const text = doc.text;
  let from = part.start;
  while (from < part.end) {
    const sentence = sentenceAt(doc, from);
    // Between two sentences (the white space the segmenter trims off): the next sentence holds the rest.
    if (!sentence) {
      from++;
      continue;
    }
    const to = Math.min(sentence.end, part.end);
    let start = from;
    let end = to;
    while (start < end && isSpaceAt(text, start)) start++;
    while (end > start && isSpaceAt(text, end - 1)) end--;
    if (end > start) out.push({ start, end, sentence });
    from = Math.max(to, from + 1);
  }
  return out;
}

/**
 * The place of each document's id in the order `localeCompare` gives (ids it finds equal share a place): pieces
 * are sorted by document again and again, and comparing places costs no call of the collator.
 */
export function collatorRanks(docs: readonly AnalyzedDocument[]): Map<AnalyzedDocument, number> {
  const sorted = [...docs].sort((a, b) => a.id.localeCompare(b.id));
  const ranks = new Map<AnalyzedDocument, number>();
  let rank = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i - 1]!.id.localeCompare(sorted[i]!.id) !== 0) rank = i;
    ranks.set(sorted[i]!, rank);
  }
  return ranks;
}

/** Adds the pieces of the document's quotes by known speakers to `pieces`, in order. */
export function addPieces(doc: AnalyzedDocument, docRank: number, forms: WordForms, pieces: Piece[]): void {
  for (const quote of doc.quotes) {
    if (!quote.speaker) continue;
    for (const stretch of quoteSentences(doc.text, quote)) {
      for (const part of withinSentences(doc, stretch)) addPiece(doc, docRank, quote, part, forms, pieces);
    }
  }
}

function addPiece(
  doc: AnalyzedDocument,
  docRank: number,
  quote: QuoteMention,
  part: Stretch & { sentence: AnalyzedSentence },
  forms: WordForms,
  pieces: Piece[],
): void {
  const text = doc.text.slice(part.start, part.end);
  const { words, content, wording } = forms.ofStretch(text, doc, part);
  if (words.length === 0) return;
  pieces.push({
    doc, sentence: part.sentence, quote, speaker: quote.speaker!, start: part.start, end: part.end, text, words, wording, content,
    short: quote.short === true || words.length <= SHORT_QUOTE_WORDS, docRank,
  });
}
