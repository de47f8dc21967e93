import { describe, expect, it } from 'vitest';
import type { AnalyzedSentence, NameMention } from '../../src/analysis.js';
import { analyzeDocument } from '../../src/analyze.js';
import { UnionFind } from '../../src/collections.js';
import { sameReferent } from '../../src/detect/name-groups.js';
import { buildReferentIndex } from '../../src/detect/referents.js';
import { peaceTalks } from '../fixtures.js';
import { analyzedDocument } from './documents.js';

/** A document whose one sentence names `norms` (the index reads only the names' normalized forms). */
function naming(id: string, norms: string[]) {
  const names = norms.map((norm) => ({ norm }) as NameMention);
  return analyzedDocument(id, '', [{ index: 0, names } as unknown as AnalyzedSentence]);
}

describe('referent index', () => {
  const norms = ['texas', 'tex', 'texarkana', 'new hampshire', 'nh', 'calif', 'california', 'us', 'united states', 'pokrovsk', 'pokrova', 'kramatorsk', 'kramer'];
  const index = buildReferentIndex([naming('a', norms.slice(0, 6)), naming('b', norms.slice(6))]);
  const referentOf = (norm: string): number => index.referentOfName(index.mentionNames[norms.indexOf(norm)]!);

  it('numbers the mentions in order and joins a short name with the names it abbreviates', () => {
    expect([...index.mentionNames]).toEqual(norms.map((_, i) => i));
    expect(referentOf('tex')).toBe(referentOf('texas'));
    expect(referentOf('tex')).toBe(referentOf('texarkana'));
    expect(referentOf('nh')).toBe(referentOf('new hampshire'));
    expect(referentOf('calif')).toBe(referentOf('california'));
    expect(referentOf('us')).toBe(referentOf('united states'));
  });

  it('keeps apart names that merely begin alike', () => {
    expect(referentOf('pokrovsk')).not.toBe(referentOf('pokrova'));
    expect(referentOf('kramatorsk')).not.toBe(referentOf('kramer'));
  });

  it('flags the documents that name a referent', () => {
    expect([...index.documentsNaming(referentOf('texas'))]).toEqual([1, 0]);
    expect([...index.documentsNaming(referentOf('calif'))]).toEqual([1, 1]);
    expect([...index.documentsNaming(referentOf('pokrovsk'))]).toEqual([0, 1]);
  });
});

describe('referent index against every pair', () => {
  it('joins only names that a chain of sameReferent answers links, whatever it remembers', () => {
    // The names of the bundled reports, and a few spellings, short forms and abbreviations of them.
    const documents = peaceTalks().map((d, i) => analyzeDocument(d, i));
    const extra = ['zelenskyy', 'zelenskiy', 'volodymyr', 'oleksandr zelensky', 'kaia kallas', 'kallas', 'kalas', 'estonian kaja kallas', 'steve witkov', 'witkov', 'trump tower', 'pokrova', 'kramer', 'kramatorsk', 'ukrainian', 'calif', 'california', 'tex', 'texas'];
    const all = [...documents, naming('extra', extra)];
    const index = buildReferentIndex(all);
    const mentions = all.flatMap((d) => d.sentences.flatMap((s) => s.names.map((n) => n.norm)));
    const norms = [...new Set(mentions)];
    expect(norms.length).toBeGreaterThan(50);
    // Every pair asked, without keys or remembered answers. The index asks fewer pairs (those that share a
    // blocking key), so its sets may be smaller, never larger.
    const aliases = new Set(all.flatMap((d) => d.aliases.flatMap(({ a, b }) => [`${a}|${b}`, `${b}|${a}`])));
    expect(aliases.size).toBeGreaterThan(0);
    const isAlias = (a: string, b: string): boolean => aliases.has(`${a}|${b}`);
    const sets = new UnionFind(norms.length);
    for (let a = 0; a < norms.length; a++) for (let b = a + 1; b < norms.length; b++) if (sameReferent(norms[a]!, norms[b]!, isAlias)) sets.union(a, b);
    const referentOf = new Map(mentions.map((norm, i) => [norm, index.referentOfName(index.mentionNames[i]!)]));
    let joined = 0;
    for (let a = 0; a < norms.length; a++) {
      for (let b = a + 1; b < norms.length; b++) {
        if (referentOf.get(norms[a]!) !== referentOf.get(norms[b]!)) continue;
        joined++;
        if (sets.find(a) !== sets.find(b)) expect.fail(`${norms[a]} / ${norms[b]}: joined by the index, not by sameReferent`);
      }
    }
    expect(joined).toBeGreaterThan(20);
  });
});
