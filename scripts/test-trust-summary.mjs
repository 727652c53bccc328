// The last line of `npm run test:trust` (scripts/test-trust.sh): sums what the trust tests recorded and what the
// runners report. Arguments: tally file, Vitest JSON report, Vitest exit code, Playwright JSON report, its exit code.
import { existsSync, readFileSync } from 'node:fs';

const [tallyFile, unitReport, unitExit, e2eReport, e2eExit] = process.argv.slice(2);

const totals = { hostileInputs: 0, faults: 0, recordsLost: 0 };
for (const line of readFileSync(tallyFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const entry = JSON.parse(line);
  for (const key of Object.keys(totals)) totals[key] += Number(entry[key] ?? 0);
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

/** Failed tests, plus test files that failed to load; a runner that failed without a report counts as one. */
function unitFailures() {
  const report = readJson(unitReport);
  if (!report) return Number(unitExit) === 0 ? 0 : 1;
  const failedFiles = report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.length);
  const failures = report.numFailedTests + failedFiles.length;
  return failures || (Number(unitExit) === 0 ? 0 : 1);
}

function e2eFailures() {
  const report = readJson(e2eReport);
  if (!report) return Number(e2eExit) === 0 ? 0 : 1;
  const failures = (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0) + (report.errors?.length ?? 0);
  return failures || (Number(e2eExit) === 0 ? 0 : 1);
}

const failures = unitFailures() + e2eFailures();
console.log(
  `trust: ${totals.hostileInputs} hostile inputs, ${totals.faults} faults injected, ${failures} failures, ` +
    `${totals.recordsLost} records lost`,
);
process.exit(failures > 0 || totals.recordsLost > 0 ? 1 : 0);
