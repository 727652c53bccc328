import type { Department } from '../../signals/enums';
import { LIMITS } from '../../signals/limits';
import { isObject, type JsonObject, own } from '../facts';
import { jsonText } from '../text';
import { departmentOf } from './departments';

const MAX_BLOCKS = 20;
const MAX_POSTINGS = 500;
const MAX_DEPTH = 6;
const MAX_ITEMS = 2_000;
const JOB_POSTING_ITEM = /schema\.org\/JobPosting/i;

export interface Openings {
  openRoles: number;
  /** Every department, zero when none of the titles is in it: the signals schema's record is exhaustive (zod 4). */
  byDepartment: Partial<Record<Department, number>>;
}

function isJobPosting(node: JsonObject): boolean {
  const type = own(node, '@type');
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(^|\/)JobPosting$/.test(t));
}

/** JobPosting titles in a parsed JSON-LD value: arrays, `@graph` and ItemList `itemListElement`/`item` nesting. */
function collect(value: unknown, titles: string[], depth: number): void {
  if (depth > MAX_DEPTH || titles.length >= MAX_POSTINGS) return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, MAX_POSTINGS)) collect(item, titles, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (isJobPosting(value)) {
    titles.push(jsonText(own(value, 'title'), LIMITS.shortText) ?? jsonText(own(value, 'name')) ?? '');
    return;
  }
  for (const key of ['@graph', 'itemListElement', 'item', 'mainEntity']) collect(own(value, key), titles, depth + 1);
}

/**
 * Open roles listed as JobPosting structured data (JSON-LD, microdata), grouped by a coarse department read from
 * each title. Only blocks that mention JobPosting are parsed, so pages without postings pay one substring test.
 */
export function jobOpenings(doc: Document): Openings | undefined {
  const titles: string[] = [];
  // The document's cached script collection, which the JSON-LD layer has already read.
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0, n = 0; i < scripts.length && n < MAX_BLOCKS; i++) {
    if (scripts[i]?.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    n++;
    const text = scripts[i]?.textContent ?? '';
    if (text.length > LIMITS.jsonLdChars || !text.includes('JobPosting')) continue;
    try {
      collect(JSON.parse(text), titles, 0);
    } catch {
      // A broken block is skipped; the others still count.
    }
  }
  // Every typed item, filtered here: a case-insensitive substring selector costs the engine a folded compare on
  // every element of the page.
  const items = doc.querySelectorAll('[itemtype]');
  for (let i = 0; i < items.length && i < MAX_ITEMS && titles.length < MAX_POSTINGS; i++) {
    const item = items[i];
    if (!item || !JOB_POSTING_ITEM.test(item.getAttribute('itemtype') ?? '')) continue;
    const title = item.querySelector('[itemprop="title"]')?.textContent ?? '';
    titles.push(title.slice(0, LIMITS.shortText));
  }
  if (!titles.length) return undefined;
  const byDepartment: Partial<Record<Department, number>> = {};
  for (const title of titles) {
    const department = departmentOf(title);
    byDepartment[department] = (byDepartment[department] ?? 0) + 1;
  }
  return { openRoles: titles.length, byDepartment };
}
