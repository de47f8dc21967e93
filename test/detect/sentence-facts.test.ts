import { describe, expect, it } from 'vitest';
import type { AlignedGroup, AnalyzedDocument } from '../../src/analysis.js';
import { analyzeDocument } from '../../src/analyze.js';
import type { DetectorContext } from '../../src/detect/detector.js';
import { sentenceFacts } from '../../src/detect/sentence-facts.js';
import { validateOptions } from '../../src/validate.js';

const a = analyzeDocument({ id: 'a', text: 'Talks resumed in Geneva. Officials met Anna Berg on Monday.' }, 0);
const b = analyzeDocument({ id: 'b', text: 'Officials met Anna Berg on Monday. Talks stalled in Geneva.' }, 1);

function contextOf(documents: AnalyzedDocument[], alignments: AlignedGroup[] = []): DetectorContext {
  return { documents, alignments, options: validateOptions({}), similarity: () => 0 };
}

/** The normalized tokens of a text, read back through its form numbers. */
function wordsOfText(context: DetectorContext, text: number): string[] {
  const facts = sentenceFacts(context);
  const out: string[] = [];
  for (let k = facts.formsStart(text); k < facts.formsStart(text + 1); k++) out.push(facts.forms[facts.formNumbers[k]!]!.norm);
  return out;
}

describe('sentence facts', () => {
  it('numbers distinct texts in order of first appearance and their tokens by form', () => {
    const context = contextOf([a, b]);
    const facts = sentenceFacts(context);
    expect(facts.texts).toBe(3);
    expect(facts.textOf(a, a.sentences[0]!)).toBe(0);
    expect(facts.textOf(a, a.sentences[1]!)).toBe(1);
    expect(facts.textOf(b, b.sentences[0]!)).toBe(1);
    expect(facts.textOf(b, b.sentences[1]!)).toBe(2);
    expect(wordsOfText(context, 1)).toEqual(['officials', 'met', 'anna', 'berg', 'on', 'monday', '.']);
  });

  it('lists the texts of each form once, in increasing order', () => {
    const context = contextOf([a, b]);
    const facts = sentenceFacts(context);
    const formOf = (norm: string): number => facts.forms.findIndex((t) => t.norm === norm);
    expect(facts.textsWithForm(formOf('geneva'))).toEqual([0, 2]);
    expect(facts.textsWithForm(formOf('officials'))).toEqual([1]);
    expect(facts.textsWithForm(formOf('.'))).toEqual([0, 1, 2]);
    // Several forms: their texts merged, in order, each once.
    expect(facts.textsWithForms([formOf('geneva'), formOf('officials')])).toEqual([0, 1, 2]);
    expect(facts.textsWithForms([formOf('geneva'), formOf('.')])).toEqual([0, 1, 2]);
    expect(facts.textsWithForms([formOf('officials')])).toEqual([1]);
  });

  it('finds the alignment of a sentence by its place, and of a sentence held elsewhere by itself', () => {
    const loose = analyzeDocument({ id: 'c', text: 'Talks resumed in Geneva.' }, 2);
    const group: AlignedGroup = { id: 'a0', score: 1, members: [{ doc: a, sentence: a.sentences[1]! }, { doc: b, sentence: b.sentences[0]! }] };
    const other: AlignedGroup = { id: 'a1', score: 1, members: [{ doc: loose, sentence: loose.sentences[0]! }] };
    const context = contextOf([a, b], [group, other]);
    const facts = sentenceFacts(context);
    expect(facts.alignmentOf(b, b.sentences[0]!)).toBe(group);
    expect(facts.membershipOf(a, a.sentences[1]!)).toEqual({ group, doc: a });
    expect(facts.alignmentOf(a, a.sentences[0]!)).toBeUndefined();
    expect(facts.membershipOf(loose, loose.sentences[0]!)).toEqual({ group: other, doc: loose });
    // A sentence of a document outside the comparison has the text of the same words inside it.
    expect(facts.textOf(loose, loose.sentences[0]!)).toBe(facts.textOf(a, a.sentences[0]!));
  });

  it('gathers the documents of name keys, only for the keys asked about when given', () => {
    const context = contextOf([a, b]);
    const facts = sentenceFacts(context);
    const lastWord = (norm: string): string => norm.slice(norm.lastIndexOf(' ') + 1);
    const all = facts.documentsByNameKey(lastWord);
    expect(all.get('berg')).toEqual(new Set(['a', 'b']));
    const asked = facts.documentsByNameKey(lastWord, new Set(['berg']));
    expect([...asked.keys()]).toEqual(['berg']);
    expect(asked.get('berg')).toEqual(all.get('berg'));
  });
});
