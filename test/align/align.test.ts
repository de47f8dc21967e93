import { describe, expect, it } from 'vitest';
import { alignSentenceGroups } from '../../src/align/align.js';
import { tokenize } from '../../src/text/tokenize.js';
import { alignDocuments, compare } from '../../src/index.js';
import { peaceTalks } from '../fixtures.js';

const docOf = (...sentences: string[]) => ({ sentences: sentences.map((s) => ({ tokens: tokenize(s), alignable: true })) });

describe('alignSentenceGroups', () => {
  it('groups the sentences of all documents that report the same thing, one per document', () => {
    const { groups } = alignSentenceGroups(
      [
        docOf('Putin met Witkoff in Moscow on Tuesday.', 'The storm hit Florida.'),
        docOf('Heavy rain fell in Paris.', 'Vladimir Putin met envoy Steve Witkoff in Moscow on Tuesday.'),
        docOf('On Tuesday Putin and Witkoff met in Moscow.'),
      ],
      { threshold: 0.4 },
    );
    expect(groups.map((g) => g.members)).toEqual([[{ doc: 0, sentence: 0 }, { doc: 1, sentence: 1 }, { doc: 2, sentence: 0 }]]);
    expect(groups[0]!.score).toBeGreaterThan(0.4);
  });

  it('lets a sentence join a group next to its neighbour when a report splits the content in two', () => {
    const { groups } = alignSentenceGroups(
      [
        docOf('Leavitt said the draft was refined and that the administration feels optimistic about ending the war.'),
        docOf('Leavitt said the draft was refined.', 'The administration feels optimistic about ending the war, Leavitt said.'),
      ],
      { threshold: 0.4 },
    );
    const members = groups.flatMap((g) => g.members);
    expect(members).toContainEqual({ doc: 1, sentence: 0 });
    expect(members).toContainEqual({ doc: 1, sentence: 1 });
  });

  it('gives the same groups and scores when repeated sentences come with their text', () => {
    const texts = [
      ['Putin met Witkoff in Moscow on Tuesday.', 'The storm hit Florida.'],
      ['Heavy rain fell in Paris.', 'Putin met Witkoff in Moscow on Tuesday.', 'The storm hit Florida.'],
      ['On Tuesday Putin and Witkoff met in Moscow.', 'Heavy rain fell in Paris.'],
    ];
    const withText = texts.map((doc) => ({ sentences: doc.map((s) => ({ tokens: tokenize(s), alignable: true, text: s })) }));
    const plain = alignSentenceGroups(texts.map((doc) => docOf(...doc)), { threshold: 0.4 });
    const read = alignSentenceGroups(withText, { threshold: 0.4 });
    expect(read.groups).toEqual(plain.groups);
    expect(read.similarity({ doc: 0, sentence: 0 }, { doc: 2, sentence: 0 })).toBe(plain.similarity({ doc: 0, sentence: 0 }, { doc: 2, sentence: 0 }));
  });

  it('scores any two sentences for detectors, with the weights learned from all documents', () => {
    const { similarity } = alignSentenceGroups([docOf('Putin met Witkoff in Moscow.'), docOf('Putin met Witkoff in Moscow.', 'Rain fell.')], { threshold: 0.4 });
    expect(similarity({ doc: 0, sentence: 0 }, { doc: 1, sentence: 0 })).toBeCloseTo(1, 5);
    expect(similarity({ doc: 0, sentence: 0 }, { doc: 1, sentence: 1 })).toBe(0);
  });
});

describe('alignDocuments', () => {
  it('aligns the bundled reports the same way whatever their order', () => {
    const docs = peaceTalks();
    const key = (r: ReturnType<typeof alignDocuments>) =>
      r.alignments.map((a) => a.members.map((m) => `${m.docId}:${m.sentence}`).sort().join(' ')).sort();
    expect(key(alignDocuments([...docs].reverse()))).toEqual(key(alignDocuments(docs)));
  });

  it('gives the sentences and alignments compare gives, titles and dates of the input included', () => {
    const docs = peaceTalks().map((d, i) => (i === 0 ? { ...d, title: 'Talks in Geneva', publishedAt: '2025-11-23' } : d));
    const { documents, alignments } = compare(docs);
    expect(alignDocuments(docs)).toEqual({ documents, alignments });
  });
});
