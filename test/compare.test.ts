import { describe, expect, it } from 'vitest';
import { compare, type Discrepancy, type Report } from '../src/index.js';
import { peaceTalks } from './fixtures.js';

const report = compare(peaceTalks());

function findingWith(r: Report, kind: string, ...texts: string[]): Discrepancy | undefined {
  return r.discrepancies.find(
    (d) => d.kind === kind && texts.every((t) => d.variants.some((v) => v.text.toLowerCase().includes(t.toLowerCase()))),
  );
}

describe('compare on the bundled example', () => {
  it('finds 27 vs 28 points as a number discrepancy', () => {
    const d = findingWith(report, 'number', '27', '28');
    expect(d, JSON.stringify(report.discrepancies.map((x) => x.summary))).toBeDefined();
  });

  it('finds Bakhrovsk vs Pokrovsk as a name discrepancy, with 000 as the outlier', () => {
    const d = findingWith(report, 'name', 'Bakhrovsk', 'Pokrovsk');
    expect(d).toBeDefined();
    expect(d!.variants.find((v) => v.text === 'Bakhrovsk')!.docs).toEqual(['000']);
    const pokrovsk = new Set(d!.variants.filter((v) => v.text === 'Pokrovsk').flatMap((v) => v.docs));
    expect(pokrovsk.size).toBeGreaterThanOrEqual(3);
    expect(d!.outlier).toEqual(['000']);
    expect(d!.summary).toMatch(/^Town: "Bakhrovsk" \(000\) vs "Pokrovsk" \(/);
  });

  it('finds Kaia vs Kaja and Vovchansk vs Vovshansk as spelling discrepancies', () => {
    expect(findingWith(report, 'spelling', 'Kaia', 'Kaja')).toBeDefined();
    expect(findingWith(report, 'spelling', 'Vovchansk', 'Vovshansk')).toBeDefined();
  });

  it('does not report Pokrovsk vs Krasnoarmeysk, which the reports declare as one town', () => {
    const bad = report.discrepancies.filter(
      (d) => d.kind !== 'unique' && d.variants.some((v) => /Pokrovsk/.test(v.text)) && d.variants.some((v) => /Krasnoarmeysk/.test(v.text)),
    );
    expect(bad).toEqual([]);
  });

  it('aligns across all documents, one sentence per document per group unless split', () => {
    expect(report.alignments.length).toBeGreaterThan(5);
    const wide = report.alignments.filter((a) => new Set(a.members.map((m) => m.docId)).size >= 4);
    expect(wide.length).toBeGreaterThan(0);
    for (const a of report.alignments) {
      const perDoc = new Map<string, number[]>();
      for (const m of a.members) perDoc.set(m.docId, [...(perDoc.get(m.docId) ?? []), m.sentence]);
      for (const sentences of perDoc.values()) {
        expect(sentences.length).toBeLessThanOrEqual(2);
        if (sentences.length === 2) expect(Math.abs(sentences[0]! - sentences[1]!)).toBe(1);
      }
    }
  });

  it('writes one readable summary line per discrepancy and stable ids', () => {
    for (const d of report.discrepancies) {
      expect(d.summary).not.toContain('\n');
      expect(d.id).toMatch(/^[a-z]+-[0-9a-f]{8}$/);
    }
    expect(new Set(report.discrepancies.map((d) => d.id)).size).toBe(report.discrepancies.length);
  });
});

describe('unique findings per report', () => {
  it('are capped by uniquePerDocument (default 3), most severe first, for sentences and quotes alike', () => {
    const perDoc = (r: Report) => {
      const counts = new Map<string, number>();
      for (const d of r.discrepancies) if (d.kind === 'unique') counts.set(d.variants[0]!.docs[0]!, (counts.get(d.variants[0]!.docs[0]!) ?? 0) + 1);
      return Math.max(...counts.values());
    };
    expect(perDoc(report)).toBe(3);
    expect(perDoc(compare(peaceTalks(), { uniquePerDocument: 1 }))).toBe(1);
    expect(perDoc(compare(peaceTalks(), { uniquePerDocument: 10 }))).toBeGreaterThan(3);
  });
});

describe('determinism', () => {
  it('gives the same bytes for the same input', () => {
    expect(JSON.stringify(compare(peaceTalks()))).toBe(JSON.stringify(report));
  });

  it('finds the same discrepancies whatever the order of the documents', () => {
    const reversed = compare([...peaceTalks()].reverse());
    const key = (r: Report) => r.discrepancies.map((d) => d.id).sort();
    expect(key(reversed)).toEqual(key(report));
    const rotated = peaceTalks();
    rotated.push(rotated.shift()!);
    expect(key(compare(rotated))).toEqual(key(report));
  });
});

/** Re-wraps paragraphs at a width, curls straight quotes (and straightens curly ones), doubles some spaces. */
function cosmetic(text: string): string {
  const swapQuotes = (s: string) =>
    s.replace(/[“”]/g, '\u0000').replace(/"/g, (_, i: number) => (/\S/.test(s.charAt(i - 1) || ' ') ? '”' : '“')).replace(/\u0000/g, '"').replace(/[’]/g, "'");
  return text
    .split(/\n/)
    .map((line) => {
      const words = swapQuotes(line).split(/ +/);
      const out: string[] = [];
      let current = '';
      for (const w of words) {
        if (current.length + w.length > 72 && current.length > 0) {
          out.push(current);
          current = w;
        } else current = current ? `${current}  ${w}` : w;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n\n');
}

describe('no discrepancies between copies', () => {
  it('finds nothing between two identical documents', () => {
    const [doc] = peaceTalks();
    const r = compare([doc!, { ...doc!, id: 'copy' }]);
    expect(r.discrepancies).toEqual([]);
  });

  it('finds nothing between a report and a copy that differs in white space, wrapping and quote style', () => {
    for (const doc of peaceTalks()) {
      const r = compare([doc, { id: 'copy', text: cosmetic(doc.text) }]);
      expect(r.discrepancies.map((d) => d.summary), doc.id).toEqual([]);
    }
  });
});
