/**
 * The name mentions of one comparison, numbered once for the detectors that compare names (name, spelling): every
 * distinct normalized name gets a number, and every mention the number of its name, so that the detectors work per
 * distinct name and read a mention's name by position instead of looking its text up again.
 * @module
 */
import type { AnalyzedDocument, AnalyzedSentence, NameMention } from '../analysis.js';
import type { DetectorContext } from './detector.js';

export interface NameCensus {
  /** The distinct normalized names, in order of first mention. */
  norms: string[];
  /** The number of each normalized name. */
  id: Map<string, number>;
  /**
   * The name number of every mention, in order: documents as given, then sentences, then each sentence's names.
   * A caller that walks the mentions in the same order reads their numbers instead of looking them up.
   */
  mentionNames: Int32Array;
  /** For each document (by position), the number of the first mention of each sentence, and where the next document's begin. */
  sentenceStarts: Int32Array[];
  /** For each document, the numbers of the names it mentions, each once, in order of first mention. */
  namesOfDocument: number[][];
  /** By name number, 1 when some mention of the name is {@link usableMention}. */
  usable: Uint8Array;
  /** The position of each document in the list. */
  positionOf: Map<AnalyzedDocument, number>;
}

/**
 * A mention that says something of its name: not a lone word that opens a sentence and is known as a name only
 * for its capital letter.
 */
export function usableMention(name: NameMention): boolean {
  return !(name.sentenceInitial && name.tokenEnd - name.tokenStart === 1);
}

/** One pass over every name mention: each mention costs one lookup, each document's names are listed once. */
export function takeCensus(documents: readonly AnalyzedDocument[]): NameCensus {
  const norms: string[] = [];
  const id = new Map<string, number>();
  // The last document each name was listed for: a document's names, each once, without a set per document.
  const listedFor: number[] = [];
  let mentions = 0;
  for (const doc of documents) for (const s of doc.sentences) mentions += s.names.length;
  const mentionNames = new Int32Array(mentions);
  const sentenceStarts: Int32Array[] = [];
  // Flags by name number: there are never more distinct names than mentions.
  const usable = new Uint8Array(mentions);
  let m = 0;
  const namesOfDocument = documents.map((doc, d) => {
    const names: number[] = [];
    const starts = new Int32Array(doc.sentences.length + 1);
    doc.sentences.forEach((s, k) => {
      starts[k] = m;
      for (const n of s.names) {
        let i = id.get(n.norm);
        if (i === undefined) id.set(n.norm, (i = norms.push(n.norm) - 1));
        mentionNames[m++] = i;
        if (usableMention(n)) usable[i] = 1;
        if (listedFor[i] === d) continue;
        listedFor[i] = d;
        names.push(i);
      }
    });
    starts[doc.sentences.length] = m;
    sentenceStarts.push(starts);
    return names;
  });
  const positionOf = new Map<AnalyzedDocument, number>();
  documents.forEach((doc, d) => positionOf.set(doc, d));
  return { norms, id, mentionNames, sentenceStarts, namesOfDocument, usable: usable.subarray(0, norms.length), positionOf };
}

/**
 * The number of the first mention of a sentence of `doc`, or -1 when the sentence is not one the census counted
 * (a caller's alignment may hold sentences of other documents, or sentences not at their place).
 */
export function firstMentionOf(census: NameCensus, doc: AnalyzedDocument, sentence: AnalyzedSentence): number {
  const d = census.positionOf.get(doc);
  return d !== undefined && doc.sentences[sentence.index] === sentence ? census.sentenceStarts[d]![sentence.index]! : -1;
}

// Keyed by the context: a comparison hands the same one to every detector.
const censusOfContext = new WeakMap<DetectorContext, NameCensus>();

/** The census of a comparison's documents, taken when first asked and kept as long as the context lives. */
export function nameCensus(context: DetectorContext): NameCensus {
  let census = censusOfContext.get(context);
  if (census === undefined) censusOfContext.set(context, (census = takeCensus(context.documents)));
  return census;
}
