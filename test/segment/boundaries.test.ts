import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/boundaries.js';

/** Sentences of one line, as text. */
function split(line: string, extra: string[] = []): string[] {
  return splitSentences(line, { start: 0, end: line.length }, new Set(extra)).map((s) => line.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits plain sentences at . ! ?', () => {
    expect(split('It rained. Was it cold? Yes! We left.')).toEqual(['It rained.', 'Was it cold?', 'Yes!', 'We left.']);
  });

  it('does not split after titles and ranks before names', () => {
    for (const title of ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Gen.', 'Sen.', 'Rep.', 'Gov.', 'Lt.', 'Col.', 'Prof.', 'Sgt.']) {
      expect(split(`They met ${title} Smith today. He agreed.`)).toEqual([`They met ${title} Smith today.`, 'He agreed.']);
    }
    expect(split('Sir Keir Starmer spoke. Then he left.')).toEqual(['Sir Keir Starmer spoke.', 'Then he left.']);
    expect(split('He lives in St. Louis now.')).toEqual(['He lives in St. Louis now.']);
  });

  it('does not split after months, No. and vs.', () => {
    expect(split('It began on Jan. 20 and ended Sept. 11.')).toEqual(['It began on Jan. 20 and ended Sept. 11.']);
    expect(split('He ranks No. 1 in the poll. Smith vs. Jones is next.')).toEqual(['He ranks No. 1 in the poll.', 'Smith vs. Jones is next.']);
    // Lower-case "no." is the word, and ends the sentence.
    expect(split('The answer was no. The talks ended.')).toEqual(['The answer was no.', 'The talks ended.']);
  });

  it('keeps initials and dotted abbreviations inside names', () => {
    expect(split('John F. Kennedy was shot in Dallas.')).toEqual(['John F. Kennedy was shot in Dallas.']);
    expect(split('J.R.R. Tolkien wrote it. George H.W. Bush read it.')).toEqual(['J.R.R. Tolkien wrote it.', 'George H.W. Bush read it.']);
    expect(split('Travel ban after fatal D.C. Shooting')).toEqual(['Travel ban after fatal D.C. Shooting']);
    expect(split('The U.S. Senate voted. The U.K. Parliament did not.')).toEqual(['The U.S. Senate voted.', 'The U.K. Parliament did not.']);
    expect(split('Samuel A. Alito and C. A. Dutch agreed.')).toEqual(['Samuel A. Alito and C. A. Dutch agreed.']);
  });

  it('splits after an ambiguous abbreviation only before a clear sentence opener', () => {
    expect(split('Troops returned to the U.S. The war was over.')).toEqual(['Troops returned to the U.S.', 'The war was over.']);
    expect(split('Hillary Clinton lied to the F.B.I. Nothing happened to her.')).toEqual([
      'Hillary Clinton lied to the F.B.I.',
      'Nothing happened to her.',
    ]);
    expect(split('He works for Acme Inc. Officials declined to comment.')).toEqual(['He works for Acme Inc. Officials declined to comment.']);
    expect(split('He works for Acme Inc. He declined to comment.')).toEqual(['He works for Acme Inc.', 'He declined to comment.']);
    expect(split('It is in Phoenix, Ariz. It was hot.')).toEqual(['It is in Phoenix, Ariz.', 'It was hot.']);
  });

  it('does not split inside numbers, or before lower case', () => {
    expect(split('Growth was 2.5 percent, up from 1.9 percent.')).toEqual(['Growth was 2.5 percent, up from 1.9 percent.']);
    expect(split('Apples, pears, etc. and more. Then etc. The end.')).toEqual(['Apples, pears, etc. and more.', 'Then etc.', 'The end.']);
    expect(split('Some states, e.g. Texas, agreed. Others, i.e. the rest, did not.')).toEqual([
      'Some states, e.g. Texas, agreed.',
      'Others, i.e. the rest, did not.',
    ]);
    expect(split('Visit example.com. It is new.')).toEqual(['Visit example.com.', 'It is new.']);
    expect(split('It ended at 9 p.m. -- White House aides said.')).toEqual(['It ended at 9 p.m. -- White House aides said.']);
  });

  it('ends sentences after closing quotes, straight or curly, double or single', () => {
    expect(split('He said "no." Then he left.')).toEqual(['He said "no."', 'Then he left.']);
    expect(split('He said \u201Cno.\u201D Then he left.')).toEqual(['He said \u201Cno.\u201D', 'Then he left.']);
    expect(split("He said 'no.' Then he left.")).toEqual(["He said 'no.'", 'Then he left.']);
    expect(split('He said \u2018no.\u2019 Then he left.')).toEqual(['He said \u2018no.\u2019', 'Then he left.']);
    expect(split('It is over. "We won," she said.')).toEqual(['It is over.', '"We won," she said.']);
    expect(split('"We feel optimistic," Leavitt said.')).toEqual(['"We feel optimistic," Leavitt said.']);
  });

  it('keeps a quoted question with its attribution', () => {
    expect(split('\u201CWhy not?\u201D Trump asked. He left.')).toEqual(['\u201CWhy not?\u201D Trump asked.', 'He left.']);
    expect(split('"Are you suggesting I\'m enjoying this?" he replied.')).toEqual(['"Are you suggesting I\'m enjoying this?" he replied.']);
    expect(split('\u201CNo!\u201D Mr. Smith told reporters.')).toEqual(['\u201CNo!\u201D Mr. Smith told reporters.']);
    expect(split('"Is it over?" The crowd fell silent.')).toEqual(['"Is it over?"', 'The crowd fell silent.']);
  });

  it('handles ellipses', () => {
    expect(split('\u201CWe feel optimistic\u2026 We\u2019re hopeful.\u201D')).toEqual(['\u201CWe feel optimistic\u2026', 'We\u2019re hopeful.\u201D']);
    expect(split('"We waited... Then it came."')).toEqual(['"We waited...', 'Then it came."']);
    expect(split('"Tell me who you are ... I have a right to know."')).toEqual(['"Tell me who you are ...', 'I have a right to know."']);
    expect(split('We talked to ... Trump about it.')).toEqual(['We talked to ... Trump about it.']);
    expect(split('It went on\u2026 and on.')).toEqual(['It went on\u2026 and on.']);
    expect(split('"Trump . . . finishes first," it said.')).toEqual(['"Trump . . . finishes first," it said.']);
    expect(split('"It is going to hell. ... The world laughs at us."')).toEqual(['"It is going to hell. ...', 'The world laughs at us."']);
  });

  it('never ends a sentence at a dash', () => {
    expect(split('The plan \u2014 circulated in November \u2014 caused alarm. It was revised.')).toEqual([
      'The plan \u2014 circulated in November \u2014 caused alarm.',
      'It was revised.',
    ]);
    expect(split('Eastern Ukraine\u2013a red line for Kyiv.')).toEqual(['Eastern Ukraine\u2013a red line for Kyiv.']);
  });

  it('uses the extra abbreviations', () => {
    expect(split('Ald. Smith spoke.', ['ald'])).toEqual(['Ald. Smith spoke.']);
    expect(split('Ald. Smith spoke.')).toEqual(['Ald.', 'Smith spoke.']);
  });

  it('returns trimmed spans of a line that starts inside the text', () => {
    const text = 'xx  First one.   Second one.  yy';
    const spans = splitSentences(text, { start: 4, end: 28 }, new Set());
    expect(spans).toEqual([{ start: 4, end: 14 }, { start: 17, end: 28 }]);
  });

  it('stays fast on long runs of marks and dotted words', () => {
    const hostile = `${'a.'.repeat(50_000)} ${'. '.repeat(50_000)}${'U.S. '.repeat(20_000)}`;
    const t0 = performance.now();
    const spans = splitSentences(hostile, { start: 0, end: hostile.length }, new Set());
    expect(spans.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
