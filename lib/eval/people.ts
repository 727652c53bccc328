import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectPage } from '../extract/collect/index';
import { interpretPage } from '../extract/index';
import { normalizePage } from '../signals/normalize';
import { parseSource } from '../signals/source-schema';
import { parseHtml, UNKNOWN_URL } from './run';

export interface PeopleOnPage {
  id: string;
  /** Cards the content script read under a team heading, on a team page or on a LinkedIn company page. */
  cards: number;
  /** People kept by the background, with their job titles and evidence sources. */
  people: Array<{ name: string; title?: string; source: string }>;
}

/**
 * The people each page of a corpus folder yields, as the extension reads them (content script, message schema,
 * interpretation, validation). The corpus labels no people, so this counts and lists them for reading by eye:
 * every one should be someone the page lists as the company's own, with their job.
 */
export async function peopleOfFolder(dir: string, now: number = Date.now()): Promise<PeopleOnPage[]> {
  const out: PeopleOnPage[] = [];
  for (const file of readdirSync(join(dir, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const id = file.slice(0, -'.html'.length);
    const label = JSON.parse(readFileSync(join(dir, 'labels', `${id}.json`), 'utf8')) as { url?: string | null };
    const url = label.url ?? UNKNOWN_URL;
    const { document, close } = parseHtml(readFileSync(join(dir, 'pages', file), 'utf8'), url);
    try {
      const source = parseSource(JSON.parse(JSON.stringify(collectPage(document, url, now))));
      const page = normalizePage(interpretPage(source));
      const people = (page?.people ?? []).map((p) => ({
        name: p.name?.value ?? '',
        title: p.title?.value,
        source: p.name?.source ?? '',
      }));
      out.push({ id, cards: source?.people?.length ?? 0, people });
    } finally {
      await close();
    }
  }
  return out;
}
