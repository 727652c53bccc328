import { SALESFORCE_ACCOUNT_TYPE, SALESFORCE_INDUSTRY } from '../../leads/crm-values';
import { splitName } from '../../leads/csv-export';
import { countryName } from '../../panel/company-facts';
import type { Properties } from '../diff';
import { type CompanyInput, type ContactInput, known, type LeadScore, scoreValues } from '../input';
import type { SObject } from './api';
import type { OrgField } from './fields';

/** The score, in ICP Lens's custom fields (the same on Accounts and Contacts). */
const scoreFields = (lead: LeadScore): Properties =>
  scoreValues(lead, {
    fit: 'ICP_Lens_Fit__c',
    tier: 'ICP_Lens_Tier__c',
    bestCase: 'ICP_Lens_Best_Case__c',
    confidence: 'ICP_Lens_Confidence__c',
    icpName: 'ICP_Lens_ICP_Name__c',
    icpVersion: 'ICP_Lens_ICP_Version__c',
    matrixCell: 'ICP_Lens_Matrix_Cell__c',
    suggestedStage: 'ICP_Lens_Suggested_Stage__c',
    chosenStage: 'ICP_Lens_Chosen_Stage__c',
    explanation: 'ICP_Lens_Explanation__c',
  });

/**
 * An Account's fields: standard ones for the facts, ICP Lens's custom ones for the score. Industry and Type take
 * values of Salesforce's default picklists only, as the CSV export writes them (lib/leads/crm-values.ts).
 */
export function accountFields(input: CompanyInput): Properties {
  const s = input.signals;
  const group = s.industryGroup?.value;
  const country = s.hq?.value.country;
  return {
    ...known({
      Name: input.name ?? s.name?.value,
      Website: input.domain && `https://${input.domain}`,
      Industry: group && SALESFORCE_INDUSTRY[group],
      NumberOfEmployees: s.employees?.value.min,
      BillingCity: s.hq?.value.city,
      BillingState: s.hq?.value.region,
      BillingCountry: country && countryName(country),
      YearStarted: s.founded?.value,
      Type: SALESFORCE_ACCOUNT_TYPE[input.status.stage.stage],
      ICP_Lens_Domain__c: input.domain,
      ICP_Lens_Industry__c: s.industry?.value,
    }),
    ...scoreFields(input),
  };
}

/** A Contact's fields. Salesforce requires a last name; the split is the CSV export's (the last word). */
export function contactFields(input: ContactInput): Properties {
  const s = input.signals;
  const name = input.name ?? s.name?.value;
  const split = name ? splitName(name) : undefined;
  return {
    ...known({
      FirstName: split?.first,
      LastName: split?.last,
      Email: input.email,
      Title: s.title?.value,
      ICP_Lens_Profile__c: input.contactId,
    }),
    ...scoreFields(input),
  };
}

/**
 * What of `desired` this org can take: fields it has and lets this user write, picklist values it offers, text cut to
 * the field's length. Everything else is left out (and said in the preview's notes), never refused by Salesforce.
 */
export function fitToOrg(desired: Properties, fields: ReadonlyMap<string, OrgField>): Properties {
  const out: Properties = {};
  for (const [name, value] of Object.entries(desired)) {
    const field = fields.get(name);
    if (!field?.writable) continue;
    if (field.picklist && !field.picklist.includes(value)) continue;
    out[name] = field.length && value.length > field.length ? `${value.slice(0, field.length - 1)}…` : value;
  }
  return out;
}

/** The values as Salesforce's JSON wants them: numbers for number fields, text for the rest. */
export function typed(values: Properties, fields: ReadonlyMap<string, OrgField>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    const n = Number(value);
    out[name] = fields.get(name)?.numeric && value.trim() !== '' && Number.isFinite(n) ? n : value;
  }
  return out;
}

/** Standard fields' labels when the org's describe has none (it always has; this is for the tests' small orgs). */
const STANDARD_LABELS: Record<string, string> = {
  Name: 'Account Name',
  Website: 'Website',
  Industry: 'Industry',
  NumberOfEmployees: 'Employees',
  BillingCity: 'Billing City',
  BillingState: 'Billing State/Province',
  BillingCountry: 'Billing Country',
  YearStarted: 'Year Started',
  Type: 'Account Type',
  FirstName: 'First Name',
  LastName: 'Last Name',
  Email: 'Email',
  Title: 'Title',
};

export const fieldLabel = (sobject: SObject, fields: ReadonlyMap<string, OrgField>, name: string) =>
  fields.get(name)?.label ?? STANDARD_LABELS[name] ?? `${sobject} ${name}`;
