import type { Department } from '../../signals/enums';
import { LIMITS } from '../../signals/limits';
import { isJobTitle } from '../classify/title';
import { isObject, type JsonObject, own } from '../facts';
import { jsonText } from '../text';
import { departmentOf } from './departments';

const MAX_BLOCKS = 20;
const MAX_POSTINGS = 500;
const MAX_DEPTH = 6;

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
 * Open roles listed as JobPosting structured data (JSON-LD blocks, parsed once for every layer; JobPosting microdata
 * titles the content script read), grouped by a coarse department read from each title.
 */
export function jobOpenings(
  jsonLdBlocks: readonly unknown[],
  microdataTitles: readonly string[],
): Openings | undefined {
  const titles: string[] = [];
  for (const block of jsonLdBlocks.slice(0, MAX_BLOCKS)) collect(block, titles, 0);
  for (const title of microdataTitles) {
    if (titles.length >= MAX_POSTINGS) break;
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

// "We're hiring a senior full-stack engineer.", "Wir suchen einen Vertriebsingenieur", "Nous recrutons un chef de
// projet": the company naming a role it is filling, in the first person; what follows counts only when the title
// classifier reads it as a role ("we're hiring a new office" is none).
const ANNOUNCED =
  /(?<![\p{L}])(?:we(?:'re|’re| are) (?:now |currently )?hiring|wir suchen(?: ab sofort| zum n(?:ä|a)chstm(?:ö|o)glichen zeitpunkt)?|nous recrutons|estamos (?:a )?(?:contratar|contratando|recrutar|recrutando)|stiamo cercando|wij zoeken|szukamy)\s+(?:an?|one|our first|einen?|eine(?::n|\*n|\/n|n)?|une?|un\(e\)|un[ao]?|uma?|een)?\s*([\p{L}][\p{L} ./&:*-]{2,60}?)(?=\s*(?:[.!,;()\n]|$)|\s+(?:to|who|for|in|with|mit|f(?:ü|u)r|pour|para|per|voor|do)\s)/giu;
const MAX_ANNOUNCED = 5;

/** Roles the page's text announces it is hiring for (ANNOUNCED), at most a few. */
export function announcedRoles(text: string): string[] {
  const roles: string[] = [];
  for (const m of text.slice(0, 20_000).matchAll(ANNOUNCED)) {
    const role = m[1]?.trim() ?? '';
    if (isJobTitle(role) && !roles.includes(role)) roles.push(role);
    if (roles.length >= MAX_ANNOUNCED) break;
  }
  return roles;
}
