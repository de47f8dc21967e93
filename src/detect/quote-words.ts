/**
 * The words of quotes as the quote detector compares them: each word as written and in a comparison form that
 * ignores case, punctuation and British/American spelling, and the content stems similarity is measured on.
 * @module
 */
import type { AnalyzedDocument, AnalyzedSentence } from '../analysis.js';
import { firstTokenFrom, isApostrophe, tokenize, type Token } from '../text/tokenize.js';
import { endsInHighSurrogate } from '../text/chars.js';
import { conceptOf } from '../text/synonyms.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { wordTable } from '../text/word-table.js';
import type { SentenceFacts } from './sentence-facts.js';

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

export function isNegation(key: string): boolean {
  return NEGATIONS.has(key) || key.endsWith("n't");
}

export function isContentWord(key: string): boolean {
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
 * The comparison form of a token's normalized text ({@link foldSpelling}) and, for a content word, its
 * {@link contentStem} (`undefined` otherwise): remembered for one comparison, since every report repeats its words.
 */
interface WordForm {
  key: string;
  content: string | undefined;
}

/** A word of a quote: as written, and its comparison form. */
export interface QuoteWord {
  text: string;
  key: string;
  /** Written apart from the word before (white space or dropped punctuation between); "Kyiv's" gives `'s` joined. */
  spaced: boolean;
}

/** The words of a stretch of text, its content stems and its wording: the same for every stretch with that text. */
interface StretchWords {
  words: QuoteWord[];
  content: Set<string>;
  /** The comparison forms of the words, joined by spaces ({@link keyString}): equal for equal wordings. */
  wording: string;
}

/**
 * Word forms for one run of the detector: by normalized text, and by token form number (see {@link SentenceFacts});
 * and the words of each quote sentence by its text, since reports quote the same words again and again.
 */
export class WordForms {
  private readonly byNorm = new Map<string, WordForm>();
  /** Filled as asked. */
  private readonly byForm: (WordForm | undefined)[] = [];
  private readonly byText = new Map<string, StretchWords>();

  constructor(readonly facts: SentenceFacts) {}

  /** The word form of a normalized text; `stemmed` is its stem when the caller has it (a word token's `stem`). */
  ofNorm(norm: string, stemmed?: string): WordForm {
    let form = this.byNorm.get(norm);
    if (form === undefined) {
      const key = foldSpelling(norm);
      form = { key, content: isContentWord(key) ? contentStem(key, key === norm ? stemmed : undefined) : undefined };
      this.byNorm.set(norm, form);
    }
    return form;
  }

  /** The word form of a token form, by its number. */
  ofForm(form: number): WordForm {
    let known = this.byForm[form];
    if (known === undefined) {
      const t = this.facts.forms[form]!;
      this.byForm[form] = known = this.ofNorm(t.norm, t.kind === 'word' ? t.stem : undefined);
    }
    return known;
  }

  /**
   * The words of a stretch of `doc` (with its sentence), read from its tokens the first time its text is met. The
   * words follow from the text alone (as tokenizing the stretch on its own gives them), unless it ends in half a
   * surrogate pair, where the tokenizer reads on: such a stretch is read each time.
   */
  ofStretch(text: string, doc: AnalyzedDocument, part: { start: number; end: number; sentence: AnalyzedSentence }): StretchWords {
    let known = this.byText.get(text);
    if (known === undefined) {
      known = quoteWords(tokensWithin(doc, part.sentence, part, this.facts), this);
      if (!endsInHighSurrogate(text)) this.byText.set(text, known);
    }
    return known;
  }
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

/**
 * The words of `tokens.slice(from, to)`, the content stems among them and their wording. The first token counts
 * as spaced, as it would be were the stretch tokenized on its own.
 */
function quoteWords(stretch: StretchTokens, forms: WordForms): StretchWords {
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
    const form = numbers ? forms.ofForm(numbers[numbersStart + k]!) : forms.ofNorm(t.norm);
    words.push({ text: t.text, key: form.key, spaced: k === from || t.spaceBefore || afterPunct });
    if (form.content !== undefined) content.add(form.content);
    afterPunct = false;
  }
  return { words, content, wording: keyString(words) };
}

/** The comparison forms of words joined by spaces. */
function keyString(words: readonly QuoteWord[]): string {
  let out = '';
  for (let i = 0; i < words.length; i++) out += i === 0 ? words[i]!.key : ` ${words[i]!.key}`;
  return out;
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
  const from = firstTokenFrom(tokens, part.start);
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= part.end) to++;
  const crossesStart = from > 0 && tokens[from - 1]!.end > part.start;
  const crossesEnd = to < tokens.length && tokens[to]!.start < part.end;
  const first = tokens[from];
  const possessiveFirst = first !== undefined && to > from && first.kind === 'word' && isApostrophe(first.text.charCodeAt(0));
  if (!crossesStart && !crossesEnd && !possessiveFirst) return { tokens, numbers: facts.formNumbers, numbersStart: facts.formsStart(facts.textOf(doc, sentence)), from, to };
  const own = tokenize(doc.text, part.start, part.end);
  return { tokens: own, numbers: undefined, numbersStart: 0, from: 0, to: own.length };
}
