import { sentenceSimilarity } from '../../src/align/similarity.js';
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/analysis.js';
import { analyzeDocument } from '../../src/analyze.js';
import { compareWordings, foldSpelling, quoteDetector } from '../../src/detect/quote.js';
import type { DetectorContext, Finding } from '../../src/detect/detector.js';
import type { InputDocument } from '../../src/types.js';
import { peaceTalks } from '../fixtures.js';
import { validateOptions } from '../../src/validate.js';

function contextOf(docs: readonly InputDocument[]): DetectorContext {
  const documents: AnalyzedDocument[] = docs.map((d, i) => analyzeDocument(d, i)).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { documents, alignments: [], options: validateOptions({}), similarity: (a, b) => sentenceSimilarity(a.sentence.text, b.sentence.text) };
}

function detect(docs: readonly InputDocument[]): Finding[] {
  return quoteDetector.detect(contextOf(docs));
}

const all = peaceTalks();
const pick = (...ids: string[]): InputDocument[] => all.filter((d) => ids.includes(d.id));
const quoteFindings = (findings: readonly Finding[], subject: string): Finding[] =>
  findings.filter((f) => f.kind === 'quote' && f.subject === subject);
/** The variants of each quote finding of `subject`, as one line per finding ("a / b / c"). */
const quoteVariantLines = (docs: readonly InputDocument[], subject: string): string[] =>
  quoteFindings(detect(docs), subject).map((f) => f.variants.map((v) => v.text).join(' / '));

describe('quoteDetector on the bundled reports', () => {
  const findings = detect(all);

  it('finds Kallas quoted three ways, as a paraphrase with a word diff', () => {
    const [kallas, ...rest] = quoteFindings(findings, 'Kaja Kallas');
    expect(rest).toEqual([]);
    expect(kallas?.severity).toBe('medium');
    expect(kallas?.variants.map((v) => v.spans.map((s) => s.docId).join())).toEqual(['000', '003', '004']);
    expect(kallas?.variants[1]?.text).toBe('I fear pressure will be put on the weaker side.');
    expect(kallas?.details?.diff).toBe('I fear [-that the-] pressure [-is directed entirely at-] {+will be put on+} the [-victim-] {+weaker side+}');
    const quotes = kallas?.details?.quotes as string[];
    expect(quotes).toHaveLength(3);
    expect(quotes[1]?.startsWith('Russia wants to negotiate')).toBe(true);
  });

  it('does not report "finalized" vs "finalised" alone', () => {
    expect(quoteFindings(detect(pick('001', '004')), 'Emmanuel Macron')).toEqual([]);
  });

  it('reports "decided" vs "finalized" as a low-severity difference', () => {
    const [macron] = quoteFindings(detect(pick('001', '003')), 'Emmanuel Macron');
    expect(macron?.severity).toBe('low');
    expect(macron?.details?.diff).toContain('[-finalized-] {+decided+}');
  });

  it('gives a quote the value of the longer quote it is a stretch of (001 and 004 agree against 003)', () => {
    const [macron] = quoteFindings(findings, 'Emmanuel Macron');
    const docsOf = (text: string) => macron?.variants.find((v) => v.text.startsWith(text))?.spans.map((s) => s.docId);
    expect(macron?.variants).toHaveLength(3);
    expect(docsOf('only be finalized')).toEqual(['001']);
    expect(docsOf('could only be finalised')).toEqual(['004']);
    const value = (text: string) => macron?.variants.find((v) => v.text.startsWith(text))?.value;
    expect(value('only be finalized')).toBe(value('could only be finalised'));
    expect(value('Territorial questions')).not.toBe(value('only be finalized'));
  });

  it('reports Leavitt\'s dropped "that" as low and weighs down the scare quote "We feel optimistic"', () => {
    const leavitt = quoteFindings(findings, 'Karoline Leavitt');
    const hopeful = leavitt.find((f) => String(f.details?.diff).includes('hopeful'));
    expect(hopeful?.severity).toBe('low');
    expect(hopeful?.details?.diff).toContain('[-that-]');
    const optimistic = leavitt.find((f) => f !== hopeful);
    expect(optimistic?.confidence).toBeLessThan(0.5);
  });

  it('reports a long quote only one report carries as unique', () => {
    const unique = findings.filter((f) => f.kind === 'unique');
    const supplies = unique.find((f) => f.variants[0]?.text.startsWith('Supplies have stabilized'));
    expect(supplies).toMatchObject({ severity: 'medium', subject: 'Emmanuel Macron' });
    expect(supplies?.variants).toHaveLength(1);
    // Kallas's "I fear …" is carried by three reports: never unique.
    expect(unique.some((f) => f.variants[0]?.text.includes('weaker side'))).toBe(false);
  });

  it('gives spans that slice back exactly to the variant text, inside their sentence', () => {
    const context = contextOf(all);
    for (const f of findings) {
      for (const v of f.variants) {
        for (const s of v.spans) {
          const doc = context.documents.find((d) => d.id === s.docId)!;
          expect(doc.text.slice(s.start, s.end)).toBe(v.text);
          const sentence = doc.sentences[s.sentence]!;
          expect(s.start).toBeGreaterThanOrEqual(sentence.start);
          expect(s.end).toBeLessThanOrEqual(sentence.end);
        }
      }
    }
  });

  it('finds the same whatever the input order', () => {
    expect(JSON.stringify(detect([...all].reverse()))).toBe(JSON.stringify(findings));
  });

  it('finds nothing in one document', () => {
    expect(detect(pick('003'))).toEqual([]);
  });
});

describe('quote links', () => {
  it('lets a scare quote join one quote of its speaker, never bridge two different ones', () => {
    // After BASIL reports on Michael Flynn: the scare quote "Flynn" is in both statements.
    const docs = [
      { id: 'a', text: 'President Donald Trump spoke at the White House on Friday. "I feel badly for General Flynn," Trump said.' },
      { id: 'b', text: 'President Donald Trump spoke on Friday. "Flynn lied and it\u2019s like they ruined his life," Trump said.' },
      { id: 'c', text: 'President Donald Trump spoke on Friday. Trump said he felt badly for "Flynn," whose life was ruined.' },
      { id: 'd', text: 'President Donald Trump spoke on Friday. "Flynn lied and they destroyed his life," Trump said.' },
    ];
    // The quotes are Trump's; one finding holds the two wordings of the second statement, none holds both.
    for (const [i, d] of docs.entries()) expect(analyzeDocument(d, i).quotes.map((q) => q.speaker)).toEqual(['donald trump']);
    const texts = quoteVariantLines(docs, 'Donald Trump');
    expect(texts.filter((t) => t.includes('ruined his life') && t.includes('destroyed his life'))).toHaveLength(1);
    for (const t of texts) expect(t.includes('I feel badly') && t.includes('his life'), t).toBe(false);
  });
});

describe('quote pieces', () => {
  it('keeps the rest of a quote the segmenter split inside a nested quote', () => {
    // The segmenter ends a sentence after ‘no.’; the quote goes on in the next sentence.
    const docs = [
      { id: 'a', text: 'Mayor John Smith spoke on Monday. \u201CHe told me \u2018no.\u2019 Then we left the talks after the vote,\u201D Smith said.' },
      { id: 'b', text: 'Mayor John Smith spoke on Monday. \u201CThen we left the talks before the vote,\u201D Smith said.' },
    ];
    const lines = quoteVariantLines(docs, 'John Smith');
    expect(lines.filter((t) => t.includes('after the vote') && t.includes('before the vote'))).toHaveLength(1);
  });
});

describe('quote links by content', () => {
  const docs = [
    { id: 'a', text: 'RNC chairman Michael Steele spoke on Friday. "This is America\u2019s war," Steele said of Afghanistan.' },
    { id: 'b', text: 'RNC chairman Michael Steele spoke on Friday. "There is no question that America must win the war on terror," Steele said of Afghanistan.' },
    { id: 'c', text: 'RNC chairman Michael Steele spoke on Friday. "I think the GOP race has been, in many cases, a race to the bottom," Steele said.' },
    { id: 'd', text: 'RNC chairman Michael Steele spoke on Friday. Steele said the GOP race "has been a race to the bottom."' },
  ];
  it('does not take two statements for one on two shared content words', () => {
    for (const t of quoteVariantLines(docs, 'Michael Steele')) expect(t.includes('war'), t).toBe(false);
  });

  it('still links a quote with few content words that stands almost whole in the other', () => {
    const texts = quoteVariantLines(docs, 'Michael Steele');
    expect(texts.filter((t) => t.includes('has been a race to the bottom') && t.includes('in many cases'))).toHaveLength(1);
  });
});

describe('unique quotes', () => {
  const quoted = 'Mayor Anna Berg said on Monday. "The new bridge across the river will open to traffic before winter," Berg said.';
  const unique = (docs: InputDocument[]): Finding[] => detect(docs).filter((f) => f.kind === 'unique');

  it('reports a long quote of a speaker another report names, when no other report carries its words', () => {
    const found = unique([
      { id: 'a', text: quoted },
      { id: 'b', text: 'Mayor Anna Berg spoke to reporters at city hall about the budget.' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.subject).toBe('Anna Berg');
  });

  it('does not when another report carries the words unquoted, or never names the speaker', () => {
    const carried = 'Mayor Anna Berg said the new bridge across the river will open to traffic before winter.';
    expect(unique([{ id: 'a', text: quoted }, { id: 'b', text: carried }])).toEqual([]);
    expect(unique([{ id: 'a', text: quoted }, { id: 'b', text: 'The council met at city hall about the budget.' }])).toEqual([]);
  });

  it('counts words of the quoting report itself for nothing', () => {
    const self = `${quoted} Berg said the new bridge across the river will open to traffic before winter.`;
    expect(unique([{ id: 'a', text: self }, { id: 'b', text: 'Mayor Anna Berg spoke to reporters at city hall.' }])).toHaveLength(1);
  });
});

describe('quote comparison', () => {
  const words = (s: string) => s.split(' ').map((w) => ({ text: w, key: foldSpelling(w.toLowerCase()), spaced: true }));

  it('folds British spellings', () => {
    expect(['finalised', 'colour', 'analyse', 'centre', 'travelled', 'defence', 'organisation'].map(foldSpelling)).toEqual(
      ['finalized', 'color', 'analyze', 'center', 'traveled', 'defense', 'organization'],
    );
    expect(foldSpelling('four')).toBe('four');
    expect(foldSpelling('filled')).toBe('filled');
  });

  it('rates negation and numbers high, paraphrase medium, a word low', () => {
    expect(compareWordings(words('we will sign the deal'), words('we will not sign the deal')).severity).toBe('high');
    expect(compareWordings(words('we lost 30 soldiers'), words('we lost 40 soldiers')).severity).toBe('high');
    expect(compareWordings(words('we will not sign a deal that rewards aggression'), words('we cannot accept any agreement that rewards the aggressor')).severity).not.toBe('low');
    expect(compareWordings(words('only be finalized by him'), words('only be decided by him')).severity).toBe('low');
  });

  it('writes a possessive joined to its word, as in the text', () => {
    const tokens = [{ text: 'Kyiv', key: 'kyiv', spaced: true }, { text: "'s", key: "'s", spaced: false }, { text: 'plan', key: 'plan', spaced: true }];
    expect(compareWordings(tokens, tokens).diff).toBe("Kyiv's plan");
  });

  it('does not count words only one side has at either end', () => {
    const c = compareWordings(words('the talks will go on'), words('and the talks will go on until Friday'));
    expect(c.severity).toBe('low');
    expect(c.diff).toBe('{+and+} the talks will go on {+until Friday+}');
  });
});
