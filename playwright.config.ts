import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  // Two Chromiums at a time on the two-core machines: a test spends most of its time waiting on the extension, so two
  // overlap well (59 tests: 9.7 min with one worker, 7.7 min with two, same machine and load, all passing).
  workers: 2,
  // Tests, not files, are handed to the two workers: every test launches its own Chromium and servers, and a file of
  // nine tests (leads) no longer keeps one worker busy while the other sits idle at the end.
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
