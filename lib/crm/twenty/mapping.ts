import { splitName } from '../../leads/csv-export';
import { countryName } from '../../panel/company-facts';
import type { Properties } from '../diff';
import { type CompanyInput, type ContactInput, known, type LeadScore, scoreValues } from '../input';
import type { TwentyObject } from './api';
import { CUSTOM_FIELDS, type Workspace } from './fields';

/**
 * ICP Lens facts as Twenty fields, by dotted path: a composite field's part is `field.part` (`address.addressCity`),
 * the way Twenty's filters name them. The score goes to ICP Lens's custom fields (./fields.ts).
 */
const scoreFields = (lead: LeadScore): Properties =>
  scoreValues(lead, {
    fit: 'icpLensFit',
    tier: 'icpLensTier',
    bestCase: 'icpLensBestCase',
    confidence: 'icpLensConfidence',
    icpName: 'icpLensIcpName',
    icpVersion: 'icpLensIcpVersion',
    matrixCell: 'icpLensMatrixCell',
    suggestedStage: 'icpLensSuggestedStage',
    chosenStage: 'icpLensChosenStage',
    explanation: 'icpLensExplanation',
  });

/** A company's fields: Twenty's standard ones for the facts (it has no industry field: the text goes to ICP Lens's). */
export function companyFields(input: CompanyInput): Properties {
  const s = input.signals;
  const country = s.hq?.value.country;
  return {
    ...known({
      name: input.name ?? s.name?.value,
      'domainName.primaryLinkUrl': input.domain && `https://${input.domain}`,
      employees: s.employees?.value.min,
      'address.addressCity': s.hq?.value.city,
      'address.addressState': s.hq?.value.region,
      'address.addressCountry': country && countryName(country),
      'linkedinLink.primaryLinkUrl': s.socials?.linkedin?.value,
      icpLensDomain: input.domain,
      icpLensIndustry: s.industry?.value,
    }),
    ...scoreFields(input),
  };
}

const LINKEDIN = /^https:\/\/([a-z]+\.)?linkedin\.com\/in\//i;

/** A person's fields; the name split is the CSV export's (the last word is the last name). */
export function personFields(input: ContactInput): Properties {
  const s = input.signals;
  const name = input.name ?? s.name?.value;
  const split = name ? splitName(name) : undefined;
  const profile = s.profileUrl?.value;
  return {
    ...known({
      'name.firstName': split?.first,
      'name.lastName': split?.last,
      'emails.primaryEmail': input.email,
      jobTitle: s.title?.value,
      city: s.location?.value.split(',')[0]?.trim(),
      'linkedinLink.primaryLinkUrl': profile && LINKEDIN.test(profile) ? profile : undefined,
      icpLensProfile: input.contactId,
    }),
    ...scoreFields(input),
  };
}

/**
 * What of `desired` the workspace can take: fields it has, and (`planned`) ICP Lens's that the push will create first.
 */
export function fitToWorkspace(desired: Properties, object: TwentyObject, ws: Workspace, planned = true): Properties {
  const usable = (field: string) =>
    ws.fields[object].has(field) || (planned && ws.missing[object].some((f) => f.name === field));
  return Object.fromEntries(Object.entries(desired).filter(([path]) => usable(path.split('.')[0] ?? '')));
}

const NUMERIC = new Set(['NUMBER', 'NUMERIC', 'POSITION']);

/**
 * The JSON body Twenty wants: composite parts nested back into their field, numbers as numbers. A composite is sent
 * whole (what Twenty holds, with the new parts over it), so writing the city never clears the country.
 */
export function toBody(
  values: Properties,
  object: TwentyObject,
  ws: Workspace,
  existing: Record<string, string | null> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    const [field = '', part] = path.split('.');
    if (!part) {
      const n = Number(value);
      const numeric = (field === 'employees' || NUMERIC.has(ws.fields[object].get(field)?.type ?? '')) && value.trim();
      out[field] = numeric && Number.isFinite(n) ? n : value;
      continue;
    }
    if (!out[field]) {
      const held = Object.entries(existing)
        .filter(([k, v]) => k.startsWith(`${field}.`) && typeof v === 'string')
        .map(([k, v]) => [k.slice(field.length + 1), v]);
      out[field] = Object.fromEntries(held);
    }
    (out[field] as Record<string, string>)[part] = value;
  }
  return out;
}

/** Standard fields' labels as Twenty shows them; a custom field's comes from the workspace. */
const LABELS: Record<string, string> = {
  name: 'Name',
  'domainName.primaryLinkUrl': 'Domain',
  employees: 'Employees',
  'address.addressCity': 'Address (city)',
  'address.addressState': 'Address (state)',
  'address.addressCountry': 'Address (country)',
  'linkedinLink.primaryLinkUrl': 'Linkedin',
  'name.firstName': 'First name',
  'name.lastName': 'Last name',
  'emails.primaryEmail': 'Email',
  jobTitle: 'Job Title',
  city: 'City',
};

export const fieldLabel = (object: TwentyObject, ws: Workspace, path: string) =>
  LABELS[path] ?? ws.fields[object].get(path)?.label ?? CUSTOM_FIELDS.find((f) => f.name === path)?.label ?? path;
