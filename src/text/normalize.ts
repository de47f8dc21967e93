import { wordTable } from './word-table.js';
/**
 * Normalization of words and text fragments for comparison: case, diacritics, Unicode quotes, dashes and
 * apostrophes. Offsets never pass through here: callers keep the original spans and compare normalized forms.
 */

const PUNCTUATION_FOLD: Record<string, string> = wordTable({
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ', '\u2007': ' ', '\u2026': '...',
});

const COMBINING_MARK = /\p{M}/gu;

/** Folds Unicode quotes, apostrophes, dashes and odd spaces to their ASCII forms. Same length is not guaranteed. */
export function foldPunctuation(text: string): string {
  // Every folded character is one UTF-16 unit (none is a surrogate): the text is copied in stretches between
  // them rather than character by character.
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 96 && c < 128) continue;
    const folded = PUNCTUATION_FOLD[text.charAt(i)];
    if (folded === undefined) continue;
    out += text.slice(copied, i) + folded;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Removes diacritics: "Zelenskyy" stays, "Kraków" becomes "krakow" after {@link normalizeWord}. */
export function stripDiacritics(text: string): string {
  // NFKD splits "ó" into "o" + combining accent; the marks are then dropped. Non-decomposable letters
  // (ł, ø, ß) are mapped by hand so that common Central European spellings meet their ASCII forms.
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .replace(/[łŁøØßæÆœŒđĐ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
}

const SPECIAL_LETTERS: Record<string, string> = wordTable({
  'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'đ': 'd', 'Đ': 'D',
});

/** True when every character is ASCII other than the backtick: folding and NFKD leave such text unchanged. */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || c === 96) return false;
  }
  return true;
}

/** The comparison form of one word: folded punctuation, no diacritics, lower case. */
export function normalizeWord(word: string): string {
  // Most words of English news are plain ASCII; they skip the folding and the Unicode decomposition (a hot path).
  if (isPlainAscii(word)) return word.toLowerCase();
  return stripDiacritics(foldPunctuation(word)).toLowerCase();
}

/** The comparison form of a phrase: {@link normalizeWord} plus runs of white space collapsed to one space. */
export function normalizePhrase(text: string): string {
  return normalizeWord(text).replace(/\s+/g, ' ').trim();
}
