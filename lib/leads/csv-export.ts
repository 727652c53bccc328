import Papa from 'papaparse';
import { INDUSTRY_GROUP_LABELS } from '../signals/enum-labels';
import {
  employeeCount,
  employeeRange,
  HUBSPOT_STAGE,
  SALESFORCE_ACCOUNT_TYPE,
  SALESFORCE_INDUSTRY,
  SALESFORCE_LEAD_STATUS,
} from './crm-values';
import type { LeadKind, LeadRow } from './types';

/**
 * CSV files a CRM's own import maps without editing: the headers are the labels HubSpot's import tool and
 * Salesforce's Data Import Wizard match automatically (README "Export to a CRM (CSV)" has the tables and sources). Columns
 * with an `ICP Lens` prefix are ours: the CRM offers to create a property/field for them or to skip them.
 */
export const EXPORT_TARGETS = [
  'hubspot-companies',
  'hubspot-contacts',
  'salesforce-accounts',
  'salesforce-leads',
] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

type Cell = string | number | undefined;
interface Column {
  header: string;
  value: (row: LeadRow) => Cell;
}

/** A person's name in two parts: the last word is the last name ("Ana de la Cruz" reads wrong, but both CRMs require one). */
export function splitName(name: string): { first: string; last: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { first: '', last: words[0] ?? '' };
  return { first: words.slice(0, -1).join(' '), last: words.at(-1) as string };
}

const website = (r: LeadRow) => (r.domain ? `https://${r.domain}` : undefined);
const employees = (r: LeadRow) => employeeCount(r.employees);
/** What the page said, apart from the group we classified it into: each in its own column. */
const companyFacts: Column[] = [
  { header: 'ICP Lens Employee Range', value: (r) => employeeRange(r.employees) },
  { header: 'ICP Lens Industry', value: (r) => r.industry },
  { header: 'ICP Lens Industry Group', value: (r) => r.industryGroup && INDUSTRY_GROUP_LABELS[r.industryGroup] },
];
const ours: Column[] = [
  { header: 'ICP Lens Fit', value: (r) => r.fit },
  // '?' (not enough data yet) is no tier: a CRM filter on tier must not group these accounts as one.
  { header: 'ICP Lens Tier', value: (r) => (r.tier === '?' ? undefined : r.tier) },
  { header: 'ICP Lens Matrix Cell', value: (r) => r.cell },
  { header: 'ICP Lens Stage', value: (r) => r.stage },
  { header: 'ICP Lens Tags', value: (r) => r.tags.join('; ') },
];

export const MAPPINGS: Record<ExportTarget, { kind: LeadKind; label: string; columns: Column[] }> = {
  'hubspot-companies': {
    kind: 'account',
    label: 'HubSpot: companies',
    columns: [
      { header: 'Company name', value: (r) => r.name },
      { header: 'Company Domain Name', value: (r) => r.domain },
      { header: 'Number of Employees', value: employees },
      { header: 'City', value: (r) => r.city },
      { header: 'Country/Region', value: (r) => r.country },
      { header: 'Lifecycle Stage', value: (r) => HUBSPOT_STAGE[r.stage] },
      // HubSpot's Industry is a dropdown of fixed values: free text there would be refused, so it goes in our columns.
      ...companyFacts,
      ...ours,
    ],
  },
  'hubspot-contacts': {
    kind: 'contact',
    label: 'HubSpot: contacts',
    columns: [
      { header: 'First Name', value: (r) => splitName(r.name).first },
      { header: 'Last Name', value: (r) => splitName(r.name).last },
      { header: 'Job Title', value: (r) => r.title },
      { header: 'Company Name', value: (r) => r.company },
      { header: 'City', value: (r) => r.city },
      { header: 'Lifecycle Stage', value: (r) => HUBSPOT_STAGE[r.stage] },
      { header: 'ICP Lens Profile', value: (r) => r.profile },
      { header: 'ICP Lens Buying Role', value: (r) => r.buyingRole },
      ...ours,
    ],
  },
  'salesforce-accounts': {
    kind: 'account',
    label: 'Salesforce: accounts',
    columns: [
      { header: 'Account Name', value: (r) => r.name },
      { header: 'Website', value: website },
      // A picklist: only its own values, from the industry group; what the page stated is in ICP Lens Industry.
      { header: 'Industry', value: (r) => r.industryGroup && SALESFORCE_INDUSTRY[r.industryGroup] },
      { header: 'Employees', value: employees },
      { header: 'Billing City', value: (r) => r.city },
      { header: 'Billing Country', value: (r) => r.country },
      { header: 'Type', value: (r) => SALESFORCE_ACCOUNT_TYPE[r.stage] },
      ...companyFacts,
      ...ours,
    ],
  },
  'salesforce-leads': {
    kind: 'contact',
    label: 'Salesforce: leads (people)',
    columns: [
      { header: 'First Name', value: (r) => splitName(r.name).first },
      { header: 'Last Name', value: (r) => splitName(r.name).last },
      { header: 'Title', value: (r) => r.title },
      // Company is required on a Salesforce lead: a person whose employer is unknown says so.
      { header: 'Company', value: (r) => r.company ?? '[not provided]' },
      { header: 'City', value: (r) => r.city },
      { header: 'Lead Status', value: (r) => SALESFORCE_LEAD_STATUS[r.stage] },
      { header: 'Description', value: (r) => r.profile },
      { header: 'ICP Lens Buying Role', value: (r) => r.buyingRole },
      ...ours,
    ],
  },
};

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Page text in a spreadsheet cell must not run as a formula (CSV injection): a cell starting with =, +, -, @, tab or
 * carriage return gets a leading apostrophe, which spreadsheets show as text. Numbers we computed are left as they are.
 */
export function neutralizeCell(value: Cell): string | number {
  if (value === undefined) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The rows of the target's kind, in the list's order, as CSV text with the CRM's headers. */
export function leadsCsv(rows: readonly LeadRow[], target: ExportTarget): { text: string; count: number } {
  const mapping = MAPPINGS[target];
  const picked = rows.filter((r) => r.kind === mapping.kind);
  const text = Papa.unparse(
    {
      fields: mapping.columns.map((c) => c.header),
      data: picked.map((r) => mapping.columns.map((c) => neutralizeCell(c.value(r)))),
    },
    { newline: '\r\n' },
  );
  return { text, count: picked.length };
}

export function exportFileName(target: ExportTarget, now: Date): string {
  return `icp-lens-${target}-${now.toISOString().slice(0, 10)}.csv`;
}
