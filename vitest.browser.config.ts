import { defineConfig } from 'vitest/config';

// Tests of the built package in headless Chromium (`npm run test:browser`); kept out of `npm test`, which must
// pass on machines without a browser.
export default defineConfig({
  test: {
    include: ['test/**/*.browser.test.ts'],
    testTimeout: 60_000,
  },
});
