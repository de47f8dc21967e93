import { UsageError } from './args.js';

/** Batch mode over JSON Lines: see `storydiff batch --help`. */
export async function runBatch(argv: readonly string[]): Promise<number> {
  throw new UsageError(`batch mode is not available in this build (${argv.length} arguments ignored)`);
}
