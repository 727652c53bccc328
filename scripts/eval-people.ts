// People on a corpus folder: `npm run eval:people -- <dir> [--names]` (lib/eval/people.ts). Thin CLI.
// Names are printed only with --names, to the terminal: the corpus holds real people's data, never copy it.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { peopleOfFolder } from '../lib/eval/people';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !existsSync(join(dir, 'labels')) || !existsSync(join(dir, 'pages'))) {
    console.error('usage: npm run eval:people -- <dir with pages/ and labels/> [--names]');
    return 2;
  }
  const pages = await peopleOfFolder(resolve(dir));
  for (const page of pages) {
    if (!page.cards && !page.people.length) continue;
    const sources = [...new Set(page.people.map((p) => p.source))].join(', ');
    console.log(`${page.id}: ${page.cards} cards read, ${page.people.length} people${sources ? ` (${sources})` : ''}`);
    if (args.includes('--names')) for (const p of page.people) console.log(`  ${p.name} | ${p.title ?? ''}`);
  }
  const people = pages.reduce((n, p) => n + p.people.length, 0);
  const cards = pages.reduce((n, p) => n + p.cards, 0);
  const withPeople = pages.filter((p) => p.people.length).length;
  console.log(`people ${people} on ${withPeople} of ${pages.length} pages, from ${cards} cards read`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
