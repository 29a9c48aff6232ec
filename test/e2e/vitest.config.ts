import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The example apps end to end in real Chromium (Playwright on /usr/bin/chromium): run by
// `npm test` as its own step (scripts/test-all.mjs), or `npm run test:e2e`. The global setup
// packs the package, installs and builds the examples once, and serves them for every file.
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    name: 'e2e',
    environment: 'node',
    // E2E_ONLY=vite (or next) runs one example's file only (local loops).
    include: [`test/e2e/${process.env.E2E_ONLY ?? '*'}.e2e.ts`],
    globalSetup: ['test/e2e/globalSetup.ts'],
    // Two cores: one browser at a time, generous timeouts for a loaded CI machine.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
