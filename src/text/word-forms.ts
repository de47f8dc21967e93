import { codePointAt, detachedSlice } from './chars.js';
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

/**
 * Word classes: sets of words that the extractors test every token against ("starts a hedge", "never a name").
 * A form is tested once per class and the answer kept on it, and every token written alike shares the form: the
 * tests of the other tokens are a bit test instead of a hash lookup.
 */
const classTests: ((word: WordFields) => boolean)[] = [];

/** What a word class may test: the fields a form shares with every token written alike. */
export type WordFields = Pick<WordForm, 'text' | 'norm' | 'kind' | 'upper'>;
/** Bits of a small integer. */
const MAX_WORD_CLASSES = 30;

/**
 * Registers a word class given by a test of a word's form-level fields (it must depend on nothing else), and
 * gives its bit for {@link SharedWordForm.inClass}. Called once per class, when a module loads.
 */
export function defineWordClass(test: (word: WordFields) => boolean): number {
  if (classTests.length >= MAX_WORD_CLASSES) throw new Error('storydiff: too many word classes');
  classTests.push(test);
  return 1 << (classTests.length - 1);
}

/** The test of the class whose bit is `wordClass`. */
export function wordClassTest(wordClass: number): (word: WordFields) => boolean {
  return classTests[31 - Math.clz32(wordClass)]!;
}

/**
 * The one object behind a written form. Besides the fields of {@link WordForm}, it keeps what passes over
 * tokens learned about the form, in private fields: they are no part of its value (nor of its JSON).
 */
export class SharedWordForm implements WordForm {
  /** Word classes this form belongs to, among those in `#known`. */
  #classes = 0;
  /** Word classes already tested for this form. */
  #known = 0;
  /** The last pass over tokens that saw this form (see {@link SharedWordForm.markOnce}). */
  #mark = 0;

  constructor(
    readonly text: string,
    readonly kind: TokenKind,
    readonly norm: string,
    readonly stem: string,
    readonly upper: boolean,
  ) {}

  /** True when the form is in the class (bit `wordClass` of {@link defineWordClass}). */
  inClass(wordClass: number): boolean {
    if ((this.#known & wordClass) === 0) {
      if (wordClassTest(wordClass)(this)) this.#classes |= wordClass;
      this.#known |= wordClass;
    }
    return (this.#classes & wordClass) !== 0;
  }

  /** Marks the form with `mark`; false when it already had that mark. */
  markOnce(mark: number): boolean {
    if (this.#mark === mark) return false;
    this.#mark = mark;
    return true;
  }
}

const UPPER = /\p{Lu}/u;

/** The first code point is upper case: an ASCII fast path, then the Unicode property. */
function isUpperInitial(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(ch);
}

function makeForm(text: string, kind: TokenKind): SharedWordForm {
  const norm = normalizeWord(text);
  const folded = norm === text ? text : norm;
  return new SharedWordForm(text, kind, folded, kind === 'word' ? stem(folded) : folded, isUpperInitial(codePointAt(text, 0)));
}

// Reports of one event repeat their words thousands of times. An open-addressing table keyed by the characters
// themselves finds a known form without slicing the text or hashing a new string: a repeated word costs no
// allocation, and every token of that form shares one text, norm and stem. The table starts small and doubles
// when half full, so that the few thousand forms of a batch of reports stay in the processor's caches; at its
// largest it starts over when half full (a bounded number of forms, each holding only its own characters). A parallel array of hashes lets a probe pass over
// other forms without reading them.
const INITIAL_SLOTS = 1 << 12;
const MAX_SLOTS = 1 << 17;
/** Longer forms (URLs, long numbers) rarely repeat: they are built each time and not kept. */
const MAX_CACHED_LENGTH = 32;

let forms: (SharedWordForm | undefined)[] = emptySlots(INITIAL_SLOTS);
let hashes = new Int32Array(INITIAL_SLOTS);
let mask = INITIAL_SLOTS - 1;
let entries = 0;

function emptySlots(count: number): (SharedWordForm | undefined)[] {
  return new Array<SharedWordForm | undefined>(count).fill(undefined);
}

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

/** Puts `form` in the first free slot of its probe sequence (the table has room). */
function place(form: SharedWordForm, hash: number): void {
  let slot = hash & mask;
  while (forms[slot] !== undefined) slot = (slot + 1) & mask;
  forms[slot] = form;
  hashes[slot] = hash;
}

/** Makes room for one more form: doubles the table when half full, or empties it at its largest size. */
function makeRoom(): void {
  if (2 * (entries + 1) <= forms.length) return;
  const old = forms;
  const oldHashes = hashes;
  const size = old.length < MAX_SLOTS ? old.length * 2 : old.length;
  forms = emptySlots(size);
  hashes = new Int32Array(size);
  mask = size - 1;
  if (size === old.length) {
    entries = 0;
    return;
  }
  for (let k = 0; k < old.length; k++) {
    const form = old[k];
    if (form !== undefined) place(form, oldHashes[k]!);
  }
}

/**
 * The {@link WordForm} of `text.slice(start, end)` read as a token of `kind`: the same object for every
 * occurrence of a short form while it stays in the bounded table. The result never depends on what the table
 * holds, only its identity does.
 */
export function wordForm(text: string, start: number, end: number, kind: TokenKind): SharedWordForm {
  const length = end - start;
  // Forms are cut loose from the text (detachedSlice): the table outlives the comparison, and so may tokens.
  if (length > MAX_CACHED_LENGTH) return makeForm(detachedSlice(text, start, end), kind);
  const hash = hashOf(text, start, end);
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const found = forms[slot];
    if (found === undefined) break;
    if (hashes[slot] === hash && found.kind === kind && sameText(found.text, text, start, length)) return found;
  }
  const form = makeForm(detachedSlice(text, start, end), kind);
  makeRoom();
  place(form, hash);
  entries++;
  return form;
}
