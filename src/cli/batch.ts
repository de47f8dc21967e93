import { createReadStream, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError } from './args.js';
import { BATCH_USAGE, parseBatchArgs } from './batch-args.js';
import type { LineResult } from './batch-event.js';
import { createLineRunner } from './batch-pool.js';
import { errorRecord, readLines } from './jsonl.js';
import { createProgress } from './progress.js';
import { createReorderBuffer } from './reorder.js';

/** Events allowed in flight per job (running, queued or waiting for an earlier one to be written). */
const IN_FLIGHT_PER_JOB = 4;

/** Opens the input as a stream of text chunks; an unreadable file is a usage error (exit 2). */
function openInput(file: string | undefined): AsyncIterable<string> {
  if (file === undefined) {
    process.stdin.setEncoding('utf8');
    return process.stdin;
  }
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch (error) {
    throw new UsageError(`cannot read "${file}": ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : ((error as NodeJS.ErrnoException).code ?? 'error')}`);
  }
  if (!isFile) throw new UsageError(`cannot read "${file}": not a file`);
  return createReadStream(file, { encoding: 'utf8' });
}

/**
 * Batch mode over JSON Lines: see {@link BATCH_USAGE}. Streams the input, keeps at most a few events per job in
 * flight, compares them on worker threads and writes one record per event in input order.
 *
 * @returns The exit code: 0 when the batch ran (even with error records), 2 for usage errors.
 * @throws {@link UsageError} for bad arguments or an unreadable input file.
 */
export async function runBatch(argv: readonly string[]): Promise<number> {
  const command = parseBatchArgs(argv);
  if (command.help) {
    process.stdout.write(BATCH_USAGE);
    return 0;
  }
  const input = openInput(command.file);
  const workerUrl = new URL('./batch-worker.js', import.meta.url);
  if (command.jobs > 1 && !existsSync(fileURLToPath(workerUrl))) {
    throw new Error(`the worker script is missing next to the CLI (${fileURLToPath(workerUrl)}); run with --jobs 1`);
  }
  const runner = createLineRunner({ jobs: command.jobs, compareOptions: command.options, workerUrl });
  const progress = createProgress(process.stderr);
  const limit = command.jobs * IN_FLIGHT_PER_JOB;

  // Event ids are checked when records are written, in input order, so the first line with an id keeps it.
  const firstLineOfId = new Map<string, number>();
  let congested = false;
  const output = createReorderBuffer<LineResult>((result) => {
    let { record, ok } = result;
    if (result.id !== null) {
      const key = JSON.stringify(result.id);
      const first = firstLineOfId.get(key);
      if (first === undefined) firstLineOfId.set(key, result.line);
      else {
        ok = false;
        record = errorRecord(result.line, result.id, { code: 'E_DUPLICATE_EVENT_ID', message: `event id ${key} is already used on line ${first}` });
      }
    }
    if (!process.stdout.write(`${record}\n`)) congested = true;
    progress.update(ok);
  });

  let dispatched = 0;
  let failure: unknown;
  let stopped = false;
  let wake: (() => void) | undefined;
  const signal = (): void => wake?.();
  const sleep = (): Promise<void> => new Promise<void>((resolve) => (wake = resolve));
  process.stdout.on('drain', () => {
    congested = false;
    signal();
  });
  // A closed pipe (`storydiff batch … | head`) ends the batch quietly; other output errors are real failures.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') stopped = true;
    else failure ??= error;
    signal();
  });
  const check = (): void => {
    if (failure !== undefined) throw failure;
  };

  try {
    for await (const { line, text } of readLines(input)) {
      if (stopped) break;
      if (text.trim() === '') continue;
      while (!stopped && (dispatched - output.next >= limit || congested)) {
        check();
        await sleep();
      }
      check();
      const seq = dispatched++;
      runner.run({ seq, line, text }).then(
        (result) => {
          output.put(seq, result);
          signal();
        },
        (error: unknown) => {
          failure ??= error;
          signal();
        },
      );
    }
    while (output.next < dispatched && !stopped) {
      check();
      await sleep();
    }
    check();
  } finally {
    progress.done();
    await runner.close();
  }
  return 0;
}
