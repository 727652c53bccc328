// Corpus evaluation: `npm run eval -- <dir> [--json]` (lib/eval). Thin CLI: arguments, output, exit code.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatReport } from '../lib/eval/report';
import { evaluateFolder } from '../lib/eval/run';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const json = args.includes('--json');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !existsSync(join(dir, 'labels')) || !existsSync(join(dir, 'pages'))) {
    console.error('usage: npm run eval -- <dir with pages/ and labels/> [--json]');
    return 2;
  }
  const report = await evaluateFolder(resolve(dir));
  if (json) {
    const { overall, byKind, ...rest } = report;
    process.stdout.write(`${JSON.stringify({ ...rest, overall, byKind })}\n`);
  } else console.log(formatReport(report));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
