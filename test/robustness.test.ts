import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compare } from '../src/index.js';

// Word lists are looked up by words of the text: a word that names a member of Object.prototype must be just a word.
const PROTOTYPE_WORDS = Object.getOwnPropertyNames(Object.prototype);

function textWith(word: string): string {
  const Cap = word.charAt(0).toUpperCase() + word.slice(1);
  return `The ${word} said 5 ${word} and a ${word}-long ${word} of ${word}. ${word.toUpperCase()} ${word}, Mr. ${Cap} ` +
    `said "${word} ${word} ${word}." A 3-${word} ${word} lasted ${word} days on ${Cap} ${word}. ${Cap} ${Cap} met ${Cap}.`;
}

describe('words that name Object.prototype members', () => {
  it.each(PROTOTYPE_WORDS)('"%s" in every position is read as a word', (word) => {
    const text = textWith(word);
    expect(() => compare([{ id: 'a', text }, { id: 'b', text: text.replace('5', '6').replace('3-', '4-') }])).not.toThrow();
  });

  it('never crash a comparison, wherever they stand', () => {
    const sentence = fc
      .array(fc.oneof(fc.constantFrom(...PROTOTYPE_WORDS), fc.constantFrom('the', 'said', '27', 'point', '"', 'Pokrovsk', 'Mr.', '-', ',', 'five')), { maxLength: 14 })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 6 }), fc.array(sentence, { maxLength: 6 }), (a, b) => {
        compare([{ id: 'a', text: a.join('. ') }, { id: 'b', text: b.join('. ') }]);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe('dates at the edges of the calendar', () => {
  it.each(['9999-12-31', '0001-01-01', '1970-01-01'])('a report published %s with relative days, weekdays and dates compares', (publishedAt) => {
    const text = 'Officials met tomorrow and again on Monday, then on January 1. They met yesterday too.';
    expect(() => compare([{ id: 'a', text, publishedAt }, { id: 'b', text: text.replace('Monday', 'Friday'), publishedAt }])).not.toThrow();
  });
});
