/**
 * What several detectors read of every sentence of one comparison, worked out once per comparison (on first use)
 * instead of once per detector: the sentences' distinct texts, their tokens as numbered forms, the alignment of
 * each sentence and the documents that mention each name.
 * @module
 */
import type { AlignedGroup, AnalyzedDocument, AnalyzedSentence } from '../analysis.js';
import type { Token, TokenKind } from '../text/tokenize.js';
import type { DetectorContext } from './detector.js';

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
  private memberships?: Memberships;
  /** The ids of the documents that mention each normalized name (each once: documents have unique ids). */
  private docsOfName?: Map<string, string[]>;

  constructor(private readonly context: DetectorContext) {}

  /** A token of each form, by form number: its kind, `norm` and `stem` are the form's (its text and case are its own). */
  get forms(): readonly Token[] {
    return this.table().forms;
  }

  /** How many distinct texts the sentences have. */
  get texts(): number {
    return this.table().formsOfText.length;
  }

  /**
   * The number of the text of a sentence of `doc` (0 to {@link texts} - 1, in order of first appearance), for a
   * sentence of the documents or the alignments. Looked up by the sentence's place in its document, which is
   * cheaper than by the sentence itself (callers ask for thousands).
   */
  textOf(doc: AnalyzedDocument, sentence: AnalyzedSentence): number {
    const table = this.table();
    if (doc.sentences[sentence.index] === sentence) {
      const texts = table.textsOfDocument.get(doc);
      if (texts !== undefined) return texts[sentence.index]!;
    }
    const text = table.otherSentences.get(sentence);
    if (text === undefined) throw new Error('sentenceFacts: the sentence is in neither the documents nor the alignments');
    return text;
  }

  /** The form number of each token of a sentence of `doc`, in order. */
  formsOf(doc: AnalyzedDocument, sentence: AnalyzedSentence): Int32Array {
    return this.table().formsOfText[this.textOf(doc, sentence)]!;
  }

  /** The form numbers of the tokens of a text, by text number. */
  formsOfText(text: number): Int32Array {
    return this.table().formsOfText[text]!;
  }

  /** The alignment a sentence of `doc` belongs to, if any (a sentence is in at most one: see `DetectorContext`). */
  alignmentOf(doc: AnalyzedDocument, sentence: AnalyzedSentence): AlignedGroup | undefined {
    return this.membershipOf(doc, sentence)?.group;
  }

  /** The alignment a sentence of `doc` belongs to and the document its membership names, as {@link alignmentOf}. */
  membershipOf(doc: AnalyzedDocument, sentence: AnalyzedSentence): Membership | undefined {
    const { byDocument, others } = this.alignments();
    return doc.sentences[sentence.index] === sentence ? byDocument.get(doc)?.[sentence.index] : others.get(sentence);
  }

  private alignments(): Memberships {
    if (this.memberships === undefined) {
      const byDocument = new Map<AnalyzedDocument, (Membership | undefined)[]>();
      const others = new Map<AnalyzedSentence, Membership>();
      for (const group of this.context.alignments) {
        for (const { doc, sentence } of group.members) {
          const membership = { group, doc };
          // By the sentence's place in the document it names, when it is there (always, for a comparison's own).
          if (doc.sentences[sentence.index] === sentence) {
            let list = byDocument.get(doc);
            if (list === undefined) byDocument.set(doc, (list = new Array<Membership | undefined>(doc.sentences.length)));
            list[sentence.index] = membership;
          } else {
            others.set(sentence, membership);
          }
        }
      }
      this.memberships = { byDocument, others };
    }
    return this.memberships;
  }

  /**
   * For each key of a name some document mentions (`keyOf` of its normalized form: a surname, a blocking key), the
   * ids of the documents that mention it. Each distinct name is keyed once, and the names are read once for all keys.
   */
  documentsByNameKey(keyOf: (norm: string) => string): Map<string, Set<string>> {
    if (this.docsOfName === undefined) {
      // A document names the same people again and again: a name's list grows only when the document changes.
      const byName = new Map<string, { docs: string[]; last: AnalyzedDocument }>();
      for (const doc of this.context.documents) {
        for (const s of doc.sentences) {
          for (const n of s.names) {
            const entry = byName.get(n.norm);
            if (entry === undefined) byName.set(n.norm, { docs: [doc.id], last: doc });
            else if (entry.last !== doc) {
              entry.docs.push(doc.id);
              entry.last = doc;
            }
          }
        }
      }
      this.docsOfName = new Map();
      for (const [norm, { docs }] of byName) this.docsOfName.set(norm, docs);
    }
    const out = new Map<string, Set<string>>();
    for (const [norm, docs] of this.docsOfName) {
      const key = keyOf(norm);
      const known = out.get(key);
      if (known === undefined) out.set(key, new Set(docs));
      else for (const d of docs) known.add(d);
    }
    return out;
  }

  private table(): TextTable {
    if (this.textTable === undefined) {
      const table: TextTable = {
        forms: [], numbers: { word: new Map(), number: new Map(), punct: new Map() }, textsOfDocument: new Map(), otherSentences: new Map(), formsOfText: [],
      };
      const byText = new Map<string, number>();
      const numberOf = (s: AnalyzedSentence): number => {
        let text = endsInHighSurrogate(s.text) ? undefined : byText.get(s.text);
        if (text === undefined) {
          text = table.formsOfText.push(numberForms(s.tokens, table)) - 1;
          if (!endsInHighSurrogate(s.text)) byText.set(s.text, text);
        }
        return text;
      };
      for (const doc of this.context.documents) {
        const texts = new Int32Array(doc.sentences.length);
        doc.sentences.forEach((s, i) => {
          texts[i] = numberOf(s);
          if (s.index !== i) table.otherSentences.set(s, texts[i]!);
        });
        table.textsOfDocument.set(doc, texts);
      }
      // Alignments hold the documents' sentences; a caller's own may hold others too.
      for (const g of this.context.alignments) {
        for (const { doc, sentence } of g.members) {
          const known = doc.sentences[sentence.index] === sentence && table.textsOfDocument.has(doc);
          if (!known && !table.otherSentences.has(sentence)) table.otherSentences.set(sentence, numberOf(sentence));
        }
      }
      this.textTable = table;
    }
    return this.textTable;
  }
}

/** A sentence's place in an alignment: the group, and the document the member names. */
export interface Membership {
  group: AlignedGroup;
  doc: AnalyzedDocument;
}

interface TextTable {
  forms: Token[];
  /** Form number by kind, then by normalized text. */
  numbers: Record<TokenKind, Map<string, number>>;
  /** The text number of each sentence of each document, by its place. */
  textsOfDocument: Map<AnalyzedDocument, Int32Array>;
  /** Text numbers of sentences found elsewhere than at their place in a document. */
  otherSentences: Map<AnalyzedSentence, number>;
  formsOfText: Int32Array[];
}

/** Alignment memberships by document and place, and of sentences found elsewhere. */
interface Memberships {
  byDocument: Map<AnalyzedDocument, (Membership | undefined)[]>;
  others: Map<AnalyzedSentence, Membership>;
}

/**
 * A text whose last unit opens a surrogate pair: the tokenizer may have read past it into the document, so its
 * tokens need not follow from the text alone. Such a sentence gets a text number of its own.
 */
export function endsInHighSurrogate(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c >= 0xd800 && c <= 0xdbff;
}

/** Numbers the tokens' forms, adding forms not seen before to the table. */
function numberForms(tokens: readonly Token[], table: TextTable): Int32Array {
  const out = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const byNorm = table.numbers[t.kind];
    let n = byNorm.get(t.norm);
    if (n === undefined) {
      n = table.forms.push(t) - 1;
      byNorm.set(t.norm, n);
    }
    out[k] = n;
  }
  return out;
}

// Keyed by the context: a comparison hands the same one to every detector.
const factsOfContext = new WeakMap<DetectorContext, SentenceFacts>();

/** The shared facts of a comparison's sentences (worked out as first asked, then kept as long as the context lives). */
export function sentenceFacts(context: DetectorContext): SentenceFacts {
  let facts = factsOfContext.get(context);
  if (facts === undefined) factsOfContext.set(context, (facts = new SentenceFacts(context)));
  return facts;
}
