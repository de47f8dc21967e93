import { describe, expect, it } from 'vitest';
import type { AnalyzedSentence, NameMention } from '../../src/analysis.js';
import { buildReferentIndex } from '../../src/detect/referents.js';
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
