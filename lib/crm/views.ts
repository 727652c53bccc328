import type { CrmPushRecord } from '../db/db';
import type { FieldChange, FieldStatus } from './hubspot/diff';
import type { PushOutcome, PushPlan } from './hubspot/push';

/** `ui-bg/hubspot-status`. */
export interface HubSpotStatusView {
  connected: boolean;
  /** "pat-na1-…c0de" */
  masked?: string;
  connectedAt?: number;
  /** The host permission to ask for before connecting. */
  origin: string;
}

export interface RecordPreview {
  kind: 'company' | 'contact';
  label: string;
  /** Already in HubSpot (updated), or created by the push. */
  exists: boolean;
  fields: FieldChange[];
}

/** `ui-bg/hubspot-preview`: every record and field a push would touch, and the totals. */
export interface PushPreviewView {
  accounts: { accountId: string; name: string; skipped?: string; records: RecordPreview[] }[];
  /** ICP Lens properties the first push creates in HubSpot (0 once they exist). */
  createsProperties: number;
  counts: Record<FieldStatus, number>;
}

/** `ui-bg/hubspot-push`. */
export type PushResultView = Omit<PushOutcome, 'log'> & { at: number };

/** `ui-bg/hubspot-push-log`: "pushed 2 Dec, 14:03, 6 fields". */
export interface PushLogView {
  at: number;
  fields: number;
  failures: string[];
}

export function previewView(plan: PushPlan): PushPreviewView {
  const counts: Record<FieldStatus, number> = { new: 0, changed: 0, unchanged: 0, kept: 0 };
  const accounts = plan.accounts.map((a) => {
    const records: RecordPreview[] = [
      { kind: 'company', label: a.name, exists: !!a.company.crmId, fields: a.company.fields },
      ...a.contacts.map((c) => ({ kind: 'contact' as const, label: c.label, exists: !!c.crmId, fields: c.fields })),
    ];
    if (!a.skipped) for (const r of records) for (const f of r.fields) counts[f.status]++;
    return { accountId: a.accountId, name: a.name, ...(a.skipped && { skipped: a.skipped }), records };
  });
  return { accounts, createsProperties: plan.createsProperties, counts };
}

export const logView = (row: CrmPushRecord): PushLogView => ({
  at: row.at,
  fields: row.fields,
  failures: row.failures,
});
