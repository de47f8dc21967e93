/**
 * The naive way to align reports, timed beside storydiff: every sentence of every report against every sentence
 * of every other report (TF-IDF cosine), then greedy grouping of the best pairs. Written plainly but not
 * wastefully (sparse vectors as sorted term ids, merged in one pass) so that the comparison is fair: what
 * makes it slow is the number of pairs, not the code.
 */
import type { BenchDocument } from './corpus.js';
import { plainSentences } from './corpus.js';

/** What the baseline found: groups of sentences from at least two reports. */
export interface NaiveResult {
  sentences: number;
  pairs: number;
  groups: number;
}

interface Vector {
  doc: number;
  terms: Int32Array;
  weights: Float64Array;
}

function words(sentence: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of sentence.toLowerCase()) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) word += ch;
    else if (word !== '') {
      out.push(word);
      word = '';
    }
  }
  if (word !== '') out.push(word);
  return out;
}

function cosine(a: Vector, b: Vector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i]!;
    const tb = b.terms[j]!;
    if (ta === tb) dot += a.weights[i++]! * b.weights[j++]!;
    else if (ta < tb) i++;
    else j++;
  }
  return dot;
}

/** Aligns the reports the naive way; `threshold` is the minimum cosine for a pair (default 0.5). */
export function naiveAlign(documents: readonly BenchDocument[], threshold = 0.5): NaiveResult {
  const termIds = new Map<string, number>();
  const bags: { doc: number; counts: Map<number, number> }[] = [];
  documents.forEach((d, doc) => {
    for (const sentence of plainSentences(d.text)) {
      const counts = new Map<number, number>();
      for (const w of words(sentence)) {
        let id = termIds.get(w);
        if (id === undefined) termIds.set(w, (id = termIds.size));
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      bags.push({ doc, counts });
    }
  });
  const df = new Float64Array(termIds.size);
  for (const bag of bags) for (const id of bag.counts.keys()) df[id]! += 1;
  const vectors: Vector[] = bags.map(({ doc, counts }) => {
    const terms = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(terms, (t) => counts.get(t)! * Math.log(bags.length / df[t]!));
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { doc, terms, weights };
  });

  // All pairs of sentences from different reports.
  const pairs: { a: number; b: number; score: number }[] = [];
  for (let a = 0; a < vectors.length; a++) {
    for (let b = a + 1; b < vectors.length; b++) {
      if (vectors[a]!.doc === vectors[b]!.doc) continue;
      const score = cosine(vectors[a]!, vectors[b]!);
      if (score >= threshold) pairs.push({ a, b, score });
    }
  }

  // Greedy grouping, best pairs first: merge two groups unless that puts two sentences of one report together.
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const groupOf = Int32Array.from(vectors, (_, i) => i);
  const members: number[][] = vectors.map((_, i) => [i]);
  const docsOf: Set<number>[] = vectors.map((v) => new Set([v.doc]));
  for (const { a, b } of pairs) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    const [big, small] = members[ga]!.length >= members[gb]!.length ? [ga, gb] : [gb, ga];
    let clash = false;
    for (const d of docsOf[small]!) if (docsOf[big]!.has(d)) clash = true;
    if (clash) continue;
    for (const m of members[small]!) {
      groupOf[m] = big;
      members[big]!.push(m);
    }
    for (const d of docsOf[small]!) docsOf[big]!.add(d);
    members[small] = [];
  }
  const groups = members.filter((m) => m.length >= 2).length;
  return { sentences: vectors.length, pairs: pairs.length, groups };
}
