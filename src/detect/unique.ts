/**
 * The `unique` detector: claims that only one report carries.
 *
 * A candidate is a running-text sentence (never a heading or page furniture) that no alignment links to another
 * report and that is not a close paraphrase of any other report's sentence either (alignment keeps one sentence
 * per report in a group, so a paraphrase may have been left out). It must carry a claim:
 * - a number no other report gives (a quantity other than a bare year or an ordinal) → `high`;
 * - a named actor doing something (a name and a verb) → `medium`, or `high` with a quote of a known speaker,
 *   or `low` when the only name is a sentence's first word (which may be no name at all).
 * A quote alone, or a quote of someone other reports name (without a number of its own), is left to the quote
 * detector, which reports such unique quotes itself; a number another report also gives is no claim of this
 * report's own, however differently the sentence is worded.
 *
 * Ranking: within a document, candidates are ranked by severity, then by how much they carry (numbers, quotes,
 * names), then by position. In a comparison the report stage caps unique findings per document
 * (`uniquePerDocument`), for this detector and the quote detector's unique quotes alike; `maxPerDocument` caps
 * a detector used on its own.
 * @module
 */
import { stem } from '../text/stem.js';
import type { AlignedGroup, AnalyzedDocument, AnalyzedSentence, Quantity } from '../analysis.js';
import type { Severity } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { normalizePhrase } from '../text/normalize.js';
import { isStopword } from '../text/stopwords.js';
import type { Detector, DetectorContext, Finding, SentenceInDocument } from './detector.js';
import { SEVERITY_RANK } from '../severity.js';
import { addToSet, hasOtherThan, pushTo, topByCount } from '../collections.js';
import { spanOf } from './spans.js';
import { surnameOf } from '../mentions/titles.js';
import { sentenceFacts, type SentenceFacts } from './sentence-facts.js';

/** Options of {@link createUniqueDetector}. */
export interface UniqueOptions {
  /** Most findings per document (default: no cap; a comparison caps them in its report stage). */
  maxPerDocument?: number;
  /** A sentence this similar to another report's sentence is a paraphrase, not unique (default: the align threshold, else 0.35). */
  similarityThreshold?: number;
  /** Fewest words of a candidate sentence (default 6): shorter lines are captions and fragments. */
  minWords?: number;
  /** Stems found in more sentences than this are too common to find paraphrases by (default 12). */
  rareStemLimit?: number;
  /** How many sentences sharing rare stems are scored per candidate (default 8). */
  candidates?: number;
}

const DEFAULTS = { maxPerDocument: Infinity, minWords: 6, rareStemLimit: 12, candidates: 8 };

/** Words that show a verb is present: auxiliaries, modals and common verbs of news reports. */
const VERB_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'did', 'does', 'said', 'says', 'told', 'met', 'meets', 'meet', 'made', 'makes', 'sent', 'took',
  'gave', 'spoke', 'wrote', 'warned', 'held', 'called', 'calls', 'wants', 'seeks', 'plans',
]);


interface Candidate {
  doc: AnalyzedDocument;
  sentence: AnalyzedSentence;
  severity: Severity;
  weight: number;
  carries: string[];
  similarity: number;
}

function hasVerb(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && !t.upper && (VERB_WORDS.has(t.norm) || (t.norm.length > 4 && t.norm.endsWith('ed'))));
}

/** For each number key, the documents that write it; and the key of each quantity, worked out once. */
interface NumberDocs {
  docs: Map<string, Set<string>>;
  keyOf: Map<Quantity, string>;
}

/** A number only this report gives (years and ranks are context, not claims). */
function isOwnNumber(q: Quantity, numberDocs: NumberDocs): boolean {
  return mayBeOwnNumber(q) && (numberDocs.docs.get(numberDocs.keyOf.get(q) ?? quantityKey(q))?.size ?? 0) < 2;
}

/** What claim a sentence carries: how severe, how much (for ranking) and what. */
type Claim = Pick<Candidate, 'severity' | 'weight' | 'carries'>;

/** What claim the sentence carries, how severe, and how much (for ranking); undefined when it carries none. */
function classify(
  doc: AnalyzedDocument,
  sentence: AnalyzedSentence,
  numberDocs: NumberDocs,
  surnameDocs: ReadonlyMap<string, ReadonlySet<string>>,
): Claim | undefined {
  // A number another report also gives is not this report's own, however differently the sentence is worded.
  const numbers = sentence.quantities.filter((q) => isOwnNumber(q, numberDocs)).length;
  const quotes = doc.quotes.filter((q) => q.start >= sentence.start && q.start < sentence.end);
  const attributed = quotes.filter((q) => q.speaker !== undefined).length;
  // The quote detector reports unique quotes of speakers other reports name; this sentence is its finding then.
  if (numbers === 0 && quotes.some((q) => q.speaker !== undefined && namedElsewhere(q.speaker, doc.id, surnameDocs))) return undefined;
  const named = sentence.names.length > 0 && hasVerb(sentence.tokens);
  const carries: string[] = [];
  if (numbers > 0) carries.push('number');
  if (quotes.length > 0) carries.push(attributed > 0 ? 'attributed quote' : 'quote');
  if (named) carries.push('named actor');
  // A quote alone is the quote detector's to report as unique (it knows whether others name the speaker).
  if (numbers === 0 && !named) return undefined;
  // A name known only as a sentence's first word is weak evidence of an actor.
  const weakName = sentence.names.every((n) => n.sentenceInitial);
  const severity: Severity = numbers > 0 || attributed > 0 ? 'high' : weakName ? 'low' : 'medium';
  return { severity, weight: numbers * 2 + quotes.length * 2 + attributed + sentence.names.length, carries };
}

function namedElsewhere(speaker: string, docId: string, surnameDocs: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  return hasOtherThan(surnameDocs.get(surnameOf(speaker)), docId);
}

/** A token the paraphrase index is keyed by (through its stem): a content word, or a number. */
function isContentToken(t: Token): boolean {
  return (t.kind === 'word' && t.norm.length > 2 && !isStopword(t.norm)) || t.kind === 'number';
}

/** The texts (by number, see {@link SentenceFacts}) that hold one content stem, and how many sentences have them. */
interface StemPostings {
  texts: number[];
  sentences: number;
  /** The last sentence (by number) whose paraphrases were sought through this stem: a stem counts once per sentence. */
  lastAsked: number;
}

/**
 * The paraphrase index: for each content stem of the claims, the texts that hold it and, for each text, the
 * candidate sentences (by number) that have it. Reports repeat sentences, so each distinct text is read once.
 */
interface ParaphraseIndex {
  /** The postings of the stem of each token form (by form number); undefined for a form that is no content token, or whose stem no claim has. */
  ofForm: (StemPostings | undefined)[];
  /** The sentences of each text, by text number. */
  sentencesOfText: (number[] | undefined)[];
}

function paraphraseIndex(sentences: readonly SentenceInDocument[], facts: SentenceFacts, stems: ReadonlySet<string>): ParaphraseIndex {
  const byStem = new Map<string, StemPostings>();
  // The forms of each claim stem (content tokens only), and the postings each such form reads from.
  const formsOfStem = new Map<string, number[]>();
  const forms = facts.forms;
  const ofForm = new Array<StemPostings | undefined>(forms.length);
  for (let f = 0; f < forms.length; f++) {
    const t = forms[f]!;
    if (!isContentToken(t) || !stems.has(t.stem)) {
      ofForm[f] = undefined;
      continue;
    }
    let postings = byStem.get(t.stem);
    if (postings === undefined) byStem.set(t.stem, (postings = { texts: [], sentences: 0, lastAsked: -1 }));
    ofForm[f] = postings;
    pushTo(formsOfStem, t.stem, f);
  }
  const sentencesOfText: (number[] | undefined)[] = new Array(facts.texts);
  for (let id = 0; id < sentences.length; id++) {
    const { doc, sentence } = sentences[id]!;
    const text = facts.textOf(doc, sentence);
    const list = sentencesOfText[text];
    if (list === undefined) sentencesOfText[text] = [id];
    else list.push(id);
  }
  // A stem's texts are those of its forms (in increasing order, each once) that candidate sentences have: read
  // from each form's texts, not from every text's tokens.
  for (const [st, stemForms] of formsOfStem) {
    const postings = byStem.get(st)!;
    for (const text of facts.textsWithForms(stemForms)) {
      const list = sentencesOfText[text];
      if (list === undefined) continue;
      postings.texts.push(text);
      postings.sentences += list.length;
    }
  }
  return { ofForm, sentencesOfText };
}

/** The stems of the content tokens of the claims' sentences: the only stems their paraphrases are sought by. */
function claimStems(claims: readonly { id: number }[], sentences: readonly SentenceInDocument[], facts: SentenceFacts): Set<string> {
  const stems = new Set<string>();
  const forms = facts.forms;
  const numbers = facts.formNumbers;
  for (const { id } of claims) {
    const { doc, sentence } = sentences[id]!;
    const text = facts.textOf(doc, sentence);
    const end = facts.formsStart(text + 1);
    for (let k = facts.formsStart(text); k < end; k++) {
      const t = forms[numbers[k]!]!;
      if (isContentToken(t)) stems.add(t.stem);
    }
  }
  return stems;
}

/**
 * The number of words of each sentence text, worked out as asked (-1: not yet): by form number, whether a form
 * is a word is worked out once.
 */
function wordCounter(facts: SentenceFacts): (doc: AnalyzedDocument, sentence: AnalyzedSentence) => number {
  const counts = new Int32Array(facts.texts).fill(-1);
  const isWord = facts.forms.map((t) => t.kind === 'word');
  return (doc, sentence) => {
    const text = facts.textOf(doc, sentence);
    if (counts[text] === -1) {
      const numbers = facts.formNumbers;
      const end = facts.formsStart(text + 1);
      let n = 0;
      for (let k = facts.formsStart(text); k < end; k++) if (isWord[numbers[k]!]) n++;
      counts[text] = n;
    }
    return counts[text]!;
  };
}

/**
 * Highest similarity of sentence `id` to a sentence of another document, scored only against the sentences
 * that share most of its rare stems (found through an inverted index), never against all sentences.
 */
function bestOtherSimilarity(
  id: number,
  sentences: readonly SentenceInDocument[],
  index: ParaphraseIndex,
  facts: SentenceFacts,
  context: DetectorContext,
  limits: { rareStemLimit: number; candidates: number },
): number {
  const self = sentences[id]!;
  const shared = new Map<number, number>();
  const forms = facts.formNumbers;
  const ownText = facts.textOf(self.doc, self.sentence);
  const end = facts.formsStart(ownText + 1);
  for (let k = facts.formsStart(ownText); k < end; k++) {
    const postings = index.ofForm[forms[k]!];
    // Each content stem once: one postings object per stem.
    if (postings === undefined || postings.lastAsked === id) continue;
    postings.lastAsked = id;
    if (postings.sentences > limits.rareStemLimit) continue;
    for (const text of postings.texts) {
      for (const other of index.sentencesOfText[text]!) if (sentences[other]!.doc !== self.doc) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  let best = 0;
  for (const [other] of topByCount(shared, limits.candidates)) best = Math.max(best, context.similarity(self, sentences[other]!));
  return best;
}

/**
 * A number as a value, what it measures and the unit word it is written in: "two days" and "2 days" are one
 * number, but "the next 48 hours" is not the "two days of talks" another report gives.
 */
function quantityKey(q: { dimension: string; value: number; text: string }, unit = unitWord(q.text)): string {
  return `${q.dimension}:${q.value}:${unit}`;
}

/** The stem of the last word of a number's wording ("two days" → "dai"), or '' when it has none. */
function unitWord(text: string): string {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.length > 0 ? stem(words[words.length - 1]!) : '';
}

/** A number that can be a claim of its own: years and ranks are context (see {@link isOwnNumber}). */
function mayBeOwnNumber(q: Quantity): boolean {
  return q.dimension !== 'year' && q.dimension !== 'ordinal';
}

/** For each number key, the documents that write it (only for numbers that may be claims: no other is asked about). */
function numbersByDocument(documents: readonly AnalyzedDocument[]): NumberDocs {
  const out = new Map<string, Set<string>>();
  const keyOf = new Map<Quantity, string>();
  // Reports repeat their numbers: the unit word of each distinct wording is found once.
  const unitOfText = new Map<string, string>();
  for (const doc of documents) {
    for (const s of doc.sentences) {
      for (const q of s.quantities) {
        if (!mayBeOwnNumber(q)) continue;
        let unit = unitOfText.get(q.text);
        if (unit === undefined) unitOfText.set(q.text, (unit = unitWord(q.text)));
        const key = quantityKey(q, unit);
        keyOf.set(q, key);
        addToSet(out, key, doc.id);
      }
    }
  }
  return { docs: out, keyOf };
}

/** Which documents give each quantity dimension in the sentences of a group (counted once per group). */
function docsByDimensionOf(group: AlignedGroup): Map<string, Set<string>> {
  const docsByDimension = new Map<string, Set<string>>();
  for (const o of group.members) {
    for (const q of o.sentence.quantities) {
      addToSet(docsByDimension, q.dimension, o.doc.id);
    }
  }
  return docsByDimension;
}

/** A group whose members come from at least two documents. */
function spansDocuments(group: AlignedGroup): boolean {
  return group.members.some((m) => m.doc !== group.members[0]!.doc);
}

/**
 * The alignment side of the test for a claim of one report's own: an aligned sentence (in a group of several
 * documents) is reported elsewhere, except for a number its partners in other reports give nothing of the kind
 * of. Whether a group spans documents, and which documents give each quantity dimension in it, are worked out
 * once per group, the latter only when a sentence with a number asks.
 */
class PartnerIndex {
  private readonly spans = new Map<AlignedGroup, boolean>();
  private readonly dimensionsOf = new Map<AlignedGroup, Map<string, Set<string>>>();

  constructor(
    private readonly facts: SentenceFacts,
    private readonly numberDocs: NumberDocs,
  ) {}

  /** The sentence is aligned with other reports' sentences that leave none of its own numbers unmatched in kind. */
  reportedElsewhere(doc: AnalyzedDocument, sentence: AnalyzedSentence): boolean {
    const group = this.facts.alignmentOf(doc, sentence);
    if (group === undefined) return false;
    let spans = this.spans.get(group);
    if (spans === undefined) this.spans.set(group, (spans = spansDocuments(group)));
    if (!spans) return false;
    const quantities = sentence.quantities;
    if (quantities.length === 0) return true;
    let docsByDimension = this.dimensionsOf.get(group);
    if (docsByDimension === undefined) this.dimensionsOf.set(group, (docsByDimension = docsByDimensionOf(group)));
    const docId = this.facts.membershipOf(doc, sentence)!.doc.id;
    for (let i = 0; i < quantities.length; i++) {
      const q = quantities[i]!;
      // A number of its own needs its dimension from some other report of the group: given by two documents, or
      // by one that is not this one.
      if (isOwnNumber(q, this.numberDocs) && !hasOtherThan(docsByDimension.get(q.dimension), docId)) return false;
    }
    return true;
  }
}

function findUnique(context: DetectorContext, options: UniqueOptions): Finding[] {
  const cfg = {
    ...DEFAULTS,
    similarityThreshold: context.options.alignThreshold,
    ...options,
  };
  const facts = sentenceFacts(context);
  const sentences: SentenceInDocument[] = [];
  for (const doc of context.documents) {
    for (const sentence of doc.sentences) if (sentence.role === 'text') sentences.push({ doc, sentence });
  }
  const numberDocs = numbersByDocument(context.documents);
  const partners = new PartnerIndex(facts, numberDocs);
  // Only quotes' speakers are looked up (see `classify`).
  const speakerSurnames = new Set<string>();
  for (const doc of context.documents) for (const q of doc.quotes) if (q.speaker !== undefined) speakerSurnames.add(surnameOf(q.speaker));
  const surnameDocs = facts.documentsByNameKey(surnameOf, speakerSurnames);
  const wordsOf = wordCounter(facts);
  // First the claims, then their paraphrases: the index of paraphrases is built for the claims' stems alone.
  const claims: { id: number; claim: Claim }[] = [];
  for (let id = 0; id < sentences.length; id++) {
    const { doc, sentence: s } = sentences[id]!;
    // An aligned sentence is reported elsewhere, except for a number its partners do not give at all ("the next
    // 48 hours" where the others give no time): disagreeing numbers are the number detector's. (Checked first:
    // most sentences are aligned, and most of those give no number, which ends their check at once.)
    if (partners.reportedElsewhere(doc, s)) continue;
    if (wordsOf(doc, s) < cfg.minWords) continue;
    const claim = classify(doc, s, numberDocs, surnameDocs);
    if (claim) claims.push({ id, claim });
  }
  const perDoc = new Map<string, Candidate[]>();
  const index = claims.length === 0 ? undefined : paraphraseIndex(sentences, facts, claimStems(claims, sentences, facts));
  for (const { id, claim } of claims) {
    const { doc, sentence: s } = sentences[id]!;
    const similarity = bestOtherSimilarity(id, sentences, index!, facts, context, cfg);
    // A paraphrase of another report's sentence is no claim of its own, unless it adds a number no other
    // report gives ("the next 48 hours may determine…" where another says "this week's developments may…").
    if (similarity >= cfg.similarityThreshold && !claim.carries.includes('number')) continue;
    pushTo(perDoc, doc.id, { doc, sentence: s, ...claim, similarity });
  }
  const findings: Finding[] = [];
  for (const doc of context.documents) {
    const ranked = (perDoc.get(doc.id) ?? [])
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.weight - a.weight || a.sentence.index - b.sentence.index)
      .slice(0, cfg.maxPerDocument)
      .sort((a, b) => a.sentence.index - b.sentence.index);
    for (const c of ranked) findings.push(toFinding(c, cfg.similarityThreshold));
  }
  return findings;
}

function toFinding(c: Candidate, threshold: number): Finding {
  const { doc, sentence } = c;
  // The further from any other report's wording, the surer that the claim is this report's alone.
  const confidence = Math.round((0.5 + 0.4 * (1 - Math.min(1, c.similarity / threshold))) * 100) / 100;
  return {
    kind: 'unique',
    severity: c.severity,
    confidence,
    subject: `Only in ${doc.id}`,
    variants: [
      {
        text: doc.text.slice(sentence.start, sentence.end),
        value: normalizePhrase(sentence.text),
        spans: [spanOf(doc, sentence, sentence)],
      },
    ],
    details: { carries: c.carries, similarity: Math.round(c.similarity * 1000) / 1000 },
  };
}

/** A `unique` detector with its own cap and thresholds (see the module notes for the ranking rule). */
export function createUniqueDetector(options: UniqueOptions = {}): Detector {
  return { kind: 'unique', detect: (context) => findUnique(context, options) };
}

/** The `unique` detector with default options (the report stage caps its findings per document). */
export const uniqueDetector: Detector = createUniqueDetector();
