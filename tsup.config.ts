import { defineConfig } from 'tsup';

// natural's per-file modules are bundled into dist so that users never install its database drivers.
const bundled = [/^natural\//];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: bundled,
    shims: false,
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/batch-worker': 'src/cli/batch-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    noExternal: bundled,
  },
]);
