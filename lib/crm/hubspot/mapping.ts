import { HUBSPOT_STAGE } from '../../leads/crm-values';
import { splitName } from '../../leads/csv-export';
import { countryName } from '../../panel/company-facts';
import type { CompanySignals } from '../../signals/schema';
import type { Properties } from '../diff';
import { type CompanyInput, type ContactInput, known, type LeadScore, scoreValues } from '../input';
import { TIER_VALUE } from './properties';

export type { CompanyInput, ContactInput, LeadScore, Properties };

const SCORE_PROPERTIES = {
  fit: 'icp_lens_fit',
  tier: 'icp_lens_tier',
  bestCase: 'icp_lens_best_case',
  confidence: 'icp_lens_confidence',
  icpName: 'icp_lens_icp_name',
  icpVersion: 'icp_lens_icp_version',
  matrixCell: 'icp_lens_matrix_cell',
  suggestedStage: 'icp_lens_suggested_stage',
  chosenStage: 'icp_lens_chosen_stage',
  explanation: 'icp_lens_explanation',
};

const scoreProperties = (lead: LeadScore): Properties => ({
  // The tier is a HubSpot dropdown: its option values, not words.
  ...scoreValues(lead, SCORE_PROPERTIES, (tier) => TIER_VALUE[tier]),
  // As the CSV export maps it (lib/leads/csv-export.ts): the stage shown, the seller's choice or the suggestion.
  ...known({ lifecyclestage: HUBSPOT_STAGE[lead.status.stage.stage] }),
});

/**
 * HubSpot's Industry is a dropdown of fixed values: ICP Lens's industry group goes there only when the portal offers
 * the matching value; the industry as stated always goes in ICP Lens's own property.
 */
export const INDUSTRY_OPTION: Partial<Record<NonNullable<CompanySignals['industryGroup']>['value'], string>> = {
  software: 'COMPUTER_SOFTWARE',
  'it-services': 'INFORMATION_TECHNOLOGY_AND_SERVICES',
  'financial-services': 'FINANCIAL_SERVICES',
  healthcare: 'HOSPITAL_HEALTH_CARE',
  education: 'EDUCATION_MANAGEMENT',
  'retail-consumer': 'RETAIL',
  'media-publishing': 'PUBLISHING',
  'marketing-advertising': 'MARKETING_AND_ADVERTISING',
  'professional-services': 'MANAGEMENT_CONSULTING',
  'real-estate-construction': 'REAL_ESTATE',
  'energy-utilities': 'UTILITIES',
  'transportation-logistics': 'LOGISTICS_AND_SUPPLY_CHAIN',
  'hospitality-travel': 'HOSPITALITY',
  telecommunications: 'TELECOMMUNICATIONS',
  'government-nonprofit': 'GOVERNMENT_ADMINISTRATION',
};

/** A company's HubSpot properties: standard ones for the facts, ICP Lens's own for the score. */
export function companyProperties(input: CompanyInput, industryOptions?: readonly string[]): Properties {
  const s = input.signals;
  const group = s.industryGroup?.value;
  const industry = group && INDUSTRY_OPTION[group];
  const country = s.hq?.value.country;
  return {
    ...known({
      name: input.name ?? s.name?.value,
      domain: input.domain,
      website: input.domain && `https://${input.domain}`,
      industry: industry && industryOptions?.includes(industry) ? industry : undefined,
      icp_lens_industry: s.industry?.value,
      numberofemployees: s.employees?.value.min,
      city: s.hq?.value.city,
      state: s.hq?.value.region,
      country: country && countryName(country),
      founded_year: s.founded?.value,
      linkedin_company_page: s.socials?.linkedin?.value,
    }),
    ...scoreProperties(input),
  };
}

/** A person's HubSpot properties. HubSpot wants a first and a last name; the split is the CSV export's. */
export function contactProperties(input: ContactInput): Properties {
  const s = input.signals;
  const name = input.name ?? s.name?.value;
  const split = name ? splitName(name) : undefined;
  return {
    ...known({
      firstname: split?.first,
      lastname: split?.last,
      email: input.email,
      jobtitle: s.title?.value,
      company: input.employerName ?? s.employer?.value,
      icp_lens_profile: input.contactId,
    }),
    ...scoreProperties(input),
  };
}
