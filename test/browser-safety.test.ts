import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './fixtures.js';

const NODE_BUILTINS = /from\s+['"](?:node:)?(?:fs|path|os|child_process|worker_threads|readline|util|url|crypto|stream|process|module)(?:\/[a-z]+)?['"]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('browser safety', () => {
  it('imports no Node built-in outside src/cli', () => {
    const offenders = sourceFiles(join(ROOT, 'src'))
      .filter((f) => !relative(ROOT, f).startsWith(join('src', 'cli')))
      .filter((f) => NODE_BUILTINS.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it("never imports natural's root module", () => {
    const offenders = sourceFiles(join(ROOT, 'src')).filter((f) => /from\s+['"]natural['"]|require\(['"]natural['"]\)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
