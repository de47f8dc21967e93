import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, type Discrepancy, type DiscrepancyKind } from '../../src/index.js';
import { GoldFormatError, loadGold, parseGold, type Gold } from '../../eval/gold.js';
import { containsPhrase, documentMatches, formatResult, hitsTrap, matchVariants, passes, scoreReport, type ScoredFinding } from '../../eval/score.js';

const GOLD_PATH = 'examples/peace-talks.gold.json';

function readReports(dir: string): { id: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.slice(0, -4), text: readFileSync(join(dir, f), 'utf8') }));
}

/** A finding built by hand: each variant is [text, ...docs]. */
function finding(kind: DiscrepancyKind, ...variants: [string, ...string[]][]): ScoredFinding {
  return {
    kind,
    summary: `${kind}: ${variants.map((v) => v[0]).join(' vs ')}`,
    variants: variants.map(([text, ...docs]) => ({ text, docs, spans: [] })),
  };
}

describe('containsPhrase', () => {
  it('matches whole words, ignoring case, typographic marks and line breaks', () => {
    expect(containsPhrase('the nearly four-year conflict', 'Four-Year')).toBe(true);
    expect(containsPhrase('We\u2019re hopeful', "we're hopeful")).toBe(true);
    expect(containsPhrase('the most\n  difficult', 'most difficult')).toBe(true);
    expect(containsPhrase('\u201CConstructive\u201D', '"constructive"')).toBe(true);
  });

  it('does not match inside a longer word or number', () => {
    expect(containsPhrase('Russia', 'US')).toBe(false);
    expect(containsPhrase('270 people', '27')).toBe(false);
    expect(containsPhrase('Steve Witkoff', 'Witkof')).toBe(false);
    expect(containsPhrase('the U.S. plan', 'U.S.')).toBe(true);
    expect(containsPhrase('anything', '')).toBe(false);
  });
});

describe('documentMatches', () => {
  it('takes a full id or the part before the first underscore', () => {
    expect(documentMatches('002', '002_55bbaaab72ef30d4')).toBe(true);
    expect(documentMatches('002_55bbaaab72ef30d4', '002_55bbaaab72ef30d4')).toBe(true);
    expect(documentMatches('00', '002_55bbaaab72ef30d4')).toBe(false);
    expect(documentMatches('002', '0023')).toBe(false);
  });
});

describe('matchVariants', () => {
  it('puts each string in a different variant', () => {
    const f = finding('spelling', ['Steve Witkoff', 'a'], ['Steve Witkof', 'b']);
    expect(matchVariants(f, ['Witkof', 'Witkoff'])).toEqual([1, 0]);
    expect(matchVariants(finding('spelling', ['Witkoff and Witkof', 'a']), ['Witkof', 'Witkoff'])).toBeUndefined();
  });

  it('backtracks when the first choice blocks a later string', () => {
    // "President" fits both variants; only "former President" fits the first.
    const f = finding('title', ['former President', '001'], ['President', '002']);
    expect(matchVariants(f, ['President', 'former President'])).toEqual([1, 0]);
  });

  it('counts wordings of one value as one variant', () => {
    const f: ScoredFinding = {
      kind: 'quote',
      summary: 'Macron',
      variants: [
        { text: 'can only be decided by President Zelensky', value: 'decided', docs: ['003'], spans: [] },
        { text: 'only be finalized by President Zelensky', value: 'finalized', docs: ['001'], spans: [] },
        { text: 'could only be finalised by President Zelensky', value: 'finalized', docs: ['004'], spans: [] },
      ],
    };
    expect(matchVariants(f, ['finalized', 'finalised'])).toBeUndefined();
    expect(matchVariants(f, ['decided', 'finalised'], { docs: ['003', '004'] })).toEqual([0, 1]);
  });

  it('requires the referenced documents to carry a matched variant', () => {
    const f = finding('number', ['27 points', '002_x'], ['28 points', '003_y']);
    expect(matchVariants(f, ['27', '28'], { docs: ['002', '003'] })).toEqual([0, 1]);
    expect(matchVariants(f, ['27', '28'], { docs: ['004'] })).toBeUndefined();
  });
});

describe('hitsTrap', () => {
  const trap = { id: 'alias', variants: ['Pokrovsk', 'Krasnoarmeysk'] as [string, string] };
  it('is hit by a finding with both strings in distinct variants', () => {
    expect(hitsTrap(finding('name', ['Pokrovsk', 'a'], ['Krasnoarmeysk', 'b']), trap)).toBe(true);
  });
  it('is not hit when both stand in one variant, or by unique claims', () => {
    expect(hitsTrap(finding('name', ['Pokrovsk (Krasnoarmeysk)', 'a'], ['Bakhrovsk', 'b']), trap)).toBe(false);
    expect(hitsTrap(finding('unique', ['Pokrovsk, known as Krasnoarmeysk', 'a']), trap)).toBe(false);
  });
});

describe('scoreReport', () => {
  const gold: Gold = {
    documents: 'x',
    expected: [
      { id: 'points', kind: 'number', variants: ['27', '28'] },
      { id: 'town', kind: 'name', variants: ['Bakhrovsk', 'Pokrovsk'], docs: ['000'] },
      { id: 'missed', kind: 'quote', variants: ['most difficult', 'most complicated'] },
    ],
    traps: [{ id: 'alias', variants: ['Pokrovsk', 'Krasnoarmeysk'] }],
  };
  const findings = [
    finding('number', ['27-point', '002'], ['28-point', '003']),
    finding('spelling', ['Bakhrovsk', '000_a'], ['Pokrovsk', '001_b']),
    finding('name', ['Krasnoarmeysk', '001_b'], ['Pokrovsk', '003_c']),
    finding('unique', ['Supplies have stabilized', '004']),
  ];
  const result = scoreReport(gold, { discrepancies: findings as Discrepancy[] });

  it('computes recall over expected entries and kind accuracy over matched ones', () => {
    expect(result.recall).toBeCloseTo(2 / 3);
    expect(result.kindAccuracy).toBeCloseTo(1 / 2);
    expect(result.foundRightKind).toBe(1);
    expect(result.expected.map((e) => [e.id, e.matched, e.rightKind, e.foundKinds])).toEqual([
      ['points', true, true, ['number']],
      ['town', true, false, ['spelling']],
      ['missed', false, false, []],
    ]);
  });

  it('counts traps, findings by kind and findings the gold does not mention', () => {
    expect(result.trapsHit).toBe(1);
    expect(result.traps[0]!.by).toEqual(['name: Krasnoarmeysk vs Pokrovsk']);
    expect(result.findingsByKind).toMatchObject({ number: 1, spelling: 1, name: 1, unique: 1, quote: 0 });
    expect(result.unmatched.map((f) => f.kind)).toEqual(['name', 'unique']);
    expect(passes(result)).toBe(false);
  });

  it('prints the numbers and every miss', () => {
    const text = formatResult(result, { verbose: true });
    expect(text).toContain('recall          66.7% (2/3 expected matched)');
    expect(text).toContain('kind accuracy   50.0% (1/2 with the right kind)');
    expect(text).toContain('traps hit       1/1');
    expect(text).toContain('wrong kind  town: expected name, found spelling');
    expect(text).toContain('missed      missed (quote)');
    expect(text).toContain('not in gold [unique] unique: Supplies have stabilized');
  });

  it('scores an empty gold and an empty report as perfect, without dividing by zero', () => {
    const empty = scoreReport({ documents: 'x', expected: [], traps: [] }, { discrepancies: [] });
    expect([empty.recall, empty.kindAccuracy, passes(empty)]).toEqual([1, 1, true]);
  });
});

describe('parseGold', () => {
  const valid = { documents: 'd', expected: [{ id: 'a', kind: 'number', variants: ['1', '2'] }], traps: [] };

  it('accepts a valid file and copies it', () => {
    const gold = parseGold(valid);
    expect(gold.expected[0]).toEqual({ id: 'a', kind: 'number', variants: ['1', '2'] });
    expect(gold.expected[0]!.variants).not.toBe(valid.expected[0]!.variants);
  });

  it.each([
    [{ ...valid, documents: '' }, 'documents'],
    [{ ...valid, expected: [{ id: 'a', kind: 'colour', variants: ['1', '2'] }] }, 'expected[0].kind'],
    [{ ...valid, expected: [{ id: 'a', kind: 'number', variants: ['1'] }] }, 'expected[0].variants'],
    [{ ...valid, expected: [{ id: 'a', kind: 'unique', variants: ['1', '2'] }] }, 'expected[0].variants'],
    [{ ...valid, expected: [{ id: 'a', kind: 'number', variants: ['1', 2] }] }, 'expected[0].variants[1]'],
    [{ ...valid, expected: [{ id: 'a', kind: 'number', variants: ['1', '2'], doc: ['x'] }] }, 'expected[0].doc'],
    [{ ...valid, traps: [{ id: 't', variants: ['a', 'b', 'c'] }] }, 'traps[0].variants'],
    [{ ...valid, traps: [{ id: 'a', variants: ['a', 'b'] }] }, 'a'],
    [[], 'gold'],
  ])('rejects %j at %s', (json, path) => {
    let error: unknown;
    try {
      parseGold(json);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GoldFormatError);
    expect((error as GoldFormatError).path).toBe(path);
  });
});

describe('the shipped gold file of examples/peace-talks', () => {
  const gold = loadGold(GOLD_PATH);
  const reports = readReports(gold.documents);

  it('annotates every kind a careful editor flags there, and many traps', () => {
    const kinds = new Set(gold.expected.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['name', 'number', 'quote', 'spelling', 'title', 'unique']);
    expect(gold.traps.length).toBeGreaterThanOrEqual(20);
  });

  it('only uses strings that stand in the reports it names', () => {
    for (const entry of [...gold.expected, ...gold.traps]) {
      const docs = 'docs' in entry && entry.docs ? entry.docs : [];
      for (const ref of docs) expect(reports.some((r) => documentMatches(ref, r.id)), `${entry.id}: ${ref}`).toBe(true);
      for (const value of entry.variants) {
        expect(reports.some((r) => containsPhrase(r.text, value)), `${entry.id}: "${value}"`).toBe(true);
      }
    }
  });

  it('is met by compare(): every expected finding with its kind, no trap hit', () => {
    const result = scoreReport(gold, compare(reports));
    console.log(`peace-talks gold\n${formatResult(result, { verbose: true })}`);
    expect(result.expected.filter((e) => !e.rightKind).map((e) => `${e.id}: ${e.foundKinds.join('/') || 'missed'}`)).toEqual([]);
    expect(result.traps.filter((t) => t.hit).map((t) => `${t.id}: ${t.by.join(' | ')}`)).toEqual([]);
  });
});
