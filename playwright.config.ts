import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  // Two Chromiums at a time on the two-core machines: a test spends most of its time waiting on the extension, so two
  // overlap well (59 tests: 9.7 min with one worker, 7.7 min with two, same machine and load, all passing).
  workers: 2,
  // Files, not single tests, go to the two workers: handed out one by one, the heaviest tests of a file (a stopped
  // worker mid-rescoring, 10,000 leads, four axe passes) ran beside each other and each took longer (63 tests: the sum
  // of their times 911 s -> 1,140 s, the run 8.1 -> 10.1 min on a clean clone).
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
