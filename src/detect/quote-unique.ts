/**
 * Quotes only one report carries: a long quote of a speaker other reports name, whose words no other report
 * carries, quoted or not, is reported as `unique`.
 * @module
 */
import type { AnalyzedDocument } from '../analysis.js';
import { hasOtherThan, pushTo } from '../collections.js';
import { nameKey } from '../mentions/match-names.js';
import type { Finding } from './detector.js';
import type { Piece } from './quote-pieces.js';
import { spanOf } from './spans.js';
import type { WordForms } from './quote-words.js';

/** Quotes of at least this many words that no other report carries are reported as `unique`. */
const UNIQUE_QUOTE_WORDS = 6;
/** Share of a quote's content words that a sentence of another report must carry to count as reporting it. */
const CARRIED_SHARE = 0.5;

/**
 * Stem → the sentence texts that hold it (by text number, see `SentenceFacts`), to check whether any other
 * report carries a quote's words: reports repeat sentences, and a text is indexed once however many carry it.
 */
export interface SentenceIndex {
  postings: Map<string, readonly number[]>;
  /** Per text, the position of the first document that has it, and 1 when another document has it too. */
  firstDoc: Int32Array;
  manyDocs: Uint8Array;
  /** The position of each document. */
  positionOf: Map<AnalyzedDocument, number>;
  /** Per text number, how many of a quote's stems it holds: reset after each quote. */
  counts: Int32Array;
}

/** The index of sentence texts, for the content stems in `wanted` only (those of the quotes that may be unique). */
export function sentenceIndex(docs: readonly AnalyzedDocument[], forms: WordForms, wanted: ReadonlySet<string>): SentenceIndex {
  const { facts } = forms;
  // The texts of each wanted content stem: those of the token forms with that stem (worked out once per form), in
  // increasing order and each once. No text's tokens are read.
  const formsOfStem = new Map<string, number[]>();
  const formList = facts.forms;
  for (let f = 0; f < formList.length; f++) {
    if (formList[f]!.kind === 'punct') continue;
    const st = forms.ofForm(f).content;
    if (st !== undefined && wanted.has(st)) pushTo(formsOfStem, st, f);
  }
  const postings = new Map<string, readonly number[]>();
  for (const [st, stemForms] of formsOfStem) postings.set(st, facts.textsWithForms(stemForms));
  const firstDoc = new Int32Array(facts.texts).fill(-1);
  const manyDocs = new Uint8Array(facts.texts);
  const positionOf = new Map<AnalyzedDocument, number>();
  for (let position = 0; position < docs.length; position++) {
    const doc = docs[position]!;
    positionOf.set(doc, position);
    const sentences = doc.sentences;
    for (let i = 0; i < sentences.length; i++) {
      const text = facts.textOf(doc, sentences[i]!);
      if (firstDoc[text] === -1) firstDoc[text] = position;
      else if (firstDoc[text] !== position) manyDocs[text] = 1;
    }
  }
  return { postings, firstDoc, manyDocs, positionOf, counts: new Int32Array(facts.texts) };
}

/**
 * True when a sentence of another report holds at least half of the quote's content stems (two at least). Counts
 * go into the index's shared array and are reset before returning.
 */
export function carriedElsewhere(piece: Piece, index: SentenceIndex): boolean {
  const own = index.positionOf.get(piece.doc)!;
  const needed = Math.max(2, Math.ceil(piece.content.size * CARRIED_SHARE));
  const touched: number[] = [];
  let carried = false;
  for (const s of piece.content) {
    const hits = index.postings.get(s);
    if (hits !== undefined && countHits(hits, own, needed, index, touched)) {
      carried = true;
      break;
    }
  }
  for (let k = 0; k < touched.length; k++) index.counts[touched[k]!] = 0;
  return carried;
}

/**
 * Counts one stem for each text that holds it (but texts only the quote's own report has), listing the texts
 * counted first in `touched`; true as soon as a text reaches `needed`.
 */
function countHits(hits: readonly number[], own: number, needed: number, index: SentenceIndex, touched: number[]): boolean {
  const { manyDocs, firstDoc, counts } = index;
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    // A text only this report has is not carried elsewhere.
    if (manyDocs[hit] === 0 && firstDoc[hit] === own) continue;
    const n = ++counts[hit]!;
    if (n === 1) touched.push(hit);
    if (n >= needed) return true;
  }
  return false;
}

/**
 * True when another report names the speaker too: a quote is only news as "unique" when the others speak of
 * the same person and leave the words out, not when one report interviewed someone the others never name.
 */
export function namedElsewhere(piece: Piece, docsByKey: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  return hasOtherThan(docsByKey.get(nameKey(piece.speaker)), piece.doc.id);
}

/** Long enough, and no scare quote: a quote only one report carries is reported (as `unique`) when it is such. */
export function mayBeUnique(piece: Piece): boolean {
  return !piece.short && piece.words.length >= UNIQUE_QUOTE_WORDS;
}

export function uniqueFinding(piece: Piece, name: string): Finding {
  return {
    kind: 'unique',
    severity: 'medium',
    confidence: 0.6,
    subject: name,
    variants: [{ text: piece.text, value: piece.wording, spans: [spanOf(piece.doc, piece.sentence, piece)] }],
    details: { quotes: [piece.quote.text], speaker: name },
  };
}
