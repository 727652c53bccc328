import type { CrmPushRecord } from '../db/db';
import type { FieldChange, FieldStatus } from './diff';
import type { AccountPlan, PushOutcome } from './plan';

/** The CRMs ICP Lens pushes to, by the key their messages and push log use, with their names in words. */
export const CRM_NAMES = { hubspot: 'HubSpot', salesforce: 'Salesforce', twenty: 'Twenty' } as const;
export type CrmKey = keyof typeof CRM_NAMES;
/** What each CRM calls a company record, one and many. */
export const COMPANY_WORDS: Record<CrmKey, [string, string]> = {
  hubspot: ['company', 'companies'],
  salesforce: ['account', 'accounts'],
  twenty: ['company', 'companies'],
};

/** `ui-bg/hubspot-status`. */
export interface HubSpotStatusView {
  connected: boolean;
  /** "pat-na1-…c0de" */
  masked?: string;
  connectedAt?: number;
  /** The host permission to ask for before connecting. */
  origin: string;
  /** A pasted private-app token, or a sign-in with the team's app (renewed on its own through the broker). */
  method?: 'pasted' | 'oauth';
  /** The HubSpot account (portal) signed in to, when HubSpot said. */
  hubId?: number;
  /** The team app's client id and broker last used (no secret), to fill the form again. */
  clientId?: string;
  brokerUrl?: string;
  /** The address HubSpot sends the browser back to: the app's redirect URL. */
  callbackUrl: string;
}

/** `ui-bg/salesforce-status`. */
export interface SalesforceStatusView {
  connected: boolean;
  /** "00D…WXYZ" */
  masked?: string;
  connectedAt?: number;
  /** The org's address ("https://acme.my.salesforce.com"), once connected. */
  instanceUrl?: string;
  /** How the token was obtained: signing in (OAuth, renewed on its own) or pasted. */
  method?: 'oauth' | 'pasted';
  /** The login address and consumer key last used to sign in (no secret), to fill the form again. */
  loginUrl?: string;
  clientId?: string;
  /** The address the browser sends the user back to after signing in: the connected app's callback URL. */
  callbackUrl?: string;
}

/** `ui-bg/twenty-status`. */
export interface TwentyStatusView {
  connected: boolean;
  /** "eyJ…WXYZ" */
  masked?: string;
  connectedAt?: number;
  /** The workspace's API address ("https://api.twenty.com" or a self-hosted one), once connected. */
  baseUrl?: string;
  /** The address the form starts with: Twenty's cloud. */
  defaultUrl: string;
}

export interface RecordPreview {
  kind: 'company' | 'contact';
  label: string;
  /** Already in the CRM (updated), or created by the push. */
  exists: boolean;
  fields: FieldChange[];
}

/** `ui-bg/<crm>-preview`: every record and field a push would touch, and the totals. */
export interface PushPreviewView {
  accounts: { accountId: string; name: string; skipped?: string; records: RecordPreview[] }[];
  /** ICP Lens properties the first push creates in HubSpot (0 once they exist; Salesforce's are made by an admin). */
  createsProperties: number;
  /** What the push leaves out and why, in words ("Salesforce has no field ICP Lens Fit on Account: …"). */
  notes: string[];
  counts: Record<FieldStatus, number>;
}

/** `ui-bg/<crm>-push`. */
export type PushResultView = Omit<PushOutcome, 'log'> & { at: number };

/** `ui-bg/<crm>-push-log`: "pushed 2 Dec, 14:03, 6 fields". */
export interface PushLogView {
  at: number;
  fields: number;
  failures: string[];
}

export function previewView(plan: {
  accounts: readonly AccountPlan[];
  createsProperties?: number;
  notes?: readonly string[];
}): PushPreviewView {
  const counts: Record<FieldStatus, number> = { new: 0, changed: 0, unchanged: 0, kept: 0 };
  const accounts = plan.accounts.map((a) => {
    const records: RecordPreview[] = [
      { kind: 'company', label: a.name, exists: !!a.company.crmId, fields: a.company.fields },
      ...a.contacts.map((c) => ({ kind: 'contact' as const, label: c.label, exists: !!c.crmId, fields: c.fields })),
    ];
    if (!a.skipped) for (const r of records) for (const f of r.fields) counts[f.status]++;
    return { accountId: a.accountId, name: a.name, ...(a.skipped && { skipped: a.skipped }), records };
  });
  return { accounts, createsProperties: plan.createsProperties ?? 0, notes: [...(plan.notes ?? [])], counts };
}

export const logView = (row: CrmPushRecord): PushLogView => ({
  at: row.at,
  fields: row.fields,
  failures: row.failures,
});
