import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../fixtures.js';

const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const EXAMPLE = join(ROOT, 'examples', 'peace-talks');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('storydiff CLI', () => {
  it('prints a text report of a directory, grouped by kind', () => {
    const { code, stdout, stderr } = run(EXAMPLE);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^storydiff: 5 documents, \d+ sentences/);
    expect(stdout).toContain('Spellings (');
    expect(stdout).toContain('"Bakhrovsk"');
  });

  it('prints the report as JSON, with file base names as ids', () => {
    const { code, stdout } = run('--format', 'json', EXAMPLE);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { documents: { id: string }[]; discrepancies: { kind: string }[] };
    expect(report.documents.map((d) => d.id)).toEqual([
      '000_3e5736599ecf1829', '001_ac05ff67ba5d1a5b', '002_55bbaaab72ef30d4', '003_d7746ce21e992e0e', '004_c03d9d5b242cb57b',
    ]);
    expect(report.discrepancies.some((d) => d.kind === 'name')).toBe(true);
  });

  it('accepts files and filters kinds', () => {
    const { code, stdout } = run('-f', 'json', '--kinds', 'spelling', join(EXAMPLE, '000_3e5736599ecf1829.txt'), join(EXAMPLE, '004_c03d9d5b242cb57b.txt'));
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { discrepancies: { kind: string }[] };
    expect(report.discrepancies.length).toBeGreaterThan(0);
    expect(new Set(report.discrepancies.map((d) => d.kind))).toEqual(new Set(['spelling']));
  });

  it('exits 2 with a one-line message on bad usage or unreadable input', () => {
    for (const args of [[], ['--format', 'xml', EXAMPLE], ['no/such/dir'], [join(EXAMPLE, '000_3e5736599ecf1829.txt')], ['--kinds', 'colour', EXAMPLE], ['--bogus']]) {
      const { code, stdout, stderr } = run(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^storydiff: /);
    }
  });

  it('exits 2 for a directory without .txt files and for two files with one id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydiff-'));
    expect(run(dir).code).toBe(2);
    writeFileSync(join(dir, 'a.txt'), 'One.');
    writeFileSync(join(dir, 'a.md'), 'Two.');
    const { code, stderr } = run(join(dir, 'a.txt'), join(dir, 'a.md'));
    expect(code).toBe(2);
    expect(stderr).toContain('same document id');
  });

  it('prints help and version', () => {
    expect(run('--help').stdout).toContain('Usage: storydiff');
    expect(run('--version').stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
