/**
 * `npm run eval -- GOLD.json [DIR] [--verbose] [--json]`: compares the `.txt` reports of DIR (default: the gold
 * file's `documents`) with the built library, scores the findings against the gold file and prints recall, kind
 * accuracy, traps hit and findings by kind. Exits 1 when an expected entry is missed or has the wrong kind, or a
 * trap is hit; 2 on bad usage. The library is imported from `dist`, as users see it.
 * @module
 */
import { compare, type InputDocument } from '../dist/index.js';
import { readDocuments } from '../src/cli/read-documents.js';
import { parseFlags, UsageError } from '../src/cli/args.js';
import { GoldFormatError, loadGold } from './gold.js';
import { formatResult, passes, scoreReport } from './score.js';

const USAGE = 'usage: npm run eval -- GOLD.json [DIR] [--verbose] [--json]\n';

/** The reports of a folder as the command line reads them (`.txt` files, base names as ids); at least two. */
function readReports(dir: string): InputDocument[] {
  const docs = readDocuments([dir]);
  if (docs.length < 2) throw new UsageError(`"${dir}" holds ${docs.length} .txt report(s); at least two are needed`);
  return docs;
}

function main(argv: readonly string[]): number {
  const { values, positionals: positional } = parseFlags(argv, {
    verbose: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (positional.length < 1 || positional.length > 2 || values.help) {
    process.stderr.write(USAGE);
    return 2;
  }
  const gold = loadGold(positional[0]!);
  const dir = positional[1] ?? gold.documents;
  const report = compare(readReports(dir));
  const result = scoreReport(gold, report);
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(`${positional[0]} on ${dir}\n${formatResult(result, { verbose: values.verbose === true })}`);
  return passes(result) ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Bad usage and bad gold files are the user's to fix: a message and exit 2. Anything else is a bug: its stack.
  if (!(error instanceof GoldFormatError || error instanceof UsageError)) throw error;
  process.stderr.write(`eval: ${error.message}\n`);
  process.exitCode = 2;
}
