import { describe, expect, it } from 'vitest';
import { datePrefixEnd, isHeading } from '../../src/segment/roles.js';

function heading(line: string, maxWords = 15): boolean {
  return isHeading(line, { start: 0, end: line.length }, maxWords, new Set());
}

describe('isHeading', () => {
  it('takes short lines without final punctuation', () => {
    expect(heading('Red Lines')).toBe(true);
    expect(heading('MOSCOW, DECEMBER 2 \u2014')).toBe(true);
    expect(heading('US Claims \u201CRefined\u201D Peace Plan; Europe Cautious')).toBe(true);
    expect(heading("What's next: A pivotal week for diplomacy")).toBe(true);
  });

  it('rejects lines ending in a final mark, a colon, or a mark inside closing quotes', () => {
    expect(heading("What are Russia's demands?")).toBe(false);
    expect(heading('Mr. Enzi opposes legalizing same-sex marriage.')).toBe(false);
    expect(heading('UPDATE:')).toBe(false);
    expect(heading('He said \u201Cno.\u201D')).toBe(false);
    expect(heading('There was nothing to hide!\u201D')).toBe(false);
    expect(heading('They waited\u2026')).toBe(false);
  });

  it('does not count a final abbreviation period as punctuation', () => {
    expect(heading('Gay Marriages Get Recognition From the I.R.S.')).toBe(true);
    expect(heading('Bloomberg Tells U.S.')).toBe(true);
  });

  it('rejects long lines, unless a title-case headline', () => {
    const sentenceCase = 'Defense Secretary James Mattis to leave as of January 1; Trump taps Patrick Shanahan as acting secretary of defense';
    expect(heading(sentenceCase)).toBe(false);
    expect(heading('Putin to Meet US Envoy Steve Witkoff in Moscow as Optimism Grows Around Draft Ukraine Peace Plan')).toBe(true);
    expect(heading(`${'Word '.repeat(26)}`.trim())).toBe(false);
    expect(heading('Seven words in this short crosshead line', 5)).toBe(false);
  });

  it('takes a question in title case for a headline, not one in sentence case', () => {
    expect(heading('Shooting Brings Rare Comity to the Capital, but Will It Last?')).toBe(true);
    expect(heading('Will Europe Accept the \u201CRefined\u201D Plan?\u201D')).toBe(true);
    expect(heading("What are Russia's demands?")).toBe(false);
    expect(heading('Why now?')).toBe(false);
    expect(heading('Who is Witkoff?')).toBe(false);
    expect(heading(`${'Word '.repeat(26)}Now?`)).toBe(false);
  });
});

describe('datePrefixEnd', () => {
  function prefix(line: string): string | undefined {
    const end = datePrefixEnd(line, { start: 0, end: line.length });
    return end === undefined ? undefined : line.slice(0, end);
  }

  it('finds "date YYYY-MM-DD" at the start of a line', () => {
    expect(prefix('date 2025-12-02 While the White House')).toBe('date 2025-12-02');
    expect(prefix('Date: 2025-12-02 Officials said')).toBe('Date: 2025-12-02');
    expect(prefix('date 2025-12-02')).toBe('date 2025-12-02');
  });

  it('ignores anything else', () => {
    expect(prefix('dated 2025-12-02 letters')).toBeUndefined();
    expect(prefix('date 2025-12-0 x')).toBeUndefined();
    expect(prefix('date 2025-12-02T10:00 x')).toBeUndefined();
    expect(prefix('The date 2025-12-02 was set.')).toBeUndefined();
    expect(prefix('date2025-12-02 x')).toBeUndefined();
  });
});
