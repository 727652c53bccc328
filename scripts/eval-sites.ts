// Whole-site evaluation of research: `npm run eval:sites -- <dir> [--json]` (lib/eval/sites.ts). Thin CLI.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluateSites, formatSitesReport } from '../lib/eval/sites';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const json = args.includes('--json');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !existsSync(join(dir, 'labels')) || !existsSync(join(dir, 'sites'))) {
    console.error('usage: npm run eval:sites -- <dir with sites/ and labels/> [--json]');
    return 2;
  }
  const report = await evaluateSites(resolve(dir));
  if (json) {
    const { perSite: _perSite, ...rest } = report;
    const fields = (part: typeof report.before) => ({ fields: part.fields });
    process.stdout.write(
      `${JSON.stringify({ ...rest, before: fields(report.before), after: fields(report.after) })}\n`,
    );
  } else console.log(formatSitesReport(report));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
