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
  private groupOfSentence?: Map<AnalyzedSentence, AlignedGroup>;
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
   * The number of the sentence's text (0 to {@link texts} - 1, in order of first appearance), for a sentence of the
   * documents or the alignments.
   */
  textOf(sentence: AnalyzedSentence): number {
    const text = this.table().textOfSentence.get(sentence);
    if (text === undefined) throw new Error('sentenceFacts: the sentence is in neither the documents nor the alignments');
    return text;
  }

  /** The form number of each token of the sentence, in order. */
  formsOf(sentence: AnalyzedSentence): Int32Array {
    return this.table().formsOfText[this.textOf(sentence)]!;
  }

  /** The form numbers of the tokens of a text, by text number. */
  formsOfText(text: number): Int32Array {
    return this.table().formsOfText[text]!;
  }

  /** The alignment the sentence belongs to, if any (the last one listed, should several hold it). */
  alignmentOf(sentence: AnalyzedSentence): AlignedGroup | undefined {
    if (this.groupOfSentence === undefined) {
      this.groupOfSentence = new Map();
      for (const g of this.context.alignments) for (const m of g.members) this.groupOfSentence.set(m.sentence, g);
    }
    return this.groupOfSentence.get(sentence);
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
      const table: TextTable = { forms: [], numbers: { word: new Map(), number: new Map(), punct: new Map() }, textOfSentence: new Map(), formsOfText: [] };
      const byText = new Map<string, number>();
      const add = (s: AnalyzedSentence): void => {
        let text = endsInHighSurrogate(s.text) ? undefined : byText.get(s.text);
        if (text === undefined) {
          text = table.formsOfText.push(numberForms(s.tokens, table)) - 1;
          if (!endsInHighSurrogate(s.text)) byText.set(s.text, text);
        }
        table.textOfSentence.set(s, text);
      };
      for (const doc of this.context.documents) for (const s of doc.sentences) add(s);
      // Alignments hold the documents' sentences; a caller's own may hold others too.
      for (const g of this.context.alignments) for (const m of g.members) if (!table.textOfSentence.has(m.sentence)) add(m.sentence);
      this.textTable = table;
    }
    return this.textTable;
  }
}

interface TextTable {
  forms: Token[];
  /** Form number by kind, then by normalized text. */
  numbers: Record<TokenKind, Map<string, number>>;
  textOfSentence: Map<AnalyzedSentence, number>;
  formsOfText: Int32Array[];
}

/**
 * A text whose last unit opens a surrogate pair: the tokenizer may have read past it into the document, so its
 * tokens need not follow from the text alone. Such a sentence gets a text number of its own.
 */
function endsInHighSurrogate(text: string): boolean {
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
