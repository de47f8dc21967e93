/**
 * The `negation` detector: one report says something happened, an aligned sentence of another says it did not.
 *
 * Without a parser, a predicate is a content word that reads as a verb (after an auxiliary, a modal or a
 * negator; or a past form not after a determiner) or belongs to a small set of event words (capture/fall/seize,
 * confirm/verify, …). Its polarity is negative when a negator stands before it in the same clause ("have not
 * confirmed", "neither location has fully fallen", "did not capture") or when a denial verb governs it ("denied
 * that either location had fallen", "rejected the capture"). A positive predicate that the report attributes to a
 * claimant ("announced the capture", "claim to have captured", "the claimed capture") asserts nothing itself:
 * a claim reported as a claim and a denial are the same story told twice, not a disagreement.
 * @module
 */
import type { AlignedGroup, AnalyzedDocument, AnalyzedSentence } from '../analysis.js';
import type { Span } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import type { Detector, DetectorContext, Finding, FindingVariant } from './detector.js';
import { wordTable } from '../text/word-table.js';
import { pushTo } from '../collections.js';
import { sentenceFacts, type SentenceFacts } from './sentence-facts.js';

const stems = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(stem));

// "Nobody", "none", "not one": a negated subject says who did not act, which rarely contradicts who did.
const NEGATORS = new Set(['not', 'never', 'neither', 'nor', 'no', 'cannot', 'without']);
/** Negators followed by these words do not negate ("not only", "no doubt", "no less than"). */
const NOT_NEGATING_AFTER: Readonly<Record<string, ReadonlySet<string>>> = wordTable({
  not: new Set(['only', 'just', 'merely', 'least', 'simply', 'a', 'one', 'single', 'all', 'everyone', 'every']),
  // "no evidence that he directed it" doubts a claim; it does not say the event did not happen.
  no: new Set(['doubt', 'less', 'more', 'sooner', 'matter', 'evidence', 'sign', 'indication', 'proof', 'one']),
  never: new Set(['before']),
});
/** After a verb, "no doubt" and "no less" do not negate its object; "found no evidence" does. */
const NOT_NEGATING_OBJECT = new Set(['doubt', 'less', 'more', 'sooner', 'matter', 'one']);
const DENIAL_STEMS = stems('deny denied denies reject rejected rejects refute refuted refutes dismiss dismissed dismisses');
const CLAIM_STEMS = stems(
  'claim claimed claims assert asserted assertion announce announced announcement allege alleged allegedly purported ' +
    'purportedly reportedly boast boasted argue argued arguing charge charged accuse accused accusation insist insisted ' +
    'insisting speculate speculated speculation rumor rumored',
);
/** Modals that make a positive predicate hypothetical: "would attend" asserts no attendance ("could not verify" is still a negation). */
const MODALS = new Set(['would', 'could', 'might', 'may', 'should']);
/** Words that make anything after them in the sentence a prediction or a condition, positive or negative. */
const CONDITIONAL = new Set(['expected', 'likely', 'plans', 'planned', 'hopes', 'hoped', 'wants', 'wanted', 'if', 'unless', 'whether', 'whatever']);
/** How far back a conditional word reaches, in tokens. */
const CONDITIONAL_REACH = 12;
const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u00AB', '\u00BB']);
/** Verbs of saying: their polarity says whether someone spoke, not whether the event happened. */
const SAYING_STEMS = stems('say said says tell told state stated note noted add added speak spoke spoken report reported');
const AUXILIARIES = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'have', 'has', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll",
]);
/** Words right after which a content word is the verb they negate ("never received", "no longer serves"). */
const NEGATING_BEFORE_VERB = new Set(['never', 'longer', 'not']);
/** Words that may stand between an auxiliary and its verb ("has not yet", "will no longer"). */
const SKIPPED_BEFORE_VERB = new Set(['not', 'never', 'yet', 'no', 'longer', 'also', 'still', 'even', 'ever']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'any', 'each', 'every', 'no']);
/** Words that open a new clause: a negator before them does not reach a predicate after them. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'and', 'but', 'while', 'although', 'though', 'because', 'if', 'as', 'after', 'before', 'when', 'whether', 'where', 'since', 'unless', 'or']);
/** Contrast words end the reach of a claim or a denial. */
const CONTRAST_WORDS = new Set(['but', 'although', 'though', 'however', 'while', 'whereas', 'yet']);

/** Event words that report the same happening with different verbs. Irregular forms are listed because stems keep them apart. */
const SYNONYM_SETS: readonly (readonly string[])[] = [
  ['capture', 'captured', 'captures', 'capturing', 'fall', 'falls', 'fell', 'fallen', 'falling', 'take', 'takes', 'took', 'taken', 'taking', 'seize', 'seized', 'seizure', 'overrun', 'overran'],
  ['confirm', 'confirmed', 'confirms', 'confirmation', 'verify', 'verified', 'verifies', 'corroborate', 'corroborated'],
  ['attend', 'attended', 'attends', 'attending', 'participate', 'participated', 'participates'],
  ['agree', 'agreed', 'agrees', 'accept', 'accepted', 'accepts'],
];
const SYNONYM_CLASS = new Map<string, string>();
for (const set of SYNONYM_SETS) for (const w of set) SYNONYM_CLASS.set(stem(w), set[0]!);

/** How far a negator reaches to the right, in tokens ("neither location has fully fallen"). */
const NEGATOR_REACH = 4;
/** How far a denial reaches: its object ("denied the capture") or a short "that" clause ("denied that either location had fallen"). */
const DENIAL_REACH = 7;
/** How far a claim verb reaches to the right, in tokens. */
const FRAME_REACH = 14;
/** Tokens after a predicate (its object), or before it when none follow, whose content words must overlap between the two reports. */
const CONTEXT_REACH = 8;

interface Occurrence {
  doc: AnalyzedDocument;
  sentence: AnalyzedSentence;
  /** Synonym class or `stem:<stem>`. */
  key: string;
  /** Index of the predicate token, and of the first token of the phrase shown ("have not confirmed"). */
  at: number;
  phraseStart: number;
  /** Index of the last token of the phrase: the predicate, or the "no" of a negated object ("recommended no"). */
  phraseEnd: number;
  negative: boolean;
  /** Negative through a denial verb rather than a negator. */
  denial: boolean;
  /** Positive, but attributed to a claimant. */
  framed: boolean;
  /** Under a modal ("could serve", "could not serve"): compared only with other modal predicates. */
  modal: boolean;
  context: Set<string>;
}

function isNegator(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (!isNegatorWord(t)) return false;
  const next = tokens[k + 1]?.norm ?? '';
  return !NOT_NEGATING_AFTER[t.norm]?.has(next);
}

function isAdverb(t: Token): boolean {
  return t.kind === 'word' && t.norm.length > 3 && t.norm.endsWith('ly');
}

/**
 * A word that can never be a predicate, whatever its neighbours: short, a stopword, an adverb, or a word of denial,
 * claim or saying. Depends on the word form alone, so the shared sentence view tests it once per form.
 */
function neverPredicate(t: Token): boolean {
  return t.norm.length < 3 || isStopword(t.norm) || isAdverb(t) || DENIAL_STEMS.has(t.stem) || CLAIM_STEMS.has(t.stem) || SAYING_STEMS.has(t.stem);
}

/** A content word that reads as a verb, or an event word of a synonym set (which may be a noun: "the capture"). */
function isPredicate(tokens: readonly Token[], k: number, verbStems?: ReadonlySet<string>): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || (t.upper && k > 0) || neverPredicate(t)) return false;
  if (SYNONYM_CLASS.has(t.stem)) return true;
  const before = tokens[k - 1];
  // A stem another aligned sentence uses as a verb is a verb here too, unless a determiner makes it a noun.
  if (verbStems?.has(t.stem) && !(before && DETERMINERS.has(before.norm))) return true;
  let j = k - 1;
  while (j >= 0 && (isAdverb(tokens[j]!) || SKIPPED_BEFORE_VERB.has(tokens[j]!.norm))) j--;
  // Right after "never", "no longer" or "not", a content word is the verb they negate ("never received").
  for (let x = j + 1; x < k; x++) if (NEGATING_BEFORE_VERB.has(tokens[x]!.norm)) return true;
  const previous = tokens[j];
  if (previous && previous.kind === 'word' && (AUXILIARIES.has(previous.norm) || previous.norm.endsWith("n't") || previous.norm === 'cannot')) return true;
  return t.norm.endsWith('ed') && !(before && DETERMINERS.has(before.norm));
}

/**
 * Which tokens of a sentence read as predicates on their own ({@link isPredicate} without other sentences'
 * verbs): asked about every token, often several times (each negator, denial and claim looks back over its
 * predecessors), so answered once per token. Only tokens whose form may be a predicate are asked. `forms` holds
 * the tokens' form numbers from `start` on.
 */
function predicateFlags(tokens: readonly Token[], forms: Int32Array, start: number, predicateForm: Uint8Array): boolean[] {
  const out = new Array<boolean>(tokens.length);
  for (let k = 0; k < tokens.length; k++) out[k] = predicateForm[forms[start + k]!] === 1 && isPredicate(tokens, k);
  return out;
}

/**
 * What the detector asks of every sentence text (by number, see {@link SentenceFacts}), worked out once per text
 * for the whole run: texts repeat across reports, and each form's part of it is worked out once per form.
 */
class TextReadings {
  /** Per form: 1 for a form {@link isPredicate} does not rule out by itself (whatever its case and neighbours). */
  private readonly predicateForm: Uint8Array;
  /** Per text: 1 when it holds a word that can make a predicate negative (a negator, a denial verb, "nothing", "none"). */
  private readonly negating: Uint8Array;
  private readonly verbLike: (boolean[] | undefined)[];

  constructor(readonly facts: SentenceFacts) {
    const forms = facts.forms;
    this.predicateForm = new Uint8Array(forms.length);
    this.negating = new Uint8Array(facts.texts);
    for (let f = 0; f < forms.length; f++) {
      const t = forms[f]!;
      if (t.kind !== 'word') continue;
      // The few negating forms mark their texts: no text's tokens are read for them.
      if (isNegatorWord(t) || DENIAL_STEMS.has(t.stem) || t.norm === 'nothing' || t.norm === 'none') {
        for (const text of facts.textsWithForm(f)) this.negating[text] = 1;
      }
      if (!neverPredicate(t)) this.predicateForm[f] = 1;
    }
    this.verbLike = new Array(facts.texts);
  }

  /** The text (by number) holds a word that can make a predicate negative. */
  mayNegate(text: number): boolean {
    return this.negating[text] === 1;
  }

  /** {@link predicateFlags} of a sentence whose text has the given number. */
  predicateFlags(sentence: AnalyzedSentence, text: number): boolean[] {
    return (this.verbLike[text] ??= predicateFlags(sentence.tokens, this.facts.formNumbers, this.facts.formsStart(text), this.predicateForm));
  }

  /** Whether the form of token `k` of the text (by number) may be a predicate. */
  maybePredicate(text: number): (k: number) => boolean {
    const numbers = this.facts.formNumbers;
    const start = this.facts.formsStart(text);
    return (k) => this.predicateForm[numbers[start + k]!] === 1;
  }
}

/**
 * The negator before `k` within its clause, if any. A negator negates the first verb after it: another
 * predicate in between takes it ("hasn't wavered in its opposition to cutting" does not negate "cutting").
 * `verbLike` is the sentence's {@link predicateFlags}.
 */
function negatorBefore(tokens: readonly Token[], verbLike: readonly boolean[], k: number): number | undefined {
  for (let j = k - 1; j >= 0 && j >= k - NEGATOR_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' || CLAUSE_WORDS.has(t.norm)) return undefined;
    if (isNegator(tokens, j)) return j;
    if (verbLike[j]) return undefined;
  }
  return undefined;
}

/**
 * The denial verb that governs `k`, if any: `k` is the first predicate after it, either its object ("rejected
 * the capture") or the verb of the "that" clause right after it ("denied that either location had fallen").
 */
function denialBefore(tokens: readonly Token[], verbLike: readonly boolean[], k: number): number | undefined {
  for (let j = k - 1; j >= 0 && j >= k - DENIAL_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' || (CLAUSE_WORDS.has(t.norm) && t.norm !== 'that')) return undefined;
    if (t.kind === 'word' && DENIAL_STEMS.has(t.stem)) return negatorBefore(tokens, verbLike, j) === undefined ? j : undefined;
    if (verbLike[j]) return undefined;
  }
  return undefined;
}

/** A claim word ("claimed", "announced", "allegedly") before `k`, within reach, before a contrast or a stop. */
function claimBefore(tokens: readonly Token[], verbLike: readonly boolean[], k: number): number | undefined {
  for (let j = k - 1; j >= 0 && j >= k - FRAME_REACH; j--) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === ':' || t.text === '.' || CONTRAST_WORDS.has(t.norm)) return undefined;
    if (t.kind === 'word' && CLAIM_STEMS.has(t.stem) && negatorBefore(tokens, verbLike, j) === undefined) return j;
  }
  return undefined;
}

/** "…, according to Russian officials" or "…, Moscow claimed" after the predicate. */
function claimAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (CONTRAST_WORDS.has(t.norm) || t.text === ';') return false;
    if (t.norm === 'according' || t.norm === 'reportedly' || (t.kind === 'word' && CLAIM_STEMS.has(t.stem) && tokens[j - 1]?.text === ',')) return true;
  }
  return false;
}

/** Auxiliaries, adverbs and negators right before `from`: "have not" in "have not confirmed". */
function extendOverAuxiliaries(tokens: readonly Token[], from: number): number {
  let s = from;
  while (s > 0) {
    const p = tokens[s - 1]!;
    if (p.kind === 'word' && (AUXILIARIES.has(p.norm) || isNegatorWord(p) || isAdverb(p))) s--;
    else break;
  }
  return s;
}

function isNegatorWord(t: Token): boolean {
  return NEGATORS.has(t.norm) || t.norm.endsWith("n't");
}

/**
 * Content stems around a predicate. Curated event words ("captured", "fallen") take the whole sentence: the
 * sentences are aligned already and the place or actor may stand far from the verb ("neither location has
 * fallen"). Any other verb needs a shared word nearby, or "confirmed the meeting" would meet "did not confirm
 * the figures".
 */
function contextOf(tokens: readonly Token[], k: number, wholeSentence: boolean): Set<string> {
  const out = new Set<string>();
  // The object tells what was done: "referred to the shooting" and "did not reference radical Islam" share a
  // subject, not a deed. Words before the verb count only when nothing follows it in its clause.
  let objectEnd = k;
  while (objectEnd + 1 < tokens.length && objectEnd - k < CONTEXT_REACH && tokens[objectEnd + 1]!.kind !== 'punct' && !CLAUSE_WORDS.has(tokens[objectEnd + 1]!.norm)) objectEnd++;
  const from = wholeSentence ? 0 : objectEnd > k ? k + 1 : Math.max(0, k - CONTEXT_REACH);
  const to = wholeSentence ? tokens.length - 1 : objectEnd > k ? objectEnd : k;
  for (let j = from; j <= to; j++) {
    const t = tokens[j]!;
    if (j === k || t.kind !== 'word' || isStopword(t.norm) || isNegatorWord(t) || t.norm.length < 3) continue;
    out.add(t.stem);
  }
  return out;
}

/**
 * How a predicate is qualified: by a conditional word earlier in the sentence ("is expected to announce that he
 * will not seek", "announces whether he will … seek"), which takes no side; or by a modal right before it
 * ("could serve", "could not serve"), which makes a claim about a possibility.
 */
function qualifierOf(tokens: readonly Token[], k: number): 'conditional' | 'modal' | undefined {
  let modal = false;
  for (let j = k - 1; j >= 0 && j >= k - CONDITIONAL_REACH; j--) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === '.' || CONTRAST_WORDS.has(t.norm)) break;
    if (CONDITIONAL.has(t.norm)) return 'conditional';
    if (k - j <= 4 && MODALS.has(t.norm)) modal = true;
  }
  return modal ? 'modal' : undefined;
}

/** "recommended no charges", "found nothing": the object is negated, and with it what the predicate reports. */
function negatedObject(tokens: readonly Token[], k: number): number | undefined {
  const next = tokens[k + 1];
  return next && next.kind === 'word' && (next.norm === 'no' || next.norm === 'nothing' || next.norm === 'none') && !NOT_NEGATING_OBJECT.has(tokens[k + 2]?.norm ?? '') ? k + 1 : undefined;
}

/**
 * Predicates of a sentence with their polarity. Words inside quotation marks are the speaker's, not the report's:
 * two reports quoting the same words agree on the quote, and a quote is the quote detector's business. Given
 * `keys`, only predicates of those keys (synonym classes or stems) are read.
 */
function occurrencesOf(
  doc: AnalyzedDocument,
  sentence: AnalyzedSentence,
  verbLike: readonly boolean[],
  verbStems: ReadonlySet<string>,
  maybePredicate: (k: number) => boolean,
  keys?: ReadonlySet<string>,
): Occurrence[] {
  const tokens = sentence.tokens;
  const out: Occurrence[] = [];
  let quoted = false;
  for (let k = 0; k < tokens.length; k++) {
    if (QUOTE_MARKS.has(tokens[k]!.text)) quoted = tokens[k]!.text === '\u201C' ? true : tokens[k]!.text === '\u201D' ? false : !quoted;
    // Other sentences' verbs only add predicates: a token that reads as one on its own is one.
    if (quoted || !(verbLike[k] || (maybePredicate(k) && verbStems.has(tokens[k]!.stem) && isPredicate(tokens, k, verbStems)))) continue;
    const t = tokens[k]!;
    const synonymClass = SYNONYM_CLASS.get(t.stem);
    const key = synonymClass ?? `stem:${t.stem}`;
    if (keys !== undefined && !keys.has(key)) continue;
    const negator = negatorBefore(tokens, verbLike, k);
    const denier = negator === undefined ? denialBefore(tokens, verbLike, k) : undefined;
    const objectNegator = negator === undefined && denier === undefined ? negatedObject(tokens, k) : undefined;
    const negative = negator !== undefined || denier !== undefined || objectNegator !== undefined;
    // A condition takes no side, whichever its polarity. A possibility ("could serve") is compared only with a
    // possibility ("could not serve"): "would attend" asserts no attendance, but "could not verify" is a negation.
    const qualifier = qualifierOf(tokens, k);
    if (qualifier === 'conditional') continue;
    const framed = !negative && (claimBefore(tokens, verbLike, k) !== undefined || claimAfter(tokens, k));
    const phraseStart = negator !== undefined ? extendOverAuxiliaries(tokens, negator) : denier ?? extendOverAuxiliaries(tokens, k);
    out.push({
      doc,
      sentence,
      key,
      at: k,
      phraseStart,
      phraseEnd: objectNegator ?? k,
      negative,
      denial: denier !== undefined,
      framed,
      modal: qualifier === 'modal',
      context: contextOf(tokens, k, synonymClass !== undefined),
    });
  }
  return out;
}

/** The occurrence `o` found in a sentence of the same text, placed in `sentence` of `doc` (its context set is shared). */
function inSentence(o: Occurrence, doc: AnalyzedDocument, sentence: AnalyzedSentence): Occurrence {
  return { ...o, doc, sentence };
}

/**
 * An affirming and a negating occurrence that would be opposed in different documents: their surroundings share
 * a content word, and a possibility ("could serve") is only opposed by a possibility.
 */
function mayOppose(a: Occurrence, n: Occurrence): boolean {
  return sharesContext(a, n) && (!a.modal || n.modal);
}

function sharesContext(a: Occurrence, b: Occurrence): boolean {
  for (const s of a.context) if (b.context.has(s)) return true;
  return false;
}

function spanOf(o: Occurrence): Span {
  const tokens = o.sentence.tokens;
  return { docId: o.doc.id, start: tokens[o.phraseStart]!.start, end: tokens[o.phraseEnd]!.end, sentence: o.sentence.index };
}

function variantOf(list: readonly Occurrence[], value: string): FindingVariant {
  const spans = list.map(spanOf);
  const first = spans[0]!;
  return { text: list[0]!.doc.text.slice(first.start, first.end), value, spans };
}

/**
 * True when some sentence of the group holds a word that can make a predicate negative: a negator, a denial verb,
 * or the "no"/"nothing"/"none" of a negated object. Without one there is no negation to find, and most groups
 * have none, so they are not read further.
 */
function mayNegate(texts: readonly number[], readings: TextReadings): boolean {
  for (const text of texts) if (readings.mayNegate(text)) return true;
  return false;
}

/**
 * The members of a group with one text: their tokens are alike (a sentence's tokens follow from its text alone),
 * so their predicates are found once, on the first of them.
 */
interface Reading {
  first: AlignedGroup['members'][number];
  text: number;
  verbLike: boolean[];
  occurrences?: Occurrence[];
}

function detectInGroup(group: AlignedGroup, texts: TextReadings): Finding[] {
  const textOf = group.members.map((m) => texts.facts.textOf(m.doc, m.sentence));
  if (!mayNegate(textOf, texts)) return [];
  const verbStems = new Set<string>();
  const readings = new Map<number, Reading>();
  const readingOf = group.members.map((member, i) => {
    const text = textOf[i]!;
    let reading = readings.get(text);
    if (reading === undefined) {
      const { sentence } = member;
      const verbLike = texts.predicateFlags(sentence, text);
      for (let k = 0; k < verbLike.length; k++) if (verbLike[k]) verbStems.add(sentence.tokens[k]!.stem);
      readings.set(text, (reading = { first: member, text, verbLike }));
    }
    return reading;
  });
  // Members of one text have its occurrences: a predicate can make a finding only if one text's affirming
  // occurrence and another's (or the same's) negating one would be opposed, were their documents different. The
  // occurrences of the others are not gathered member by member.
  // Texts without a negating word negate nothing: theirs are read after the others, and only for the predicates
  // the others negate.
  const affirmedBy = new Map<string, Occurrence[]>();
  const negatedBy = new Map<string, Occurrence[]>();
  const read = (reading: Reading, keys?: ReadonlySet<string>): void => {
    const { first } = reading;
    reading.occurrences = occurrencesOf(first.doc, first.sentence, reading.verbLike, verbStems, texts.maybePredicate(reading.text), keys);
    for (const o of reading.occurrences) {
      if (o.negative) pushTo(negatedBy, o.key, o);
      else if (!o.framed) pushTo(affirmedBy, o.key, o);
    }
  };
  for (const reading of readings.values()) if (texts.mayNegate(reading.text)) read(reading);
  if (negatedBy.size === 0) return [];
  const negatedKeys = new Set(negatedBy.keys());
  for (const reading of readings.values()) if (!texts.mayNegate(reading.text)) read(reading, negatedKeys);
  const opposable = new Set<string>();
  for (const [key, negating] of negatedBy) {
    const affirming = affirmedBy.get(key);
    if (affirming !== undefined && affirming.some((a) => negating.some((n) => mayOppose(a, n)))) opposable.add(key);
  }
  if (opposable.size === 0) return [];
  const byKey = new Map<string, Occurrence[]>();
  group.members.forEach(({ doc, sentence }, i) => {
    for (const o of readingOf[i]!.occurrences!) {
      if (!opposable.has(o.key)) continue;
      pushTo(byKey, o.key, o.sentence === sentence ? o : inSentence(o, doc, sentence));
    }
  });
  const findings: Finding[] = [];
  for (const key of [...byKey.keys()].sort()) {
    const list = byKey.get(key)!;
    const docsAffirming = new Set(list.filter((o) => !o.negative && !o.framed).map((o) => o.doc.id));
    const docsNegating = new Set(list.filter((o) => o.negative).map((o) => o.doc.id));
    // A report that says both (or frames one side) is not taking a side.
    const affirm = list.filter((o) => !o.negative && !o.framed && !docsNegating.has(o.doc.id));
    const negate = list.filter((o) => o.negative && !docsAffirming.has(o.doc.id));
    const opposed = (a: Occurrence, n: Occurrence) => a.doc.id !== n.doc.id && mayOppose(a, n);
    const affirmKept = affirm.filter((a) => negate.some((n) => opposed(a, n)));
    const negateKept = negate.filter((n) => affirmKept.some((a) => opposed(a, n)));
    if (affirmKept.length === 0 || negateKept.length === 0) continue;
    const sameStem = affirmKept.some((a) => negateKept.some((n) => a.sentence.tokens[a.at]!.stem === n.sentence.tokens[n.at]!.stem));
    const byDenial = negateKept.every((n) => n.denial);
    let confidence = sameStem ? 0.75 : 0.6;
    if (byDenial) confidence -= 0.1;
    const predicate = affirmKept[0]!.sentence.tokens[affirmKept[0]!.at]!;
    findings.push({
      kind: 'negation',
      severity: 'high',
      confidence,
      subject: `Whether it happened ("${predicate.norm}")`,
      alignment: group.id,
      variants: [variantOf(affirmKept, 'affirms'), variantOf(negateKept, 'negates')],
      details: { predicate: key.startsWith('stem:') ? key.slice(5) : key, denial: byDenial },
    });
  }
  return findings;
}

/**
 * Finds aligned sentences where one report asserts an event and another negates or denies it. Only predicates
 * of the same stem or synonym set are compared, and only when their surroundings share a content word; claims
 * a report attributes to someone ("the Kremlin announced the capture") assert nothing by themselves.
 */
export const negationDetector: Detector = {
  kind: 'negation',
  detect(context: DetectorContext): Finding[] {
    const texts = new TextReadings(sentenceFacts(context));
    return context.alignments.flatMap((group) => detectInGroup(group, texts));
  },
};
