/**
 * Titles and roles given to people ("EU foreign policy chief Kaja Kallas", "Andriy Kovalenko, head of …"), and
 * the per-document index that turns surname mentions into full names ("Leavitt" → "karoline leavitt").
 * @module
 */
import type { NameMention, TitleMention } from '../analysis.js';
import { inWordClass, type Token } from '../text/tokenize.js';
import { defineWordClass } from '../text/word-forms.js';
import { isStopword } from '../text/stopwords.js';
import { lowerCaseVocabulary, nameStartingAt, normalizeName } from './names.js';
import { ROLE_QUALIFIERS, isHonorific, isHonorificToken, isPluralRoleToken, isRoleQualifierToken, isRoleToken, isRoleWord } from './title-words.js';
import { wordTable } from '../text/word-table.js';

/** The parts of a sentence the title and quote extractors read. */
export interface MentionSentence {
  tokens: readonly Token[];
  names: readonly NameMention[];
}

// Words that make a capitalized run an organization or a place rather than a person.
const NON_PERSON_WORDS: ReadonlySet<string> = new Set(
  `house union council department ministry center centre office party army forces church kingdom states nations
court committee agency news times post press university institute bank fund region river sea street city county
province republic federation organization organisation association company corporation group inc corp ltd club
league square airport hospital school college foundation commission parliament congress senate assembly guard navy
police service network media journal daily tribune herald monday tuesday wednesday thursday friday saturday sunday
january february july september october november december island islands mountains valley oblast district`.split(/\s+/),
);

const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for']);
/** Words that start the complement of a role after a name: "head of …", "envoy for …". */
const TITLE_COMPLEMENTS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'to', 'on']);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'that', 'where', 'when', 'and', 'or', 'but']);
// Abbreviated roles written with a period ("Sen.", "Gov.", "Gen."), and the word each stands for.
const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = wordTable({
  sen: 'senator', gov: 'governor', gen: 'general', rep: 'representative', lt: 'lieutenant', col: 'colonel',
  maj: 'major', capt: 'captain', sgt: 'sergeant', adm: 'admiral', pres: 'president', supt: 'superintendent',
});
const ABBREVIATED_ROLES: ReadonlySet<string> = new Set(Object.keys(ROLE_ABBREVIATIONS));
// Sentence openers that a capitalized run can start with but that are no part of a title ("While President …").
const OPENERS: ReadonlySet<string> = new Set(['although', 'though', 'while', 'when', 'after', 'before', 'since', 'as', 'but', 'and', 'meanwhile', 'however', 'then', 'now']);

// Word classes of the tests below, answered once per word form (see `defineWordClass`): they run for the words
// around every name of every report.
/** A word that makes a capitalized run no person's full name. */
const NOT_IN_FULL_NAME = defineWordClass(
  (w) => CONNECTORS.has(w.norm) || NON_PERSON_WORDS.has(w.norm) || ROLE_QUALIFIERS.has(w.norm) || isRoleWord(w.norm) || isAcronym(w.text),
);
/** A word that makes a capitalized run no person's name (see {@link isPlausiblePerson}). */
const NOT_IN_PERSON = defineWordClass((w) => NON_PERSON_WORDS.has(w.norm) || CONNECTORS.has(w.norm) || isAcronym(w.text));
const NON_PERSON = defineWordClass((w) => NON_PERSON_WORDS.has(w.norm));
const ACRONYM = defineWordClass((w) => isAcronym(w.text));
const CONNECTOR = defineWordClass((w) => CONNECTORS.has(w.norm));
/** Role words, qualifiers, honorifics and abbreviated roles (see {@link isTitleWord}). */
const TITLE_WORD = defineWordClass((w) => isRoleWord(w.norm) || ROLE_QUALIFIERS.has(w.norm) || isHonorific(w.norm) || ABBREVIATED_ROLES.has(w.norm));
/** Role words, honorifics and abbreviated roles: what makes the name after it a person's. */
const TITLE_BEFORE_NAME = defineWordClass((w) => isRoleWord(w.norm) || isHonorific(w.norm) || ABBREVIATED_ROLES.has(w.norm));
const ROLE_OR_ABBREVIATED = defineWordClass((w) => isRoleWord(w.norm) || ABBREVIATED_ROLES.has(w.norm));
const HONORIFIC_OR_ABBREVIATED = defineWordClass((w) => isHonorific(w.norm) || ABBREVIATED_ROLES.has(w.norm));
/** Words of {@link isDroppable} (for words). */
const DROPPABLE_WORD = defineWordClass((w) => isHonorific(w.norm) || CONNECTORS.has(w.norm) || w.norm === 'the' || w.norm === "'s" || w.norm === 'and');
/** Words that start no title unless they are title words (see {@link isLeadingDroppable}). */
const NO_TITLE_START = defineWordClass((w) => isStopword(w.norm) || OPENERS.has(w.norm) || POSSESSIVE_PRONOUNS.has(w.norm));

/** Resolves name mentions of one document to people's full names. */
export interface PersonIndex {
  /** Normalized full name for a normalized name seen at `position` (a surname becomes the full name named before it, else anywhere in the document). */
  resolve(norm: string, position: number): string;
  /** True when the normalized name (as given, or resolved) looks like a person rather than a place or body. */
  isPerson(norm: string): boolean;
}

function isAcronym(text: string): boolean {
  return text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** A run of two or more capitalized words without organization, place, role or date words: a person's full name. */
function isFullPersonName(name: NameMention, tokens: readonly Token[]): boolean {
  if (name.tokenEnd - name.tokenStart < 2) return false;
  for (let i = name.tokenStart; i < name.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && inWordClass(t, NOT_IN_FULL_NAME)) return false;
  }
  return true;
}

/** Last word of a normalized name: reports name one person in full or by surname. */
export function surnameOf(norm: string): string {
  return norm.slice(norm.lastIndexOf(' ') + 1);
}

/** True when the token right before the name is a role word or an honorific ("President Macron", "Mr. Smith"). */
function hasTitleBefore(tokens: readonly Token[], tokenStart: number): boolean {
  let k = tokenStart - 1;
  if (tokens[k]?.text === '.' && tokens[k]?.spaceBefore === false) k--;
  const t = tokens[k];
  return !!t && t.kind === 'word' && inWordClass(t, TITLE_BEFORE_NAME);
}

/**
 * Builds the person index of one document from its sentences in order: full names (two or more capitalized
 * words that name no place or body), the surnames they give, and single names that follow a title.
 */
export function buildPersonIndex(sentences: readonly MentionSentence[]): PersonIndex {
  const index = new DocumentPersons();
  for (const sentence of sentences) if (sentence.names.length > 0) index.addSentence(sentence);
  return index;
}

function namesFull(list: readonly { full: string }[], full: string): boolean {
  for (const entry of list) if (entry.full === full) return true;
  return false;
}

/**
 * The {@link PersonIndex} of one document. Sentences are added in a method rather than in one loop over the
 * document, so that the work is compiled while a first document is read.
 */
class DocumentPersons implements PersonIndex {
  private readonly fullNames = new Set<string>();
  private readonly titled = new Set<string>();
  /** Surname → full names with the offset where each was first named, in text order. */
  private readonly bySurname = new Map<string, { start: number; full: string }[]>();

  addSentence(sentence: MentionSentence): void {
    for (const name of sentence.names) {
      if (isFullPersonName(name, sentence.tokens)) {
        this.fullNames.add(name.norm);
        const surname = surnameOf(name.norm);
        const list = this.bySurname.get(surname) ?? [];
        if (!namesFull(list, name.norm)) list.push({ start: name.start, full: name.norm });
        this.bySurname.set(surname, list);
      } else if (!name.norm.includes(' ') && hasTitleBefore(sentence.tokens, name.tokenStart)) {
        this.titled.add(name.norm);
      }
    }
  }

  resolve(norm: string, position: number): string {
    if (norm.includes(' ')) return norm;
    const list = this.bySurname.get(norm);
    if (!list || list.length === 0) return norm;
    let best = list[0]!.full;
    for (const entry of list) if (entry.start <= position) best = entry.full;
    return best;
  }

  isPerson(norm: string): boolean {
    return this.fullNames.has(norm) || this.bySurname.has(norm) || this.titled.has(norm);
  }
}

function isTitleWord(t: Token): boolean {
  return t.kind === 'word' && inWordClass(t, TITLE_WORD);
}

/** The period of an initial or abbreviation inside a title ("U.S.", "Sen."). */
function isInnerPeriod(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t || !before || t.text !== '.' || t.spaceBefore) return false;
  return before.kind === 'word' && (before.text.length === 1 || inWordClass(before, HONORIFIC_OR_ABBREVIATED));
}

/** Normalized title: honorifics, articles, possessive marks and periods dropped, initials joined ("U.S." → "us"). */
export function normalizeTitle(tokens: readonly Token[], from: number, to: number): string {
  const words: string[] = [];
  let acronym = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.norm === "'s") continue;
    if (t.text.length === 1 && tokens[i + 1]?.text === '.') {
      acronym += t.norm;
      continue;
    }
    if (acronym) {
      words.push(acronym);
      acronym = '';
    }
    if (isHonorificToken(t) || t.norm === 'the' || t.norm === 'a' || t.norm === 'an') continue;
    words.push(t.norm === 'ex' ? 'former' : (ROLE_ABBREVIATIONS[t.norm] ?? t.norm));
  }
  if (acronym) words.push(acronym);
  return words.join(' ');
}

interface TitleRange {
  from: number;
  to: number;
}

/** Words that never end a title: punctuation, honorifics, connectors, "the", possessive marks, "and". */
function isDroppable(t: Token): boolean {
  return t.kind !== 'word' || inWordClass(t, DROPPABLE_WORD);
}

/** Words that never start a title: those of {@link isDroppable}, and function words and openers that are no title word. */
function isLeadingDroppable(t: Token): boolean {
  return isDroppable(t) || (!isTitleWord(t) && inWordClass(t, NO_TITLE_START));
}

/** Trims honorifics, articles, connectors and periods from both ends; undefined when no role word is left. */
function trimTitle(tokens: readonly Token[], start: number, end: number): TitleRange | undefined {
  let from = start;
  let to = end;
  // Plain functions rather than closures: this runs for every name of every report.
  while (from < to && isLeadingDroppable(tokens[from]!)) from++;
  while (to > from && isDroppable(tokens[to - 1]!) && !(tokens[to - 1]!.text === '.' && isInnerPeriod(tokens, to - 1) && tokens[to - 2]!.text.length === 1)) to--;
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'word' && inWordClass(tokens[i]!, ROLE_OR_ABBREVIATED)) return { from, to };
  return undefined;
}

/**
 * True when most words of the sentence are capitalized (a title-case headline): capitalized words there say
 * nothing about being part of a title ("Putin to Meet US Envoy Steve Witkoff").
 */
function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.norm.length < 4) continue;
    words++;
    if (t.upper) upper++;
  }
  return words >= 5 && upper / words > 0.6;
}

/**
 * {@link isTitleCase} of the sentence whose tokens were last asked about. Few sentences need it (those with a
 * capitalized word before a name that is no title word, or a title given to a name of several words): it is
 * counted when first needed, once per sentence.
 */
let titleCaseTokens: readonly Token[] | undefined;
let titleCaseAnswer = false;

function inTitleCase(tokens: readonly Token[]): boolean {
  if (tokens !== titleCaseTokens) {
    titleCaseAnswer = isTitleCase(tokens);
    titleCaseTokens = tokens;
  }
  return titleCaseAnswer;
}

/**
 * A word at `k`, right before `next`, that may stand in a title written before a name: a title word, or a
 * capitalized word that names no body (in a title-case headline, only an acronym or an initial).
 */
function isTitleWordOrCapitalized(tokens: readonly Token[], k: number, next: Token): boolean {
  const t = tokens[k]!;
  if (isTitleWord(t)) return true;
  if (t.kind !== 'word' || !t.upper || inWordClass(t, NON_PERSON)) return false;
  const initial = t.text.length === 1 && next.text === '.';
  return initial || inWordClass(t, ACRONYM) || !inTitleCase(tokens);
}

/** "Secretary of State John Smith": a connector at `k` only between title words, never right before the name. */
function isConnectorInTitle(tokens: readonly Token[], k: number, next: Token, tokenStart: number): boolean {
  return inWordClass(tokens[k]!, CONNECTOR) && k > 0 && k + 1 < tokenStart && isTitleWord(tokens[k - 1]!) && isTitleWord(next) && !isHonorificToken(next);
}

/**
 * Whether a title can end right before the name at `tokenStart`: only after a period (of "Sen.", "U.S."), a
 * title word or a capitalized word. Most names follow none of these ("said", "the", a comma): they are passed
 * over with this one look.
 */
function mayHaveTitleBefore(tokens: readonly Token[], tokenStart: number): boolean {
  // A name that starts the sentence (often) is answered without reading before the array.
  if (tokenStart === 0) return false;
  const t = tokens[tokenStart - 1]!;
  return t.kind === 'punct' ? t.text === '.' : t.upper || isTitleWord(t);
}

/** Title words written in front of the name, scanning back: "White House Press Secretary", "former President". */
function titleBefore(tokens: readonly Token[], tokenStart: number): TitleRange | undefined {
  if (!mayHaveTitleBefore(tokens, tokenStart)) return undefined;
  let k = tokenStart - 1;
  while (k >= 0) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (t.kind === 'punct') {
      if (isInnerPeriod(tokens, k)) {
        k--;
        continue;
      }
      // "ex-Vice President": the prefix is part of the title (and means "former").
      if (t.text === '-' && !t.spaceBefore && tokens[k - 1]?.norm === 'ex' && next.spaceBefore === false) k -= 2;
      break;
    }
    if (t.norm === "'s" || !next.spaceBefore && next.text !== '.') break;
    if (!(isTitleWordOrCapitalized(tokens, k, next) || isConnectorInTitle(tokens, k, next, tokenStart))) break;
    k--;
  }
  return trimTitle(tokens, k + 1, tokenStart);
}

/** "Name, head of …" / "Name, the EU foreign policy chief": a role phrase right after the name and a comma. */
function titleAfter(tokens: readonly Token[], nameEnd: number, names: readonly NameMention[]): TitleRange | undefined {
  if (tokens[nameEnd]?.text !== ',') return undefined;
  let i = nameEnd + 1;
  const first = tokens[i];
  if (!first) return undefined;
  // "a spokeswoman", "an executive": a description rather than the title the person holds.
  if (first.norm === 'a' || first.norm === 'an') return undefined;
  if (first.norm === 'the') i++;
  let from = i;
  let unknown = 0;
  for (let possessives = 0; ; possessives++) {
    // Modifiers up to the role word.
    while (i < tokens.length && !(tokens[i]!.kind === 'word' && isRoleToken(tokens[i]!))) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || CLAUSE_WORDS.has(t.norm)) return undefined;
      const known = isRoleQualifierToken(t) || t.upper || t.norm === "'s";
      if (!known) {
        if (t.norm.endsWith('ing') || t.norm.endsWith('ed') || ++unknown > 2) return undefined;
      }
      if (i - from >= 5) return undefined;
      i++;
    }
    if (i >= tokens.length) return undefined;
    // The role words themselves ("foreign policy chief", "prime minister").
    while (i < tokens.length && tokens[i]!.kind === 'word' && (isRoleToken(tokens[i]!) || isRoleQualifierToken(tokens[i]!))) i++;
    // "Social Security, labor officials told HuffPost": a plural role is other people, not this name's title. Not
    // before a complement: in "the Joint Chiefs of Staff chairman" the head comes later.
    if (isPluralRoleToken(tokens[i - 1]!) && !TITLE_COMPLEMENTS.has(tokens[i]?.norm ?? '')) return undefined;
    // "the president's second secretary of state": the role before "'s" is the possessor's, the title follows.
    if (tokens[i]?.norm !== "'s" || possessives > 0) break;
    i++;
    from = i;
  }
  // "US President Donald Trump's son-in-law": the title belongs to the next name, the phrase is a relation.
  let afterHead = i;
  while (isInnerPeriod(tokens, afterHead)) afterHead++;
  if (nameStartingAt(names, afterHead) !== undefined) return undefined;
  // Complements: "head of Ukraine's Center for Countering Disinformation".
  if (tokens[i] && TITLE_COMPLEMENTS.has(tokens[i]!.norm)) {
    const limit = i + 10;
    while (i < tokens.length && i < limit) {
      const t = tokens[i]!;
      if (t.kind === 'punct' && t.text !== '.' && t.norm !== "'") break;
      if (t.kind === 'punct' && t.text === '.' && !isInnerPeriod(tokens, i)) break;
      if (CLAUSE_WORDS.has(t.norm)) break;
      i++;
    }
  }
  return trimTitle(tokens, from, i);
}

/** "Putin's special envoy for investment and economic cooperation, Kirill Dmitriev": a possessed role before a comma. */
function titleBeforeComma(tokens: readonly Token[], tokenStart: number, names: readonly NameMention[]): TitleRange | undefined {
  if (tokens[tokenStart - 1]?.text !== ',') return undefined;
  const to = tokenStart - 1;
  let k = to - 1;
  while (k >= 0 && to - k <= 10) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.norm === "'s" || POSSESSIVE_PRONOUNS.has(t.norm)) break;
    k--;
  }
  const stop = tokens[k];
  const anchored = k < 0 || stop?.norm === "'s" || (stop !== undefined && POSSESSIVE_PRONOUNS.has(stop.norm));
  if (!anchored || k + 1 >= to) return undefined;
  const head = tokens[k + 1]!;
  if (!(isTitleWord(head) || head.upper) || isStopword(head.norm) || OPENERS.has(head.norm)) return undefined;
  for (let i = k + 1; i < to; i++) if (tokens[i]!.norm.endsWith('ing') && !isTitleWord(tokens[i]!)) return undefined;
  for (const n of names) if (n.tokenStart > k && n.tokenStart < to && !isTitleWord(tokens[n.tokenStart]!)) return undefined;
  return trimTitle(tokens, k + 1, to);
}

/**
 * "Secretary of State John Smith" is one capitalized run: the token where its leading title words end and the
 * person begins, or undefined when the run starts with no title.
 */
function splitLeadingTitle(tokens: readonly Token[], name: NameMention): number | undefined {
  let marked = -1;
  for (let i = name.tokenStart; i < name.tokenEnd - 1; i++) {
    const t = tokens[i]!;
    if (isRoleToken(t)) marked = i + 1;
    else if (marked >= 0 && (inWordClass(t, CONNECTOR) || isRoleQualifierToken(t))) {
      if (isRoleQualifierToken(t)) marked = i + 1;
    } else if (marked >= 0 || !t.upper) break;
  }
  if (marked < 0 || marked >= name.tokenEnd) return undefined;
  return marked;
}

/**
 * Finds titles given to people: in front of the name ("Estonian Prime Minister Kaja Kallas", "former President
 * Donald Trump", "Kremlin spokesman Dmitry Peskov"), as an appositive after it ("Andriy Kovalenko, head of
 * Ukraine's Center for Countering Disinformation") and as a possessed role before it ("Putin's special envoy,
 * Kirill Dmitriev"). Honorifics are dropped from the span ends and from the norm. An appositive that names
 * someone else ("Jared Kushner, President Donald Trump's son-in-law") is a relation, not a title, and one
 * introduced by "a"/"an" is a description. The person is the full name the document gives (a surname is
 * resolved through {@link buildPersonIndex}). Spans are exact offsets into `text`. `lowerWords` is the
 * document's {@link lowerCaseVocabulary}, passed when the caller has already read it.
 */
export function extractTitles(
  text: string,
  sentences: readonly MentionSentence[],
  persons: PersonIndex = buildPersonIndex(sentences),
  lowerWords: ReadonlySet<string> = lowerCaseVocabulary(sentences.map((s) => s.tokens)),
): TitleMention[] {
  const titles = new DocumentTitles(text, persons, lowerWords);
  for (const sentence of sentences) {
    // Titles are only read around names: a sentence without one needs no look at its words.
    if (sentence.names.length > 0) titles.addSentence(sentence);
  }
  // The memo must not keep the last sentence of this document alive.
  titleCaseTokens = undefined;
  return titles.out;
}

/**
 * The titles of one document, gathered sentence by sentence and name by name. The work is in methods called for
 * every sentence and name rather than in one loop over the document: called that often, they are compiled while a
 * first document is read, whereas the body of a loop run once per document is compiled only once the engine
 * replaces it mid-run (on-stack replacement), late in a long comparison.
 */
class DocumentTitles {
  readonly out: TitleMention[] = [];
  /** Spans of the titles found, so that one written twice around a person is kept once. */
  private readonly seen = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly persons: PersonIndex,
    private readonly lowerWords: ReadonlySet<string>,
  ) {}

  addSentence(sentence: MentionSentence): void {
    for (const name of sentence.names) this.addName(sentence.tokens, name, sentence.names);
  }

  /** At most two titles per name: one written before the person, one after ("…, head of …"). */
  private addName(tokens: readonly Token[], name: NameMention, names: readonly NameMention[]): void {
    let personStart = name.tokenStart;
    let before: TitleRange | undefined;
    const titleEnd = splitLeadingTitle(tokens, name);
    if (titleEnd !== undefined) {
      personStart = titleEnd;
      const joined = titleBefore(tokens, name.tokenStart);
      before = { from: joined ? joined.from : name.tokenStart, to: titleEnd };
    } else {
      before = titleBefore(tokens, name.tokenStart) ?? titleBeforeComma(tokens, name.tokenStart, names);
    }
    const after = titleAfter(tokens, name.tokenEnd, names);
    if (before === undefined && after === undefined) return;
    const { text, persons } = this;
    const norm = personStart === name.tokenStart ? name.norm : normalizeName(text.slice(tokens[personStart]!.start, name.end));
    // A title before the name vouches for a lone word as a person ("President Macron"); a title after it, an
    // apposition ("Smith, a spokesman"), does not.
    const hasTitle = before !== undefined && before.to <= name.tokenStart;
    const multiword = name.tokenEnd - personStart >= 2;
    if (!multiword && ((!hasTitle && !persons.isPerson(norm)) || isStopword(norm))) return;
    if (multiword && !persons.isPerson(norm) && !isPlausiblePerson(tokens, personStart, name.tokenEnd)) return;
    if (multiword && inTitleCase(tokens) && !isPlainName(tokens, personStart, name.tokenEnd, this.lowerWords)) return;
    const person = { norm: persons.resolve(norm, name.start), start: tokens[personStart]!.start, end: name.end };
    if (before) pushTitle(this.out, this.seen, text, tokens, before, person);
    if (after) pushTitle(this.out, this.seen, text, tokens, after, person);
  }
}

/** Adds the title over `range` given to `person`, unless it is empty or was already found with the same spans. */
function pushTitle(
  out: TitleMention[],
  seen: Set<string>,
  text: string,
  tokens: readonly Token[],
  range: TitleRange,
  person: { norm: string; start: number; end: number },
): void {
  const titleNorm = normalizeTitle(tokens, range.from, range.to);
  const start = tokens[range.from]!.start;
  const end = tokens[range.to - 1]!.end;
  const key = `${start}:${end}:${person.start}`;
  if (titleNorm === '' || seen.has(key)) return;
  seen.add(key);
  out.push({ start, end, text: text.slice(start, end), norm: titleNorm, person: person.norm, personStart: person.start, personEnd: person.end });
}

function isPlausiblePerson(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && inWordClass(t, NOT_IN_PERSON)) return false;
  }
  return true;
}

/** In a title-case headline, a name is only a name if none of its words is a common word of the document. */
function isPlainName(tokens: readonly Token[], from: number, to: number, lowerWords: ReadonlySet<string>): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) if (lowerWords.has(tokens[i]!.norm)) return false;
  return true;
}
