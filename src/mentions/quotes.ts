/**
 * Quotations and who said them: quote marks found in one pass over the text, speakers found from speech verbs
 * around each quote, pronouns resolved to the last named person.
 * @module
 */
import type { NameMention, QuoteMention } from '../analysis.js';
import { firstTokenFrom, inWordClass, type Token } from '../text/tokenize.js';
import { defineWordClass } from '../text/word-forms.js';
import { nameEndingAt, nameStartingAt } from './names.js';
import { buildPersonIndex, type PersonIndex } from './titles.js';
import { isHonorificToken, isRoleQualifierToken, isRoleToken } from './title-words.js';
import { anyOf, nextMatch } from '../text/chars.js';

/** The parts of a sentence {@link extractQuotes} reads. */
export interface QuoteSentence {
  start: number;
  end: number;
  tokens: readonly Token[];
  names: readonly NameMention[];
}

/** Quotes of at most this many words are scare quotes ("very optimistic", “pivotal”): marked `short`. */
export const SHORT_QUOTE_WORDS = 3;

const OPENING_DOUBLE_MARKS = '\u201C\u201E\u00AB';
const CLOSING_DOUBLE_MARKS = '\u201D\u00BB';
const OPENING_DOUBLE: ReadonlySet<string> = new Set(OPENING_DOUBLE_MARKS);
const CLOSING_DOUBLE: ReadonlySet<string> = new Set(CLOSING_DOUBLE_MARKS);
const STRAIGHT_DOUBLE = '"';
const OPENING_SINGLE = '\u2018';
const CLOSING_SINGLE = '\u2019';

/** Inflected speech verbs; bare forms ("state", "note", "post") are left out because they are mostly nouns. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `said says saying stated stating added adds adding warned warns warning told tells telling noted noting insisted
insists insisting stressed stresses stressing emphasized emphasised emphasizes emphasises emphasizing emphasising
described describes describing called calling wrote writes writing posted posting declared declares declaring argued
argues arguing asked asks asking explained explains explaining acknowledged acknowledges acknowledging cautioned
cautions cautioning remarked remarking according claimed claims claiming characterized characterised characterizes
characterizing suggested suggests suggesting reiterated reiterates reiterating confirmed confirms confirming announced
announces announcing urged urges urging underscored underscores underscoring tweeted tweets tweeting replied replies
replying responded responds admitted admits lamented laments recalled recalls vowed vows pledged promised predicted
testified observed highlighted concluded conceded complained boasted quipped joked shouted wondered`.split(/\s+/),
);

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
// Words that may stand between a subject and its speech verb ("Macron also said", "Leavitt has repeatedly warned").
const VERB_ADVERBS: ReadonlySet<string> = new Set(
  `also has had have was is reportedly later previously then again repeatedly once publicly separately further recently
simply merely clearly bluntly firmly earlier subsequently quickly privately herself himself last this next week month
year on monday tuesday wednesday thursday friday saturday sunday yesterday today`.split(/\s+/),
);
// A name right after one of these is an object, not a subject ("a meeting with Macron, stating …").
const NON_SUBJECT_BEFORE: ReadonlySet<string> = new Set(
  ['of', 'for', 'by', 'in', 'at', 'with', 'from', 'to', 'on', 'about', 'against', 'into', 'toward', 'towards', "'s", 'than', 'between', 'among'],
);
// Verbs after which the speaker may be named ("said Mr. Farenthold", "according to Peskov").
const VERBS_BEFORE_SPEAKER: ReadonlySet<string> = new Set(['said', 'says', 'added', 'wrote', 'asked', 'according', 'continued', 'replied', 'explained', 'stated', 'noted', 'declared', 'tweeted', 'posted', 'warned', 'insisted']);

// Word classes of the tests below, answered once per word form (see `defineWordClass`).
/** A speech verb in lower case (see {@link isVerb}). */
const SPEECH_VERB = defineWordClass((w) => w.kind === 'word' && !w.upper && SPEECH_VERBS.has(w.norm));
const PRONOUN = defineWordClass((w) => w.kind === 'word' && PRONOUNS.has(w.norm));
const VERB_ADVERB = defineWordClass((w) => VERB_ADVERBS.has(w.norm));
const NON_SUBJECT = defineWordClass((w) => NON_SUBJECT_BEFORE.has(w.norm));

interface RawQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark (or the line end for a quote continued in the next paragraph). */
  close: number;
  start: number;
  end: number;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00A0' || ch === '\u2009' || ch === '\u202F';
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // ASCII letters and digits without the regex; the empty string (past the end) is no word character.
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(ch);
}

/** A straight quote mark that opens: at the start, after a space or an opening bracket or dash, before a non-space. */
function opensHere(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text.charAt(i - 1);
  const after = text.charAt(i + 1);
  return after !== '' && !isSpace(after) && (isSpace(before) || '([{\u2014\u2013-/:'.includes(before) || OPENING_DOUBLE.has(before));
}

/** Index of the first non-space character after the line break at `i`, or -1. */
function nextLineStart(text: string, i: number): number {
  let k = i;
  while (k < text.length && isSpace(text.charAt(k))) k++;
  return k < text.length ? k : -1;
}

/** Quoted stretch without its marks, trimmed of white space and of the trailing comma of reported speech. */
function innerSpan(text: string, from: number, to: number): { start: number; end: number } | undefined {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charAt(start))) start++;
  while (end > start && (isSpace(text.charAt(end - 1)) || ',;:'.includes(text.charAt(end - 1)))) end--;
  for (let i = start; i < end; i++) if (isWordChar(text.charAt(i))) return { start, end };
  return undefined;
}

/** Characters that can open, close or cut short a quotation, for {@link nextMatch}: the scan skips all others. */
const QUOTE_EVENTS = anyOf(`${STRAIGHT_DOUBLE}${OPENING_DOUBLE_MARKS}${CLOSING_DOUBLE_MARKS}${OPENING_SINGLE}${CLOSING_SINGLE}\n\r`);
/**
 * The marks of {@link QUOTE_EVENTS} that do something while no quote is open: those that can open one. Line
 * breaks, closing marks and apostrophes (most of the events) are passed over natively until a quote opens.
 */
const OPENING_EVENTS = anyOf(`${STRAIGHT_DOUBLE}${OPENING_DOUBLE_MARKS}${OPENING_SINGLE}`);

/** Adds the quote from the mark at `open` to the one at `close`, unless it holds no word. */
function pushQuote(out: RawQuote[], text: string, open: number, close: number): void {
  const inner = innerSpan(text, open + 1, close);
  if (inner) out.push({ open, close, start: inner.start, end: inner.end });
}

/**
 * Finds the outermost quotations in one left-to-right pass. Curly and straight double quotes and guillemets;
 * curly single quotes only outside double quotes (a ’ inside a word is an apostrophe). A quote never crosses a
 * line break, except that a paragraph left open and followed by one starting with a quote mark is closed at the
 * line end (the convention for a quote running over several paragraphs). Unclosed marks are dropped.
 */
export function findQuoteSpans(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  let open = -1;
  let single = false;
  for (let i = nextMatch(OPENING_EVENTS, text, 0); i < text.length; i = nextMatch(open < 0 ? OPENING_EVENTS : QUOTE_EVENTS, text, i + 1)) {
    const ch = text.charAt(i);
    if (ch === '\n' || ch === '\r') {
      if (open >= 0) {
        const next = nextLineStart(text, i);
        const continues = next >= 0 && (OPENING_DOUBLE.has(text.charAt(next)) || (text.charAt(next) === STRAIGHT_DOUBLE && !single));
        if (continues) pushQuote(out, text, open, i);
        open = -1;
      }
      continue;
    }
    if (OPENING_DOUBLE.has(ch) || CLOSING_DOUBLE.has(ch) || ch === STRAIGHT_DOUBLE) {
      if (open >= 0 && !single) {
        const looksOpening = OPENING_DOUBLE.has(ch) && !(i > 0 && !isSpace(text.charAt(i - 1)) && (i + 1 >= text.length || isSpace(text.charAt(i + 1))));
        if (looksOpening) {
          open = i; // the earlier mark was stray
        } else {
          pushQuote(out, text, open, i);
          open = -1;
        }
      } else if (OPENING_DOUBLE.has(ch) || (ch === STRAIGHT_DOUBLE && opensHere(text, i))) {
        // A double quote inside an open single quote means the single one was an apostrophe.
        open = i;
        single = false;
      }
      continue;
    }
    if (ch === OPENING_SINGLE && open < 0 && opensHere(text, i)) {
      open = i;
      single = true;
    } else if (ch === CLOSING_SINGLE && open >= 0 && single && !isWordChar(text.charAt(i + 1))) {
      pushQuote(out, text, open, i);
      open = -1;
    }
  }
  return out;
}

/** Index of the sentence that holds `offset` (or the last one starting before it). */
function sentenceIndexAt(sentences: readonly QuoteSentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function isVerb(t: Token | undefined): boolean {
  return !!t && inWordClass(t, SPEECH_VERB);
}

function isPronoun(t: Token | undefined): boolean {
  return !!t && inWordClass(t, PRONOUN);
}

interface Speaker {
  /** Normalized name, or a pronoun to resolve. */
  norm: string;
  text: string;
  /** Offset where the speaker is written (pronouns resolve to the last person named before it). */
  at: number;
  pronoun: boolean;
}

/** Reads one sentence: its tokens, names and which tokens stand inside quotes. */
class SentenceView {
  constructor(
    readonly tokens: readonly Token[],
    readonly names: readonly NameMention[],
    private readonly quoted: readonly RawQuote[],
  ) {}

  /** True for a token inside a quote or one of its marks. */
  inQuote(i: number): boolean {
    const t = this.tokens[i]!;
    const start = t.start;
    const end = t.end;
    for (const q of this.quoted) if (start >= q.open && end <= q.close + 1) return true;
    return false;
  }

  /** A name that can be the subject of a verb: not the object of a preposition, not a possessor. */
  subjectName(n: NameMention | undefined): NameMention | undefined {
    if (!n || this.inQuote(n.tokenStart)) return undefined;
    const before = this.tokens[n.tokenStart - 1];
    if (before && inWordClass(before, NON_SUBJECT)) return undefined;
    if (this.tokens[n.tokenEnd]?.norm === "'s") return undefined;
    return n;
  }

  speakerOfName(n: NameMention): Speaker {
    return { norm: n.norm, text: n.text, at: n.start, pronoun: false };
  }

  speakerOfPronoun(i: number): Speaker {
    const t = this.tokens[i]!;
    return { norm: t.norm, text: t.text, at: t.start, pronoun: true };
  }

  /** The speaker named right after a verb: "said Mr. Farenthold", "according to Kremlin spokesman Dmitry Peskov". */
  speakerAfterVerb(v: number, beforeQuote = false): Speaker | undefined {
    const verb = this.tokens[v]!;
    if (!VERBS_BEFORE_SPEAKER.has(verb.norm)) return undefined;
    let k = v + 1;
    if (verb.norm === 'according') {
      if (this.tokens[k]?.norm !== 'to') return undefined;
      k++;
    }
    if (isPronoun(this.tokens[k])) return this.speakerOfPronoun(k);
    for (const limit = k + 6; k < limit && k < this.tokens.length; k++) {
      const n = nameStartingAt(this.names, k);
      if (n) {
        // Before a quote, "said the US draft …" names the subject of the reported clause, not the speaker: only
        // "according to X" or a name closed by punctuation ("said Mr. Smith:") counts there.
        const closed = !beforeQuote || verb.norm === 'according' || this.tokens[n.tokenEnd]?.kind === 'punct';
        return closed ? this.speakerOfName(n) : undefined;
      }
      const t = this.tokens[k]!;
      if (!(t.upper || t.norm === 'the' || t.text === '.' || t.norm === 'spokesman' || t.norm === 'spokeswoman')) return undefined;
    }
    return undefined;
  }

  /**
   * The name before the comma that opens the comma-enclosed stretch ending at `comma`. `interrupting` when the
   * stretch starts with a lower-case word ("Trump, speaking to reporters in the Oval Office, said"): then the
   * name inside the stretch is not the subject.
   */
  appositiveSubject(comma: number): { name: NameMention; interrupting: boolean } | undefined {
    for (let c = comma - 1; c >= 0 && comma - c <= 16; c--) {
      if (this.tokens[c]!.text !== ',') continue;
      const name = this.subjectName(nameEndingAt(this.names, c));
      if (!name) return undefined;
      const next = this.tokens[c + 1];
      return { name, interrupting: !!next && next.kind === 'word' && !next.upper };
    }
    return undefined;
  }

  /** The subject of the speech verb at `v`, or undefined when it cannot be told. */
  subjectOf(v: number, depth = 0): Speaker | undefined {
    const participle = this.tokens[v]!.norm.endsWith('ing');
    let k = v - 1;
    while (k >= 0 && this.tokens[k]!.kind === 'word' && inWordClass(this.tokens[k]!, VERB_ADVERB) && v - k <= 3) k--;
    if (!participle) {
      if (isPronoun(this.tokens[k])) return this.speakerOfPronoun(k);
      const direct = this.subjectName(nameEndingAt(this.names, k + 1));
      if (direct) return this.speakerOfName(direct);
      if (this.tokens[k]?.text === ',') {
        // "Kirill Dmitriev, described", "Andriy Kovalenko, head of …, said", "Trump, speaking in the Oval Office, said".
        const beforeComma = this.subjectName(nameEndingAt(this.names, k));
        const appositive = this.appositiveSubject(k);
        if (appositive && (!beforeComma || appositive.interrupting)) return this.speakerOfName(appositive.name);
        if (beforeComma) return this.speakerOfName(beforeComma);
        if (appositive) return this.speakerOfName(appositive.name);
      }
    }
    const after = participle ? undefined : this.speakerAfterVerb(v, true);
    if (after) return after;
    // A participle ("…, stating", "while warning") takes the subject of the main clause.
    if (depth === 0) {
      for (let e = v - 1; e >= 0; e--) {
        if (isVerb(this.tokens[e]) && !this.inQuote(e)) {
          const earlier = this.subjectOf(e, 1);
          if (earlier) return earlier;
        }
      }
    }
    return participle || depth > 0 ? this.firstSubject(v) : undefined;
  }

  /** The first pronoun or subject-like name of the sentence before `v`. */
  firstSubject(v: number): Speaker | undefined {
    for (let i = 0; i < v; i++) {
      if (this.inQuote(i)) continue;
      if (isPronoun(this.tokens[i])) return this.speakerOfPronoun(i);
      const n = this.subjectName(nameStartingAt(this.names, i));
      if (n) return this.speakerOfName(n);
    }
    return undefined;
  }

  /** Attribution after the closing mark: `," Leavitt said`, `,” she said`, `,” said AshLee Strong`. */
  attributionAfter(closeToken: number): Speaker | undefined {
    let j = closeToken + 1;
    while (j < this.tokens.length && j <= closeToken + 2 && this.tokens[j]!.kind === 'punct' && ',\u2014\u2013-'.includes(this.tokens[j]!.text)) j++;
    const first = this.tokens[j];
    if (!first) return undefined;
    if (isVerb(first)) return this.speakerAfterVerb(j);
    if (isPronoun(first) && isVerb(this.tokens[j + 1])) return this.speakerOfPronoun(j);
    let lastName: NameMention | undefined;
    for (let k = j; k < this.tokens.length && k <= j + 8; k++) {
      const t = this.tokens[k]!;
      const n = nameStartingAt(this.names, k);
      if (n) {
        lastName = n;
        k = n.tokenEnd - 1;
        continue;
      }
      if (isVerb(t)) return lastName ? this.speakerOfName(lastName) : undefined;
      const titleLike = t.kind === 'word' && (t.upper || t.norm === 'the' || inWordClass(t, VERB_ADVERB));
      if (!(titleLike || t.text === '.' || t.norm === "'s")) return undefined;
    }
    return undefined;
  }

  /** Attribution before the opening mark: the last speech verb outside quotes ("Zelensky said:", "stating:"). */
  attributionBefore(openToken: number): Speaker | undefined {
    for (let v = openToken - 1; v >= 0; v--) {
      if (isVerb(this.tokens[v]) && !this.inQuote(v)) return this.subjectOf(v);
    }
    return undefined;
  }
}

/** Index of the token that starts at `offset` (the quote mark), or -1. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = firstTokenFrom(tokens, offset);
  return tokens[i]?.start === offset ? i : -1;
}

interface PersonMention {
  at: number;
  norm: string;
  /** Named after a preposition ("a meeting with French President Emmanuel Macron"): an unlikely antecedent. */
  object: boolean;
}

/** True when the name, with its title words skipped, follows a preposition or a possessive. */
function isObject(tokens: readonly Token[], tokenStart: number): boolean {
  let k = tokenStart - 1;
  while (k >= 0) {
    const t = tokens[k]!;
    const titleWord = t.kind === 'word' && (isRoleToken(t) || isRoleQualifierToken(t) || isHonorificToken(t));
    if (!titleWord && !(t.text === '.' && !t.spaceBefore)) break;
    k--;
  }
  const before = tokens[k];
  return !!before && inWordClass(before, NON_SUBJECT);
}

/** Every person named outside quotes, in text order, for resolving "he" and "she". */
function personMentions(sentences: readonly QuoteSentence[], quotes: readonly RawQuote[], persons: PersonIndex): PersonMention[] {
  const out: PersonMention[] = [];
  let q = 0;
  for (const s of sentences) if (s.names.length > 0) q = addPersonMentions(out, s, quotes, q, persons);
  return out;
}

/**
 * Adds the people a sentence names outside quotes to `out`. `q` is the first quote that may hold its names (the
 * quotes are in text order); gives the first quote that may hold the names of the sentences after it.
 */
function addPersonMentions(out: PersonMention[], s: QuoteSentence, quotes: readonly RawQuote[], q: number, persons: PersonIndex): number {
  for (const n of s.names) {
    while (q < quotes.length && quotes[q]!.close < n.start) q++;
    const quote = quotes[q];
    if (quote && n.start > quote.open && n.end <= quote.close) continue;
    const full = persons.resolve(n.norm, n.start);
    if (persons.isPerson(n.norm) || persons.isPerson(full)) out.push({ at: n.start, norm: full, object: isObject(s.tokens, n.tokenStart) });
  }
  return q;
}

/**
 * The person "he" or "she" at `offset` stands for: the last person named before it, preferring one named as a
 * subject over one named after a preposition within the same stretch of the last few mentions.
 */
function lastPersonBefore(people: readonly PersonMention[], offset: number): string | undefined {
  let lo = 0;
  let hi = people.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.at < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  for (let i = found; i >= 0 && found - i < 3; i--) if (!people[i]!.object) return people[i]!.norm;
  return people[found]!.norm;
}

/** A quote that is a sentence of its own rather than a fragment: long, or starting with a capital. */
function isFullSentence(q: QuoteMention): boolean {
  const first = q.text.charAt(0);
  return !q.short || (first !== first.toLowerCase() && first === first.toUpperCase());
}

/** Words of the sentence's tokens that lie within [start, end]: tokens are in text order, so only that stretch is read. */
function countWords(tokens: readonly Token[], start: number, end: number): number {
  let n = 0;
  for (let i = firstTokenFrom(tokens, start); i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end > end) break;
    if (t.kind !== 'punct' && t.norm !== "'s") n++;
  }
  return n;
}

/**
 * Finds the quotations of one document and attributes them to speakers.
 *
 * - The span is the quoted words without the marks (and without the comma that reported speech puts before
 *   the closing mark): `text.slice(start, end) === quote.text`. Quotes may run over several sentences.
 * - The speaker comes from a speech verb (said, stated, warned, told, according to, …) after the quote
 *   (`"…," Leavitt said`, `"…," said Mr. Smith`) or before it (`Zelensky said: "…"`, `…, stating that "…"`).
 *   Participles take the subject of the main clause. "He"/"she" resolve to the last person named outside
 *   quotes; a surname resolves to the full name the document gives ("Leavitt" → "karoline leavitt").
 * - A quote split around its attribution (`"We feel optimistic," Leavitt said. "We're hopeful …"`) gives two
 *   quotes with the same speaker: a quote without attribution that follows, in the same or the next sentence,
 *   a full quote with a speaker continues it. Joining them would need a span over the attribution.
 * - Scare quotes of at most {@link SHORT_QUOTE_WORDS} words are kept and marked `short`.
 * - Indirect speech ("warned that …") has no quote marks and is no quote.
 */
export function extractQuotes(
  text: string,
  sentences: readonly QuoteSentence[],
  persons: PersonIndex = buildPersonIndex(sentences),
): QuoteMention[] {
  if (sentences.length === 0) return [];
  const raw = findQuoteSpans(text);
  if (raw.length === 0) return [];
  const quotes = new DocumentQuotes(text, sentences, raw, persons);
  for (const q of raw) quotes.add(q);
  return quotes.out;
}

/**
 * The quotes of one document, attributed one by one. The work is in methods called for every quote rather than
 * in one loop over the document: called that often, they are compiled while a first document is read, whereas the
 * body of a loop run once per document is compiled only once the engine replaces it mid-run (on-stack replacement),
 * late in a long comparison.
 */
class DocumentQuotes {
  readonly out: QuoteMention[] = [];
  private readonly views = new Map<number, SentenceView>();
  /** The people named, for "he" and "she": read from every name of the document, so only once a pronoun speaks. */
  private people: PersonMention[] | undefined;
  private previous: { mention: QuoteMention; endSentence: number } | undefined;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly QuoteSentence[],
    private readonly raw: readonly RawQuote[],
    private readonly persons: PersonIndex,
  ) {}

  private viewOf(index: number): SentenceView {
    let view = this.views.get(index);
    if (!view) {
      const s = this.sentences[index]!;
      view = new SentenceView(s.tokens, s.names, quotesWithin(this.raw, s.start, s.end));
      this.views.set(index, view);
    }
    return view;
  }

  add(q: RawQuote): void {
    const { sentences, persons, previous } = this;
    const first = sentenceIndexAt(sentences, q.open);
    const last = sentenceIndexAt(sentences, q.close);
    const startView = this.viewOf(first);
    const endView = this.viewOf(last);
    const closeToken = tokenAt(endView.tokens, q.close);
    const openToken = tokenAt(startView.tokens, q.open);
    let speaker = closeToken >= 0 ? endView.attributionAfter(closeToken) : undefined;
    if (!speaker && openToken >= 0) speaker = startView.attributionBefore(openToken);
    let words = 0;
    for (let k = first; k <= last; k++) words += countWords(sentences[k]!.tokens, q.start, q.end);
    const mention: QuoteMention = { start: q.start, end: q.end, text: this.text.slice(q.start, q.end), sentence: first };
    if (words <= SHORT_QUOTE_WORDS) mention.short = true;
    if (speaker) {
      const norm = speaker.pronoun
        ? lastPersonBefore((this.people ??= personMentions(sentences, this.raw, persons)), speaker.at)
        : persons.resolve(speaker.norm, speaker.at);
      if (norm) mention.speaker = norm;
      mention.speakerText = speaker.text;
    } else if (
      previous?.mention.speaker &&
      openToken === 0 &&
      isFullSentence(previous.mention) &&
      isFullSentence(mention) &&
      first <= previous.endSentence + 1
    ) {
      mention.speaker = previous.mention.speaker;
    }
    this.out.push(mention);
    this.previous = { mention, endSentence: last };
  }
}

/** The quotes that overlap the sentence over [start, end). */
function quotesWithin(raw: readonly RawQuote[], start: number, end: number): RawQuote[] {
  const out: RawQuote[] = [];
  for (const q of raw) if (q.close >= start && q.open < end) out.push(q);
  return out;
}
