import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { ROOT, peaceTalks } from './fixtures.js';
import { bundleForBrowser } from './browser-bundle.js';

// `npm test` builds dist first (pretest); these tests use the package the way users import it.
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, Record<string, string>>> };

describe('the built package', () => {
  it('exists with the files the exports map names', () => {
    for (const condition of Object.values(pkg.exports['.']!)) {
      for (const file of Object.values(condition)) expect(existsSync(join(ROOT, file)), file).toBe(true);
    }
  });

  it('works through ESM import by package name', () => {
    const script = `import { compare, StorydiffError } from 'storydiff';
      const docs = JSON.parse(process.argv[1]);
      const r = compare(docs);
      let code; try { compare([]); } catch (e) { code = e instanceof StorydiffError && e.code; }
      console.log(JSON.stringify({ n: r.discrepancies.length, kinds: r.discrepancies.map(d => d.kind), code }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(peaceTalks())], { cwd: ROOT, encoding: 'utf8' });
    const parsed = JSON.parse(out) as { n: number; kinds: string[]; code: string };
    expect(parsed.n).toBeGreaterThan(0);
    expect(parsed.kinds).toContain('spelling');
    expect(parsed.code).toBe('E_TOO_FEW_DOCUMENTS');
  });

  it('works through CommonJS require by package name, and prints nothing on load', () => {
    const script = `const { compare, formatJson } = require('storydiff');
      const docs = JSON.parse(process.argv[1]);
      process.stdout.write(formatJson(compare(docs)));`;
    const out = execFileSync(process.execPath, ['-e', script, JSON.stringify(peaceTalks())], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(out) as { discrepancies: unknown[] };
    expect(report.discrepancies.length).toBeGreaterThan(0);
  });

  it('gives ESM and CJS the same report', async () => {
    const require = createRequire(import.meta.url);
    const cjs = require(join(ROOT, 'dist/index.cjs')) as typeof import('../src/index.js');
    const esm = (await import(join(ROOT, 'dist/index.js'))) as typeof import('../src/index.js');
    expect(JSON.stringify(cjs.compare(peaceTalks()))).toBe(JSON.stringify(esm.compare(peaceTalks())));
  });

  it('bundles for the browser with no Node built-ins and no database drivers', async () => {
    const result = await bundleForBrowser({ format: 'esm', metafile: true });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => /node_modules\/(mongoose|pg|redis|dotenv|memjs)\//.test(i))).toEqual([]);
    expect(inputs.some((i) => i.startsWith('node:'))).toBe(false);
  });

  it('runs as a browser bundle in a context without any Node global (no process, require, Buffer)', async () => {
    const result = await bundleForBrowser({ format: 'iife', globalName: 'storydiff' });
    const context = createContext({});
    runInContext(result.outputFiles[0]!.text, context);
    expect(runInContext('typeof process + typeof require + typeof Buffer', context)).toBe('undefinedundefinedundefined');
    context['docs'] = JSON.parse(JSON.stringify(peaceTalks()));
    const summaries = runInContext('storydiff.compare(docs).discrepancies.map((d) => d.summary)', context) as string[];
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.some((s) => s.startsWith('Town: "Bakhrovsk"'))).toBe(true);
  });
});
