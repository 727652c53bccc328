import { HUBSPOT_STAGE } from '../../leads/crm-values';
import { splitName } from '../../leads/csv-export';
import { countryName } from '../../panel/company-facts';
import type { ScoreResult } from '../../scoring/types';
import type { CompanySignals, PersonSignals } from '../../signals/schema';
import type { LeadStatus } from '../../workflow/lead-status';
import { TIER_VALUE } from './properties';

/** What one lead is scored and staged as, for the ICP Lens properties. */
export interface LeadScore {
  score?: ScoreResult;
  status: LeadStatus;
  icp: { name: string; version: number };
}

export interface CompanyInput extends LeadScore {
  accountId: string;
  domain?: string;
  name?: string;
  signals: CompanySignals;
}

export interface ContactInput extends LeadScore {
  /** The person's key in ICP Lens (a profile URL without scheme). */
  contactId: string;
  name?: string;
  /** Only when a page showed one; otherwise the person is matched by name within the company. */
  email?: string;
  signals: PersonSignals;
  employerName?: string;
}

export type Properties = Record<string, string>;

const EXPLANATION_MAX = 500;

/**
 * The score in one line of words: the tier's reason, then what matched, what did not and what is still unknown, by
 * weight ("Tier B: fit 72 is 60 or more. Matches: Industry, Size. Misses: Country. Unknown: Funding.").
 */
export function explainInOneLine(score: ScoreResult | undefined): string | undefined {
  if (!score) return undefined;
  const byWeight = [...score.criteria].filter((c) => !c.penalty).sort((a, b) => b.possible - a.possible);
  const names = (list: typeof byWeight) =>
    list
      .slice(0, 4)
      .map((c) => c.label)
      .join(', ');
  const matches = byWeight.filter((c) => c.match !== null && c.match >= 0.5);
  const misses = byWeight.filter((c) => c.match !== null && c.match < 0.5);
  const unknown = byWeight.filter((c) => c.match === null);
  const parts = [
    score.tierReason,
    matches.length ? `Matches: ${names(matches)}` : '',
    misses.length ? `Misses: ${names(misses)}` : '',
    unknown.length ? `Unknown: ${names(unknown)}` : '',
  ].filter(Boolean);
  const line = `${parts.join('. ')}.`;
  return line.length > EXPLANATION_MAX ? `${line.slice(0, EXPLANATION_MAX - 1)}…` : line;
}

/** Keeps the values that are known, as HubSpot's strings; a missing value is never sent (it would clear HubSpot's). */
function known(values: Record<string, string | number | undefined>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    out[key] = String(value);
  }
  return out;
}

function scoreProperties(lead: LeadScore): Properties {
  const { score, status } = lead;
  const stage = status.stage;
  return known({
    icp_lens_fit: score?.fit,
    icp_lens_tier: TIER_VALUE[status.tier],
    icp_lens_best_case: score?.bestCase,
    icp_lens_confidence: score && Math.round(score.confidence * 100),
    icp_lens_icp_name: score && lead.icp.name,
    icp_lens_icp_version: score && lead.icp.version,
    icp_lens_matrix_cell: status.matrix.cell,
    icp_lens_suggested_stage: stage.suggested,
    icp_lens_chosen_stage: stage.source === 'user' ? stage.stage : undefined,
    icp_lens_explanation: explainInOneLine(score),
    // As the CSV export maps it (lib/leads/csv-export.ts): the stage shown, the seller's choice or the suggestion.
    lifecyclestage: HUBSPOT_STAGE[stage.stage],
  });
}

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
