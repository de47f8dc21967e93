import { beforeAll, describe, expect, it } from 'vitest';
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, peaceTalks } from '../fixtures.js';

const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const WORKER = join(ROOT, 'dist', 'cli', 'batch-worker.js');

/** Newest modification time under a folder, in ms. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

beforeAll(() => {
  const stale = !existsSync(CLI) || !existsSync(WORKER) || statSync(WORKER).mtimeMs < newest(join(ROOT, 'src'));
  if (stale) execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

function run(args: readonly string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, 'batch', ...args], { cwd: ROOT, encoding: 'utf8', input: input ?? '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter((l) => l !== '') };
}

function tempFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'storydiff-batch-')), 'events.jsonl');
  writeFileSync(file, text);
  return file;
}

// The bundled example, cut into events of two and three reports.
const docs = peaceTalks();
const events = [
  { id: 'moscow-a', documents: docs.slice(0, 3) },
  { id: 'moscow-b', documents: docs.slice(3, 5) },
  { id: 'moscow-c', documents: [docs[1], docs[4]] },
];
const jsonl = (items: readonly unknown[]): string => items.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('\n') + '\n';

interface Record {
  id?: string | number | null;
  line?: number;
  report?: { documents: { id: string }[]; discrepancies: { kind: string }[] };
  error?: { code: string; message: string };
}
const parse = (lines: readonly string[]): Record[] => lines.map((l) => JSON.parse(l) as Record);

describe('storydiff batch', () => {
  it('writes one report per event, equal to what a single compare prints', () => {
    const { code, stderr, lines } = run(['--jobs', '2', tempFile(jsonl(events))]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const records = parse(lines);
    expect(records.map((r) => r.id)).toEqual(['moscow-a', 'moscow-b', 'moscow-c']);
    expect(records[1]!.report!.documents.map((d) => d.id)).toEqual(['003', '004']);
    const dir = mkdtempSync(join(tmpdir(), 'storydiff-single-'));
    for (const d of events[0]!.documents) writeFileSync(join(dir, `${d!.id}.txt`), d!.text);
    const single = spawnSync(process.execPath, [CLI, '--format', 'json', dir], { encoding: 'utf8' });
    expect(records[0]!.report).toEqual(JSON.parse(single.stdout));
  });

  it('reports bad lines as error records where they stand and goes on', () => {
    const input = jsonl([
      events[0],
      '{"id": "broken", "documents": [',
      { id: 'no-documents' },
      '',
      { id: 'twins', documents: [docs[0], docs[0]] },
      events[1],
      { id: 'moscow-a', documents: docs.slice(2, 4) },
      ['not', 'an', 'event'],
      { id: 'bad-text', documents: [{ id: 'x', text: 42 }, docs[2]] },
      events[2],
    ]);
    const { code, lines } = run(['-j', '2', tempFile(input)]);
    expect(code).toBe(0);
    const records = parse(lines);
    expect(records.map((r) => r.error?.code ?? 'ok')).toEqual([
      'ok', 'E_BAD_JSON', 'E_BAD_EVENT', 'E_DUPLICATE_ID', 'ok', 'E_DUPLICATE_EVENT_ID', 'E_BAD_EVENT', 'E_BAD_TEXT', 'ok',
    ]);
    // Line numbers count every line of the input, the blank one included.
    expect(records.filter((r) => r.error).map((r) => [r.line, r.id])).toEqual([
      [2, null], [3, 'no-documents'], [5, 'twins'], [7, 'moscow-a'], [8, null], [9, 'bad-text'],
    ]);
    expect(records[5]!.error!.message).toContain('line 1');
    expect(records.map((r) => r.id)).toEqual(['moscow-a', null, 'no-documents', 'twins', 'moscow-b', 'moscow-a', null, 'bad-text', 'moscow-c']);
  });

  it('keeps input order when later events finish first, and gives the same bytes with one job', () => {
    // A large event first, then small ones: with two workers the small ones finish before it.
    const many = [{ id: 0, documents: docs }, ...Array.from({ length: 11 }, (_, i) => ({ id: i + 1, documents: [docs[i % 5], docs[(i + 2) % 5]] }))];
    const parallel = run(['--jobs', '2', tempFile(jsonl(many))]);
    expect(parse(parallel.lines).map((r) => r.id)).toEqual(many.map((e) => e.id));
    expect(parse(parallel.lines).every((r) => r.report !== undefined)).toBe(true);
    const serial = run(['--jobs', '1'], jsonl(many));
    expect(serial.stdout).toBe(parallel.stdout);
  });

  it('reads standard input, also as "-", and applies per-event and command-line options', () => {
    const input = jsonl([
      { ...events[0], options: { kinds: ['spelling'] } },
      events[1],
      { ...events[2], options: { alignThreshold: 3 } },
    ]);
    for (const args of [['--kinds', 'spelling,name'], ['--kinds', 'spelling,name', '-']]) {
      const { code, lines } = run(args, input);
      expect(code).toBe(0);
      const records = parse(lines);
      expect(records).toHaveLength(3);
      expect(records[0]!.report!.discrepancies.every((d) => d.kind === 'spelling')).toBe(true);
      expect(records[1]!.report!.discrepancies.every((d) => d.kind === 'spelling' || d.kind === 'name')).toBe(true);
      expect(records[2]!.error!.code).toBe('E_BAD_OPTION');
    }
  });

  it('writes nothing for empty input', () => {
    const { code, stdout } = run(['-j', '2'], '');
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('prints its usage, and exits 2 on bad usage or an unreadable file', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: storydiff batch');
    expect(help.stdout).toContain('--jobs');
    for (const args of [['--format', 'text'], ['--jobs', '0'], ['--jobs', 'many'], ['no-such-file.jsonl'], [ROOT], ['a.jsonl', 'b.jsonl'], ['--threshold', '2']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^storydiff: .+\n$/);
      expect(r.stdout).toBe('');
    }
  });
});
