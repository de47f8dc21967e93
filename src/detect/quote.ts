/**
 * The `quote` detector: one speaker's words quoted differently by different reports, and long quotes that only
 * one report carries (`unique`).
 * @module
 */
import { diffArrays } from 'diff';
import type { AnalyzedDocument, AnalyzedSentence, QuoteMention } from '../analysis.js';
import type { Severity } from '../types.js';
import { firstTokenFrom, tokenize, type Token } from '../text/tokenize.js';
import { conceptOf } from '../text/synonyms.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { matchNames, nameKey } from '../mentions/match-names.js';
import type { Detector, DetectorContext, Finding, FindingVariant } from './detector.js';
import { sentenceAt } from './spans.js';
import { wordTable } from '../text/word-table.js';
import { SEVERITY_RANK } from '../severity.js';
import { hasOtherThan, isSubset, pushTo, UnionFind } from '../collections.js';
import { groupSameNames } from './name-groups.js';
import { endsInHighSurrogate, sentenceFacts, type SentenceFacts } from './sentence-facts.js';

/** Share of the smaller quote's content words the other must carry for two quotes of one speaker to be compared. */
export const QUOTE_SIMILARITY = 0.4;
/** Least Dice overlap of content stems for two quote sentences to be compared. */
export const QUOTE_DICE = 0.35;
/** Quotes of at least this many words that no other report carries are reported as `unique`. */
export const UNIQUE_QUOTE_WORDS = 6;
/** Share of a quote's content words that a sentence of another report must carry to count as reporting it. */
const CARRIED_SHARE = 0.5;
/** At most this many changed content words on either side is a small wording difference. */
const SMALL_CHANGE = 2;

const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', 'cannot', 'without']);

// British spellings no rule below folds, and rule exceptions, mapped to the American form.
const SPELLING_WORDS: Readonly<Record<string, string>> = wordTable({
  defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense', judgement: 'judgment',
  ageing: 'aging', grey: 'gray', sceptic: 'skeptic', sceptical: 'skeptical', programme: 'program',
  programmes: 'programs', manoeuvre: 'maneuver', jewellery: 'jewelry', tyre: 'tire', tyres: 'tires',
  aluminium: 'aluminum', enrol: 'enroll', fulfil: 'fulfill', plough: 'plow', cheque: 'check', kerb: 'curb',
});
const DOUBLED_L_STEMS: ReadonlySet<string> = new Set(
  ['travel', 'cancel', 'model', 'label', 'level', 'signal', 'fuel', 'total', 'channel', 'counsel', 'equal', 'dial', 'marshal', 'tunnel', 'rival', 'quarrel', 'jewel', 'shovel', 'funnel'],
);
/** What {@link foldSpelling}'s rules look for: "is"/"ys" (-ise, -yse), "ou" (-our), "tr" (-tre), "gu" (-ogue), "ll". */
const FOLDABLE = /is|ys|ou|tr|gu|ll/;
const OUR_EXCEPTIONS: ReadonlySet<string> = new Set(['contour', 'detour', 'devour', 'paramour', 'troubadour', 'velour', 'amour']);

/**
 * Folds British spellings to American ones so that "finalised" meets "finalized", "colour" meets "color" and
 * "travelled" meets "traveled". Applied to both sides of a comparison, so a fold that also changes an
 * unrelated word ("promise" → "promize") does no harm.
 */
export function foldSpelling(word: string): string {
  const listed = SPELLING_WORDS[word];
  if (listed) return listed;
  // Every rule below needs one of these letter pairs: most words have none and skip the six patterns.
  if (!FOLDABLE.test(word)) return word;
  let m = /^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$/.exec(word);
  if (m) return `${m[1]}iz${m[2]}`;
  m = /^([a-z]{2,})ys(e|es|ed|ing)$/.exec(word);
  if (m) return `${m[1]}yz${m[2]}`;
  m = /^([a-z]{3,})our(s|ed|ing|ite|ites|able|er|ers)?$/.exec(word);
  if (m && !OUR_EXCEPTIONS.has(`${m[1]}our`)) return `${m[1]}or${m[2] ?? ''}`;
  m = /^([a-z]{3,})tre(s)?$/.exec(word);
  if (m) return `${m[1]}ter${m[2] ?? ''}`;
  m = /^([a-z]{3,})ogue(s)?$/.exec(word);
  if (m) return `${m[1]}og${m[2] ?? ''}`;
  m = /^([a-z]{3,})ll(ed|ing|er|ers)$/.exec(word);
  if (m && DOUBLED_L_STEMS.has(`${m[1]}l`)) return `${m[1]}l${m[2]}`;
  return word;
}

/**
 * The comparison form of a token's normalized text ({@link foldSpelling}) and, for a content word, its
 * {@link contentStem} (`undefined` otherwise): remembered for one comparison, since every report repeats its words.
 */
interface WordForm {
  key: string;
  content: string | undefined;
}

/**
 * Word forms for one run of the detector: by normalized text, and by token form number (see {@link SentenceFacts});
 * and the words of each quote sentence by its text, since reports quote the same words again and again.
 */
interface WordForms {
  byNorm: Map<string, WordForm>;
  /** Filled as asked. */
  byForm: (WordForm | undefined)[];
  byText: Map<string, StretchWords>;
  facts: SentenceFacts;
}

function wordForms(facts: SentenceFacts): WordForms {
  return { byNorm: new Map(), byForm: [], byText: new Map(), facts };
}

/** The words of a stretch of text, its content stems and its wording: the same for every stretch with that text. */
interface StretchWords {
  words: QuoteWord[];
  content: Set<string>;
  wording: string;
}

/** The word form of a normalized text; `stemmed` is its stem when the caller has it (a word token's `stem`). */
function wordForm(norm: string, forms: WordForms, stemmed?: string): WordForm {
  let form = forms.byNorm.get(norm);
  if (form === undefined) {
    const key = foldSpelling(norm);
    form = { key, content: isContentWord(key) ? contentStem(key, key === norm ? stemmed : undefined) : undefined };
    forms.byNorm.set(norm, form);
  }
  return form;
}

/** The word form of a token form, by its number. */
function wordFormOf(form: number, forms: WordForms): WordForm {
  let known = forms.byForm[form];
  if (known === undefined) {
    const t = forms.facts.forms[form]!;
    forms.byForm[form] = known = wordForm(t.norm, forms, t.kind === 'word' ? t.stem : undefined);
  }
  return known;
}

/** A word of a quote: as written, and its comparison form. */
interface QuoteWord {
  text: string;
  key: string;
  /** Written apart from the word before (white space or dropped punctuation between); "Kyiv's" gives `'s` joined. */
  spaced: boolean;
}

/** One sentence of a quote by a known speaker: the unit quotes are compared in. */
interface Piece {
  doc: AnalyzedDocument;
  /** The sentence of the document the piece lies in. */
  sentence: AnalyzedSentence;
  quote: QuoteMention;
  speaker: string;
  start: number;
  end: number;
  /** The words as written: `doc.text.slice(start, end)`. */
  text: string;
  /** Shared by every piece with the same text: never changed. */
  words: QuoteWord[];
  /** The comparison forms of the words, joined by spaces ({@link keyString}): equal for equal wordings. */
  wording: string;
  /** Stems of the content words (and numbers): what similarity is measured on. Shared like `words`. */
  content: Set<string>;
  short: boolean;
  /** The place of the document's id in the collator's order (`localeCompare`; equal ids share it). */
  docRank: number;
}

function isNegation(key: string): boolean {
  return NEGATIONS.has(key) || key.endsWith("n't");
}

function isContentWord(key: string): boolean {
  return !isStopword(key) && !key.includes("'");
}

/**
 * A content word as similarity sees it: its stem, or the concept of its synonyms ("complicated" = "difficult").
 * `stemmed` is the stem of `key` when the caller has it.
 */
function contentStem(key: string, stemmed?: string): string {
  if (!/^[a-z]+$/.test(key)) return key;
  const s = stemmed ?? stem(key);
  return conceptOf(s) ?? s;
}

/**
 * The words of `tokens.slice(from, to)` and the content stems among them. The first token counts as spaced, as it
 * would be were the stretch tokenized on its own.
 */
function quoteWords(
  stretch: StretchTokens,
  forms: WordForms,
): { words: QuoteWord[]; content: Set<string> } {
  const { tokens, numbers, numbersStart, from, to } = stretch;
  const words: QuoteWord[] = [];
  const content = new Set<string>();
  let afterPunct = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      afterPunct = true;
      continue;
    }
    const form = numbers ? wordFormOf(numbers[numbersStart + k]!, forms) : wordForm(t.norm, forms);
    words.push({ text: t.text, key: form.key, spaced: k === from || t.spaceBefore || afterPunct });
    if (form.content !== undefined) content.add(form.content);
    afterPunct = false;
  }
  return { words, content };
}

/**
 * Tokens `from` to `to` of a stretch. When they are a sentence's, `numbers` holds their form numbers from
 * `numbersStart` on (see {@link SentenceFacts.formNumbers}).
 */
interface StretchTokens {
  tokens: readonly Token[];
  numbers: Int32Array | undefined;
  numbersStart: number;
  from: number;
  to: number;
}

/** U+0027, U+2019 and U+02BC: the apostrophes a possessive `'s` token starts with. */
function startsWithApostrophe(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 39 || c === 0x2019 || c === 0x02bc;
}

/**
 * The tokens of `text.slice(part.start, part.end)` as tokenizing that stretch alone gives them: the sentence's own
 * tokens in it when no token crosses either end (then the tokenizer cut the sentence there too), else the
 * stretch tokenized anew. A possessive `'s` first in the stretch is also tokenized anew: alone, it has no word to
 * attach to.
 */
function tokensWithin(
  doc: AnalyzedDocument,
  sentence: AnalyzedSentence,
  part: { start: number; end: number },
  facts: SentenceFacts,
): StretchTokens {
  const tokens = sentence.tokens;
  let from = firstTokenFrom(tokens, part.start);
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= part.end) to++;
  const crossesStart = from > 0 && tokens[from - 1]!.end > part.start;
  const crossesEnd = to < tokens.length && tokens[to]!.start < part.end;
  const first = tokens[from];
  const possessiveFirst = first !== undefined && to > from && first.kind === 'word' && startsWithApostrophe(first.text);
  if (!crossesStart && !crossesEnd && !possessiveFirst) return { tokens, numbers: facts.formNumbers, numbersStart: facts.formsStart(facts.textOf(doc, sentence)), from, to };
  const own = tokenize(doc.text, part.start, part.end);
  return { tokens: own, numbers: undefined, numbersStart: 0, from: 0, to: own.length };
}

/** ".", "!", "?" and "…": the marks that may end a sentence inside a quote. */
function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Splits a quote into its sentences (". " followed by a capital or a quote mark), trimmed of white space. */
function quoteSentences(text: string, quote: QuoteMention): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = quote.start;
  for (let i = quote.start; i < quote.end; i++) {
    if (!endsSentence(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < quote.end && text.charCodeAt(j) === 46) j++;
    if (j >= quote.end || text.charCodeAt(j) !== 32) continue;
    let k = j;
    while (k < quote.end && text.charCodeAt(k) === 32) k++;
    const next = text.charAt(k);
    if (next === '' || next === next.toLowerCase()) continue;
    out.push({ start: from, end: j });
    from = k;
    i = k - 1;
  }
  out.push({ start: from, end: quote.end });
  return out;
}

/** Cuts a stretch at the document's sentence ends, so that every span stays inside one sentence (given with it). */
function withinSentences(doc: AnalyzedDocument, part: { start: number; end: number }): { start: number; end: number; sentence: AnalyzedSentence }[] {
  const out: { start: number; end: number; sentence: AnalyzedSentence }[] = [];
  let from = part.start;
  while (from < part.end) {
    const sentence = sentenceAt(doc, from);
    const to = sentence ? Math.min(sentence.end, part.end) : part.end;
    let start = from;
    let end = to;
    while (start < end && /\s/.test(doc.text.charAt(start))) start++;
    while (end > start && /\s/.test(doc.text.charAt(end - 1))) end--;
    if (sentence && end > start) out.push({ start, end, sentence });
    from = Math.max(to, from + 1);
  }
  return out;
}

/**
 * The place of each document's id in the order `localeCompare` gives (ids it finds equal share a place): pieces
 * are sorted by document again and again, and comparing places costs no call of the collator.
 */
function collatorRanks(docs: readonly AnalyzedDocument[]): Map<AnalyzedDocument, number> {
  const sorted = [...docs].sort((a, b) => a.id.localeCompare(b.id));
  const ranks = new Map<AnalyzedDocument, number>();
  let rank = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i - 1]!.id.localeCompare(sorted[i]!.id) !== 0) rank = i;
    ranks.set(sorted[i]!, rank);
  }
  return ranks;
}

/** Adds the pieces of the document's quotes by known speakers to `pieces`, in order. */
function addPieces(doc: AnalyzedDocument, docRank: number, forms: WordForms, pieces: Piece[]): void {
  for (const quote of doc.quotes) {
    const speaker = quote.speaker;
    if (!speaker) continue;
    for (const stretch of quoteSentences(doc.text, quote)) {
      for (const part of withinSentences(doc, stretch)) {
        const text = doc.text.slice(part.start, part.end);
        const { words, content, wording } = stretchWords(text, doc, part, forms);
        if (words.length === 0) continue;
        pieces.push({
          doc, sentence: part.sentence, quote, speaker, start: part.start, end: part.end, text, words, wording, content,
          short: quote.short === true || words.length <= 3, docRank,
        });
      }
    }
  }
}

/**
 * The words of a stretch of `doc` (with its sentence), read from its tokens the first time its text is met. The
 * words follow from the text alone (as tokenizing the stretch on its own gives them), unless it ends in half a
 * surrogate pair, where the tokenizer reads on: such a stretch is read each time.
 */
function stretchWords(
  text: string,
  doc: AnalyzedDocument,
  part: { start: number; end: number; sentence: AnalyzedSentence },
  forms: WordForms,
): StretchWords {
  let known = forms.byText.get(text);
  if (known === undefined) {
    const { words, content } = quoteWords(tokensWithin(doc, part.sentence, part, forms.facts), forms);
    known = { words, content, wording: keyString(words) };
    if (!endsInHighSurrogate(text)) forms.byText.set(text, known);
  }
  return known;
}

/** Quotes of at least this many words may be linked by their share of common words. */
const MIN_OVERLAP_WORDS = 3;
/** Share of the longer quote's words (function words too) that the other must carry, in any order. */
const WORD_OVERLAP = 0.6;

/** Shared words (as a multiset) over the length of the longer quote. */
function wordOverlap(a: readonly QuoteWord[], b: readonly QuoteWord[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w.key, (counts.get(w.key) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w.key) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w.key, n - 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}

/** Share of the smaller content set found in the other (0..1), and the size of the overlap. */
function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): { share: number; shared: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return { share: 0, shared: 0 };
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return { share: shared / small.size, shared };
}

/**
 * How alike two quote sentences are, or 0 when too little: at least two shared content stems making up
 * {@link QUOTE_SIMILARITY} of the smaller and {@link QUOTE_DICE} of both (so that a short quote does not meet
 * every long one sharing two words); a scare quote meets a quote that holds all its content words.
 */
function similar(a: Piece, b: Piece): number {
  // The same words are the same quote, however few content words it has ("I will let the negotiators negotiate").
  if (a.wording === b.wording) return 1;
  // Short quotes have few content words; when most of all their words are the same, one word was changed
  // ("the most complicated issue" / "the most difficult issue").
  const words = wordOverlap(a.words, b.words);
  if (Math.min(a.words.length, b.words.length) >= MIN_OVERLAP_WORDS && words >= WORD_OVERLAP) return words;
  const { share, shared } = containment(a.content, b.content);
  const dice = (2 * shared) / (a.content.size + b.content.size);
  if (shared >= 2 && share >= QUOTE_SIMILARITY && dice >= QUOTE_DICE) return share;
  const smaller = a.content.size <= b.content.size ? a : b;
  if (smaller.short && shared === smaller.content.size && shared > 0) return share;
  return 0;
}

/** Content overlap (Dice) at which two quotes of one speaker are one quote wherever they stand. */
const STANDALONE_DICE = 0.6;

/**
 * Below {@link STANDALONE_DICE}, two quotes of one speaker that share some words may be two different statements
 * ("I want to see the birth certificate" / "He doesn't have a birth certificate"): they are one quote only when the
 * sentences around them report the same thing (aligned, or similar enough to be).
 */
function sameOccasion(a: Piece, b: Piece, context: DetectorContext): boolean {
  const dice = (2 * containment(a.content, b.content).shared) / (a.content.size + b.content.size);
  if (dice >= STANDALONE_DICE || (a.short && b.short)) return true;
  const facts = sentenceFacts(context);
  const ga = facts.alignmentOf(a.doc, a.sentence);
  if (ga !== undefined && ga.id === facts.alignmentOf(b.doc, b.sentence)?.id) return true;
  return context.similarity({ doc: a.doc, sentence: a.sentence }, { doc: b.doc, sentence: b.sentence }) >= context.options.alignThreshold * OCCASION_SHARE;
}

/** Similarity two quote sentences must reach to be the same occasion, as a share of the alignment threshold. */
const OCCASION_SHARE = 0.75;

/** Distinct wordings a quote is compared with, at most: those sharing the most content words with it. */
const LINK_CANDIDATES = 16;

/**
 * Links the quotes of one speaker that are one quote in other words. Identical wordings are joined at once (a
 * quote carried by two hundred reports is compared once); each distinct wording is compared only with the earlier
 * wordings that share the most content words with it, found through an index of content stems.
 */
function linkSimilar(pieces: readonly Piece[], indexes: readonly number[], uf: UnionFind, best: Map<number, number>, context: DetectorContext): void {
  const byStem = new Map<string, number[]>();
  const byWording = new Map<string, number>();
  for (const i of indexes) {
    const piece = pieces[i]!;
    const wording = piece.wording;
    const same = byWording.get(wording);
    if (same !== undefined) {
      uf.union(i, same);
      continue;
    }
    byWording.set(wording, i);
    const shared = new Map<number, number>();
    for (const s of piece.content) for (const j of byStem.get(s) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    const candidates = [...shared.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, LINK_CANDIDATES);
    for (const [j] of candidates) {
      if (pieces[j]!.doc === piece.doc) continue;
      const score = similar(piece, pieces[j]!);
      if (score > 0 && sameOccasion(piece, pieces[j]!, context)) {
        uf.union(i, j);
        best.set(i, Math.max(best.get(i) ?? 0, score));
        best.set(j, Math.max(best.get(j) ?? 0, score));
      }
    }
    for (const s of piece.content) {
      pushTo(byStem, s, i);
    }
  }
}

function keyString(words: readonly QuoteWord[]): string {
  return words.map((w) => w.key).join(' ');
}

/** Quotes that agree: equal after normalization, or one a stretch of the other (one report quotes more). */
interface Wording {
  representative: Piece;
  key: string;
  pieces: Piece[];
  docs: Set<string>;
}

function groupWordings(cluster: readonly Piece[]): Wording[] {
  const sorted = [...cluster].sort((a, b) => b.words.length - a.words.length || a.docRank - b.docRank || a.start - b.start);
  const wordings: Wording[] = [];
  for (const piece of sorted) {
    const key = piece.wording;
    const home = wordings.find((w) => ` ${w.key} `.includes(` ${key} `));
    if (home) {
      home.pieces.push(piece);
      home.docs.add(piece.doc.id);
    } else wordings.push({ representative: piece, key, pieces: [piece], docs: new Set([piece.doc.id]) });
  }
  // A wording whose reports all carry another wording too is no disagreement of theirs.
  return wordings.filter((w, i) =>
    !wordings.some((other, j) => j !== i && isSubset(w.docs, other.docs) && (!isSubset(other.docs, w.docs) || j < i)),
  );
}

interface Comparison {
  diff: string;
  severity: Severity;
}


/**
 * Word diff of two wordings (jsdiff over comparison forms, shown as written), and how much it matters: numbers
 * or negation changed → high; more than {@link SMALL_CHANGE} content words changed → medium; else low. A run
 * of words at either end that only one side has (one report quotes more) does not count.
 */
export function compareWordings(a: readonly QuoteWord[], b: readonly QuoteWord[]): Comparison {
  // Changes are written with spaces around them; inside a change, words keep how they were joined.
  const changes = diffArrays([...a], [...b], { comparator: (x, y) => x.key === y.key });
  let diff = '';
  const regions: { removed: QuoteWord[]; added: QuoteWord[]; edge: boolean }[] = [];
  let current: { removed: QuoteWord[]; added: QuoteWord[]; edge: boolean } | undefined;
  changes.forEach((change, i) => {
    const text = change.value.map((w, k) => (k > 0 && w.spaced ? ' ' : '') + w.text).join('');
    if (!change.added && !change.removed) {
      diff += (diff ? ' ' : '') + text;
      current = undefined;
      return;
    }
    diff += (diff ? ' ' : '') + (change.added ? `{+${text}+}` : `[-${text}-]`);
    if (!current) {
      current = { removed: [], added: [], edge: i === 0 };
      regions.push(current);
    }
    if (i === changes.length - 1) current.edge = true;
    (change.added ? current.added : current.removed).push(...change.value);
  });
  const isMeaningWord = (w: QuoteWord): boolean => isContentWord(w.key) || isNegation(w.key);
  const removed: QuoteWord[] = [];
  const added: QuoteWord[] = [];
  for (const region of regions) {
    const r = region.removed.filter(isMeaningWord);
    const a = region.added.filter(isMeaningWord);
    if (region.edge && (r.length === 0 || a.length === 0)) continue;
    removed.push(...r);
    added.push(...a);
  }
  const negated = (ws: QuoteWord[]): boolean => ws.some((w) => isNegation(w.key));
  const numeric = (ws: QuoteWord[]): boolean => ws.some((w) => /\d/.test(w.key));
  let severity: Severity = Math.max(removed.length, added.length) > SMALL_CHANGE ? 'medium' : 'low';
  if (negated(removed) !== negated(added) || numeric(removed) || numeric(added)) severity = 'high';
  return { diff, severity };
}

function titleCase(name: string): string {
  return name.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function spanOfPiece(p: Piece): FindingVariant['spans'][number] {
  return { docId: p.doc.id, start: p.start, end: p.end, sentence: p.sentence.index };
}

/**
 * One variant per exact wording (so every span slices back to its text), all with the wording's value: the
 * report counts "only be finalized by …" and "could only be finalised by …" as one reading.
 */
function variantsOf(w: Wording): FindingVariant[] {
  const pieces = [...w.pieces].sort((a, b) => a.docRank - b.docRank || a.start - b.start);
  const byText = new Map<string, FindingVariant>();
  for (const p of pieces) {
    const text = p.text;
    let variant = byText.get(text);
    if (!variant) byText.set(text, (variant = { text, value: w.key, spans: [] }));
    variant.spans.push(spanOfPiece(p));
  }
  return [...byText.values()];
}

/** The name shown for a speaker group: its most frequent spelling, title-cased. */
function displayName(pieces: readonly Piece[]): string {
  const counts = new Map<string, number>();
  for (const p of pieces) counts.set(p.speaker, (counts.get(p.speaker) ?? 0) + 1);
  const [name] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  return titleCase(name);
}

function fullQuotes(pieces: readonly Piece[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of [...pieces].sort((a, b) => a.docRank - b.docRank || a.start - b.start)) {
    const key = `${p.doc.id}:${p.quote.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p.quote.text);
  }
  return out;
}

function quoteFinding(cluster: readonly Piece[], score: number, speaker: string): Finding | undefined {
  const firstDoc = (w: Wording) => [...w.docs].sort()[0]!;
  const wordings = groupWordings(cluster).sort((a, b) => b.docs.size - a.docs.size || firstDoc(a).localeCompare(firstDoc(b)));
  if (wordings.length < 2) return undefined;
  let severity: Severity = 'low';
  let diff = '';
  for (let i = 0; i < wordings.length; i++) {
    for (let j = i + 1; j < wordings.length; j++) {
      const compared = compareWordings(wordings[i]!.representative.words, wordings[j]!.representative.words);
      if (i === 0 && j === 1) diff = compared.diff;
      if (SEVERITY_RANK[compared.severity] < SEVERITY_RANK[severity]) severity = compared.severity;
    }
  }
  const weak = wordings.some((w) => w.representative.short);
  if (weak) severity = 'low';
  const confidence = Math.round(Math.min(0.95, 0.5 + 0.45 * score) * (weak ? 0.5 : 1) * 100) / 100;
  return {
    kind: 'quote',
    severity,
    confidence,
    subject: speaker,
    variants: wordings.flatMap(variantsOf),
    details: { diff, quotes: fullQuotes(wordings.flatMap((w) => w.pieces)) },
  };
}

/**
 * Stem → the sentence texts that hold it (by text number, see {@link SentenceFacts}), to check whether any other
 * report carries a quote's words: reports repeat sentences, and a text is indexed once however many carry it.
 */
interface SentenceIndex {
  postings: Map<string, readonly number[]>;
  /** Per text, the position of the first document that has it, and 1 when another document has it too. */
  firstDoc: Int32Array;
  manyDocs: Uint8Array;
  /** The position of each document. */
  positionOf: Map<AnalyzedDocument, number>;
  /** Per text number, how many of a quote's stems it holds: reset after each quote. */
  counts: Int32Array;
}

function sentenceIndex(docs: readonly AnalyzedDocument[], forms: WordForms, wanted: ReadonlySet<string>): SentenceIndex {
  const { facts } = forms;
  // The texts of each wanted content stem: those of the token forms with that stem (worked out once per form), in
  // increasing order and each once. No text's tokens are read.
  const formsOfStem = new Map<string, number[]>();
  const formList = facts.forms;
  for (let f = 0; f < formList.length; f++) {
    if (formList[f]!.kind === 'punct') continue;
    const st = wordFormOf(f, forms).content;
    if (st !== undefined && wanted.has(st)) pushTo(formsOfStem, st, f);
  }
  const postings = new Map<string, readonly number[]>();
  for (const [st, stemForms] of formsOfStem) postings.set(st, facts.textsWithForms(stemForms));
  const firstDoc = new Int32Array(facts.texts).fill(-1);
  const manyDocs = new Uint8Array(facts.texts);
  const positionOf = new Map<AnalyzedDocument, number>();
  docs.forEach((doc, position) => {
    positionOf.set(doc, position);
    for (const s of doc.sentences) {
      const text = facts.textOf(doc, s);
      if (firstDoc[text] === -1) firstDoc[text] = position;
      else if (firstDoc[text] !== position) manyDocs[text] = 1;
    }
  });
  return { postings, firstDoc, manyDocs, positionOf, counts: new Int32Array(facts.texts) };
}

/**
 * True when a sentence of another report holds at least half of the quote's content stems (two at least). Counts
 * go into the index's shared array and are reset before returning.
 */
function carriedElsewhere(piece: Piece, index: SentenceIndex): boolean {
  const own = index.positionOf.get(piece.doc)!;
  const needed = Math.max(2, Math.ceil(piece.content.size * CARRIED_SHARE));
  const touched: number[] = [];
  let carried = false;
  for (const s of piece.content) {
    for (const hit of index.postings.get(s) ?? []) {
      // A text only this report has is not carried elsewhere.
      if (index.manyDocs[hit] === 0 && index.firstDoc[hit] === own) continue;
      const n = ++index.counts[hit]!;
      if (n === 1) touched.push(hit);
      if (n >= needed) {
        carried = true;
        break;
      }
    }
    if (carried) break;
  }
  for (const hit of touched) index.counts[hit] = 0;
  return carried;
}

/**
 * True when another report names the speaker too: a quote is only news as "unique" when the others speak of
 * the same person and leave the words out, not when one report interviewed someone the others never name.
 */
function namedElsewhere(piece: Piece, docsByKey: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  return hasOtherThan(docsByKey.get(nameKey(piece.speaker)), piece.doc.id);
}

/** Long enough, and no scare quote: a quote only one report carries is reported (as `unique`) when it is such. */
function mayBeUnique(piece: Piece): boolean {
  return !piece.short && piece.words.length >= UNIQUE_QUOTE_WORDS;
}

function uniqueFinding(piece: Piece, name: string): Finding {
  return {
    kind: 'unique',
    severity: 'medium',
    confidence: 0.6,
    subject: name,
    variants: [{ text: piece.text, value: piece.wording, spans: [spanOfPiece(piece)] }],
    details: { quotes: [piece.quote.text], speaker: name },
  };
}

/**
 * Finds quotes of one speaker worded differently across reports, over all documents (the same quote may sit
 * in sentences that did not align). Quotes are compared sentence by sentence; speakers are joined with
 * {@link matchNames}; two quote sentences are compared when the smaller shares at least
 * {@link QUOTE_SIMILARITY} of its content stems with the other. Case, quote marks, punctuation and
 * British/American spelling never count, and a quote that is a stretch of another (one report quotes more)
 * agrees with it. Each finding has one variant per wording, the word diff of the two most widely carried and
 * the full quotes. Scare quotes make a finding low and halve its confidence.
 *
 * A quote sentence of at least {@link UNIQUE_QUOTE_WORDS} words by a named speaker whom another report also
 * names, and that no other report carries, quoted or not, gives a `unique` finding.
 */
export const quoteDetector: Detector = {
  kind: 'quote',
  detect(context: DetectorContext): Finding[] {
    const docs = [...context.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (docs.length < 2) return [];
    const forms = wordForms(sentenceFacts(context));
    const pieces: Piece[] = [];
    const ranks = collatorRanks(docs);
    for (const doc of docs) addPieces(doc, ranks.get(doc)!, forms, pieces);
    const groupOf = groupSameNames(pieces.map((p) => p.speaker));
    const bySpeaker = new Map<string, number[]>();
    pieces.forEach((p, i) => {
      const g = groupOf.get(p.speaker)!;
      pushTo(bySpeaker, g, i);
    });
    const uf = new UnionFind(pieces.length);
    const best = new Map<number, number>();
    for (const indexes of bySpeaker.values()) linkSimilar(pieces, indexes, uf, best, context);
    const clusters = new Map<number, number[]>();
    pieces.forEach((_, i) => {
      const r = uf.find(i);
      pushTo(clusters, r, i);
    });
    const findings: Finding[] = [];
    // Built when a quote is first checked for being carried or named elsewhere.
    let index: SentenceIndex | undefined;
    let docsByKey: Map<string, Set<string>> | undefined;
    // A speaker's name is shown the same in every cluster of their quotes: worked out once per speaker.
    const nameOfGroup = new Map<string, string>();
    const ordered = [...clusters.values()].sort((a, b) => a[0]! - b[0]!);
    const spread = ordered.map((members) => members.some((i) => pieces[i]!.doc !== pieces[members[0]!]!.doc));
    // The index of sentences and the documents of names are asked only about the content stems and the speakers
    // of quotes that may be unique.
    const wanted = new Set<string>();
    const speakerKeys = new Set<string>();
    ordered.forEach((members, c) => {
      if (spread[c]) return;
      for (const i of members) {
        const piece = pieces[i]!;
        if (!mayBeUnique(piece)) continue;
        for (const st of piece.content) wanted.add(st);
        speakerKeys.add(nameKey(piece.speaker));
      }
    });
    ordered.forEach((members, c) => {
      const cluster = members.map((i) => pieces[i]!);
      const group = groupOf.get(cluster[0]!.speaker)!;
      let name = nameOfGroup.get(group);
      if (name === undefined) nameOfGroup.set(group, (name = displayName(bySpeaker.get(group)!.map((i) => pieces[i]!))));
      if (spread[c]) {
        // The best link score of any member (a loop: a quote many reports carry makes a large cluster).
        let score = -Infinity;
        for (const i of members) score = Math.max(score, best.get(i) ?? 0);
        const finding = quoteFinding(cluster, score, name);
        if (finding) findings.push(finding);
        return;
      }
      for (const piece of cluster) {
        if (!mayBeUnique(piece)) continue;
        if (!namedElsewhere(piece, (docsByKey ??= forms.facts.documentsByNameKey(nameKey, speakerKeys)))) continue;
        if (carriedElsewhere(piece, (index ??= sentenceIndex(docs, forms, wanted)))) continue;
        findings.push(uniqueFinding(piece, name));
      }
    });
    return findings;
  },
};
