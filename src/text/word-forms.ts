import { codePointAt } from './chars.js';
import { normalizeWord } from './normalize.js';
import { stem } from './stem.js';
import type { TokenKind } from './tokenize.js';

/** Everything a token takes from its written form alone: computed once per distinct form (see {@link wordForm}). */
export interface WordForm {
  /** The form as written. */
  readonly text: string;
  readonly kind: TokenKind;
  /** {@link normalizeWord} of `text`. */
  readonly norm: string;
  /** Porter stem of `norm` for words; `norm` for numbers and punctuation. */
  readonly stem: string;
  /** The first letter is upper case (`\p{Lu}`). */
  readonly upper: boolean;
}

const UPPER = /\p{Lu}/u;

/** The first code point is upper case: an ASCII fast path, then the Unicode property. */
function isUpperInitial(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(ch);
}

function makeForm(text: string, kind: TokenKind): WordForm {
  const norm = normalizeWord(text);
  const folded = norm === text ? text : norm;
  return { text, kind, norm: folded, stem: kind === 'word' ? stem(folded) : folded, upper: isUpperInitial(codePointAt(text, 0)) };
}

// Reports of one event repeat their words thousands of times. An open-addressing table keyed by the characters
// themselves finds a known form without slicing the text or hashing a new string: a repeated word costs no
// allocation, and every token of that form shares one text, norm and stem. Bounded: it starts over when half full.
const SLOTS = 1 << 17;
const MASK = SLOTS - 1;
const MAX_ENTRIES = SLOTS >> 1;
/** Longer forms (URLs, long numbers) rarely repeat: they are built each time and not kept. */
const MAX_CACHED_LENGTH = 32;

const table: (WordForm | undefined)[] = new Array<WordForm | undefined>(SLOTS).fill(undefined);
let entries = 0;

/** FNV-1a over the UTF-16 units of `text.slice(start, end)`. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function sameText(form: string, text: string, start: number, length: number): boolean {
  if (form.length !== length) return false;
  for (let k = 0; k < length; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * The {@link WordForm} of `text.slice(start, end)` read as a token of `kind`: the same object for every
 * occurrence of a short form while it stays in the bounded table. The result never depends on what the table
 * holds, only its identity does.
 */
export function wordForm(text: string, start: number, end: number, kind: TokenKind): WordForm {
  const length = end - start;
  if (length > MAX_CACHED_LENGTH) return makeForm(text.slice(start, end), kind);
  const hash = hashOf(text, start, end);
  let slot = hash & MASK;
  for (let found = table[slot]; found !== undefined; found = table[slot]) {
    if (found.kind === kind && sameText(found.text, text, start, length)) return found;
    slot = (slot + 1) & MASK;
  }
  if (entries >= MAX_ENTRIES) {
    table.fill(undefined);
    entries = 0;
    slot = hash & MASK;
  }
  const form = makeForm(text.slice(start, end), kind);
  table[slot] = form;
  entries++;
  return form;
}
