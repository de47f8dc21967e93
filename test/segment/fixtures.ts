import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root, from this file's place in test/segment. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The five bundled reports of examples/peace-talks, by file-name prefix ("000" … "004"). */
export function peaceTalks(): Map<string, string> {
  const dir = join(ROOT, 'examples/peace-talks');
  const out = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.txt')) out.set(name.slice(0, 3), readFileSync(join(dir, name), 'utf8'));
  }
  return out;
}

/** The BASIL reports in ../shared/corpus/basil next to the project, when present. */
export const BASIL_DIR = join(ROOT, '../shared/corpus/basil');
export const hasBasil = existsSync(BASIL_DIR);

/** Every BASIL report as `[event/outlet, text]`. */
export function basilReports(): [string, string][] {
  const out: [string, string][] = [];
  for (const event of readdirSync(BASIL_DIR).sort()) {
    for (const outlet of ['fox', 'nyt', 'hpo']) {
      const file = join(BASIL_DIR, event, `${outlet}.txt`);
      if (existsSync(file)) out.push([`${event}/${outlet}`, readFileSync(file, 'utf8')]);
    }
  }
  return out;
}

/** Reads one fixture or fails the test loudly. */
export function report(id: string): string {
  const text = peaceTalks().get(id);
  if (text === undefined) throw new Error(`missing fixture ${id}`);
  return text;
}
