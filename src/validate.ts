import { StorydiffError } from './errors.js';
import type { CompareOptions, DiscrepancyKind, InputDocument } from './types.js';

export const ALL_KINDS: readonly DiscrepancyKind[] = ['number', 'name', 'spelling', 'title', 'quote', 'date', 'negation', 'unique'];

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function label(index: number, id: unknown): string {
  return typeof id === 'string' && id.length > 0 ? `document "${id}" (index ${index})` : `document at index ${index}`;
}

/**
 * Checks the caller's documents and returns clean copies (the input is never mutated or kept).
 * Throws {@link StorydiffError} naming the first offending document.
 */
export function validateDocuments(input: unknown): InputDocument[] {
  if (!Array.isArray(input)) {
    throw new StorydiffError('E_NOT_ARRAY', `Expected an array of documents, got ${describe(input)}.`);
  }
  const seen = new Map<string, number>();
  const out: InputDocument[] = [];
  input.forEach((doc: unknown, docIndex) => {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
      throw new StorydiffError('E_NOT_OBJECT', `${label(docIndex, undefined)} is ${describe(doc)}, expected an object with "id" and "text".`, { docIndex });
    }
    const { id, text, title, publishedAt } = doc as Record<string, unknown>;
    if (typeof id !== 'string' || id.trim().length === 0) {
      throw new StorydiffError('E_BAD_ID', `${label(docIndex, undefined)} needs a non-empty string "id" (got ${describe(id)}${typeof id === 'string' ? ' that is empty' : ''}).`, { docIndex });
    }
    const where = { docIndex, docId: id };
    const previous = seen.get(id);
    if (previous !== undefined) {
      throw new StorydiffError('E_DUPLICATE_ID', `${label(docIndex, id)} repeats the id of the document at index ${previous}; ids must be unique.`, where);
    }
    seen.set(id, docIndex);
    if (typeof text !== 'string') {
      throw new StorydiffError('E_BAD_TEXT', `${label(docIndex, id)} needs a string "text" (got ${describe(text)}).`, where);
    }
    if (title !== undefined && typeof title !== 'string') {
      throw new StorydiffError('E_BAD_FIELD', `${label(docIndex, id)} has a "title" that is ${describe(title)}, expected a string.`, where);
    }
    if (publishedAt !== undefined && (typeof publishedAt !== 'string' || Number.isNaN(Date.parse(publishedAt)))) {
      throw new StorydiffError('E_BAD_FIELD', `${label(docIndex, id)} has a "publishedAt" that is not an ISO 8601 date: ${JSON.stringify(publishedAt)}.`, where);
    }
    const clean: InputDocument = { id, text };
    if (title !== undefined) clean.title = title as string;
    if (publishedAt !== undefined) clean.publishedAt = publishedAt as string;
    out.push(clean);
  });
  if (out.length < 2) {
    throw new StorydiffError('E_TOO_FEW_DOCUMENTS', `Need at least two documents to compare, got ${out.length}.`);
  }
  return out;
}

/** Options after {@link validateOptions}: every option the stages read has its value, defaults filled in. */
export type ResolvedOptions = Required<Pick<CompareOptions, 'kinds' | 'alignThreshold' | 'minConfidence' | 'uniquePerDocument'>> & CompareOptions;

/** Checks options and fills defaults. */
export function validateOptions(options: unknown): ResolvedOptions {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new StorydiffError('E_BAD_OPTION', `Options must be an object, got ${describe(options)}.`);
  }
  const o = (options ?? {}) as CompareOptions;
  const kinds = o.kinds ?? ALL_KINDS;
  if (!Array.isArray(kinds) || kinds.some((k) => !ALL_KINDS.includes(k))) {
    throw new StorydiffError('E_BAD_OPTION', `"kinds" must be an array of ${ALL_KINDS.join(', ')}.`);
  }
  const alignThreshold = o.alignThreshold ?? DEFAULT_ALIGN_THRESHOLD;
  if (typeof alignThreshold !== 'number' || !(alignThreshold >= 0 && alignThreshold <= 1)) {
    throw new StorydiffError('E_BAD_OPTION', `"alignThreshold" must be a number from 0 to 1, got ${String(alignThreshold)}.`);
  }
  const minConfidence = o.minConfidence ?? 0;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new StorydiffError('E_BAD_OPTION', `"minConfidence" must be a number from 0 to 1, got ${String(minConfidence)}.`);
  }
  if (o.uniquePerDocument !== undefined && !(Number.isInteger(o.uniquePerDocument) && o.uniquePerDocument >= 0)) {
    throw new StorydiffError('E_BAD_OPTION', `"uniquePerDocument" must be a whole number of at least 0, got ${String(o.uniquePerDocument)}.`);
  }
  if (o.referenceDate !== undefined && (typeof o.referenceDate !== 'string' || Number.isNaN(Date.parse(o.referenceDate)))) {
    throw new StorydiffError('E_BAD_OPTION', `"referenceDate" must be an ISO 8601 date, got ${JSON.stringify(o.referenceDate)}.`);
  }
  return { ...o, kinds: [...kinds], alignThreshold, minConfidence, uniquePerDocument: o.uniquePerDocument ?? DEFAULT_UNIQUE_PER_DOCUMENT };
}

/** Default cap of `unique` findings per document. */
export const DEFAULT_UNIQUE_PER_DOCUMENT = 3;

/** Default minimum similarity for aligning two sentences. */
export const DEFAULT_ALIGN_THRESHOLD = 0.4;
