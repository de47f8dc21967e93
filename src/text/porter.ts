/**
 * The Porter stemmer exactly as `natural` (MIT, see THIRD_PARTY_NOTICES.md) implements it, rewritten with
 * string operations instead of building regexes on every call: the same steps, the same order, the same quirks
 * (a measure may be fractional, replacements of step 2 and 3 chain on the result while their conditions read the
 * word as it came in). Stemming every new word of a report through `natural` took several microseconds; the
 * output is the same for every lower-case word (property-tested against `natural`).
 * @module
 */

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

/**
 * `natural`'s categorizeGroups: runs of consonants before a `y` become "CV", runs of vowels "V", and every other
 * run "C". Its three regex passes, one by one.
 */
function categorizeGroups(token: string): string {
  // /[^aeiouy]+y/g → 'CV'
  let first = '';
  let i = 0;
  while (i < token.length) {
    const c = token.charAt(i);
    if (isVowel(c) || c === 'y') {
      first += c;
      i++;
      continue;
    }
    let j = i;
    while (j < token.length && !isVowel(token.charAt(j)) && token.charAt(j) !== 'y') j++;
    if (j < token.length && token.charAt(j) === 'y') {
      first += 'CV';
      i = j + 1;
    } else {
      first += token.slice(i, j);
      i = j;
    }
  }
  // /[aeiou]+/g → 'V', then /[^V]+/g → 'C'
  let second = '';
  for (let k = 0; k < first.length; k++) {
    const c = first.charAt(k);
    if (isVowel(c)) {
      if (k === 0 || !isVowel(first.charAt(k - 1))) second += 'V';
    } else second += c;
  }
  let out = '';
  for (let k = 0; k < second.length; k++) {
    const c = second.charAt(k);
    if (c === 'V') out += 'V';
    else if (k === 0 || second.charAt(k - 1) === 'V') out += 'C';
  }
  return out;
}

/** `natural`'s categorizeChars: each consonant before a `y` and that `y` become "CV", vowels "V", the rest "C". */
function categorizeChars(token: string): string {
  // /[^aeiouy]y/g → 'CV', then /[aeiou]/g → 'V', then /[^V]/g → 'C'
  let out = '';
  let i = 0;
  while (i < token.length) {
    const c = token.charAt(i);
    if (!isVowel(c) && c !== 'y' && token.charAt(i + 1) === 'y') {
      out += 'CV';
      i += 2;
    } else {
      out += isVowel(c) ? 'V' : 'C';
      i++;
    }
  }
  return out;
}

/** The measure M: VC sequences, an initial C and a final V dropped, halved (-1 for no word). */
function measure(token: string | null): number {
  if (!token) return -1;
  let groups = categorizeGroups(token);
  if (groups.startsWith('C')) groups = groups.slice(1);
  if (groups.endsWith('V')) groups = groups.slice(0, -1);
  return groups.length / 2;
}

/** The word ends with two equal letters other than a vowel ("happ"). */
function endsWithDoubleConsonant(token: string): boolean {
  const n = token.length;
  return n >= 2 && token.charAt(n - 1) === token.charAt(n - 2) && !isVowel(token.charAt(n - 1));
}

/** Replaces the suffix `pattern` by `replacement`: null when the word does not end so, '' when nothing is left. */
function replaceSuffix(token: string, pattern: string, replacement: string): string | null {
  return token.endsWith(pattern) ? token.slice(0, token.length - pattern.length) + replacement : null;
}

/** `natural`'s attemptReplacePatterns with suffix patterns: conditions read `token`, replacements chain. */
function replacePatterns(token: string, replacements: readonly (readonly [string, string])[], measureThreshold?: number): string {
  let replacement = token;
  for (const [pattern, by] of replacements) {
    if (measureThreshold === undefined || measure(replaceSuffix(token, pattern, '')) > measureThreshold) {
      replacement = replaceSuffix(replacement, pattern, by) || replacement;
    }
  }
  return replacement || token;
}

function step1a(token: string): string {
  if (token.endsWith('sses') || token.endsWith('ies')) return token.slice(0, -2);
  if (token.endsWith('s') && token.charAt(token.length - 2) !== 's' && token.length > 2) return token.slice(0, -1);
  return token;
}

const STEP_1B_ENDINGS: readonly (readonly [string, string])[] = [['at', 'ate'], ['bl', 'ble'], ['iz', 'ize']];

function step1b(token: string): string {
  if (token.endsWith('eed')) {
    return measure(token.slice(0, -3)) > 0 ? token.slice(0, -1) : token;
  }
  const stripped = token.endsWith('ed') ? token.slice(0, -2) : token.endsWith('ing') ? token.slice(0, -3) : null;
  // An empty rest counts as no match, as in `natural`.
  if (!stripped || !categorizeGroups(stripped).includes('V')) return token;
  const result = replacePatterns(stripped, STEP_1B_ENDINGS);
  if (result !== stripped) return result;
  const last = stripped.charAt(stripped.length - 1);
  if (endsWithDoubleConsonant(stripped) && last !== 'l' && last !== 's' && last !== 'z') return stripped.slice(0, -1);
  if (measure(stripped) === 1 && categorizeChars(stripped).endsWith('CVC') && last !== 'w' && last !== 'x' && last !== 'y') {
    return stripped + 'e';
  }
  return stripped;
}

function step1c(token: string): string {
  const groups = categorizeGroups(token);
  if (token.endsWith('y') && groups.slice(0, -1).includes('V')) return token.slice(0, -1) + 'i';
  return token;
}

const STEP_2: readonly (readonly [string, string])[] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'],
  ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'],
  ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'],
  ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];

const STEP_3: readonly (readonly [string, string])[] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];

const STEP_4_SUFFIXES: readonly string[] = [
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous',
  'ive', 'ize',
];

/** `^(.+?)(al|ance|…|ize)$`: the shortest non-empty stem before one of the suffixes, or ''. */
function step4Stem(token: string): string {
  for (let k = 1; k < token.length; k++) if (STEP_4_SUFFIXES.includes(token.slice(k))) return token.slice(0, k);
  return '';
}

function step4(token: string): string {
  const stem = step4Stem(token);
  if (measure(stem) > 1) return stem;
  // `^(.+?)(s|t)(ion)$`: the stem keeps its s or t.
  const n = token.length;
  const sion = n >= 5 && token.endsWith('ion') && (token.charAt(n - 4) === 's' || token.charAt(n - 4) === 't') ? token.slice(0, n - 3) : '';
  if (measure(sion) > 1) return sion;
  return token;
}

function step5a(token: string): string {
  const stripped = token.endsWith('e') ? token.slice(0, -1) : token;
  const m = measure(stripped);
  if (m > 1) return stripped;
  if (m === 1) {
    const chars = categorizeChars(token);
    const from = Math.max(chars.length - 4, 0);
    const cvc = chars.slice(from, from + 3) === 'CVC';
    const n = token.length;
    const beforeLast = token.charAt(n - 2);
    const notWxy = n >= 2 && beforeLast !== 'w' && beforeLast !== 'x' && beforeLast !== 'y';
    if (!(cvc && notWxy)) return stripped;
  }
  return token;
}

function step5b(token: string): string {
  return measure(token) > 1 && token.endsWith('ll') ? token.slice(0, -1) : token;
}

/** Porter stem of a lower-case word (`a`–`z`), as `natural`'s PorterStemmer gives it. */
export function porterStem(word: string): string {
  if (word.length < 3) return word;
  return step5b(step5a(step4(replacePatterns(replacePatterns(step1c(step1b(step1a(word))), STEP_2, 0), STEP_3, 0))));
}
