import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultIcp } from '../icp/presets';
import { fetchPage } from '../research/fetch-page';
import { folderFetch } from '../research/folder-site';
import { RESEARCH_LIMITS } from '../research/limits';
import { collectParsed, signalsOf } from '../research/read-page';
import { pageLinksOf, researchSite } from '../research/run';
import { scoreCompany } from '../scoring/fit';
import { registrableDomain } from '../signals/identity';
import type { CompanySignals, PageSignals } from '../signals/schema';
import { comparePage, type Label } from './compare';
import { buildReport, type EvalReport, type PageOutcome } from './report';
import { parseHtml } from './run';

/** A site's label (../shared/sites/README.md): a corpus label for the site as a whole, with its start page. */
interface SiteLabel extends Label {
  start?: string;
}

export interface SitesReport {
  sites: number;
  errors: Array<{ id: string; error: string }>;
  before: Pick<EvalReport, 'fields' | 'overall'>;
  after: Pick<EvalReport, 'fields' | 'overall'>;
  pagesFetched: { median: number; max: number };
  /** Median confidence of the default ICP, a share from 0 to 1. */
  confidence: { before: number; after: number };
  /** Per site: pages fetched and what each gave, for the text report. */
  perSite: Array<{ id: string; fetched: number; pages: string[]; before: number; after: number }>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return 0;
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Parses with happy-dom (no scripts, no network) and reads as research does in the extension. */
async function readHtml(html: string, url: string, now: number) {
  const { document, close } = parseHtml(html, url);
  try {
    return collectParsed(document, url, now);
  } finally {
    await close();
  }
}

/**
 * Every `labels/<host>.json` with its site under `sites/<host>/`: the start page read alone, then research with the
 * real planner, fetcher and reader over a fetch that serves the folder; both compared with the label.
 */
export async function evaluateSites(dir: string, now: number = Date.now()): Promise<SitesReport> {
  const ids = readdirSync(join(dir, 'labels'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  const before: PageOutcome[] = [];
  const after: PageOutcome[] = [];
  const errors: SitesReport['errors'] = [];
  const perSite: SitesReport['perSite'] = [];
  const icp = defaultIcp(now);
  for (const id of ids) {
    try {
      const label = JSON.parse(readFileSync(join(dir, 'labels', `${id}.json`), 'utf8')) as SiteLabel;
      if (!label.start) throw new Error('the label has no start page');
      const site = registrableDomain(new URL(label.start).hostname);
      if (!site) throw new Error(`no registrable domain in ${label.start}`);
      const served = folderFetch(join(dir, 'sites'));
      const start = await fetchPage(label.start, { site, fetch: served.fetch });
      if (!start.ok) throw new Error(`the start page ${label.start}: ${start.reason}`);
      const source = await readHtml(start.html, start.url, now);
      const startPage = signalsOf(source);
      const company: CompanySignals = startPage?.company ?? {};
      const result = await researchSite(
        {
          site,
          start: pageLinksOf(start.url, source),
          company,
          budget: RESEARCH_LIMITS.defaultPages,
        },
        { fetch: (url) => fetchPage(url, { site, fetch: served.fetch }), read: readHtml, now: () => now },
      );
      const researched: PageSignals = { url: start.url, extractedAt: now, company: result.company };
      before.push({ id, kind: 'site', results: comparePage(label, startPage) });
      after.push({ id, kind: 'site', results: comparePage(label, researched) });
      perSite.push({
        id,
        fetched: result.fetched,
        pages: result.pages.map((p) => `${new URL(p.url).pathname} (${p.kind}: ${p.outcome})`),
        before: scoreCompany(icp, company, now).confidence,
        after: scoreCompany(icp, result.company, now).confidence,
      });
    } catch (error) {
      errors.push({ id, error: error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300) });
    }
  }
  const pick = ({ fields, overall }: EvalReport) => ({ fields, overall });
  const fetched = perSite.map((s) => s.fetched);
  return {
    sites: ids.length,
    errors,
    before: pick(buildReport(before, [])),
    after: pick(buildReport(after, [])),
    pagesFetched: { median: median(fetched), max: fetched.length ? Math.max(...fetched) : 0 },
    confidence: {
      before: round(median(perSite.map((s) => s.before))),
      after: round(median(perSite.map((s) => s.after))),
    },
    perSite,
  };
}

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '   -' : x.toFixed(2));

/** The human-readable report: per field, the start page alone and after research; pages fetched; confidence. */
export function formatSitesReport(r: SitesReport): string {
  const lines = [`sites ${r.sites}, errors ${r.errors.length}`, ''];
  lines.push(`${'field'.padEnd(24)} labeled  start: correct wrong   P    R   research: correct wrong   P    R`);
  const names = Object.keys({ ...r.before.fields, ...r.after.fields }) as Array<keyof typeof r.after.fields>;
  for (const name of names) {
    const b = r.before.fields[name];
    const a = r.after.fields[name];
    const labeled = a?.labeled ?? b?.labeled ?? 0;
    lines.push(
      `${name.padEnd(24)} ${String(labeled).padStart(7)}  ${String(b?.correct ?? 0).padStart(14)} ${String(b?.wrong ?? 0).padStart(5)} ${fmt(b?.precision)} ${fmt(b?.recall)} ${String(a?.correct ?? 0).padStart(17)} ${String(a?.wrong ?? 0).padStart(5)} ${fmt(a?.precision)} ${fmt(a?.recall)}`,
    );
  }
  lines.push('', `pages fetched per site: median ${r.pagesFetched.median}, max ${r.pagesFetched.max}`);
  lines.push(
    `median confidence of the default ICP: start page ${Math.round(r.confidence.before * 100)}%, after research ${Math.round(r.confidence.after * 100)}%`,
    '',
  );
  for (const s of r.perSite) {
    lines.push(
      `${s.id}: ${s.fetched} fetched, confidence ${Math.round(s.before * 100)}% -> ${Math.round(s.after * 100)}%`,
    );
    for (const p of s.pages) lines.push(`  ${p}`);
  }
  lines.push('', r.errors.length ? 'sites that failed:' : 'no site failed');
  for (const e of r.errors) lines.push(`  ${e.id}: ${e.error}`);
  return lines.join('\n');
}
