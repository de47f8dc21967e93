import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

// Tokenization stems each distinct written form once (see word-forms.ts); the other callers (plural forms,
// synonym tables, detectors) stem the same news vocabulary again and again, so a bounded cache still pays off.
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Porter stem of a normalized (lower-case, ASCII-folded) word; words with digits or non-Latin letters pass unchanged. */
export function stem(norm: string): string {
  const hit = cache.get(norm);
  if (hit !== undefined) return hit;
  const out = /^[a-z]+$/.test(norm) && norm.length > 2 ? PorterStemmer.stem(norm) : norm;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(norm, out);
  return out;
}
