import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentSentences } from '../../src/segment/index.js';
import { tokenize } from '../../src/text/tokenize.js';
import { extractNames, lowerCaseVocabulary } from '../../src/mentions/names.js';
import { extractQuotes, findQuoteSpans } from '../../src/mentions/quotes.js';
import type { QuoteMention } from '../../src/analysis.js';
import { peaceTalk } from '../fixtures.js';

/** Quotes of a text, with sentences, tokens and names built the way the pipeline builds them. */
function quotesOf(text: string): QuoteMention[] {
  const sentences = segmentSentences(text);
  const tokens = sentences.map((s) => tokenize(text, s.start, s.end));
  const lower = lowerCaseVocabulary(tokens);
  return extractQuotes(
    text,
    sentences.map((s, i) => ({ start: s.start, end: s.end, tokens: tokens[i]!, names: extractNames(text, tokens[i]!, lower) })),
  );
}

function quoteStarting(quotes: readonly QuoteMention[], words: string): QuoteMention {
  const q = quotes.find((x) => x.text.startsWith(words));
  if (!q) throw new Error(`no quote starting with "${words}"`);
  return q;
}

describe('extractQuotes on the bundled reports', () => {
  it('resolves "She said …:" to the person named in the sentence before (000)', () => {
    const q = quoteStarting(quotesOf(peaceTalk('000')), 'I fear that the pressure');
    expect(q.text).toBe('I fear that the pressure is directed entirely at the victim');
    expect(q.speaker).toBe('kaia kallas');
    expect(q.speakerText).toBe('She');
    expect(q.short).toBeUndefined();
  });

  it('splits a quote around its attribution into two quotes of one speaker, surname resolved to the full name (003)', () => {
    const quotes = quotesOf(peaceTalk('003'));
    const first = quoteStarting(quotes, 'We feel optimistic');
    const second = quoteStarting(quotes, 'We’re hopeful this war');
    expect(first).toMatchObject({ text: 'We feel optimistic', speaker: 'karoline leavitt', speakerText: 'Leavitt', short: true });
    expect(second.text).toBe('We’re hopeful this war can finally come to an end.');
    expect(second.speaker).toBe('karoline leavitt');
    expect(second.sentence).toBe(first.sentence + 1);
  });

  it('keeps a quote of several sentences whole, attributed before a colon after "warned that" (003)', () => {
    const q = quoteStarting(quotesOf(peaceTalk('003')), 'Russia wants to negotiate');
    expect(q.text.endsWith('I fear pressure will be put on the weaker side.')).toBe(true);
    expect(q.speaker).toBe('kaja kallas');
  });

  it('attributes after the quote, with a name or a pronoun (004)', () => {
    const quotes = quotesOf(peaceTalk('004'));
    expect(quoteStarting(quotes, 'Supplies have stabilized')).toMatchObject({ speaker: 'emmanuel macron', speakerText: 'Macron' });
    expect(quoteStarting(quotes, 'I\'m afraid all the pressure')).toMatchObject({ speaker: 'kaja kallas', speakerText: 'she' });
    expect(quoteStarting(quotes, 'could only be finalised')).toMatchObject({ speaker: 'emmanuel macron', speakerText: 'He' });
  });

  it('gives a participle the subject of its main clause and skips an interrupting clause (002)', () => {
    const quotes = quotesOf(peaceTalk('002'));
    expect(quoteStarting(quotes, 'very good').speaker).toBe('donald trump');
    expect(quoteStarting(quotes, 'he would like to end the war').speaker).toBe('donald trump');
  });

  it('marks scare quotes as short', () => {
    const quotes = quotesOf(peaceTalk('001'));
    expect(quoteStarting(quotes, 'pivotal')).toMatchObject({ short: true, speaker: 'kaja kallas' });
    expect(quoteStarting(quotes, 'very optimistic').short).toBe(true);
  });

  it('finds no quote in indirect speech', () => {
    const text = 'EU foreign policy chief Kaja Kallas warned that Moscow wants more concessions from Ukraine.';
    expect(quotesOf(text)).toEqual([]);
  });

  it('gives every quote of every report an exact span without quote marks', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const text = peaceTalk(id);
      for (const q of quotesOf(text)) {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        expect(q.text).not.toMatch(/^["“‘]|["”’]$/);
      }
    }
  });
});

describe('extractQuotes on targeted cases', () => {
  it('reads straight quotes and "said Mr. X" after the quote', () => {
    const text = 'Ann Lee spoke first. "We will not sign a deal that rewards aggression," said Mr. Bob Stone.';
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ text: 'We will not sign a deal that rewards aggression', speaker: 'bob stone' });
  });

  it('reads "according to" and curly single quotes', () => {
    const text = '‘The line will hold for now,’ according to General Mark Hill.';
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ text: 'The line will hold for now', speaker: 'mark hill' });
  });

  it('resolves a pronoun to the last person named as a subject, not one named after a preposition', () => {
    const text = 'John Smith met with French President Jean Dupont in Paris. "The talks went well," he said.';
    expect(quotesOf(text)[0]?.speaker).toBe('john smith');
  });

  it('takes apostrophes for apostrophes, not quote marks', () => {
    expect(findQuoteSpans('Kyiv’s allies’ plans don’t change, the ministers’ aides said.')).toEqual([]);
  });

  it('leaves unclosed and unattributed quotes without a speaker', () => {
    const quotes = quotesOf('The word “stability appeared in the draft.\nOfficials called it “a first step.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('a first step.');
    expect(quotes[0]?.speaker).toBeUndefined();
  });

  it('passes over closing marks, apostrophes and line breaks while no quote is open', () => {
    const text = 'The ministers’ “plan” stalled.”\n\nA stray » mark and\r\nthen ‘Nothing moves,’ she said, and "We wait."';
    expect(findQuoteSpans(text).map((q) => text.slice(q.start, q.end))).toEqual(['plan', 'Nothing moves', 'We wait.']);
  });

  it('closes a quote left open at a paragraph end when the next paragraph opens one', () => {
    const text = '“We will rebuild,” Ann Lee said. “The work starts now.\n“It will take years.”';
    expect(findQuoteSpans(text).map((q) => text.slice(q.start, q.end))).toEqual(['We will rebuild', 'The work starts now.', 'It will take years.']);
  });
});

describe('extractQuotes properties', () => {
  const piece = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom('"', '“', '”', '‘', '’', ' said ', ' she said. ', 'Ann Lee', ', ', '. ', '\n', ' Mr. Bob Stone ', ' according to ', ':'),
  );
  it('every quote slices back from the text and lies inside it', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const q of quotesOf(text)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThan(q.end);
          expect(text.slice(q.start, q.end)).toBe(q.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => Array.isArray(quotesOf(text))));
  });
});
