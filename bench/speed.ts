/**
 * Speed benchmark (a benchmark, not a timed test):
 *
 *   npm run bench                                   # all sizes, every story
 *   npm run bench -- --sizes 5,50,200 --stories peace-talks
 *
 * Generates corpora deterministically from the bundled example and, when `../shared/corpus/basil/` is present,
 * from a BASIL event (see `corpus.ts`), and prints for each size: wall time, sentences per second, peak memory
 * and the cost of a doubling of the reports; beside it, the naive all-pairs baseline (`naive-baseline.ts`) on
 * the sizes where it finishes in reasonable time, and there also storydiff's alignment alone (`alignDocuments`:
 * sentences, words and alignment, the stages the naive baseline does), which is the like-for-like comparison with
 * the naive alignment. The speed target is judged on the whole `compare`. Every measurement runs in a fresh
 * process (`speed-case.ts`) against the built `dist/`; storydiff's own are repeated (`--repeats`, default 3) and
 * their median time kept.
 */
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CaseResult } from './speed-case.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const basilPresent = existsSync(join(root, '..', 'shared', 'corpus', 'basil'));

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,25,50,100,200,250,500,1000' },
    stories: { type: 'string', default: basilPresent ? 'peace-talks,basil' : 'peace-talks' },
    // The naive baseline is quadratic: stop before a run that would take minutes.
    'naive-budget-ms': { type: 'string', default: '30000' },
    // A case slower than this is reported as such, and larger sizes of its story are skipped.
    'case-timeout-s': { type: 'string', default: '300' },
    // storydiff's own cases run this many times, each in a fresh process: the median time, the highest peak memory.
    repeats: { type: 'string', default: '3' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const stories = values.stories.split(',').filter((s) => s !== 'basil' || basilPresent);
const naiveBudget = Number(values['naive-budget-ms']);
const caseTimeoutMs = Number(values['case-timeout-s']) * 1000;
const repeats = Math.max(1, Number(values.repeats));

/** The targets the benchmark checks its printed numbers against. */
const TARGETS = { exampleMs: 50, ms200: 2000, doubling: 2.3, rss1000Mb: 500, naiveRatio200: 10 };

/**
 * The measuring script, compiled to plain JavaScript once: a case process then holds Node, the corpus generator and
 * storydiff, and not the TypeScript loader (about 45 MB of resident memory of its own). `dist/` stays an import,
 * so that what is measured is the built package.
 */
function compileCase(): string {
  const outfile = join(root, '.bench', 'speed-case.mjs');
  buildSync({
    entryPoints: [join(root, 'bench', 'speed-case.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: [join(root, 'dist', '*')],
    logLevel: 'warning',
  });
  return outfile;
}

const caseScript = compileCase();

function runCase(mode: 'storydiff' | 'align' | 'naive' | 'example', story: string, reports: number): CaseResult | undefined {
  const r = spawnSync(process.execPath, ['--expose-gc', caseScript, mode, story, String(reports)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: caseTimeoutMs,
  });
  if (r.signal === 'SIGTERM') return undefined;
  if (r.status !== 0) throw new Error(`case ${mode} ${story} ${reports} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as CaseResult;
}

/**
 * A storydiff case measured `repeats` times, each in a fresh process: its median time (one run's ratio to the next
 * size moved doublings by a third on this kind of machine) and its highest peak memory.
 */
function runRepeated(mode: 'storydiff' | 'example', story: string, reports: number): CaseResult | undefined {
  const results: CaseResult[] = [];
  for (let k = 0; k < repeats; k++) {
    const r = runCase(mode, story, reports);
    if (!r) return undefined;
    results.push(r);
  }
  const byTime = [...results].sort((a, b) => a.ms - b.ms);
  const median = byTime[Math.floor(byTime.length / 2)]!;
  return { ...median, peakRssMb: Math.max(...results.map((r) => r.peakRssMb)) };
}

const pad = (s: string | number, n: number): string => String(s).padStart(n);
const fmtMs = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

const verdicts: string[] = [];
const check = (ok: boolean, what: string): void => {
  verdicts.push(`${ok ? 'ok  ' : 'MISS'} ${what}`);
};

process.stdout.write(`storydiff speed benchmark: node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown cpu'}), one core used\n\n`);

const example = runRepeated('example', 'peace-talks', 5);
if (!example) throw new Error(`the bundled example took over ${caseTimeoutMs / 1000} s`);
process.stdout.write(`bundled example (5 real reports, ${example.sentences} sentences): ${fmtMs(example.ms)} ms after warm-up (median), peak RSS ${example.peakRssMb} MB\n`);
check(example.ms < TARGETS.exampleMs, `bundled example in ${fmtMs(example.ms)} ms (target < ${TARGETS.exampleMs} ms)`);

for (const story of stories) {
  process.stdout.write(`\nstory "${story}": generated reports of ~40 sentences\n`);
  process.stdout.write(
    `${pad('reports', 7)} ${pad('sentences', 9)} ${pad('ms', 8)} ${pad('sent/s', 8)} ${pad('base MB', 8)} ${pad('peak MB', 8)} ${pad('x/doubling', 10)} ${pad('naive ms', 9)} ${pad('speedup', 8)} ${pad('align ms', 9)} ${pad('speedup', 8)}  found\n`,
  );
  // Times by size, to take the ratio of each doubling. Only true doublings are compared: a ratio over a smaller step
  // raised to a doubling (800 -> 1000 is a third of one) triples the noise of a single run along with it.
  const msAt = new Map<number, number>();
  let naiveLast: { n: number; ms: number } | undefined;
  for (const n of sizes) {
    const r = runRepeated('storydiff', story, n);
    if (!r) {
      process.stdout.write(`${pad(n, 7)} over the ${caseTimeoutMs / 1000} s limit; larger sizes skipped\n`);
      check(false, `${story}: ${n} reports did not finish within ${caseTimeoutMs / 1000} s`);
      break;
    }
    const half = n / 2;
    const doubling = msAt.has(half) ? r.ms / msAt.get(half)! : undefined;
    // Predict the next naive run from the last one (quadratic) and skip it when over budget.
    const naiveExpected = naiveLast ? naiveLast.ms * (n / naiveLast.n) ** 2 : 0;
    const naive = naiveExpected <= naiveBudget ? runCase('naive', story, n) : undefined;
    if (naive) naiveLast = { n, ms: naive.ms };
    // Like for like: storydiff's alignment alone (sentences, words, alignment) against the naive alignment, where
    // the naive one ran.
    const alignOnly = naive ? runCase('align', story, n) : undefined;
    process.stdout.write(
      `${pad(n, 7)} ${pad(r.sentences, 9)} ${pad(fmtMs(r.ms), 8)} ${pad(Math.round(r.sentences / (r.ms / 1000)), 8)} ${pad(r.rssBeforeMb, 8)} ${pad(r.peakRssMb, 8)} ${pad(doubling ? doubling.toFixed(2) : '', 10)} ${pad(naive ? fmtMs(naive.ms) : 'skipped', 9)} ${pad(naive ? `${(naive.ms / r.ms).toFixed(1)}x` : '', 8)} ${pad(alignOnly ? fmtMs(alignOnly.ms) : '', 9)} ${pad(naive && alignOnly ? `${(naive.ms / alignOnly.ms).toFixed(1)}x` : '', 8)}  ${r.found}${naive ? `; naive: ${naive.found}` : ''}\n`,
    );
    if (n === 200) {
      check(r.ms < TARGETS.ms200, `${story}: 200 reports in ${fmtMs(r.ms)} ms (target < ${TARGETS.ms200} ms)`);
      check(naive !== undefined && naive.ms / r.ms >= TARGETS.naiveRatio200, `${story}: ${naive ? (naive.ms / r.ms).toFixed(1) : '?'}x faster than naive at 200 (target >= ${TARGETS.naiveRatio200}x)`);
      // Not a target: the same stages as the baseline, to tell the alignment's speed from the detectors' cost.
      if (naive && alignOnly) verdicts.push(`info ${story}: alignment alone ${(naive.ms / alignOnly.ms).toFixed(1)}x faster than naive at 200 (like for like)`);
    }
    if (n === 1000) check(r.peakRssMb < TARGETS.rss1000Mb, `${story}: peak RSS ${r.peakRssMb} MB at 1000 reports (target < ${TARGETS.rss1000Mb} MB)`);
    // Doublings are judged from 50 reports on: below that, fixed costs dominate and ratios say little.
    if (doubling !== undefined && half >= 50) {
      check(doubling <= TARGETS.doubling, `${story}: ${half}->${n} costs ${doubling.toFixed(2)}x (a doubling; target <= ${TARGETS.doubling})`);
    }
    msAt.set(n, r.ms);
  }
}

process.stdout.write(`\ntargets:\n${verdicts.map((v) => `  ${v}`).join('\n')}\n`);
