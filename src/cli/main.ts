#!/usr/bin/env node
import { compare } from '../compare.js';
import { StorydiffError } from '../errors.js';
import { formatJson, formatText } from '../format/index.js';
import { parseCommand, USAGE, UsageError, type CompareCommand } from './args.js';
import { readDocuments } from './read-documents.js';
import { runBatch } from './batch.js';
import { version } from './version.js';

function runCompare(command: CompareCommand): string {
  const report = compare(readDocuments(command.paths), command.options);
  return command.format === 'json' ? formatJson(report) : formatText(report);
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.command) {
      case 'help':
        process.stdout.write(USAGE);
        return 0;
      case 'version':
        process.stdout.write(`${version}\n`);
        return 0;
      case 'batch':
        return await runBatch(command.argv);
      case 'compare':
        process.stdout.write(runCompare(command));
        return 0;
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof StorydiffError) {
      process.stderr.write(`storydiff: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`storydiff: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
