import { describe, expect, it } from 'vitest';
import { entryOf, isName, TermVocabulary } from '../../src/align/terms.js';
import { tokenize } from '../../src/text/tokenize.js';

function described(vocabulary: TermVocabulary, text: string): string[] {
  return Array.from(vocabulary.termsOf(tokenize(text)), (term) => {
    const entry = vocabulary.entries[entryOf(term)]!;
    return `${entry.norm}${entry.number === undefined ? '' : `=${entry.number}`}${isName(term) ? ' (name)' : ''}`;
  });
}

describe('TermVocabulary', () => {
  it('joins acronyms and hyphenated compounds, drops apostrophes and possessives, reads number words', () => {
    const vocabulary = new TermVocabulary();
    expect(described(vocabulary, "The U.S. bail-out of Kyiv's two banks: 1,200 jobs, Tian'anmen.")).toEqual([
      'the (name)', 'us (name)', 'bail', 'bailout', 'out', 'of', 'kyiv (name)', 'two=2', 'banks', '1,200=1200', 'jobs', 'tiananmen (name)',
    ]);
  });

  it('says nothing about names in a Title Case headline', () => {
    expect(described(new TermVocabulary(), 'Putin Meets Trump Envoy In Moscow')).not.toContain('putin (name)');
  });

  it('keeps one entry per distinct term and one stem id per distinct stem', () => {
    const vocabulary = new TermVocabulary();
    const first = vocabulary.termsOf(tokenize('Talks continued; talks resumed.'));
    expect(entryOf(first[0]!)).toBe(entryOf(first[2]!));
    const talked = vocabulary.termsOf(tokenize('talk'));
    expect(vocabulary.entries[entryOf(talked[0]!)]!.stemId).toBe(vocabulary.entries[entryOf(first[0]!)]!.stemId);
    expect(vocabulary.stemCount).toBeLessThan(vocabulary.entries.length);
  });
});
