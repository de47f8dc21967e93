import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { extractNames } from '../../src/mentions/names.js';
import { extractAliases } from '../../src/mentions/aliases.js';

const aliases = (sentence: string) => {
  const tokens = tokenize(sentence);
  return extractAliases(tokens, extractNames(sentence, tokens));
};

describe('extractAliases', () => {
  it('reads a name in parentheses as an alias', () => {
    expect(aliases('They captured the towns of Pokrovsk (Krasnoarmeysk) and Vovshansk.')).toEqual([{ a: 'pokrovsk', b: 'krasnoarmeysk' }]);
  });

  it('reads "known in Russian as" with a hyphen or a comma', () => {
    const expected = [{ a: 'pokrovsk', b: 'krasnoarmeysk' }];
    expect(aliases('They took the town of Pokrovsk-known in Russian as Krasnoarmeysk-and more.')).toEqual(expected);
    expect(aliases('They took the town of Pokrovsk, known in Russian as Krasnoarmeysk, on Monday.')).toEqual(expected);
    expect(aliases('They took Pokrovsk, also known as Krasnoarmeysk.')).toEqual(expected);
  });

  it('reads "formerly"', () => {
    expect(aliases('He lived in Kyiv, formerly Kiev, for years.')).toEqual([{ a: 'kyiv', b: 'kiev' }]);
  });

  it('does not take a list of names for aliases', () => {
    expect(aliases('He met Macron, Starmer and Umerov.')).toEqual([]);
    expect(aliases('Forces took Pokrovsk and Vovchansk.')).toEqual([]);
  });
});
