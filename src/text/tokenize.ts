import { ASCII_CLASS, charClassAt, detachedSlice, DIGIT_CLASS, endsInHighSurrogate, LETTER_CLASS, SPACE_CLASS, unitsAt } from './chars.js';
import { wordClassTest, wordForm, type SharedWordForm, type WordForm } from './word-forms.js';
import type { Sentence } from '../types.js';

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'punct';

/** A word, number or punctuation mark with its exact place in the document. */
export interface Token {
  /** As written: `doc.text.slice(start, end) === text`. */
  text: string;
  /** Comparison form: lower case, diacritics removed, Unicode quotes and dashes folded to ASCII. */
  norm: string;
  /** Porter stem of `norm` (words only; numbers and punctuation keep `norm`). */
  stem: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** The first letter is upper case (a candidate proper name, or the first word of a sentence). */
  upper: boolean;
  /** White space (or the start of the text) stands right before the token: "27-point" gives `point` with false. */
  spaceBefore: boolean;
}

/**
 * True when the token is in the word class `wordClass` (see `defineWordClass`). Tokens of {@link readTokens}
 * answer from their shared form, tested once; others are tested themselves.
 */
export function inWordClass(t: Token, wordClass: number): boolean {
  return t instanceof SharedFormToken ? t.form.inClass(wordClass) : wordClassTest(wordClass)(t);
}

let lastMark = 0;

/** A new mark for {@link markToken}: one per pass over tokens that wants to see each word form once. */
export function newTokenMark(): number {
  return ++lastMark;
}

/**
 * Marks the token's form with `mark` and tells whether it was unmarked: false for a later token written like
 * one already marked in this pass (tokens of {@link readTokens}). Other tokens always give true, so a caller
 * must not rely on false to find every repeat, only use it to skip repeated work.
 */
export function markToken(t: Token, mark: number): boolean {
  return t instanceof SharedFormToken ? t.form.markOnce(mark) : true;
}

/** U+0027, U+2019 and U+02BC: the apostrophes of "Kyiv's", "don't", "O'Brien". */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x02bc;
}

/** "Kyiv's" splits before the possessive: an `s` or `S` at `i` that no letter follows. */
function isPossessiveS(text: string, i: number, to: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 115 || c === 83) && !(i + 1 < to && charClassAt(text, i + 1) === LETTER_CLASS);
}

/**
 * Splits `text.slice(from, to)` into tokens, in one left-to-right pass (linear time, no backtracking).
 * Offsets are into `text`. Possessive `'s` becomes its own token ("Kyiv's" → `Kyiv`, `'s`); hyphens split
 * compounds ("27-point" → `27`, `-`, `point`) and `spaceBefore` keeps the fact that they were joined.
 * The scan reads character codes (no string per character), and each distinct form is normalized and stemmed
 * once (see `wordForm`).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return scan(text, from, to, true);
}

/**
 * The tokens of `text.slice(from, to)` as {@link tokenize} finds them, each a small object that reads its written
 * form, normalized form, stem, kind and case from the one form shared by every token written alike. For what
 * the pipeline keeps of every report: a kept token takes about half the memory of a plain one (1.1 million
 * tokens for 1,000 reports). Read-only; `tokenize` gives plain objects.
 */
export function readTokens(text: string, from = 0, to = text.length): Token[] {
  return scan(text, from, to, false);
}

/** A sentence of a segmented text: `text` is `doc.slice(start, end)`. */
type SentenceSpan = Pick<Sentence, 'start' | 'end' | 'text'>;

/**
 * What {@link readTokens} reads in one sentence text, wherever the sentence stands: the shared form of each token,
 * and its offset from the sentence start times 2, plus 1 when white space stands before it.
 */
interface SentenceReading {
  forms: SharedWordForm[];
  at: Int32Array;
}

// Reports of one event share many sentences word for word (wire copy, quotes, boilerplate): each distinct sentence
// text is read once, and its repeats are built from that reading without looking at their characters. Keys are
// copies cut loose from the reports (detachedSlice); the map starts over when full, so it stays bounded.
const readings = new Map<string, SentenceReading>();
/** Sentences kept at most: with {@link MAX_READING_LENGTH}, about 20 MB at the very worst, a few MB for news. */
const MAX_READINGS = 1 << 13;
/** Longer sentences (tables, run-on pages) rarely repeat: they are read each time and not kept. */
const MAX_READING_LENGTH = 1000;

/**
 * `readTokens(text, sentence.start, sentence.end)` for a sentence of `text` (see {@link SentenceSpan}): a sentence
 * text read before gives its tokens from that reading. The tokens are the same, only shared forms may be others
 * (see `wordForm`).
 */
export function readSentenceTokens(text: string, sentence: SentenceSpan): Token[] {
  const { start, end } = sentence;
  const key = sentence.text;
  // A text that is never kept is not looked up either (long ones would be hashed for nothing).
  const reusable = isReusable(key);
  const known = reusable ? readings.get(key) : undefined;
  if (known !== undefined) return tokensOfReading(known, start);
  const tokens = scan(text, start, end, false);
  if (reusable) {
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(detachedSlice(key, 0, key.length), readingOf(tokens as SharedFormToken[], start));
  }
  return tokens;
}

/**
 * A reading is the same wherever its text stands, except when the text ends with a high surrogate: the scanner then
 * looks at the unit after the sentence (see `unitsAt`).
 */
function isReusable(sentenceText: string): boolean {
  return sentenceText.length <= MAX_READING_LENGTH && !endsInHighSurrogate(sentenceText);
}

function readingOf(tokens: readonly SharedFormToken[], start: number): SentenceReading {
  const forms: SharedWordForm[] = [];
  const at = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    forms.push(t.form);
    at[k] = t.packed - start * 2;
  }
  return { forms, at };
}

function tokensOfReading(reading: SentenceReading, start: number): Token[] {
  const { forms, at } = reading;
  const base = start * 2;
  // Filled in order and copied out, as `scan` does: every token array the pipeline reads has the same packed
  // layout (an array made at its length would be a holey one, and the code reading tokens would see two kinds).
  const tokens = scratch;
  for (let k = 0; k < forms.length; k++) tokens[k] = new SharedFormToken(forms[k]!, base + at[k]!);
  return takeScratch(forms.length);
}

/**
 * The tokens `readTokens(text, 0, limit)` gives, taken from the tokens of `text`'s sentences (in order; together they
 * hold every character of the text but white space, as `segmentSentences` gives them) instead of reading the text
 * again: only a token that crosses `limit` is read again, cut there as `readTokens` cuts it.
 */
export function leadingTokens(text: string, sentencesTokens: readonly (readonly Token[])[], limit: number): Token[] {
  const out: Token[] = [];
  for (const tokens of sentencesTokens) {
    for (const t of tokens) {
      if (t.end <= limit) {
        out.push(t);
        continue;
      }
      // The scan from the crossing token on goes as the scan from the start of the text would, given the white
      // space before it; nothing after the limit is read.
      if (t.start < limit) for (const cut of scan(text, t.start, limit, false, t.spaceBefore)) out.push(cut);
      return out;
    }
  }
  return out;
}

/**
 * A token whose form-level fields are those of a {@link WordForm} shared with every token written alike. It
 * keeps two fields: the form, and its start offset and `spaceBefore` packed into one small integer (the end is
 * the start plus the length of the form, since the form is the text as written). Every kept token is one such
 * object, so its size is most of what the analysis of a report holds.
 */
class SharedFormToken implements Token {
  constructor(
    /** The shared form (for {@link inWordClass}); not part of the {@link Token} interface. */
    readonly form: SharedWordForm,
    /** `start * 2`, plus 1 when white space stands before the token. Offsets stay below 2^29, so this is a small integer. */
    readonly packed: number,
  ) {}

  get start(): number {
    return this.packed >> 1;
  }

  get end(): number {
    return (this.packed >> 1) + this.form.text.length;
  }

  get spaceBefore(): boolean {
    return (this.packed & 1) === 1;
  }

  get text(): string {
    return this.form.text;
  }

  get norm(): string {
    return this.form.norm;
  }

  get stem(): string {
    return this.form.stem;
  }

  get kind(): TokenKind {
    return this.form.kind;
  }

  get upper(): boolean {
    return this.form.upper;
  }

  /** The same JSON as a plain token's. */
  toJSON(): Token {
    return { text: this.text, norm: this.norm, stem: this.stem, start: this.start, end: this.end, kind: this.kind, upper: this.upper, spaceBefore: this.spaceBefore };
  }
}

/**
 * End of the word that starts at `i` (a letter): letters and digits, and apostrophes between letters unless
 * they start a possessive ("Kyiv's" splits before the possessive; "don't", "O'Brien" stay whole).
 */
function wordEnd(text: string, i: number, to: number): number {
  let k = i + unitsAt(text, i);
  while (k < to) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      const cls = ASCII_CLASS[c]!;
      if (cls === LETTER_CLASS || cls === DIGIT_CLASS) {
        k++;
        continue;
      }
      if (c !== 39) break;
    } else {
      const cls = charClassAt(text, k);
      if (cls === LETTER_CLASS || cls === DIGIT_CLASS) {
        k += unitsAt(text, k);
        continue;
      }
      if (!isApostrophe(c)) break;
    }
    // An apostrophe: the word goes on only when a letter follows and that letter starts no possessive.
    if (!(k + 1 < to && charClassAt(text, k + 1) === LETTER_CLASS) || isPossessiveS(text, k + 1, to)) break;
    k++;
  }
  return k;
}

/** End of the number that starts at `i` (a digit): digits, and single "," or "." between digits. */
function numberEnd(text: string, i: number, to: number): number {
  let k = i + unitsAt(text, i);
  while (k < to) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) k++;
    else if (c >= 128 && charClassAt(text, k) === DIGIT_CLASS) k += unitsAt(text, k);
    else if ((c === 44 || c === 46) && k + 1 < to && charClassAt(text, k + 1) === DIGIT_CLASS) k++;
    else break;
  }
  return k;
}

/**
 * Tokens are gathered here and copied out at their exact count: a sentence's array grown by `push` would leave
 * the smaller arrays it outgrew as garbage and keep up to half its slots unused.
 */
let scratch: Token[] = [];
/** A scratch array longer than this is dropped after use rather than kept (and its tokens with it). */
const MAX_KEPT_SCRATCH = 4096;

/**
 * The tokenizer's one pass. Most characters are ASCII: they are classified from a table without a call, and
 * each token costs one lookup of its shared form and one small object. `spaceBefore` tells whether white space
 * (or the start of the text) stands before `from`.
 */
function scan(text: string, from: number, to: number, plain: boolean, spaceBefore = true): Token[] {
  const tokens = scratch;
  let count = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? ASCII_CLASS[c]! : charClassAt(text, i);
    if (cls === SPACE_CLASS) {
      spaceBefore = true;
      i += c < 128 ? 1 : unitsAt(text, i);
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (cls === LETTER_CLASS) {
      kind = 'word';
      i = wordEnd(text, i, to);
    } else if (cls === DIGIT_CLASS) {
      kind = 'number';
      i = numberEnd(text, i, to);
    } else if (isApostrophe(c) && i + 1 < to && isPossessiveS(text, i + 1, to) && !spaceBefore) {
      // A possessive follows a token (`spaceBefore` starts true, so the first token of a scan from the text start is none).
      kind = 'word';
      i += 2;
    } else {
      kind = 'punct';
      i += unitsAt(text, i);
    }
    const form = wordForm(text, start, i, kind);
    tokens[count++] = plain ? plainToken(form, start, i, spaceBefore) : new SharedFormToken(form, start * 2 + (spaceBefore ? 1 : 0));
    spaceBefore = false;
  }
  return takeScratch(count);
}

/**
 * The first `count` tokens of the scratch array, copied out. Slots past `count` still hold tokens of earlier calls:
 * harmless, since only the first `count` are copied.
 */
function takeScratch(count: number): Token[] {
  const out = scratch.slice(0, count);
  if (scratch.length > MAX_KEPT_SCRATCH) scratch = [];
  return out;
}

function plainToken(form: WordForm, start: number, end: number, spaceBefore: boolean): Token {
  return { text: form.text, norm: form.norm, stem: form.stem, start, end, kind: form.kind, upper: form.upper, spaceBefore };
}

/**
 * Index of the first token that starts at or after `offset`, or `tokens.length` when none does (binary search:
 * tokens are in order).
 */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The last token from `first` on (itself at least) that ends by `end`: with {@link firstTokenFrom}, the tokens of a
 * span that starts at a token. `first` must be a token's index.
 */
export function lastTokenWithin(tokens: readonly Token[], first: number, end: number): number {
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
  return last;
}
