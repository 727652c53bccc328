import type { MatrixCell } from '../scoring/matrix';
import type { Tier } from '../scoring/types';
import type { LeadKind, LeadRow } from './types';

/** What the list is narrowed to; an empty field does not filter. */
export interface LeadFilter {
  tier?: Tier;
  stage?: string;
  tag?: string;
  /** The ICP the stored fit was computed with (`score.icpId`). */
  icpId?: string;
  kind?: LeadKind;
  cell?: MatrixCell;
  /** Matched case-insensitively against name, domain, profile and tags; every word must match. */
  search?: string;
  /** true lists only the leads the user hid; otherwise hidden leads are left out. */
  hidden?: boolean;
}

export const SORT_KEYS = ['name', 'domain', 'kind', 'fit', 'tier', 'cell', 'stage', 'tags', 'lastSeen'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface LeadSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export const DEFAULT_SORT: LeadSort = { key: 'fit', dir: 'desc' };

export function isFiltered(filter: LeadFilter): boolean {
  return Object.values(filter).some((v) => v !== undefined && v !== '' && v !== false);
}

/** How many leads are hidden, and how many are not: the count line says "12 of 340 leads" of the visible ones. */
export function countHidden(rows: readonly LeadRow[]): { hidden: number; shown: number } {
  let hidden = 0;
  for (const r of rows) if (r.hidden) hidden++;
  return { hidden, shown: rows.length - hidden };
}

export function filterLeads(rows: readonly LeadRow[], filter: LeadFilter): LeadRow[] {
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const hidden = filter.hidden === true;
  return rows.filter(
    (r) =>
      (r.hidden === true) === hidden &&
      (!filter.tier || r.tier === filter.tier) &&
      (!filter.stage || r.stage === filter.stage) &&
      (!filter.tag || r.tags.includes(filter.tag)) &&
      (!filter.icpId || r.icpId === filter.icpId) &&
      (!filter.kind || r.kind === filter.kind) &&
      (!filter.cell || r.cell === filter.cell) &&
      words.every((w) => r.text.includes(w)),
  );
}

const TIER_ORDER: Record<Tier, number> = { A: 0, B: 1, C: 2, D: 3, X: 4, '?': 5 };

/** Sort values: a lead never scored sorts below fit 0; a lead outside the matrix after D4. */
function sortValue(row: LeadRow, key: SortKey): string | number {
  switch (key) {
    case 'name':
      return row.name;
    case 'domain':
      return row.domain ?? row.profile ?? '';
    case 'kind':
      return row.kind;
    case 'fit':
      return row.fit ?? -1;
    case 'tier':
      return TIER_ORDER[row.tier];
    case 'cell':
      return row.cell ?? 'Z';
    case 'stage':
      return row.stage;
    case 'tags':
      return row.tags.join(', ');
    case 'lastSeen':
      return row.lastSeen;
  }
}

// Numbers inside names sort as numbers: "Company 2" before "Company 10".
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const compare = (a: string | number, b: string | number) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));

/** A sorted copy; ties keep a stable order by name then key, so the list never shuffles between renders. */
export function sortLeads(rows: readonly LeadRow[], sort: LeadSort): LeadRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: sortValue(row, sort.key) }));
  keyed.sort((a, b) => {
    const order = compare(a.value, b.value);
    if (order) return order * sign;
    return collator.compare(a.row.name, b.row.name) || (a.row.key < b.row.key ? -1 : 1);
  });
  return keyed.map((k) => k.row);
}

/** The tags and ICPs the filters offer, from every row (not only the filtered ones, so a filter can be changed back). */
export function facetsOf(rows: readonly LeadRow[]): { tags: string[]; icpIds: string[] } {
  const tags = new Set<string>();
  const icpIds = new Set<string>();
  for (const r of rows) {
    for (const t of r.tags) tags.add(t);
    if (r.icpId) icpIds.add(r.icpId);
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  return { tags: sorted(tags), icpIds: sorted(icpIds) };
}

/** Clicking the header of the sorted column flips it; another column starts descending for numbers and dates. */
export function nextSort(current: LeadSort, key: SortKey): LeadSort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'fit' || key === 'lastSeen' ? 'desc' : 'asc' };
}
