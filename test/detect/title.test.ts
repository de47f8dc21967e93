import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/analysis.js';
import { analyzeDocument } from '../../src/analyze.js';
import { titleDetector, titlesAgree } from '../../src/detect/title.js';
import type { DetectorContext, Finding } from '../../src/detect/detector.js';
import type { InputDocument } from '../../src/types.js';
import { peaceTalks } from '../fixtures.js';
import { validateOptions } from '../../src/validate.js';

function detect(docs: readonly InputDocument[]): Finding[] {
  const documents: AnalyzedDocument[] = docs.map((d, i) => analyzeDocument(d, i)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const context: DetectorContext = { documents, alignments: [], options: validateOptions({}), similarity: () => 0 };
  return titleDetector.detect(context);
}

const all = peaceTalks();

describe('titleDetector on the bundled reports', () => {
  const findings = detect(all);

  it('finds exactly the two title conflicts: Kallas and Trump', () => {
    expect(findings.map((f) => f.subject).sort()).toEqual(['Donald Trump', 'Kaja Kallas']);
  });

  it('groups Kallas\'s titles: EU foreign policy chief (000, 001, 004) vs Estonian Prime Minister (003)', () => {
    const kallas = findings.find((f) => f.subject === 'Kaja Kallas')!;
    expect(kallas.kind).toBe('title');
    // One variant per exact wording; wordings that agree share a value.
    expect(kallas.variants.map((v) => [v.text, v.value, v.spans.map((s) => s.docId).join()])).toEqual([
      ['EU foreign policy chief', 'eu foreign policy chief', '000,004'],
      ['EU Foreign Policy Chief', 'eu foreign policy chief', '001'],
      ['Estonian Prime Minister', 'estonian prime minister', '003'],
    ]);
    expect(kallas.severity).toBe('medium');
  });

  it('tells "former President" from "President" for Donald Trump', () => {
    const trump = findings.find((f) => f.subject === 'Donald Trump')!;
    expect(trump.variants.map((v) => [v.text, v.value, v.spans.map((s) => s.docId).join()])).toEqual([
      ['President', 'president', '002,003'],
      ['US President', 'president', '004'],
      ['former President', 'former president', '001'],
    ]);
  });

  it('gives spans that slice back exactly to the titles', () => {
    const byId = new Map(all.map((d) => [d.id, d.text]));
    for (const f of findings) for (const v of f.variants) for (const s of v.spans) expect(byId.get(s.docId)!.slice(s.start, s.end)).toBe(v.text);
  });

  it('finds the same whatever the input order', () => {
    expect(JSON.stringify(detect([...all].reverse()))).toBe(JSON.stringify(findings));
  });
});

describe('titleDetector on targeted cases', () => {
  it('ignores honorifics, case and affiliations', () => {
    const findings = detect([
      { id: 'a', text: 'UK Prime Minister Sir Keir Starmer spoke on Monday.' },
      { id: 'b', text: 'Prime Minister Keir Starmer spoke on Monday.' },
      { id: 'c', text: 'New UK prime minister Keir Starmer spoke on Monday.' },
    ]);
    expect(findings).toEqual([]);
  });

  it('reports a person given two offices', () => {
    const [f] = detect([
      { id: 'a', text: 'Defense Secretary John Smith arrived on Monday.' },
      { id: 'b', text: 'Secretary of State John Smith arrived on Monday.' },
    ]);
    expect(f?.subject).toBe('John Smith');
    expect(f?.variants.map((v) => v.value)).toEqual(['defense secretary', 'secretary of state']);
    expect(f?.severity).toBe('medium');
  });

  it('does not report a second title that a report gives next to the shared one', () => {
    const findings = detect([
      { id: 'a', text: 'US special envoy Steve Witkoff arrived. Witkoff, the chief negotiator, spoke.' },
      { id: 'b', text: 'US special envoy Steve Witkoff arrived.' },
    ]);
    expect(findings).toEqual([]);
  });
});

describe('titlesAgree', () => {
  it('accepts sub-phrases, affiliations and "new"', () => {
    expect(titlesAgree('uk prime minister', 'prime minister')).toBe(true);
    expect(titlesAgree('new uk prime minister', 'uk prime minister')).toBe(true);
    expect(titlesAgree('us special envoy', 'special envoy')).toBe(true);
    expect(titlesAgree('kremlin spokesman', 'spokeswoman')).toBe(true);
  });

  it('rejects rank changes and different offices', () => {
    expect(titlesAgree('former president', 'president')).toBe(false);
    expect(titlesAgree('vice president', 'president')).toBe(false);
    expect(titlesAgree('eu foreign policy chief', 'estonian prime minister')).toBe(false);
  });
});
