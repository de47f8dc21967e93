/**
 * One measurement of the speed benchmark, in a process of its own so that its peak memory is its own:
 *
 *   node --expose-gc --import tsx bench/speed-case.ts <storydiff|align|naive|example> <story> <reports>
 *
 * (`speed.ts` runs it compiled to `.bench/speed-case.mjs`, without the TypeScript loader.)
 * Prints one JSON line: wall time (ms), sentences, peak resident memory (MB) and what was found.
 * Imports the built package (`dist/`), so it measures what users get.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignDocuments, compare } from '../dist/index.js';
import { readDocuments } from '../src/cli/read-documents.js';
import { basilStory, exampleStory, generateReports, type Story } from './corpus.js';
import { naiveAlign } from './naive-baseline.js';

/** What one case prints. */
export interface CaseResult {
  ms: number;
  sentences: number;
  peakRssMb: number;
  rssBeforeMb: number;
  found: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const basilDir = join(root, '..', 'shared', 'corpus', 'basil');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10;

function story(name: string): Story {
  const found = name === 'peace-talks' ? exampleStory(root, basilDir) : basilStory(basilDir);
  if (!found) throw new Error(`no story "${name}"`);
  return found;
}

/** The time of one run of `run`. */
function timeOnce(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/**
 * Median of repeated runs of `run` within `budgetMs` (at most 30). No forced collection between runs (see
 * `rssBefore`): every run after one would start half cold again, and the median would measure the JIT rather
 * than the steady state the target speaks of.
 */
function medianOf(run: () => void, budgetMs: number): number {
  const times: number[] = [];
  const started = performance.now();
  do times.push(timeOnce(run));
  while (performance.now() - started < budgetMs && times.length < 30);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Warm-up runs of the example: enough for V8 to have compiled its hot code, as in a long-lived editor. */
const EXAMPLE_WARM_UP_RUNS = 30;

function main(): void {
  const [mode, storyName, reportsArg] = process.argv.slice(2);
  const documents = mode === 'example' ? readDocuments([join(root, 'examples', 'peace-talks')]) : generateReports(story(storyName!), Number(reportsArg));
  // Resident memory with the corpus loaded, before any comparison. Collected here and not later: V8's forced full
  // collection also discards compiled code, which would undo the warm-up.
  gc();
  const rssBefore = process.memoryUsage().rss;
  // Warm-up on a small corpus before a generated size, the same at every size. The example's target is a warm
  // figure (an editor compares again and again), so it is warmed up for longer.
  const warm = mode === 'example' ? documents : documents.slice(0, Math.min(5, documents.length));
  const warmUpRuns = mode === 'example' ? EXAMPLE_WARM_UP_RUNS : 5;
  for (let i = 0; i < warmUpRuns; i++) {
    if (mode === 'naive') naiveAlign(warm);
    else if (mode === 'align') alignDocuments(warm);
    else compare(warm);
  }
  let found = '';
  let sentences = 0;
  // Every generated size is timed the same way, its first run after the warm-up, so that the ratio between two
  // sizes compares like with like (a median of repeated runs of a small size would be a warmer figure than a
  // single run of a large one). The example is timed as its target says: the median of runs after warm-up.
  const runOnce = (): void => {
    if (mode === 'naive') {
      const r = naiveAlign(documents);
      sentences = r.sentences;
      found = `${r.groups} groups, ${r.pairs} pairs`;
    } else if (mode === 'align') {
      // The stages the naive baseline also does: sentences, words, alignment.
      const r = alignDocuments(documents);
      sentences = r.documents.reduce((n, d) => n + d.sentences.length, 0);
      found = `${r.alignments.length} alignments`;
    } else {
      const r = compare(documents);
      sentences = r.documents.reduce((n, d) => n + d.sentences.length, 0);
      found = `${r.alignments.length} alignments, ${r.discrepancies.length} discrepancies`;
    }
  };
  const ms = mode === 'example' ? medianOf(runOnce, 1500) : timeOnce(runOnce);
  const result: CaseResult = { ms, sentences, peakRssMb: mb(process.resourceUsage().maxRSS * 1024), rssBeforeMb: mb(rssBefore), found };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
