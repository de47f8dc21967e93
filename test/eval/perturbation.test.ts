import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, type Discrepancy } from '../../src/index.js';
import { matchVariants } from '../../eval/score.js';
import { createRandom, OPERATIONS, perturb, perturbationTrials, type Perturbation, type PerturbationOperation } from '../../eval/perturb.js';

const SEED = 20251202;
const TRIALS = 200;

const reports = readdirSync('examples/peace-talks')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, 3), text: readFileSync(join('examples/peace-talks', f), 'utf8') }));

/** A finding reports the injected change when the original words stand in one variant and the new ones in another. */
function reportsChange(finding: Discrepancy, p: Perturbation): boolean {
  return finding.kind !== 'unique' && matchVariants(finding, [p.original, p.changed], { docs: ['original', 'perturbed'] }) !== undefined;
}

interface Outcome {
  docId: string;
  perturbation: Perturbation;
  found: boolean;
  /** Findings of the change beyond the first: the same change reported twice ("Steve Witkoff" and "Witkoff"). */
  duplicates: string[];
  /** Findings of the change, but none of the expected kind. */
  wrongKind: string[];
  unrelated: string[];
}

function runTrial(docId: string, text: string, p: Perturbation): Outcome {
  const report = compare([
    { id: 'original', text },
    { id: 'perturbed', text: p.text },
  ]);
  const related = p.expectedKind ? report.discrepancies.filter((f) => reportsChange(f, p)) : [];
  const found = related.some((f) => f.kind === p.expectedKind);
  return {
    docId,
    perturbation: p,
    found,
    duplicates: related.slice(1).map((f) => `[${f.kind}] ${f.summary}`),
    wrongKind: found ? [] : related.map((f) => `[${f.kind}] ${f.summary}`),
    unrelated: report.discrepancies.filter((f) => !related.includes(f)).map((f) => `[${f.kind}] ${f.summary}`),
  };
}

function summaryTable(outcomes: readonly Outcome[]): string {
  const rows = OPERATIONS.map((op) => {
    const mine = outcomes.filter((o) => o.perturbation.operation === op);
    const found = mine.filter((o) => o.found).length;
    const wrong = mine.filter((o) => o.wrongKind.length > 0).length;
    const unrelated = mine.reduce((n, o) => n + o.unrelated.length, 0);
    const duplicates = mine.reduce((n, o) => n + o.duplicates.length, 0);
    const recall = op === 'cosmetic' ? '   -  ' : `${((found / Math.max(1, mine.length)) * 100).toFixed(1).padStart(5)}%`;
    return `${op.padEnd(11)} ${String(mine.length).padStart(6)} ${String(found).padStart(6)} ${recall} ${String(wrong).padStart(10)} ${String(unrelated).padStart(9)} ${String(duplicates).padStart(10)}`;
  });
  return ['operation   trials  found  recall  wrong kind  unrelated  duplicates', ...rows].join('\n');
}

function failureSamples(outcomes: readonly Outcome[], perOperation = 4): string {
  const lines: string[] = [];
  for (const op of OPERATIONS) {
    const failed = outcomes.filter(
      (o) => o.perturbation.operation === op && ((op !== 'cosmetic' && !o.found) || o.unrelated.length > 0 || o.duplicates.length > 0),
    );
    for (const o of failed.slice(0, perOperation)) {
      lines.push(`${o.docId} ${o.perturbation.description}${o.found || op === 'cosmetic' ? '' : ' — NOT FOUND'}`);
      for (const w of o.wrongKind) lines.push(`    wrong kind: ${w}`);
      for (const u of o.unrelated.slice(0, 3)) lines.push(`    unrelated:  ${u}`);
      for (const d of o.duplicates.slice(0, 2)) lines.push(`    duplicate:  ${d}`);
    }
  }
  return lines.join('\n');
}

describe('perturbation generator', () => {
  it('draws the same trials from the same seed, every operation its share', () => {
    const a = perturbationTrials(reports, { seed: SEED, trials: 60 });
    const b = perturbationTrials(reports, { seed: SEED, trials: 60 });
    expect(a.map((t) => t.perturbation.description)).toEqual(b.map((t) => t.perturbation.description));
    expect(a).toHaveLength(60);
    for (const op of OPERATIONS) expect(a.filter((t) => t.perturbation.operation === op)).toHaveLength(10);
    expect(perturbationTrials(reports, { seed: SEED + 1, trials: 60 }).map((t) => t.perturbation.text)).not.toEqual(a.map((t) => t.perturbation.text));
  });

  it.each<[PerturbationOperation, RegExp]>([
    ['number', /^(\d+|[A-Za-z]+)$/],
    ['respell', /^\p{Lu}\p{Ll}+$/u],
    ['rename', /^\p{Lu}\p{Ll}+$/u],
    ['quote-word', /^[a-z]+$/],
    ['negate', /^not [a-z]+$/],
  ])('%s: changes one place, leaves the text before it alone', (operation, shape) => {
    const random = createRandom(SEED);
    for (const { text } of reports) {
      const p = perturb(text, { operation, random });
      if (!p) continue;
      expect(p.changed).toMatch(shape);
      expect(p.changed).not.toBe(p.original);
      expect(text.slice(p.at, p.at + p.original.length)).toBe(p.original);
      expect(p.text.slice(p.at, p.at + p.changed.length)).toBe(p.changed);
      expect(p.text.slice(0, p.at)).toBe(text.slice(0, p.at));
    }
  });

  it('keeps its promises on arbitrary text around real sentences (offsets, prefix, input untouched)', () => {
    const sentences = reports.flatMap((r) => r.text.split('\n').filter((l) => l.length > 40));
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom(...sentences),
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom(...OPERATIONS),
        fc.integer(),
        (before, sentence, after, operation, seed) => {
          const text = `${before}\n${sentence}\n${after}`;
          const copy = `${text}`;
          const p = perturb(text, { operation, random: createRandom(seed) });
          expect(text).toBe(copy);
          if (!p) return;
          expect(p.text).not.toBe(text);
          if (operation === 'cosmetic') return;
          expect(text.slice(p.at, p.at + p.original.length)).toBe(p.original);
          expect(p.text.slice(p.at, p.at + p.changed.length)).toBe(p.changed);
          expect(p.text.slice(0, p.at)).toBe(text.slice(0, p.at));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe(`perturbation suite: ${TRIALS} seeded trials over examples/peace-talks`, () => {
  it('finds ≥ 95% of injected changes with the right kind, ≤ 0.1 unrelated findings per trial, none on cosmetic copies', () => {
    const started = Date.now();
    const byId = new Map(reports.map((r) => [r.id, r.text]));
    const outcomes = perturbationTrials(reports, { seed: SEED, trials: TRIALS }).map((t) => runTrial(t.docId, byId.get(t.docId)!, t.perturbation));
    const changes = outcomes.filter((o) => o.perturbation.operation !== 'cosmetic');
    const cosmetic = outcomes.filter((o) => o.perturbation.operation === 'cosmetic');
    const recall = changes.filter((o) => o.found).length / changes.length;
    const unrelatedPerTrial = changes.reduce((n, o) => n + o.unrelated.length, 0) / changes.length;
    const cosmeticFindings = cosmetic.reduce((n, o) => n + o.unrelated.length, 0);
    const duplicates = changes.reduce((n, o) => n + o.duplicates.length, 0);
    console.log(
      `${summaryTable(outcomes)}\n` +
        `recall ${(recall * 100).toFixed(1)}% over ${changes.length} changes; unrelated findings per trial ${unrelatedPerTrial.toFixed(3)}; duplicates ${duplicates}; ` +
        `findings on ${cosmetic.length} cosmetic copies: ${cosmeticFindings}; ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
        failureSamples(outcomes),
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(unrelatedPerTrial).toBeLessThanOrEqual(0.1);
    expect(cosmeticFindings).toBe(0);
  }, 120_000);
});
