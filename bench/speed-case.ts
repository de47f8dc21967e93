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

/** Median of repeated timings of `run` within `budgetMs` (a single run when the budget is 0). */
function time(run: () => void, budgetMs: number): number {
  const times: number[] = [];
  const started = performance.now();
  do {
    gc();
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  } while (performance.now() - started < budgetMs && times.length < 15);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function main(): void {
  const [mode, storyName, reportsArg] = process.argv.slice(2);
  const documents = mode === 'example' ? readDocuments([join(root, 'examples', 'peace-talks')]) : generateReports(story(storyName!), Number(reportsArg));
  // Warm-up on a small corpus, so that the timed run measures steady-state code, as in a long-lived editor.
  const warm = mode === 'example' ? documents : documents.slice(0, Math.min(5, documents.length));
  for (let i = 0; i < 5; i++) {
    if (mode === 'naive') naiveAlign(warm);
    else if (mode === 'align') alignDocuments(warm);
    else compare(warm);
  }
  gc();
  const rssBefore = process.memoryUsage().rss;
  let found = '';
  let sentences = 0;
  // Every generated size is timed the same way, its first run after the warm-up, so that the ratio between two
  // sizes compares like with like (a median of repeated runs of a small size would be a warmer figure than a
  // single run of a large one). The example is timed as its target says: the median of runs after warm-up.
  const ms = time(() => {
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
  }, mode === 'example' ? 1500 : 0);
  const result: CaseResult = { ms, sentences, peakRssMb: mb(process.resourceUsage().maxRSS * 1024), rssBeforeMb: mb(rssBefore), found };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
