import { join } from 'node:path';
import { build, type BuildOptions, type BuildResult } from 'esbuild';
import { ROOT } from './fixtures.js';

/** The built package (`dist/index.js`) bundled for the browser, as a user's bundler would, kept in memory. */
export async function bundleForBrowser<O extends Pick<BuildOptions, 'format' | 'globalName' | 'metafile'>>(
  options: O,
): Promise<BuildResult<O & { write: false }>> {
  return build({
    entryPoints: [join(ROOT, 'dist/index.js')],
    bundle: true,
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    ...options,
  });
}
