import { codePointAt, isDigit, isLetter, isSpace } from './chars.js';
import { normalizeWord } from './normalize.js';
import { stem } from './stem.js';

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

const UPPER = /\p{Lu}/u;
const APOSTROPHES = new Set(["'", '\u2019', '\u02BC']);

/** The first letter is upper case: an ASCII fast path, then the Unicode property. */
function isUpperInitial(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(ch);
}

/**
 * One string object per distinct short word: reports of one event repeat their words thousands of times, and
 * every token keeps its text and normalized form. Bounded, like the stem cache.
 */
const interned = new Map<string, string>();
const INTERN_LIMIT = 100_000;
const INTERN_MAX_LENGTH = 24;

function intern(text: string): string {
  if (text.length > INTERN_MAX_LENGTH) return text;
  const hit = interned.get(text);
  if (hit !== undefined) return hit;
  if (interned.size >= INTERN_LIMIT) interned.clear();
  interned.set(text, text);
  return text;
}


/**
 * Splits `text.slice(from, to)` into tokens, in one left-to-right pass (linear time, no backtracking).
 * Offsets are into `text`. Possessive `'s` becomes its own token ("Kyiv's" → `Kyiv`, `'s`); hyphens split
 * compounds ("27-point" → `27`, `-`, `point`) and `spaceBefore` keeps the fact that they were joined.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let spaceBefore = true;
  while (i < to) {
    const ch = codePointAt(text, i);
    if (isSpace(ch)) {
      spaceBefore = true;
      i += ch.length;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(ch)) {
      kind = 'number';
      i += ch.length;
      while (i < to) {
        const c = codePointAt(text, i);
        if (isDigit(c)) i += c.length;
        else if ((c === ',' || c === '.') && i + 1 < to && isDigit(codePointAt(text, i + 1))) i += 1;
        else break;
      }
    } else if (isLetter(ch)) {
      kind = 'word';
      i += ch.length;
      while (i < to) {
        const c = codePointAt(text, i);
        if (isLetter(c) || isDigit(c)) {
          i += c.length;
        } else if (APOSTROPHES.has(c) && i + 1 < to && isLetter(codePointAt(text, i + 1))) {
          // "Kyiv's" splits before the possessive; "don't", "O'Brien" stay whole.
          const next = codePointAt(text, i + 1);
          const after = i + 2 < to ? codePointAt(text, i + 2) : ' ';
          if ((next === 's' || next === 'S') && !isLetter(after)) break;
          i += c.length;
        } else break;
      }
    } else if (APOSTROPHES.has(ch) && i + 1 < to && /[sS]/.test(text.charAt(i + 1)) && !(i + 2 < to && isLetter(codePointAt(text, i + 2))) && tokens.length > 0 && !spaceBefore) {
      kind = 'word';
      i += 2;
    } else {
      kind = 'punct';
      i += ch.length;
    }
    const raw = intern(text.slice(start, i));
    const norm = intern(normalizeWord(raw));
    tokens.push({
      text: raw,
      norm,
      stem: kind === 'word' ? stem(norm) : norm,
      start,
      end: i,
      kind,
      upper: isUpperInitial(codePointAt(raw, 0)),
      spaceBefore,
    });
    spaceBefore = false;
  }
  return tokens;
}
