// Scoring audit: `npm run eval:scoring -- <corpus dir> [--json]` (lib/eval/score-audit.ts). Scores every labelled
// company page with the default ICP and lists each criterion scored 0 on something that is not evidence against.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { auditFolder } from '../lib/eval/score-audit';
import { defaultIcp } from '../lib/icp/presets';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !existsSync(join(dir, 'labels')) || !existsSync(join(dir, 'pages'))) {
    console.error('usage: npm run eval:scoring -- <dir with pages/ and labels/> [--json]');
    return 2;
  }
  const report = await auditFolder(resolve(dir), defaultIcp(0));
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return 0;
  }
  for (const f of report.findings) console.log(`${f.page}: "${f.criterion}" scored 0: ${f.why}`);
  const tiers = Object.entries(report.tiers)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  console.log(
    `company pages ${report.companyPages}; tiers ${tiers}; median confidence ${report.medianConfidence.toFixed(2)}`,
  );
  console.log(
    `criteria scored 0: ${report.zeros}; of them without evidence against the company: ${report.findings.length}`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
