import type { LeadRow } from '../../../lib/leads/types';

/** A list row with defaults; `text` follows name, domain and tags as the background builds it. */
export function leadRow(partial: Partial<LeadRow> & { id: string }): LeadRow {
  const row: LeadRow = {
    key: `${partial.kind ?? 'account'}:${partial.id}`,
    kind: 'account',
    name: partial.id,
    tier: 'D',
    grade: 4,
    cell: 'D4',
    stage: 'Suspect',
    stageSource: 'suggested',
    tags: [],
    lastSeen: 0,
    text: '',
    ...partial,
  };
  row.text = [row.name, row.domain, row.profile, ...row.tags].filter(Boolean).join(' ').toLowerCase();
  return row;
}
