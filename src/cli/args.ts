import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CompareOptions, DiscrepancyKind } from '../types.js';
import { ALL_KINDS } from '../validate.js';

/** A command line problem: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CompareCommand {
  command: 'compare';
  paths: string[];
  format: 'text' | 'json';
  options: CompareOptions;
}

/** The comparison options a command line gives, spelled as the flags of both commands spell them. */
export interface CompareFlags {
  kinds?: string | undefined;
  'min-confidence'?: string | undefined;
  threshold?: string | undefined;
  'reference-date'?: string | undefined;
}

export type Command = CompareCommand | { command: 'help' } | { command: 'version' } | { command: 'batch'; argv: string[] };

/** Help lines of the flags both commands share (see {@link COMPARE_FLAGS}). */
export const COMPARE_FLAGS_HELP = `  -k, --kinds <list>         comma-separated kinds to report (default: all):
                             ${ALL_KINDS.join(', ')}
      --min-confidence <n>   drop findings below this confidence (0..1)
      --threshold <n>        minimum sentence similarity for alignment (0..1)
      --reference-date <d>   date (YYYY-MM-DD) for weekdays when a report gives none`;

export const USAGE = `Usage: storydiff [options] FILE|DIR...
       storydiff batch [options] [FILE.jsonl]

Compares news reports of one event and prints where they disagree.
A directory stands for its .txt files; a document's id is its file's base name.

Options:
  -f, --format <text|json>   output format (default: text)
${COMPARE_FLAGS_HELP}
  -h, --help                 show this help
  -v, --version              show the version

Run "storydiff batch --help" for the batch mode (JSON Lines, many events in parallel).
Exit codes: 0 success, 2 bad usage or unreadable input.
`;

type FlagOptions = NonNullable<ParseArgsConfig['options']>;
type FlagConfig<T extends FlagOptions> = { args: string[]; allowPositionals: true; strict: true; options: T };

/** `parseArgs` with positionals, its errors turned into one-line {@link UsageError}s. */
export function parseFlags<T extends FlagOptions>(argv: readonly string[], options: T): ReturnType<typeof parseArgs<FlagConfig<T>>> {
  try {
    return parseArgs<FlagConfig<T>>({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
}

/** The `parseArgs` definitions of the flags that `storydiff` and `storydiff batch` share. */
export const COMPARE_FLAGS = {
  kinds: { type: 'string', short: 'k' },
  'min-confidence': { type: 'string' },
  threshold: { type: 'string' },
  'reference-date': { type: 'string' },
} as const;

/** Reads the flags shared by `storydiff` and `storydiff batch` into {@link CompareOptions}. */
export function parseCompareOptions(values: CompareFlags): CompareOptions {
  const options: CompareOptions = {};
  if (values.kinds !== undefined) {
    const kinds = values.kinds.split(',').map((k) => k.trim()).filter(Boolean);
    const bad = kinds.find((k) => !(ALL_KINDS as readonly string[]).includes(k));
    if (bad !== undefined || kinds.length === 0) throw new UsageError(`--kinds takes a list of ${ALL_KINDS.join(', ')}; "${bad ?? values.kinds}" is not one`);
    options.kinds = kinds as DiscrepancyKind[];
  }
  const minConfidence = parseUnit('min-confidence', values['min-confidence']);
  if (minConfidence !== undefined) options.minConfidence = minConfidence;
  const threshold = parseUnit('threshold', values.threshold);
  if (threshold !== undefined) options.alignThreshold = threshold;
  const referenceDate = values['reference-date'];
  if (referenceDate !== undefined) {
    if (Number.isNaN(Date.parse(referenceDate))) throw new UsageError(`--reference-date must be a date like 2025-12-02, got "${referenceDate}"`);
    options.referenceDate = referenceDate;
  }
  return options;
}

function parseUnit(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--${name} must be a number from 0 to 1, got "${raw}"`);
  return n;
}

/** Reads the command line (without the node and script arguments). */
export function parseCommand(argv: readonly string[]): Command {
  if (argv[0] === 'batch') return { command: 'batch', argv: argv.slice(1) };
  const { values, positionals } = parseFlags(argv, {
    ...COMPARE_FLAGS,
    format: { type: 'string', short: 'f' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be "text" or "json", got "${format}"`);
  if (positionals.length === 0) throw new UsageError('no input: give report files or directories (storydiff --help)');
  const command: CompareCommand = { command: 'compare', paths: positionals, format, options: parseCompareOptions(values) };
  return command;
}
