import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { InputDocument } from '../types.js';
import { UsageError } from './args.js';

/** The document id of a file: its base name without extension ("reports/000_ab.txt" → "000_ab"). */
export function documentId(path: string): string {
  return basename(path, extname(path));
}

/**
 * Reads the reports named on the command line: files as they are, directories as their `.txt` files (sorted by
 * name, not recursive). Any problem becomes a {@link UsageError} naming the path.
 */
export function readDocuments(paths: readonly string[]): InputDocument[] {
  const files: string[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UsageError(`cannot read "${path}": no such file or directory`);
    }
    if (stats.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(path).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
      } catch (error) {
        throw new UsageError(`cannot read directory "${path}": ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      }
      if (entries.length === 0) throw new UsageError(`directory "${path}" has no .txt files`);
      files.push(...entries.map((f) => join(path, f)));
    } else {
      files.push(path);
    }
  }
  const seen = new Map<string, string>();
  return files.map((file) => {
    const id = documentId(file);
    const other = seen.get(id);
    if (other !== undefined) throw new UsageError(`"${file}" and "${other}" give the same document id "${id}"`);
    seen.set(id, file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read "${file}": ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    return { id, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  });
}
