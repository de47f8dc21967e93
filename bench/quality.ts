/**
 * Quality benchmark: sentence similarity against human scores (STS headlines) and name matching against
 * labelled spelling pairs (name variants), each beside a plain baseline measured in the same run.
 *
 *   npm run bench:quality
 *
 * Reads `../shared/benchmarks/{sts-headlines,name-variants}/dev.tsv` relative to the project root and exits 0
 * with a message when that folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { buildIdf, sentenceSimilarity } from '../src/align/similarity.js';
import { matchNames } from '../src/mentions/match-names.js';
import { tokenize } from '../src/text/tokenize.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchmarks = join(root, '..', 'shared', 'benchmarks');
const stsFile = join(benchmarks, 'sts-headlines', 'dev.tsv');
const namesFile = join(benchmarks, 'name-variants', 'dev.tsv');

/** Rows of a TSV with a header line, as records keyed by the header. */
function readTsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const columns = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Baseline: cosine of raw word counts (lower-cased, diacritics folded, punctuation dropped). */
function bagOfWordsCosine(a: string, b: string): number {
  const counts = (text: string): Map<string, number> => {
    const map = new Map<string, number>();
    for (const token of tokenize(text)) if (token.kind !== 'punct') map.set(token.norm, (map.get(token.norm) ?? 0) + 1);
    return map;
  };
  const ca = counts(a);
  const cb = counts(b);
  let dot = 0;
  for (const [word, count] of ca) dot += count * (cb.get(word) ?? 0);
  const norm = (m: Map<string, number>): number => Math.sqrt([...m.values()].reduce((s, c) => s + c * c, 0));
  const denominator = norm(ca) * norm(cb);
  return denominator === 0 ? 0 : dot / denominator;
}

interface Confusion {
  precision: number;
  recall: number;
  f1: number;
}

function confusion(predicted: readonly boolean[], actual: readonly boolean[]): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  predicted.forEach((p, i) => {
    if (p && actual[i]) tp++;
    else if (p) fp++;
    else if (actual[i]) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const f3 = (x: number): string => x.toFixed(3);

function runSts(): void {
  const rows = readTsv(stsFile);
  const gold = rows.map((r) => Number(r.score));
  const started = performance.now();
  const ours = rows.map((r) => sentenceSimilarity(r.a ?? '', r.b ?? ''));
  const elapsed = performance.now() - started;
  // As alignment does: IDF learned over every sentence being compared (here, all headlines of the file).
  const idf = buildIdf(rows.flatMap((r) => [tokenize(r.a ?? ''), tokenize(r.b ?? '')]));
  const withCorpusIdf = rows.map((r) => sentenceSimilarity(r.a ?? '', r.b ?? '', { idf }));
  const baseline = rows.map((r) => bagOfWordsCosine(r.a ?? '', r.b ?? ''));
  console.log(`STS headlines (${rows.length} pairs): Pearson r with human scores`);
  console.log(`  storydiff sentenceSimilarity   ${f3(pearson(ours, gold))}   (${(elapsed / rows.length).toFixed(3)} ms/pair)`);
  console.log(`    with IDF over all headlines  ${f3(pearson(withCorpusIdf, gold))}`);
  console.log(`  bag-of-words cosine (baseline) ${f3(pearson(baseline, gold))}`);
}

function runNames(): void {
  const rows = readTsv(namesFile);
  const actual = rows.map((r) => r.same === '1');
  const ours = confusion(rows.map((r) => matchNames(r.a ?? '', r.b ?? '').match !== 'different'), actual);
  const jw = confusion(rows.map((r) => JaroWinklerDistance(r.a ?? '', r.b ?? '', { ignoreCase: true }) >= 0.85), actual);
  console.log(`Name variants (${rows.length} pairs): "same name" decisions`);
  console.log('                                 precision  recall  F1');
  console.log(`  storydiff matchNames           ${f3(ours.precision)}      ${f3(ours.recall)}   ${f3(ours.f1)}`);
  console.log(`  Jaro-Winkler >= 0.85 (baseline) ${f3(jw.precision)}      ${f3(jw.recall)}   ${f3(jw.f1)}`);
}

if (!existsSync(benchmarks)) {
  console.log('Benchmark data not found: ../shared/benchmarks is absent next to the project. Nothing to measure.');
} else {
  if (existsSync(stsFile)) runSts();
  else console.log(`Missing ${join('..', 'shared', 'benchmarks', 'sts-headlines', 'dev.tsv')}: STS skipped.`);
  console.log('');
  if (existsSync(namesFile)) runNames();
  else console.log(`Missing ${join('..', 'shared', 'benchmarks', 'name-variants', 'dev.tsv')}: names skipped.`);
}
