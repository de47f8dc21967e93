/**
 * Worker thread of `storydiff batch`: compares the event lines the main thread sends, one at a time, and posts
 * back each output record. Built next to `main.js` so that the main thread finds it beside itself.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CompareOptions } from '../types.js';
import { runEventLine, type LineTask } from './batch-event.js';

/** What the main thread hands every worker when it starts it. */
export interface BatchWorkerData {
  options: CompareOptions;
}

if (parentPort) {
  const port = parentPort;
  const { options } = workerData as BatchWorkerData;
  port.on('message', (task: LineTask) => {
    port.postMessage(runEventLine(task, options));
  });
}
