/**
 * What several detectors read of every sentence of one comparison, worked out once per comparison (on first use)
 * instead of once per detector: the sentences' distinct texts, their tokens as numbered forms, the alignment of
 * each sentence and the documents that mention each name.
 * @module
 */
import type { AlignedGroup, AnalyzedDocument, AnalyzedSentence } from '../analysis.js';
import type { Token } from '../text/tokenize.js';
import { endsInHighSurrogate } from '../text/chars.js';
import type { DetectorContext } from './detector.js';
import { nameCensus, type NameCensus } from './name-census.js';

/**
 * The sentences of one comparison as the detectors share them.
 *
 * Texts: reports repeat whole sentences (wire copy, quotes), and a sentence's tokens follow from its text alone, so
 * the distinct texts are numbered and what depends only on the words is worked out once per text.
 *
 * Forms: a token's form is its kind and normalized text (which fix its stem too). Reports repeat a few thousand
 * forms hundreds of thousands of times, so a detector that works a fact out per form and reads it per token by
 * number does no string lookup per token.
 */
export class SentenceFacts {
  private textTable?: TextTable;
  private placeIndex?: Places;
  private memberships?: Memberships;
  /** The ids of the documents that mention each normalized name (each once: documents have unique ids). */
  private docsOfName?: string[][];

  constructor(private readonly context: DetectorContext) {}

  /** A token of each form, by form number: its kind, `norm` and `stem` are the form's (its text and case are its own). */
  get forms(): readonly Token[] {
    return this.table().forms;
  }

  /** How many distinct texts the sentences have. */
  get texts(): number {
    return this.table().formsStart.length - 1;
  }

  /**
   * The form numbers of the tokens of every text, one text after another: those of text `t` run from
   * {@link formsStart}(t) to {@link formsStart}(t + 1). One array for all texts instead of one per text.
   */
  get formNumbers(): Int32Array {
    return this.table().formNumbers;
  }

  /** Where the form numbers of a text start in {@link formNumbers} (for `texts`, where the last one ends). */
  formsStart(text: number): number {
    return this.table().formsStart[text]!;
  }

  /**
   * The texts that hold a form (by number), each once, in increasing order: a detector that looks for a few forms
   * reads their texts instead of every text's tokens.
   */
  textsWithForm(form: number): readonly number[] {
    return this.table().textsOfForm[form]!;
  }

  /** The texts that hold any of the forms, each once, in increasing order (for a stem, the forms that share it). */
  textsWithForms(forms: readonly number[]): readonly number[] {
    if (forms.length === 1) return this.textsWithForm(forms[0]!);
    const texts = forms.flatMap((f) => this.textsWithForm(f)).sort((a, b) => a - b);
    return texts.filter((text, i) => i === 0 || texts[i - 1] !== text);
  }

  /**
   * The number of the text of a sentence of `doc` (0 to {@link texts} - 1, in order of first appearance), for a
   * sentence of the documents or the alignments. Looked up by the sentence's place in its document, which is
   * cheaper than by the sentence itself (callers ask for thousands).
   */
  textOf(doc: AnalyzedDocument, sentence: AnalyzedSentence): number {
    const table = this.table();
    const place = this.placeOf(doc, sentence);
    if (place >= 0) return table.textOfPlace[place]!;
    const text = table.otherSentences.get(sentence);
    if (text === undefined) throw new Error('sentenceFacts: the sentence is in neither the documents nor the alignments');
    return text;
  }

  /** The alignment a sentence of `doc` belongs to, if any (a sentence is in at most one: see `DetectorContext`). */
  alignmentOf(doc: AnalyzedDocument, sentence: AnalyzedSentence): AlignedGroup | undefined {
    const { groupOfPlace, others } = this.alignments();
    const place = this.placeOf(doc, sentence);
    return place >= 0 ? groupOfPlace[place] : others.get(sentence)?.group;
  }

  /**
   * The alignment a sentence of `doc` belongs to and the document its membership names, as {@link alignmentOf}
   * (`doc` itself for a sentence at its place in `doc`).
   */
  membershipOf(doc: AnalyzedDocument, sentence: AnalyzedSentence): Membership | undefined {
    const { groupOfPlace, others } = this.alignments();
    const place = this.placeOf(doc, sentence);
    if (place < 0) return others.get(sentence);
    const group = groupOfPlace[place];
    return group === undefined ? undefined : { group, doc };
  }

  /**
   * The place of a sentence among all sentences of the documents (document after document, in order), or -1 for
   * a sentence that is not at its place in one of them. Asked document by document: the last document's start
   * is kept, so that a run of questions about one document costs no map lookup.
   */
  private placeOf(doc: AnalyzedDocument, sentence: AnalyzedSentence): number {
    const places = this.places();
    let start: number;
    if (doc === places.lastDoc) start = places.lastStart;
    else {
      start = places.startOf.get(doc) ?? -1;
      places.lastDoc = doc;
      places.lastStart = start;
    }
    return start >= 0 && doc.sentences[sentence.index] === sentence ? start + sentence.index : -1;
  }

  private places(): Places {
    if (this.placeIndex === undefined) {
      const startOf = new Map<AnalyzedDocument, number>();
      let count = 0;
      for (const doc of this.context.documents) {
        startOf.set(doc, count);
        count += doc.sentences.length;
      }
      this.placeIndex = { startOf, count, lastDoc: undefined, lastStart: -1 };
    }
    return this.placeIndex;
  }

  private alignments(): Memberships {
    if (this.memberships === undefined) {
      const groupOfPlace = new Array<AlignedGroup | undefined>(this.places().count).fill(undefined);
      const others = new Map<AnalyzedSentence, Membership>();
      for (const group of this.context.alignments) {
        const members = group.members;
        for (let m = 0; m < members.length; m++) {
          const { doc, sentence } = members[m]!;
          // By the sentence's place, when it is at one (always, for a comparison's own): the member's document
          // is then the one asked about, and only the group is kept.
          const place = this.placeOf(doc, sentence);
          if (place >= 0) groupOfPlace[place] = group;
          else others.set(sentence, { group, doc });
        }
      }
      this.memberships = { groupOfPlace, others };
    }
    return this.memberships;
  }

  /**
   * For each key of a name some document mentions (`keyOf` of its normalized form: a surname, a blocking key), the
   * ids of the documents that mention it; only for the keys in `keys` when given (a caller that asks about a few
   * names saves gathering the documents of all). Each distinct name is keyed once, and the names are read once
   * for all keys.
   */
  documentsByNameKey(keyOf: (norm: string) => string, keys?: ReadonlySet<string>): Map<string, Set<string>> {
    const census = nameCensus(this.context);
    const docsOfName = (this.docsOfName ??= documentsOfNames(census, this.context.documents));
    const out = new Map<string, Set<string>>();
    for (let name = 0; name < census.norms.length; name++) {
      const key = keyOf(census.norms[name]!);
      if (keys !== undefined && !keys.has(key)) continue;
      const docs = docsOfName[name]!;
      const known = out.get(key);
      if (known === undefined) out.set(key, new Set(docs));
      else for (const d of docs) known.add(d);
    }
    return out;
  }

  private table(): TextTable {
    return (this.textTable ??= buildTextTable(this.context, this.places()));
  }
}

/** A sentence's place in an alignment: the group, and the document the member names. */
export interface Membership {
  group: AlignedGroup;
  doc: AnalyzedDocument;
}

/** The sentences of the documents numbered by place: document after document, each in order. */
interface Places {
  /** The place of the first sentence of each document. */
  startOf: Map<AnalyzedDocument, number>;
  count: number;
  /** The document last asked about, and its start (-1 when it is none of the documents). */
  lastDoc: AnalyzedDocument | undefined;
  lastStart: number;
}

interface TextTable {
  forms: Token[];
  /** The text number of each sentence, by place. */
  textOfPlace: Int32Array;
  /** Text numbers of sentences found elsewhere than at their place in a document. */
  otherSentences: Map<AnalyzedSentence, number>;
  /** The form numbers of all texts' tokens, text after text; `formsStart` has where each text's begin, and one more. */
  formNumbers: Int32Array;
  formsStart: Int32Array;
  /** The texts that hold each form, in increasing order. */
  textsOfForm: number[][];
}

/** The alignment of each sentence by place, and the memberships of sentences found elsewhere. */
interface Memberships {
  groupOfPlace: (AlignedGroup | undefined)[];
  others: Map<AnalyzedSentence, Membership>;
}

/**
 * Numbers the sentences' distinct texts (in order of first appearance: the documents' sentences by place, then
 * the alignments' other sentences) and the forms of their tokens. Texts are numbered first, keeping one sentence
 * of each; the form numbers then go into one array of the exact length.
 */
function buildTextTable(context: DetectorContext, places: Places): TextTable {
  const textOfPlace = new Int32Array(places.count);
  const otherSentences = new Map<AnalyzedSentence, number>();
  const firstOfText: AnalyzedSentence[] = [];
  const byText = new Map<string, number>();
  const numberOf = (s: AnalyzedSentence): number => {
    const own = endsInHighSurrogate(s.text);
    let text = own ? undefined : byText.get(s.text);
    if (text === undefined) {
      text = firstOfText.push(s) - 1;
      if (!own) byText.set(s.text, text);
    }
    return text;
  };
  let place = 0;
  for (const doc of context.documents) {
    const sentences = doc.sentences;
    for (let i = 0; i < sentences.length; i++, place++) {
      const s = sentences[i]!;
      const text = numberOf(s);
      textOfPlace[place] = text;
      // A sentence not at the place its index names is looked up by itself.
      if (s.index !== i) otherSentences.set(s, text);
    }
  }
  // Alignments hold the documents' sentences; a caller's own may hold others too.
  for (const g of context.alignments) {
    for (const { doc, sentence } of g.members) {
      const atPlace = doc.sentences[sentence.index] === sentence && places.startOf.has(doc);
      if (!atPlace && !otherSentences.has(sentence)) otherSentences.set(sentence, numberOf(sentence));
    }
  }
  const formsStart = new Int32Array(firstOfText.length + 1);
  for (let t = 0; t < firstOfText.length; t++) formsStart[t + 1] = formsStart[t]! + firstOfText[t]!.tokens.length;
  const formNumbers = new Int32Array(formsStart[firstOfText.length]!);
  const forms: Token[] = [];
  const textsOfForm: number[][] = [];
  const numbering: FormNumbering = { word: new Map(), number: new Map(), punct: new Map(), forms, textsOfForm };
  for (let t = 0; t < firstOfText.length; t++) numberForms(firstOfText[t]!.tokens, t, formNumbers, formsStart[t]!, numbering);
  return { forms, textOfPlace, otherSentences, formNumbers, formsStart, textsOfForm };
}

/** Form numbers by kind, then by normalized text, a token of each form and the texts that hold it. */
interface FormNumbering {
  word: Map<string, number>;
  number: Map<string, number>;
  punct: Map<string, number>;
  forms: Token[];
  textsOfForm: number[][];
}

/**
 * Numbers the tokens' forms of text `text` into `out` from `at`, adding forms not seen before, and lists the text
 * under each form (once: texts come in increasing order, so a form's list ends with the text when it has it).
 */
function numberForms(tokens: readonly Token[], text: number, out: Int32Array, at: number, numbering: FormNumbering): void {
  const textsOfForm = numbering.textsOfForm;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const kind = t.kind;
    const byNorm = kind === 'word' ? numbering.word : kind === 'number' ? numbering.number : numbering.punct;
    let n = byNorm.get(t.norm);
    if (n === undefined) {
      n = numbering.forms.push(t) - 1;
      byNorm.set(t.norm, n);
      textsOfForm.push([text]);
    } else {
      const texts = textsOfForm[n]!;
      if (texts[texts.length - 1] !== text) texts.push(text);
    }
    out[at + k] = n;
  }
}

/** By name number of the census, the ids of the documents that mention the name, in document order. */
function documentsOfNames(census: NameCensus, documents: readonly AnalyzedDocument[]): string[][] {
  const docsOf: string[][] = census.norms.map(() => []);
  census.namesOfDocument.forEach((names, d) => {
    for (const name of names) docsOf[name]!.push(documents[d]!.id);
  });
  return docsOf;
}

// Keyed by the context: a comparison hands the same one to every detector.
const factsOfContext = new WeakMap<DetectorContext, SentenceFacts>();

/** The shared facts of a comparison's sentences (worked out as first asked, then kept as long as the context lives). */
export function sentenceFacts(context: DetectorContext): SentenceFacts {
  let facts = factsOfContext.get(context);
  if (facts === undefined) factsOfContext.set(context, (facts = new SentenceFacts(context)));
  return facts;
}
