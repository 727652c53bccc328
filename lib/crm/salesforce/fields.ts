import { describe, type SObject } from './api';
import type { SalesforceTransport } from './http';
import type { Describe } from './wire';

/**
 * ICP Lens's custom fields. Salesforce's REST data API cannot create fields (that takes Setup or the Metadata API, and
 * an admin), so the admin creates these once (README "Push to Salesforce"); a push finds out which exist with describe
 * and leaves the others out, saying so.
 */
export interface CustomField {
  name: string;
  label: string;
  /** As Setup names the data type, for the admin. */
  type: string;
  objects: readonly SObject[];
  what: string;
}

const both: SObject[] = ['Account', 'Contact'];
export const CUSTOM_FIELDS: readonly CustomField[] = [
  { name: 'ICP_Lens_Fit__c', label: 'ICP Lens Fit', type: 'Number(3, 0)', objects: both, what: 'fit 0-100' },
  {
    name: 'ICP_Lens_Tier__c',
    label: 'ICP Lens Tier',
    type: 'Text(20)',
    objects: both,
    what: 'A, B, C, D, X (disqualified) or "Not enough data"',
  },
  {
    name: 'ICP_Lens_Best_Case__c',
    label: 'ICP Lens Best Case',
    type: 'Number(3, 0)',
    objects: both,
    what: 'the fit if every unknown criterion matched',
  },
  {
    name: 'ICP_Lens_Confidence__c',
    label: 'ICP Lens Confidence',
    type: 'Number(3, 0)',
    objects: both,
    what: 'share of the ICP weight whose data was known, in %',
  },
  { name: 'ICP_Lens_ICP_Name__c', label: 'ICP Lens ICP Name', type: 'Text(255)', objects: both, what: 'the ICP used' },
  {
    name: 'ICP_Lens_ICP_Version__c',
    label: 'ICP Lens ICP Version',
    type: 'Number(9, 0)',
    objects: both,
    what: 'its version',
  },
  { name: 'ICP_Lens_Matrix_Cell__c', label: 'ICP Lens Matrix Cell', type: 'Text(10)', objects: both, what: 'A1 … D4' },
  {
    name: 'ICP_Lens_Suggested_Stage__c',
    label: 'ICP Lens Suggested Stage',
    type: 'Text(40)',
    objects: both,
    what: "ICP Lens's suggested stage",
  },
  {
    name: 'ICP_Lens_Chosen_Stage__c',
    label: 'ICP Lens Chosen Stage',
    type: 'Text(40)',
    objects: both,
    what: 'the stage the seller chose (empty if none)',
  },
  {
    name: 'ICP_Lens_Explanation__c',
    label: 'ICP Lens Explanation',
    type: 'Long Text Area(1000)',
    objects: both,
    what: 'why the fit is what it is, in one line',
  },
  {
    name: 'ICP_Lens_Domain__c',
    label: 'ICP Lens Domain',
    type: 'Text(255), External ID, Unique (case-insensitive)',
    objects: ['Account'],
    what: 'the registrable domain: how the next push finds the account first',
  },
  {
    name: 'ICP_Lens_Industry__c',
    label: 'ICP Lens Industry',
    type: 'Text(255)',
    objects: ['Account'],
    what: 'the industry as the company states it (Industry is a picklist)',
  },
  {
    name: 'ICP_Lens_Profile__c',
    label: 'ICP Lens Profile',
    type: 'Text(255), External ID',
    objects: ['Contact'],
    what: 'the profile page ICP Lens knows the person by: how the next push finds them',
  },
];
export const OWN_FIELDS = new Set(CUSTOM_FIELDS.map((f) => f.name));

/** One field as this org has it. */
export interface OrgField {
  label: string;
  writable: boolean;
  /** Text fields' maximum length: longer values are cut to fit rather than refused. */
  length?: number;
  /** A picklist's active values: any other value would be refused. */
  picklist?: string[];
  /** Number fields take JSON numbers, not text. */
  numeric?: boolean;
}

/** What the org has of Account's and Contact's fields, and what ICP Lens will have to leave out. */
export interface OrgFields {
  fields: Record<SObject, Map<string, OrgField>>;
  /** ICP Lens's custom fields the admin has not created (or this user may not write), by object. */
  missing: Record<SObject, CustomField[]>;
}

const TEXT_TYPES = new Set(['string', 'textarea', 'url', 'email', 'phone']);
const NUMBER_TYPES = new Set(['int', 'double', 'percent', 'currency']);

export function orgFieldsOf(described: Describe): Map<string, OrgField> {
  const out = new Map<string, OrgField>();
  for (const f of described.fields) {
    out.set(f.name, {
      label: f.label,
      writable: f.createable || f.updateable,
      ...(TEXT_TYPES.has(f.type) && f.length ? { length: f.length } : {}),
      ...(NUMBER_TYPES.has(f.type) && { numeric: true }),
      ...(f.type === 'picklist' && { picklist: (f.picklistValues ?? []).filter((v) => v.active).map((v) => v.value) }),
    });
  }
  return out;
}

/** Reads, writing nothing: the preview says which ICP Lens fields the org lacks. */
export async function inspectFields(t: SalesforceTransport): Promise<OrgFields> {
  const fields = {} as OrgFields['fields'];
  const missing = {} as OrgFields['missing'];
  for (const sobject of ['Account', 'Contact'] as const) {
    fields[sobject] = orgFieldsOf(await describe(t, sobject));
    missing[sobject] = CUSTOM_FIELDS.filter(
      (f) => f.objects.includes(sobject) && !fields[sobject].get(f.name)?.writable,
    );
  }
  return { fields, missing };
}

const PLURAL: Record<SObject, string> = { Account: 'Accounts', Contact: 'Contacts' };

/** "Salesforce has no field ICP Lens Fit (ICP_Lens_Fit__c), … on Accounts: …" — one line per object, in words. */
export function missingNotes(org: OrgFields): string[] {
  return (['Account', 'Contact'] as const)
    .filter((o) => org.missing[o].length)
    .map(
      (o) =>
        `Salesforce has no field ${org.missing[o].map((f) => `${f.label} (${f.name})`).join(', ')} on ${PLURAL[o]} ` +
        'that you may write: those values are left out. Ask your Salesforce admin to create them (see the README, Push to Salesforce)',
    );
}
