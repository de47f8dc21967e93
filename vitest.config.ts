import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests need Chromium and run on their own: `npm run test:browser` (vitest.browser.config.ts).
    exclude: ['test/**/*.browser.test.ts', '**/node_modules/**'],
    testTimeout: 30_000,
  },
});
