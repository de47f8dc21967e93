import { addToSet } from '../collections.js';
import type { AnalyzedDocument, AnalyzedSentence } from '../analysis.js';
import type { Span } from '../types.js';

/** The span of a mention, for a finding's variant. */
export function spanOf(doc: AnalyzedDocument, sentence: AnalyzedSentence, mention: { start: number; end: number }): Span {
  return { docId: doc.id, start: mention.start, end: mention.end, sentence: sentence.index };
}

/** The sentence of `doc` that contains the offset, if any (binary search: sentences are sorted). */
export function sentenceAt(doc: AnalyzedDocument, offset: number): AnalyzedSentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Aliases declared by any report, as a symmetric lookup: "pokrovsk" → {"krasnoarmeysk"}. */
export function declaredAliases(docs: readonly AnalyzedDocument[]): (a: string, b: string) => boolean {
  // Looked up by name, then by partner: asked once per pair of names, so no key string is built per question.
  const partners = new Map<string, Set<string>>();
  for (const d of docs) for (const { a, b } of d.aliases) {
    addToSet(partners, a, b);
    addToSet(partners, b, a);
  }
  return (a, b) => partners.get(a)?.has(b) ?? false;
}
