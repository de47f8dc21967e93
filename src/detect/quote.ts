/**
 * The `quote` detector: one speaker's words quoted differently by different reports, and long quotes that only
 * one report carries (`unique`).
 *
 * The work is split by job: `quote-words` reads the words of quotes, `quote-pieces` cuts quotes into sentences,
 * `quote-links` links a speaker's quotes that are one quote, `quote-findings` writes the findings and
 * `quote-unique` finds the quotes only one report carries.
 * @module
 */
import type { AnalyzedDocument } from '../analysis.js';
import { nameKey } from '../mentions/match-names.js';
import type { Detector, DetectorContext, Finding } from './detector.js';
import { byId, pushTo, UnionFind } from '../collections.js';
import { groupSameNames } from './name-groups.js';
import { sentenceFacts } from './sentence-facts.js';
import { WordForms } from './quote-words.js';
import { addPieces, collatorRanks, type Piece } from './quote-pieces.js';
import { linkSimilar } from './quote-links.js';
import { displayName, quoteFinding } from './quote-findings.js';
import { carriedElsewhere, mayBeUnique, namedElsewhere, sentenceIndex, uniqueFinding, type SentenceIndex } from './quote-unique.js';

export { foldSpelling } from './quote-words.js';
export { compareWordings } from './quote-findings.js';

/** The cluster's pieces come from more than one document. */
function isSpread(members: readonly number[], pieces: readonly Piece[]): boolean {
  const doc = pieces[members[0]!]!.doc;
  for (let k = 1; k < members.length; k++) if (pieces[members[k]!]!.doc !== doc) return true;
  return false;
}

/** The best link score of any member (a loop: a quote many reports carry makes a large cluster). */
function bestScore(members: readonly number[], best: Float64Array): number {
  let score = -Infinity;
  for (let k = 0; k < members.length; k++) score = Math.max(score, best[members[k]!]!);
  return score;
}

/** What the unique check asks about: the content stems and speaker keys of the quotes that may be unique. */
interface UniqueQuestions {
  stems: Set<string>;
  speakerKeys: Set<string>;
}

function uniqueQuestions(clusters: readonly number[][], spread: readonly boolean[], pieces: readonly Piece[]): UniqueQuestions {
  const stems = new Set<string>();
  const speakerKeys = new Set<string>();
  for (let c = 0; c < clusters.length; c++) {
    if (spread[c]) continue;
    for (const i of clusters[c]!) {
      const piece = pieces[i]!;
      if (!mayBeUnique(piece)) continue;
      for (const st of piece.content) stems.add(st);
      speakerKeys.add(nameKey(piece.speaker));
    }
  }
  return { stems, speakerKeys };
}

/**
 * Finds quotes of one speaker worded differently across reports, over all documents (the same quote may sit
 * in sentences that did not align). Quotes are compared sentence by sentence; speakers are joined with
 * `matchNames`; which quote sentences are one quote is decided by `linkSimilar` (quote-links.ts). Case, quote
 * marks, punctuation and British/American spelling never count, and a quote that is a stretch of another (one
 * report quotes more) agrees with it. Each finding has one variant per wording, the word diff of the two most
 * widely carried and the full quotes. Scare quotes make a finding low and halve its confidence.
 *
 * A quote sentence of at least `UNIQUE_QUOTE_WORDS` words by a named speaker whom another report also names,
 * and that no other report carries, quoted or not, gives a `unique` finding.
 */
export const quoteDetector: Detector = {
  kind: 'quote',
  detect(context: DetectorContext): Finding[] {
    const docs = [...context.documents].sort(byId);
    if (docs.length < 2) return [];
    return detectQuotes(docs, new WordForms(sentenceFacts(context)), context);
  },
};

function detectQuotes(docs: readonly AnalyzedDocument[], forms: WordForms, context: DetectorContext): Finding[] {
  const pieces: Piece[] = [];
  const ranks = collatorRanks(docs);
  for (const doc of docs) addPieces(doc, ranks.get(doc)!, forms, pieces);
  const speakers: string[] = [];
  for (const p of pieces) speakers.push(p.speaker);
  const groupOf = groupSameNames(speakers);
  const bySpeaker = new Map<string, number[]>();
  for (let i = 0; i < pieces.length; i++) pushTo(bySpeaker, groupOf.get(pieces[i]!.speaker)!, i);
  const uf = new UnionFind(pieces.length);
  const best = new Float64Array(pieces.length);
  for (const indexes of bySpeaker.values()) linkSimilar(pieces, indexes, uf, best, context);
  // Clusters of linked pieces (by piece number), ordered by their first piece.
  const clusters = uf.sets();
  const spread = clusters.map((members) => isSpread(members, pieces));
  // The index of sentences and the documents of names are asked only about the content stems and the speakers
  // of quotes that may be unique; both are built when a quote is first checked.
  const questions = uniqueQuestions(clusters, spread, pieces);
  let index: SentenceIndex | undefined;
  let docsByKey: Map<string, Set<string>> | undefined;
  // A speaker's name is shown the same in every cluster of their quotes: worked out once per speaker.
  const nameOfGroup = new Map<string, string>();
  const findings: Finding[] = [];
  for (let c = 0; c < clusters.length; c++) {
    const members = clusters[c]!;
    const cluster = members.map((i) => pieces[i]!);
    const group = groupOf.get(cluster[0]!.speaker)!;
    let name = nameOfGroup.get(group);
    if (name === undefined) nameOfGroup.set(group, (name = displayName(bySpeaker.get(group)!.map((i) => pieces[i]!))));
    if (spread[c]) {
      const finding = quoteFinding(cluster, bestScore(members, best), name);
      if (finding) findings.push(finding);
      continue;
    }
    for (const piece of cluster) {
      if (!mayBeUnique(piece)) continue;
      if (!namedElsewhere(piece, (docsByKey ??= forms.facts.documentsByNameKey(nameKey, questions.speakerKeys)))) continue;
      if (carriedElsewhere(piece, (index ??= sentenceIndex(docs, forms, questions.stems)))) continue;
      findings.push(uniqueFinding(piece, name));
    }
  }
  return findings;
}
