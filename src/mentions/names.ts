import type { NameMention } from '../analysis.js';
import { inWordClass, markToken, newTokenMark, type Token } from '../text/tokenize.js';
import { defineWordClass } from '../text/word-forms.js';
import { normalizePhrase } from '../text/normalize.js';
import { detachedSlice } from '../text/chars.js';
import { isHonorificToken, isRoleToken } from './title-words.js';

/** Lower-case words allowed inside a name when capitalized words stand on both sides ("Center for Countering Disinformation"). */
const NAME_CONNECTORS = new Set(['of', 'for', 'de', 'del', 'da', 'di', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'la', 'le', 'du']);

/**
 * Capitalized words that start sentences far more often than they name anything. A sentence-initial word that
 * is one of these, or that the document also writes in lower case, is not a name.
 */
const COMMON_STARTERS = new Set(
  `the a an this that these those it its he she they we i you his her their our my your there here what which who
whom whose when where why how while although though however meanwhile still yet but and or so for nor after before
during since until unless if as at in on by with without within from into onto over under about above below across
along among around between despite following speaking asked according both several many most some all each every no
not one two three four five six seven eight nine ten other another such only even also just then now today yesterday
tomorrow earlier later last next new former senior key observers officials diplomats critics analysts experts
sources reports report on instead rather indeed moreover furthermore additionally overall finally first second
third once twice thus hence otherwise nevertheless nonetheless regardless ultimately`.split(/\s+/),
);

/**
 * Capitalized words that are never names: the pronoun I and its contractions, months and weekdays (dates are
 * their own mentions).
 */
const NOT_NAMES = new Set(
  `i i'm i've i'd i'll you've you're we've we're they've they're it's that's there's here's what's let's don't can't won't
january february march april may june july august september october november december jan feb mar apr jun jul aug sep
sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

/**
 * Capitalized words that may be part of a name: all but the possessive mark and {@link NOT_NAMES}. Every token
 * of a sentence is tested: one bit test per token, the test itself once per word form.
 */
const CAPITALIZED_WORD = defineWordClass((w) => w.kind === 'word' && w.upper && w.norm !== "'s" && !NOT_NAMES.has(w.norm));
const NAME_CONNECTOR = defineWordClass((w) => NAME_CONNECTORS.has(w.norm));

function isCapitalizedWord(t: Token): boolean {
  return inWordClass(t, CAPITALIZED_WORD);
}

/** "F." or "U." as an initial: one capital letter followed directly by a period. */
function isInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  // The length first: it rules out almost every token.
  return !!t && !!dot && t.text.length === 1 && t.kind === 'word' && t.upper && dot.text === '.' && !dot.spaceBefore;
}

// Reports of one event name the same people and places again and again: a bounded cache saves the three
// passes over the text for every repeat (cleared when full, like the stem cache).
const normalizedNames = new Map<string, string>();
const NAME_CACHE_LIMIT = 20_000;

/** Normalized comparison form of a name: case, diacritics and the periods of initials and acronyms folded. */
export function normalizeName(text: string): string {
  const hit = normalizedNames.get(text);
  if (hit !== undefined) return hit;
  const norm = normalizePhrase(text).replace(/\./g, '').replace(/\s*-\s*/g, '-');
  if (normalizedNames.size >= NAME_CACHE_LIMIT) normalizedNames.clear();
  // The cache outlives the comparison: what it keeps must not be views into the report the name was cut from.
  const kept = detachedSlice(norm, 0, norm.length);
  normalizedNames.set(detachedSlice(text, 0, text.length), kept);
  return kept;
}

/**
 * Finds proper names in one sentence (`tokens` are the sentence's tokens, with offsets into `text`): runs of capitalized words, with initials ("John F. Kennedy"),
 * acronyms ("U.S.") and connectors inside ("Center for Countering Disinformation"). Titles and honorifics in
 * front are split off ("French President Emmanuel Macron" → "Emmanuel Macron"); possessives, hyphens and
 * other punctuation end a name. `lowerCaseWords` (the document's words seen in lower case) rejects
 * sentence-initial common words.
 */
export function extractNames(text: string, tokens: readonly Token[], lowerCaseWords: ReadonlySet<string> = new Set()): NameMention[] {
  const names: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCapitalizedWord(t)) {
      i++;
      continue;
    }
    const first = i;
    let last = i; // index of the last token inside the name
    let j = i;
    for (;;) {
      if (isInitial(tokens, j)) {
        last = j + 1;
        j += 2;
      } else if (tokens[j] && isCapitalizedWord(tokens[j]!) && (j === first || tokens[j]!.spaceBefore)) {
        last = j;
        j += 1;
      } else if (
        j > first &&
        tokens[j]?.kind === 'word' &&
        inWordClass(tokens[j]!, NAME_CONNECTOR) &&
        tokens[j + 1] && isCapitalizedWord(tokens[j + 1]!)
      ) {
        j += 1;
        continue;
      } else break;
      if (!tokens[j] || !tokens[j]!.spaceBefore) {
        // a hyphen, possessive or punctuation right after the word closes the name ("Zelensky-Macron", "Trump's"),
        // except the period of an initial, handled above.
        if (!(tokens[j] && isInitial(tokens, j))) break;
      }
    }
    i = last + 1;
    pushName(names, text, tokens, first, last, lowerCaseWords);
  }
  return names;
}

function pushName(
  names: NameMention[],
  source: string,
  tokens: readonly Token[],
  runFirst: number,
  last: number,
  lowerCaseWords: ReadonlySet<string>,
): void {
  // The run of capitalized words is tokens[runFirst..last]; `first` moves past what is no part of the name.
  let first = runFirst;
  // Split off the title: everything up to the last role word or honorific, if a name follows it.
  for (let k = last - 1; k >= first; k--) {
    const t = tokens[k]!;
    if ((isRoleToken(t) || isHonorificToken(t)) && isCapitalizedWord(tokens[k + 1]!)) {
      first = k + 1;
      break;
    }
  }
  // A name never starts with a connector or an honorific.
  while (first <= last && (inWordClass(tokens[first]!, NAME_CONNECTOR) || isHonorificToken(tokens[first]!))) first++;
  if (first > last) return;
  const head = tokens[first]!;
  const sentenceInitial = first === 0 || (first === 1 && tokens[0]!.kind === 'punct');
  if (sentenceInitial && first === last) {
    if (COMMON_STARTERS.has(head.norm) || lowerCaseWords.has(head.norm)) return;
  }
  if (sentenceInitial && first < last && COMMON_STARTERS.has(head.norm)) {
    // "The Kremlin" → "Kremlin"
    first++;
    if (first === last && lowerCaseWords.has(tokens[first]!.norm)) return;
  }
  if (first === last && isRoleToken(tokens[first]!)) return; // a bare "President"
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const text = source.slice(start, end);
  names.push({
    start,
    end,
    text,
    norm: normalizeName(text),
    tokenStart: first,
    tokenEnd: last + 1,
    sentenceInitial,
  });
}

/** The words a document writes in lower case somewhere: evidence that a capitalized sentence start is no name. */
export function lowerCaseVocabulary(sentencesTokens: readonly (readonly Token[])[]): Set<string> {
  const out = new Set<string>();
  // Each word form is added once: its repeats (most words of a report) cost no hash lookup.
  const mark = newTokenMark();
  for (const tokens of sentencesTokens) {
    // The mark first: a form's kind and case are the same in all its tokens, so only its first token is read.
    for (const t of tokens) if (markToken(t, mark) && t.kind === 'word' && !t.upper) out.add(t.norm);
  }
  return out;
}

/** The name of a sentence that starts at token `index` (a sentence holds a few names: a scan beats an index). */
export function nameStartingAt(names: readonly NameMention[], index: number): NameMention | undefined {
  for (const n of names) if (n.tokenStart === index) return n;
  return undefined;
}

/** The name of a sentence that ends before token `index` (`tokenEnd === index`), the last one if names overlapped. */
export function nameEndingAt(names: readonly NameMention[], index: number): NameMention | undefined {
  for (let k = names.length - 1; k >= 0; k--) if (names[k]!.tokenEnd === index) return names[k];
  return undefined;
}
