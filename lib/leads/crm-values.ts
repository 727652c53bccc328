import type { Stage } from '../scoring/stage';
import type { IndustryGroup } from '../signals/enums';
import type { NumberRange } from '../signals/schema';

/**
 * The values ICP Lens writes into the CRMs' own picklist fields. Each value is one of the CRM's defaults, or the
 * cell is left empty, so an import never fails on a value the field does not know (README "Export to a CRM").
 */

/** HubSpot's default lifecycle stages, as their internal values. */
export const HUBSPOT_LIFECYCLE_VALUES = [
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'opportunity',
  'customer',
  'evangelist',
  'other',
] as const;
type HubspotLifecycle = (typeof HUBSPOT_LIFECYCLE_VALUES)[number];

/**
 * Stage to HubSpot lifecycle stage. A Suspect has no lifecycle stage: HubSpot's `subscriber` means someone who opted in
 * to a blog or newsletter, which a company merely browsed to has not; an empty cell leaves the property unset.
 * HubSpot has no product-qualified stage by default, and a customer's new request (Service QL) stays a customer.
 */
export const HUBSPOT_STAGE: Record<Stage, HubspotLifecycle | undefined> = {
  Suspect: undefined,
  Lead: 'lead',
  MQL: 'marketingqualifiedlead',
  PQL: 'marketingqualifiedlead',
  SQL: 'salesqualifiedlead',
  Customer: 'customer',
  'Service QL': 'customer',
  // HubSpot's default stages have no "lost": a lost deal's company goes back to "other" until it is worked again.
  Lost: 'other',
  Disqualified: 'other',
};

/** Salesforce's default Lead Status picklist. */
export const SALESFORCE_LEAD_STATUS: Record<Stage, string> = {
  Suspect: 'Open - Not Contacted',
  Lead: 'Open - Not Contacted',
  MQL: 'Open - Not Contacted',
  PQL: 'Working - Contacted',
  SQL: 'Working - Contacted',
  Customer: 'Closed - Converted',
  'Service QL': 'Closed - Converted',
  Lost: 'Closed - Not Converted',
  Disqualified: 'Closed - Not Converted',
};

/** Salesforce's default Account Type picklist. */
export const SALESFORCE_ACCOUNT_TYPE: Record<Stage, string> = {
  Suspect: 'Prospect',
  Lead: 'Prospect',
  MQL: 'Prospect',
  PQL: 'Prospect',
  SQL: 'Prospect',
  Customer: 'Customer - Direct',
  'Service QL': 'Customer - Direct',
  Lost: 'Other',
  Disqualified: 'Other',
};

/** Salesforce's default Account Industry picklist. */
export const SALESFORCE_INDUSTRY_VALUES = [
  'Agriculture',
  'Apparel',
  'Banking',
  'Biotechnology',
  'Chemicals',
  'Communications',
  'Construction',
  'Consulting',
  'Education',
  'Electronics',
  'Energy',
  'Engineering',
  'Entertainment',
  'Environmental',
  'Finance',
  'Food & Beverage',
  'Government',
  'Healthcare',
  'Hospitality',
  'Insurance',
  'Machinery',
  'Manufacturing',
  'Media',
  'Not For Profit',
  'Other',
  'Recreation',
  'Retail',
  'Shipping',
  'Technology',
  'Telecommunications',
  'Transportation',
  'Utilities',
] as const;
type SalesforceIndustry = (typeof SALESFORCE_INDUSTRY_VALUES)[number];

/**
 * Industry group to Salesforce Industry. Groups that span two picklist values with nothing to choose between them
 * (government or nonprofit) stay empty rather than guess; the group itself is in the ICP Lens Industry Group column.
 */
export const SALESFORCE_INDUSTRY: Record<IndustryGroup, SalesforceIndustry | undefined> = {
  software: 'Technology',
  'it-services': 'Technology',
  'financial-services': 'Finance',
  healthcare: 'Healthcare',
  education: 'Education',
  manufacturing: 'Manufacturing',
  'retail-consumer': 'Retail',
  'media-publishing': 'Media',
  'marketing-advertising': 'Media',
  'professional-services': 'Consulting',
  'real-estate-construction': 'Construction',
  'energy-utilities': 'Energy',
  'transportation-logistics': 'Transportation',
  'hospitality-travel': 'Hospitality',
  telecommunications: 'Telecommunications',
  'government-nonprofit': undefined,
  other: 'Other',
};

/**
 * The one number a CRM's employee field holds: the exact figure, else the middle of the range (51-200 gives 126);
 * an open range ("10,001+") gives its lower end, the only figure it states.
 */
export function employeeCount(range: NumberRange | undefined): number | undefined {
  if (!range) return undefined;
  if (range.max === undefined) return range.min;
  return Math.round((range.min + range.max) / 2);
}

/** The range as the page stated it ("51-200", "10001+"); empty for an exact figure, which the count column holds. */
export function employeeRange(range: NumberRange | undefined): string | undefined {
  if (!range || range.max === range.min) return undefined;
  return range.max === undefined ? `${range.min}+` : `${range.min}-${range.max}`;
}
