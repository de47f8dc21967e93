import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AlignedGroup, AnalyzedDocument, QuoteMention } from '../../src/analysis.js';
import { segmentSentences } from '../../src/segment/index.js';
import { tokenize } from '../../src/text/tokenize.js';
import { extractQuantities } from '../../src/text/numbers.js';
import { extractNames, lowerCaseVocabulary } from '../../src/mentions/names.js';
import { sentenceSimilarity } from '../../src/align/similarity.js';
import { createUniqueDetector, uniqueDetector } from '../../src/detect/unique.js';
import type { Detector, DetectorContext, Finding } from '../../src/detect/detector.js';
import { peaceTalk } from '../fixtures.js';
import { analyzedDocument } from './documents.js';
import { validateOptions } from '../../src/validate.js';

/** A bundled report by its file name (the first three characters are its id). */
const example = (name: string): string => peaceTalk(name.slice(0, 3));

/** A document with the mentions the unique detector reads: tokens, numbers and names; quotes as given. */
function analyze(id: string, text: string, quotes: QuoteMention[] = []): AnalyzedDocument {
  const sentences = segmentSentences(text);
  const tokens = sentences.map((s) => tokenize(text, s.start, s.end));
  const lowerCase = lowerCaseVocabulary(tokens);
  return analyzedDocument(
    id,
    text,
    sentences.map((s, i) => ({
      ...s,
      tokens: tokens[i]!,
      quantities: s.role === 'furniture' ? [] : extractQuantities(tokens[i]!, text),
      names: s.role === 'text' ? extractNames(text, tokens[i]!, lowerCase) : [],
      dates: [],
    })),
    quotes,
  );
}

function context(documents: AnalyzedDocument[], alignments: AlignedGroup[] = []): DetectorContext {
  return {
    documents,
    alignments,
    options: validateOptions({}),
    similarity: (a, b) => sentenceSimilarity(a.sentence.text, b.sentence.text),
  };
}

function alignFragments(id: string, members: [AnalyzedDocument, string][]): AlignedGroup {
  return {
    id,
    score: 0.5,
    members: members.map(([doc, fragment]) => {
      const sentence = doc.sentences.find((s) => s.text.includes(fragment));
      if (!sentence) throw new Error(`no "${fragment}" in ${doc.id}`);
      return { doc, sentence };
    }),
  };
}

const run = (detector: Detector, docs: AnalyzedDocument[], alignments: AlignedGroup[] = []): Finding[] => detector.detect(context(docs, alignments));
const texts = (findings: Finding[]) => findings.map((f) => f.variants[0]!.text);

function checkFinding(f: Finding, docs: AnalyzedDocument[]): void {
  expect(f.kind).toBe('unique');
  expect(f.variants).toHaveLength(1);
  const span = f.variants[0]!.spans[0]!;
  const doc = docs.find((d) => d.id === span.docId)!;
  expect(doc.text.slice(span.start, span.end)).toBe(f.variants[0]!.text);
  expect(doc.sentences[span.sentence]!.role).toBe('text');
  expect(f.subject).toBe(`Only in ${doc.id}`);
}

describe('uniqueDetector on the peace-talks reports', () => {
  const docs = [
    analyze('000', example('000_3e5736599ecf1829')),
    analyze('001', example('001_ac05ff67ba5d1a5b')),
    analyze('002', example('002_55bbaaab72ef30d4')),
    analyze('003', example('003_d7746ce21e992e0e')),
    analyze('004', example('004_c03d9d5b242cb57b')),
  ];
  const generous = createUniqueDetector({ maxPerDocument: 100 });

  it('never reports furniture or headings ("Leave a Comment", "Report a Problem", "Related posts")', () => {
    const findings = run(generous, docs);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) checkFinding(f, docs);
    const all = texts(findings).join('\n');
    for (const line of ['Leave a Comment', 'Report a Problem', 'Related posts', 'Problem Reported', 'Thank you for your feedback', 'Help us improve', 'Also Read']) {
      expect(all).not.toContain(line);
    }
  });

  it('caps each report when asked to, and keeps the highest severities', () => {
    const all = run(generous, docs);
    const capped = run(createUniqueDetector({ maxPerDocument: 5 }), docs);
    const rank = { high: 3, medium: 2, low: 1 } as const;
    for (const doc of docs) {
      const mine = capped.filter((f) => f.subject === `Only in ${doc.id}`);
      const every = all.filter((f) => f.subject === `Only in ${doc.id}`);
      expect(mine.length).toBe(Math.min(5, every.length));
      const lowestKept = Math.min(...mine.map((f) => rank[f.severity]));
      const dropped = every.filter((f) => !mine.some((m) => m.variants[0]!.text === f.variants[0]!.text));
      for (const f of dropped) expect(rank[f.severity]).toBeLessThanOrEqual(lowestKept);
    }
    expect(run(createUniqueDetector({ maxPerDocument: 1 }), docs).length).toBeLessThanOrEqual(docs.length);
  });

  it('a number only 003 gives is a high finding; its sentence aligned with another report is none', () => {
    const towns = 'Both towns have been heavily contested for more than a year and are key nodes for Ukrainian logistics.';
    const found = run(generous, docs).find((f) => f.variants[0]!.text === towns);
    expect(found).toMatchObject({ severity: 'high', subject: 'Only in 003' });
    expect(found!.details!.carries).toEqual(['number', 'named actor']);
    const aligned = alignFragments('a1', [[docs[3]!, 'Both towns have been heavily contested'], [docs[4]!, 'nearly 18 months of fighting']]);
    expect(texts(run(generous, docs, [aligned]))).not.toContain(towns);
  });

  it('an alignment within one report does not make its sentences shared', () => {
    const towns = 'Both towns have been heavily contested for more than a year and are key nodes for Ukrainian logistics.';
    const self = alignFragments('a1', [[docs[3]!, 'Both towns have been heavily contested'], [docs[3]!, 'Ukraine strongly denied']]);
    expect(texts(run(generous, docs, [self]))).toContain(towns);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(run(uniqueDetector, docs))).toBe(JSON.stringify(run(uniqueDetector, docs)));
  });
});

describe('uniqueDetector, targeted cases', () => {
  const base = 'Officials met in Geneva on Monday to discuss the ceasefire plan for the region.';

  it('rates numbers high, named actors medium, and leaves bare sentences out', () => {
    const a = analyze('a', [base, 'The convoy carried 34 tonnes of grain across the border near Odesa.', 'Minister Anna Kovac resigned after the vote in parliament.', 'It was a long and difficult day for everyone involved in the talks.'].join('\n\n'));
    const b = analyze('b', base);
    const findings = run(uniqueDetector, [a, b]);
    expect(findings.map((f) => [f.severity, f.variants[0]!.text])).toEqual([
      ['high', 'The convoy carried 34 tonnes of grain across the border near Odesa.'],
      ['medium', 'Minister Anna Kovac resigned after the vote in parliament.'],
    ]);
    for (const f of findings) checkFinding(f, [a, b]);
  });

  it('a number another report gives is not unique, however the sentence is worded', () => {
    const a = analyze('a', 'The convoy carried 34 tonnes of grain across the border at night.');
    const b = analyze('b', 'Aid workers said 34 tonnes had arrived, a record for the month.');
    const findings = run(uniqueDetector, [a, b]);
    expect(findings.filter((f) => f.severity === 'high')).toEqual([]);
  });

  it('an attributed quote raises a named actor to high; a quote alone is left to the quote detector', () => {
    const text = 'Kovac told reporters in Kyiv: "We will not give up an inch of our land." "Nothing is settled yet."';
    const quoteStart = text.indexOf('We will');
    const quote: QuoteMention = { start: quoteStart, end: quoteStart + 'We will not give up an inch of our land.'.length, text: 'We will not give up an inch of our land.', sentence: 0, speaker: 'kovac', speakerText: 'Kovac' };
    const bare = text.indexOf('Nothing');
    const unattributed: QuoteMention = { start: bare, end: bare + 'Nothing is settled yet.'.length, text: 'Nothing is settled yet.', sentence: 1 };
    const a = analyze('a', `${text}\n\n${base}`, [quote, unattributed]);
    const findings = run(uniqueDetector, [a, analyze('b', base)]);
    expect(findings.map((f) => [f.severity, f.details!.carries])).toEqual([['high', ['attributed quote', 'named actor']]]);
    // When another report names Kovac, the quote is the quote detector's unique finding, not this one's.
    const namesKovac = analyze('b', `${base}\n\nMinister Anna Kovac left Geneva early to return to Kyiv.`);
    expect(run(uniqueDetector, [a, namesKovac]).filter((f) => f.subject === 'Only in a')).toEqual([]);
  });

  it('a close paraphrase in another report is not unique even when alignment left it out', () => {
    const a = analyze('a', 'Minister Anna Kovac resigned on Friday after the vote in parliament over the budget.');
    const b = analyze('b', 'Minister Anna Kovac resigned after the parliament vote over the budget on Friday.');
    expect(run(uniqueDetector, [a, b])).toEqual([]);
  });

  it('skips short lines and furniture', () => {
    const a = analyze('a', `Kovac resigned.\n\nAlso Read: Minister Anna Kovac Resigns After 34 Votes Against Her Budget Plan\n\n${base}`);
    expect(run(uniqueDetector, [a, analyze('b', base)])).toEqual([]);
  });
});

describe('uniqueDetector properties', () => {
  const piece = fc.constantFrom('Kovac', 'resigned', '34 tonnes', 'in Geneva', 'the', 'vote', 'said', '.', '\n\n', 'Leave a Comment', '"', 'on Monday');
  const text = fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 30 }).map((p) => p.join(' '));

  it('findings are single variants on text sentences whose spans slice back, at most the cap per document', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 4 }), (ta, tb, cap) => {
        const docs = [analyze('a', ta), analyze('b', tb)];
        const findings = run(createUniqueDetector({ maxPerDocument: cap }), docs);
        for (const f of findings) checkFinding(f, docs);
        for (const d of docs) expect(findings.filter((f) => f.subject === `Only in ${d.id}`).length).toBeLessThanOrEqual(cap);
      }),
      { numRuns: 60 },
    );
  });
});
