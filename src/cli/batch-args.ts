import { availableParallelism } from 'node:os';
import type { CompareOptions } from '../types.js';
import { COMPARE_FLAGS, COMPARE_FLAGS_HELP, parseCompareOptions, parseFlags, UsageError } from './args.js';

/** What `storydiff batch` was asked to do. */
export interface BatchCommand {
  help: boolean;
  /** JSON Lines file to read; undefined or `-` reads standard input. */
  file?: string;
  /** Worker threads to run events on (1 runs them in the main thread). */
  jobs: number;
  /** Options applied to every event; a line's own `options` object overrides them. */
  options: CompareOptions;
}

/** Usage of `storydiff batch`, printed by `storydiff batch --help`. */
export const BATCH_USAGE = `Usage: storydiff batch [options] [FILE.jsonl]

Compares many events, one per line of JSON Lines read from FILE (or standard input when FILE is
absent or "-"). Each line is one event:
  {"id": "event-1", "documents": [{"id": "a", "text": "..."}, ...], "options": {...}}
("options" is optional and overrides the command line for that event). Writes one line per event to
standard output, in input order:
  {"id": "event-1", "report": {...}}
or, for a line that cannot be compared, an error record (the batch goes on):
  {"line": 3, "id": "event-3", "error": {"code": "E_BAD_TEXT", "message": "..."}}
Blank lines are skipped.

Options:
  -j, --jobs <n>             events compared in parallel on worker threads (default: all cores: ${availableParallelism()})
  -f, --format <json>        output format; JSON Lines is the only one (default: json)
${COMPARE_FLAGS_HELP}
  -h, --help                 show this help

Progress is shown on standard error when it is a terminal.
Exit codes: 0 the batch ran (even with error records), 2 bad usage or unreadable input file.
`;


function parseJobs(raw: string | undefined): number {
  if (raw === undefined) return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1024) throw new UsageError(`--jobs must be a whole number from 1 to 1024, got "${raw}"`);
  return n;
}

/** Reads the arguments that follow `storydiff batch`. Problems throw {@link UsageError}. */
export function parseBatchArgs(argv: readonly string[]): BatchCommand {
  const { values, positionals } = parseFlags(argv, {
    ...COMPARE_FLAGS,
    jobs: { type: 'string', short: 'j' },
    format: { type: 'string', short: 'f' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { help: true, jobs: 1, options: {} };
  if (values.format !== undefined && values.format !== 'json') {
    throw new UsageError(`batch writes JSON Lines only: --format must be "json", got "${values.format}"`);
  }
  if (positionals.length > 1) throw new UsageError(`batch reads one input file, got ${positionals.length} (storydiff batch --help)`);
  const options = parseCompareOptions(values);
  const command: BatchCommand = { help: false, jobs: parseJobs(values.jobs), options };
  const file = positionals[0];
  if (file !== undefined && file !== '-') command.file = file;
  return command;
}
