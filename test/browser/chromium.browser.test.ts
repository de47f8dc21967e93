/**
 * The built package in a real browser: `dist/index.js` bundled the way a user's bundler would, served from
 * localhost and run in headless Chromium. The report must equal, byte for byte, the one Node gives.
 *
 * Run with `npm run test:browser`. It needs a Chromium binary: `CHROMIUM_PATH`, or Debian's `/usr/bin/chromium`
 * (`apt-get install chromium`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT, peaceTalks } from '../fixtures.js';
import { bundleForBrowser } from '../browser-bundle.js';

const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for a sandboxed, offline machine: no background connections, no GPU. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The page loads the bundle as a module and hands it to the tests as `window.storydiff`. */
const PAGE = `<!doctype html><meta charset="utf-8"><title>storydiff</title>
<script type="module">import * as storydiff from '/storydiff.js'; window.storydiff = storydiff;</script>`;

/** What the page holds once the module has loaded. */
type StorydiffWindow = typeof globalThis & { storydiff: typeof import('../../src/index.js') };

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  const bundle = (await bundleForBrowser({ format: 'esm' })).outputFiles[0]!.text;
  server = createServer((req, res) => {
    if (req.url === '/storydiff.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => (globalThis as Partial<StorydiffWindow>).storydiff !== undefined);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

describe('the built package in headless Chromium', () => {
  it('gives the same JSON report as Node on the bundled example', async () => {
    const docs = peaceTalks();
    const inBrowser = await page.evaluate((input) => {
      const { storydiff } = globalThis as StorydiffWindow;
      return storydiff.formatJson(storydiff.compare(input));
    }, docs);
    const inNode = (await import(join(ROOT, 'dist/index.js'))) as typeof import('../../src/index.js');
    expect(inBrowser).toBe(inNode.formatJson(inNode.compare(docs)));
    expect(inBrowser).toContain('Bakhrovsk');
  });

  it('has no Node globals there, and throws the typed error for bad input', async () => {
    const seen = await page.evaluate(() => {
      const { storydiff } = globalThis as StorydiffWindow;
      const globals = [typeof (globalThis as { process?: unknown }).process, typeof (globalThis as { Buffer?: unknown }).Buffer];
      try {
        storydiff.compare([{ id: 'a', text: 'One report.' }]);
        return { globals, error: 'none' };
      } catch (e) {
        return { globals, error: e instanceof storydiff.StorydiffError ? e.code : String(e) };
      }
    });
    expect(seen).toEqual({ globals: ['undefined', 'undefined'], error: 'E_TOO_FEW_DOCUMENTS' });
  });
});
