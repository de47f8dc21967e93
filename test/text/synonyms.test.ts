import { describe, expect, it } from 'vitest';
import { conceptOf, oppositesOf, phraseConceptOf } from '../../src/text/synonyms.js';
import { stem } from '../../src/text/stem.js';

const concept = (word: string): string | undefined => conceptOf(stem(word));

describe('synonyms', () => {
  it('puts news paraphrases in one concept', () => {
    expect(concept('killed')).toBe(concept('dead'));
    expect(concept('blast')).toBe(concept('explosion'));
    expect(concept('detained')).toBe(concept('arrested'));
    expect(concept('quake')).toBe(concept('earthquake'));
    expect(concept('talks')).toBe(concept('negotiations'));
    expect(concept('airstrike')).toBe(concept('strike'));
  });

  it('keeps unrelated words apart and unknown words out', () => {
    expect(concept('killed')).not.toBe(concept('arrested'));
    expect(concept('kremlin')).toBeUndefined();
  });

  it('maps two-word phrases to the concept of their short form', () => {
    expect(phraseConceptOf(stem('prime'), stem('minister'))).toBe(concept('pm'));
    expect(phraseConceptOf(stem('united'), stem('states'))).toBe(concept('us'));
    expect(phraseConceptOf(stem('prime'), stem('time'))).toBeUndefined();
  });

  it('knows opposites, both ways', () => {
    expect(oppositesOf(concept('rises') ?? '')).toContain(concept('falls'));
    expect(oppositesOf(concept('falls') ?? '')).toContain(concept('rises'));
    expect(oppositesOf(stem('acquitted'))).toContain(stem('convicted'));
    expect(oppositesOf(concept('killed') ?? '')).toEqual([]);
  });
});
