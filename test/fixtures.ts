import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputDocument } from '../src/types.js';

/** The project root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The bundled example: five reports of the 2 December 2025 Moscow talks, ids "000"…"004". */
export function peaceTalks(): InputDocument[] {
  const dir = join(ROOT, 'examples', 'peace-talks');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: basename(f, '.txt').slice(0, 3), text: readFileSync(join(dir, f), 'utf8') }));
}

/** One report of the bundled example by its three-digit id. */
export function peaceTalk(id: string): string {
  const doc = peaceTalks().find((d) => d.id === id);
  if (!doc) throw new Error(`no bundled report ${id}`);
  return doc.text;
}
