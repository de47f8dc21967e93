import { describe, expect, it } from 'vitest';
import { countWords, isFurnitureLine, isNavigationLine } from '../../src/segment/furniture.js';

describe('isFurnitureLine', () => {
  it('matches whole-line patterns, any case, with or without final punctuation', () => {
    for (const line of [
      'Related posts', 'RELATED POSTS:', 'Leave a Comment', 'Leave a Reply', 'Report a Problem', 'Problem Reported',
      'Thank you for your feedback', 'Help us improve by reporting any issues with this response.', 'Navigation',
      'Share this article', 'Advertisement', 'Your email address will not be published. Required fields are marked *',
      'UPDATE:',
    ]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it('matches line openings as whole words', () => {
    expect(isFurnitureLine('Also Read: Trump Set to Expand Travel Ban to 30 More Countries After Fatal D.C. Shooting')).toBe(true);
    expect(isFurnitureLine('Read more: Kremlin rejects plan')).toBe(true);
    expect(isFurnitureLine('Subscribe to our newsletter')).toBe(true);
    expect(isFurnitureLine('Sign up for daily updates')).toBe(true);
    expect(isFurnitureLine('Photo: AP / Evan Vucci')).toBe(true);
    expect(isFurnitureLine('\u00A9 2025 Example Media. All rights reserved.')).toBe(true);
    expect(isFurnitureLine('Subscribers to the service complained about prices.')).toBe(false);
    expect(isFurnitureLine('Signing up new members took years, officials said.')).toBe(false);
  });

  it('folds accents and curly punctuation before matching', () => {
    expect(isFurnitureLine('Also read\uFF1A Kremlin rejects plan')).toBe(true);
    expect(isFurnitureLine('Adve\u0301rtisement')).toBe(true);
    expect(isFurnitureLine('Also reading: the Kremlin reply')).toBe(false);
    expect(isFurnitureLine('Editor\u2019s Picks')).toBe(true);
  });

  it('matches whatever character follows the first word, however it folds', () => {
    expect(isFurnitureLine('Related\u00A0posts')).toBe(true);
    expect(isFurnitureLine('Editor`s picks')).toBe(true);
    expect(isFurnitureLine('Comments.')).toBe(true);
    expect(isFurnitureLine('MENU')).toBe(true);
    expect(isFurnitureLine('Menus')).toBe(false);
    expect(isFurnitureLine('Photo\u0301: AP')).toBe(true);
    expect(isFurnitureLine('(c) 2025 Example Media')).toBe(true);
    expect(isFurnitureLine('The newsletter')).toBe(false);
  });

  it('reads the first character of a line as it normalizes', () => {
    for (const line of ['\u00A8Related posts', '\u0301Related posts', '\uFB01led under: News', '\u24E1elated posts', '\uFF32elated posts', '\u00C9ditor\u2019s picks']) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
    for (const line of ['\u201CRelated posts\u201D', '2025 Related', '"Read more: x"', '`(c)` foo']) expect(isFurnitureLine(line), line).toBe(false);
  });

  it('recognizes bylines', () => {
    expect(isFurnitureLine('By Harshit')).toBe(true);
    expect(isFurnitureLine('By Jane Doe and John Roe')).toBe(true);
    expect(isFurnitureLine('By JANE DOE, Associated Press')).toBe(true);
    expect(isFurnitureLine('  bY Jane Doe')).toBe(true);
    expect(isFurnitureLine('Bypass Road')).toBe(false);
    expect(isFurnitureLine('By')).toBe(false);
    expect(isFurnitureLine('By The Numbers')).toBe(false);
    expect(isFurnitureLine('By then the talks had collapsed.')).toBe(false);
    expect(isFurnitureLine('By Tuesday, Russia Said It Had Taken Pokrovsk And Vovchansk In The East')).toBe(false);
  });

  it('recognizes short credits in parentheses and separators', () => {
    expect(isFurnitureLine('(Reuters)')).toBe(true);
    expect(isFurnitureLine('(AP Photo/Evan Vucci)')).toBe(true);
    expect(isFurnitureLine('(Reporting by Jane Doe; editing by John Roe and others)')).toBe(false);
    expect(isFurnitureLine('* * *')).toBe(true);
    expect(isFurnitureLine('\u2014')).toBe(true);
  });

  it('leaves headlines, crossheads and running text alone', () => {
    expect(isFurnitureLine('Putin to meet US envoy in Moscow as Ukraine peace talks intensify')).toBe(false);
    expect(isFurnitureLine('Red Lines')).toBe(false);
    expect(isFurnitureLine('Politics')).toBe(false);
    expect(isFurnitureLine('Kremlin spokesman Dmitry Peskov stated that Putin will meet with Witkoff.')).toBe(false);
  });

  it('never treats a long line as furniture by pattern', () => {
    const long = `Sign up ${'word '.repeat(30)}`.trim();
    expect(isFurnitureLine(long)).toBe(false);
  });
});

describe('isNavigationLine', () => {
  it('takes one or two capitalized words without a final mark', () => {
    expect(isNavigationLine('Politics')).toBe(true);
    expect(isNavigationLine('Ask Onix')).toBe(true);
    expect(isNavigationLine('Ed')).toBe(true);
    expect(isNavigationLine('Red Lines')).toBe(true);
  });

  it('rejects longer lines, lower-case words and final marks', () => {
    expect(isNavigationLine('Cautious Ukrainian optimism')).toBe(false);
    expect(isNavigationLine('Politics today')).toBe(false);
    expect(isNavigationLine('Why?')).toBe(false);
    expect(isNavigationLine('Update:')).toBe(false);
  });
});

describe('countWords', () => {
  it('counts words that hold a letter or digit', () => {
    expect(countWords('MOSCOW, DECEMBER 2 \u2014')).toBe(3);
    expect(countWords('  a  b\tc ')).toBe(3);
    expect(countWords('* * \u2014')).toBe(0);
    expect(countWords('\u{1D400}\u{1D401} \u{1F600}')).toBe(1);
  });

  it('stops at the first word past its limit', () => {
    expect(countWords('one two three four five', 2)).toBe(3);
    expect(countWords('one two three', 3)).toBe(3);
    expect(countWords('one two three', 0)).toBe(1);
    expect(countWords('* *', 0)).toBe(0);
  });
});
