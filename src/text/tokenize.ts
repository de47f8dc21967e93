import { charClassAt, DIGIT_CLASS, LETTER_CLASS, SPACE_CLASS, unitsAt } from './chars.js';
import { wordForm, type WordForm } from './word-forms.js';

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

/** U+0027, U+2019 and U+02BC: the apostrophes of "Kyiv's", "don't", "O'Brien". */
function isApostrophe(c: number): boolean {
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
  return scan(text, from, to, (form, start, end, spaceBefore) => ({ text: form.text, norm: form.norm, stem: form.stem, start, end, kind: form.kind, upper: form.upper, spaceBefore }));
}

/**
 * The tokens of `text.slice(from, to)` as {@link tokenize} finds them, each a small object that reads its written
 * form, normalized form, stem, kind and case from the one form shared by every token written alike. For what
 * the pipeline keeps of every report: a kept token takes about half the memory of a plain one (1.1 million
 * tokens for 1,000 reports). Read-only; `tokenize` gives plain objects.
 */
export function readTokens(text: string, from = 0, to = text.length): Token[] {
  return scan(text, from, to, (form, start, end, spaceBefore) => new SharedFormToken(form, start, end, spaceBefore));
}

/** A token whose form-level fields are those of a {@link WordForm} shared with every token written alike. */
class SharedFormToken implements Token {
  constructor(
    private readonly form: WordForm,
    readonly start: number,
    readonly end: number,
    readonly spaceBefore: boolean,
  ) {}

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

/** The tokenizer's one pass, handing each token to `make`. */
function scan(text: string, from: number, to: number, make: (form: WordForm, start: number, end: number, spaceBefore: boolean) => Token): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let spaceBefore = true;
  while (i < to) {
    const cls = charClassAt(text, i);
    if (cls === SPACE_CLASS) {
      spaceBefore = true;
      i += unitsAt(text, i);
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (cls === DIGIT_CLASS) {
      kind = 'number';
      i += unitsAt(text, i);
      while (i < to) {
        const c = text.charCodeAt(i);
        if (charClassAt(text, i) === DIGIT_CLASS) i += unitsAt(text, i);
        else if ((c === 44 || c === 46) && i + 1 < to && charClassAt(text, i + 1) === DIGIT_CLASS) i += 1;
        else break;
      }
    } else if (cls === LETTER_CLASS) {
      kind = 'word';
      i += unitsAt(text, i);
      while (i < to) {
        const inner = charClassAt(text, i);
        if (inner === LETTER_CLASS || inner === DIGIT_CLASS) {
          i += unitsAt(text, i);
        } else if (isApostrophe(text.charCodeAt(i)) && i + 1 < to && charClassAt(text, i + 1) === LETTER_CLASS) {
          // "Kyiv's" splits before the possessive; "don't", "O'Brien" stay whole.
          if (isPossessiveS(text, i + 1, to)) break;
          i += 1;
        } else break;
      }
    } else if (isApostrophe(text.charCodeAt(i)) && i + 1 < to && isPossessiveS(text, i + 1, to) && tokens.length > 0 && !spaceBefore) {
      kind = 'word';
      i += 2;
    } else {
      kind = 'punct';
      i += unitsAt(text, i);
    }
    tokens.push(make(wordForm(text, start, i, kind), start, i, spaceBefore));
    spaceBefore = false;
  }
  return tokens;
}
