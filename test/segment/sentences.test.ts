import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentSentences } from '../../src/segment/index.js';
import { isHardWrapped, splitLines } from '../../src/segment/lines.js';
import type { Sentence } from '../../src/types.js';
import { peaceTalks, report } from './fixtures.js';

/** Every invariant of the stage output. */
function expectWellFormed(text: string, sentences: Sentence[]): void {
  let lastEnd = 0;
  let lastParagraph = 0;
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text.length).toBeGreaterThan(0);
    expect(s.text.trim()).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(lastEnd);
    expect(s.paragraph).toBeGreaterThanOrEqual(lastParagraph);
    expect(s.paragraph - lastParagraph).toBeLessThanOrEqual(1);
    lastEnd = s.end;
    lastParagraph = s.paragraph;
  });
  if (sentences.length > 0) expect(sentences[0]?.paragraph).toBe(0);
}

function texts(sentences: Sentence[], role?: Sentence['role']): string[] {
  return sentences.filter((s) => role === undefined || s.role === role).map((s) => s.text);
}

function find(sentences: Sentence[], prefix: string): Sentence {
  const hit = sentences.find((s) => s.text.startsWith(prefix));
  if (!hit) throw new Error(`no sentence starts with ${prefix}`);
  return hit;
}

describe('segmentSentences on examples/peace-talks', () => {
  it('keeps every sentence well formed in all five reports', () => {
    const reports = peaceTalks();
    expect(reports.size).toBe(5);
    for (const text of reports.values()) expectWellFormed(text, segmentSentences(text));
  });

  it('000: splits off the date prefix, keeps crossheads as headings and counts paragraphs without blank lines', () => {
    const text = report('000');
    const sentences = segmentSentences(text);
    expect(sentences[0]).toMatchObject({ text: 'date 2025-12-02', role: 'heading', paragraph: 0 });
    expect(sentences[1]?.text.startsWith('While the White House expressed great optimism')).toBe(true);
    expect(sentences[1]).toMatchObject({ role: 'text', paragraph: 0 });
    expect(find(sentences, 'Red Lines')).toMatchObject({ text: 'Red Lines', role: 'heading', paragraph: 1 });
    expect(find(sentences, 'What are')).toMatchObject({ text: "What are Russia's demands?", role: 'text' });
    expect(texts(sentences, 'heading')).toEqual([
      'date 2025-12-02',
      'Red Lines',
      'Cautious Ukrainian optimism',
      'A Turning Point for the Future of Peace',
      'Russian Advances in Ukraine',
    ]);
    expect(texts(sentences, 'furniture')).toEqual([]);
    // 20 non-blank lines, and one line holds two sentences ("… peace agreement. He supported …").
    expect(sentences.at(-1)?.paragraph).toBe(19);
    expect(sentences).toHaveLength(22);
  });

  it('001: splits the Leavitt quote at the ellipsis, not at "Sir Keir Starmer"', () => {
    const sentences = segmentSentences(report('001'));
    const leavitt = find(sentences, 'White House Press Secretary Karoline Leavitt indicated');
    expect(leavitt.text.endsWith('stating: \u201CThe administration feels very optimistic\u2026')).toBe(true);
    const next = sentences[leavitt.index + 1];
    expect(next?.text).toBe('We\u2019re hopeful that this war can finally come to an end.\u201D');
    expect(next?.paragraph).toBe(leavitt.paragraph);
    expect(sentences[leavitt.index + 2]?.text.startsWith('This optimism echoes')).toBe(true);
    const starmer = find(sentences, 'The diplomatic landscape');
    expect(starmer.text.endsWith('Sir Keir Starmer and Ukraine\u2019s newly appointed chief negotiator Rustem Umerov.')).toBe(true);
    // Em dashes never end a sentence.
    expect(find(sentences, 'The territorial question').text.includes('Ukraine\u2014a condition Kyiv has consistently rejected.')).toBe(true);
    expect(sentences.every((s) => s.role === 'text')).toBe(true);
    expect(sentences).toHaveLength(22);
  });

  it('002: keeps "U.S." inside sentences and "Also Read" lines whole as furniture', () => {
    const sentences = segmentSentences(report('002'));
    expect(texts(sentences, 'furniture')).toEqual([
      'Also Read: \u2018Huglomacy in Deep Freeze\u2019: Congress Criticises PM Modi After Trump\u2019s Ceasefire Claim',
      'Also Read: Trump Set to Expand Travel Ban to 30 More Countries After Fatal D.C. Shooting',
    ]);
    expect(find(sentences, 'The five-hour discussions').text).toContain('updated 27-point U.S. peace framework incorporating');
    expect(find(sentences, 'NATO Secretary General').text).toContain('in U.S. arms purchases, warning that');
    expect(find(sentences, 'As Russian forces').text).toContain('potential U.S.-Russia pacts');
    // "… the war – that was their impression" keeps the en dash inside the sentence.
    expect(find(sentences, 'Trump, speaking to reporters').text).toContain('end the war \u2013 that was their impression');
  });

  it('003: byline, dateline, headings, quotes with attribution and the comment form', () => {
    const sentences = segmentSentences(report('003'));
    expect(sentences.slice(0, 4).map((s) => [s.text, s.role, s.paragraph])).toEqual([
      ['Vladimir Putin meeting senior military leaders inside a Kremlin command post', 'heading', 0],
      ['Putin to Meet US Envoy Steve Witkoff in Moscow as Optimism Grows Around Draft Ukraine Peace Plan', 'heading', 1],
      ['By Harshit', 'furniture', 2],
      ['MOSCOW, DECEMBER 2 \u2014', 'heading', 3],
    ]);
    expect(find(sentences, '\u201CWe feel')).toMatchObject({ text: '\u201CWe feel optimistic,\u201D Leavitt said.', role: 'text' });
    expect(find(sentences, '\u201CWe\u2019re hopeful').text).toBe('\u201CWe\u2019re hopeful this war can finally come to an end.\u201D');
    expect(find(sentences, '\u201CThe territorial issue').text.endsWith('maintaining full sovereignty.')).toBe(true);
    expect(find(sentences, '\u201CConstructive')).toMatchObject({ role: 'heading' });
    expect(find(sentences, 'US Claims')).toMatchObject({ text: 'US Claims \u201CRefined\u201D Peace Plan; Europe Cautious', role: 'heading' });
    expect(texts(sentences, 'furniture')).toEqual([
      'By Harshit',
      'Leave a Comment',
      'Your email address will not be published. Required fields are marked *',
    ]);
    // A quoted sentence ends after its closing quote, and the quote's next sentence starts a new one.
    const kallas = find(sentences, 'Estonian Prime Minister Kaja Kallas');
    expect(kallas.text.endsWith('what they already have.')).toBe(true);
    expect(sentences[kallas.index + 1]?.text).toBe('I fear pressure will be put on the weaker side.\u201D');
  });

  it('004: nine furniture lines, headings stay headings', () => {
    const sentences = segmentSentences(report('004'));
    expect(texts(sentences, 'furniture')).toEqual([
      'Politics',
      'Navigation',
      'Ask Onix',
      'Related posts',
      'Report a Problem',
      'Help us improve by reporting any issues with this response.',
      'Problem Reported',
      'Thank you for your feedback',
      'Ed',
    ]);
    expect(texts(sentences, 'heading')).toEqual([
      'Putin to meet US envoy in Moscow as Ukraine peace talks intensify',
      'Putin to meet US envoy in Moscow amid cautious optimism on Ukraine peace deal',
      'Key players converge as territorial disputes dominate',
      'US draft plan faces skepticism from Kyiv and Europe',
      'Emmanuel Macron, French President',
      'Divided reactions to US mediation efforts',
      'Military claims and diplomatic maneuvering',
      "What's next: A pivotal week for diplomacy",
    ]);
    expect(find(sentences, '"I\'m afraid').text).toBe(
      '"I\'m afraid all the pressure will be put on the weaker side," she said, stressing that a surrender-based agreement would not serve anyone\'s interests.',
    );
    expect(find(sentences, 'However, she declined').text).toBe('However, she declined to disclose specifics, stating, "I will let the negotiators negotiate."');
  });
});

describe('segmentSentences on edge input', () => {
  it('gives nothing for empty or blank text', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences('  \n\r\n\t \u00a0\n')).toEqual([]);
  });

  it('counts paragraphs per line for \\n, \\r\\n and \\r, skipping blank lines', () => {
    const text = 'One is here.\r\n\r\nTwo is here. Three too.\rFour.\n\n\n  Five.  ';
    const sentences = segmentSentences(text);
    expectWellFormed(text, sentences);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['One is here.', 0],
      ['Two is here.', 1],
      ['Three too.', 1],
      ['Four.', 2],
      ['Five.', 3],
    ]);
  });

  it('never glues a dateline line to the next paragraph', () => {
    const sentences = segmentSentences('KYIV, DEC. 2 \u2014\nOfficials said the talks went well.');
    expect(sentences.map((s) => [s.text, s.role])).toEqual([
      ['KYIV, DEC. 2 \u2014', 'heading'],
      ['Officials said the talks went well.', 'text'],
    ]);
  });

  it('takes extra abbreviations from the options', () => {
    const text = 'The plan cost approx. Ten people knew. Ald. Smith agreed.';
    expect(texts(segmentSentences(text))).toEqual(['The plan cost approx. Ten people knew.', 'Ald.', 'Smith agreed.']);
    expect(texts(segmentSentences(text, { abbreviations: ['Ald.'] }))).toEqual([
      'The plan cost approx. Ten people knew.',
      'Ald. Smith agreed.',
    ]);
  });

  it('honours headingMaxWords', () => {
    const line = 'Seven words in this short crosshead line';
    expect(segmentSentences(line)[0]?.role).toBe('heading');
    expect(segmentSentences(line, { headingMaxWords: 5 })[0]?.role).toBe('text');
  });

  it('is deterministic and does not depend on earlier calls', () => {
    const text = report('003');
    expect(segmentSentences(text)).toEqual(segmentSentences(text));
  });
});

describe('segmentSentences properties', () => {
  const pieces = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom(
      '. ', '.', '?', '!', '\u2026', '...', ' . . . ', '\n', '\r\n', '\n\n', ' ', '\u00a0', '"', '\u201C', '\u201D',
      '\u2019', "'", '(', ')', 'U.S.', 'Mr.', 'The', 'he', ' \u2014 ', 'e\u0301', '\u{1F600}', '\u{1F468}\u200D\u{1F469}',
      'date 2025-12-02 ', 'By Jane Doe', 'Related posts', 'A.', '2.5', '\uD800', '\u0301',
    ),
  );
  const documents = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

  it('keeps the single line breaks of hard-wrapped text inside sentences', () => {
    const text = '. \n0\n!\n\n!';
    expect(segmentSentences(text).map((s) => s.text)).toEqual(['.', '0\n!', '!']);
  });

  it('slices back, trimmed, in order, non-overlapping, on arbitrary text', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const sentences = segmentSentences(text);
        expectWellFormed(text, sentences);
        if (text.trim() === '') expect(sentences).toEqual([]);
        else expect(sentences.length).toBeGreaterThan(0);
        // No sentence crosses a line break, except a single one inside a paragraph of hard-wrapped text
        // (". \n0\n!\n\n!" reads as wrapped: "0\n!" is one sentence); none crosses a blank line.
        const wrapped = isHardWrapped(text, splitLines(text));
        for (const s of sentences) {
          if (wrapped) expect(/(\r?\n|[\r\u2028\u2029\u0085])[^\S\n\r\u2028\u2029\u0085]*(\r?\n|[\r\u2028\u2029\u0085])/.test(s.text)).toBe(false);
          else expect(/[\n\r\u2028\u2029\u0085]/.test(s.text)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('covers every non-space character exactly once', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const sentences = segmentSentences(text);
        const covered = sentences.map((s) => s.text).join('').replace(/\s/gu, '');
        expect(covered).toBe(text.replace(/\s/gu, ''));
      }),
      { numRuns: 300 },
    );
  });
});
