// Corpus evaluation: `npm run eval -- <dir> [--json] [--misses]` (lib/eval). Thin CLI: arguments, output, exit code.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatMisses, formatReport } from '../lib/eval/report';
import { evaluateFixtures, evaluateFolder } from '../lib/eval/run';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const json = args.includes('--json');
  const misses = args.includes('--misses');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run eval -- <dir with pages/ and labels/, or test/fixtures> [--json | --misses]');
    return 2;
  }
  // A folder without labels/ is read as the repository's fixtures: <kind>/<case>.html beside <case>.expected.json.
  const labelled = existsSync(join(dir, 'labels')) && existsSync(join(dir, 'pages'));
  const report = labelled ? await evaluateFolder(resolve(dir)) : await evaluateFixtures(resolve(dir));
  if (json) {
    const { overall, byKind, misses: _misses, ...rest } = report;
    process.stdout.write(`${JSON.stringify({ ...rest, overall, byKind })}\n`);
  } else console.log(misses ? formatMisses(report) : formatReport(report));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
