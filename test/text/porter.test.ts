import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { porterStem } from '../../src/text/porter.js';

/** Pieces that reach every rule: the suffixes of each step, doubled consonants, y between consonants. */
const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyz'.split(''), 'll', 'ss', 'ee', 'ing', 'ed', 'eed', 'ies', 'sses', 'at', 'bl', 'iz',
  'ational', 'tional', 'enci', 'anci', 'izer', 'abli', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator',
  'alism', 'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti',
  'ical', 'ful', 'ness', 'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism',
  'ate', 'iti', 'ous', 'ive', 'ize', 'sion', 'tion', 'by', 'ry',
];

describe('porterStem', () => {
  it('stems news words as the Porter algorithm does', () => {
    const cases: Record<string, string> = {
      negotiations: 'negoti', relational: 'relat', conditional: 'condit', hopping: 'hop', filing: 'file',
      agreed: 'agre', happy: 'happi', generalization: 'gener', electrical: 'electr', adoption: 'adopt',
      controlling: 'control', rate: 'rate', killed: 'kill', ceasefire: 'ceasefir', says: 'sai',
    };
    for (const [word, expected] of Object.entries(cases)) expect(porterStem(word), word).toBe(expected);
  });

  it('gives what natural’s PorterStemmer gives for every lower-case word', () => {
    const word = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(fc.property(word, (w) => porterStem(w) === PorterStemmer.stem(w)), { numRuns: 20_000 });
  });
});
