import { Worker } from 'node:worker_threads';
import type { CompareOptions } from '../types.js';
import { runEventLine, type LineResult, type LineTask } from './batch-event.js';
import { errorRecord } from './jsonl.js';
import type { BatchWorkerData } from './batch-worker.js';

/** Runs event lines and resolves with their output records; results may come back out of order. */
export interface LineRunner {
  run(task: LineTask): Promise<LineResult>;
  /** Stops the workers; call once every run has settled. */
  close(): Promise<void>;
}

/** Options of {@link createLineRunner}. */
export interface LineRunnerOptions {
  /** Worker threads; 1 compares in the main thread (no worker start-up cost, same output). */
  jobs: number;
  /** Compare options for every event (a line's own options override them). */
  compareOptions: CompareOptions;
  /** The worker script, built next to the CLI's main file. */
  workerUrl: URL;
}

/** A {@link LineRunner} on worker threads, or in the main thread for one job. */
export function createLineRunner(options: LineRunnerOptions): LineRunner {
  if (options.jobs <= 1) {
    return {
      run: (task) => Promise.resolve(runEventLine(task, options.compareOptions)),
      close: () => Promise.resolve(),
    };
  }
  return createWorkerPool(options);
}

interface Pending {
  task: LineTask;
  resolve: (result: LineResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  current?: Pending;
}

function createWorkerPool({ jobs, compareOptions, workerUrl }: LineRunnerOptions): LineRunner {
  const workerData: BatchWorkerData = { options: compareOptions };
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let closing = false;
  let fatal: Error | undefined;

  const dispatch = (slot: Slot): void => {
    const next = queue.shift();
    if (next === undefined) return;
    slot.current = next;
    slot.worker.postMessage(next.task);
  };

  const settle = (slot: Slot, result: LineResult): void => {
    const current = slot.current;
    delete slot.current;
    current?.resolve(result);
    dispatch(slot);
  };

  const start = (slot: Slot): void => {
    const worker = new Worker(workerUrl, { workerData });
    slot.worker = worker;
    worker.on('message', (result: LineResult) => settle(slot, result));
    // A worker that dies on an event (out of memory on a huge one, say) fails only that event, and a fresh worker
    // takes over. One that dies holding no event could not start: restarting it would loop, so the batch stops.
    const fail = (reason: string): void => {
      if (closing || fatal || slot.worker !== worker) return;
      const current = slot.current;
      if (!current) {
        fatal = new Error(`cannot run worker threads: ${reason}`);
        for (const pending of [...queue.splice(0), ...slots.flatMap((s) => (s.current ? [s.current] : []))]) pending.reject(fatal);
        return;
      }
      start(slot);
      const { seq, line } = current.task;
      settle(slot, { seq, line, id: null, ok: false, record: errorRecord(line, null, { code: 'E_INTERNAL', message: reason }) });
    };
    worker.on('error', (error: Error) => fail(`worker failed: ${error.message}`));
    worker.on('exit', (code) => fail(`worker exited with code ${code}`));
  };

  for (let i = 0; i < jobs; i++) {
    const slot = {} as Slot;
    start(slot);
    slots.push(slot);
  }

  return {
    run(task) {
      return new Promise<LineResult>((resolve, reject) => {
        if (fatal) return reject(fatal);
        queue.push({ task, resolve, reject });
        const idle = slots.find((s) => s.current === undefined);
        if (idle) dispatch(idle);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
