import type { Department, FundingStage, IndustryGroup, Seniority, SocialNetwork } from './enums';

/**
 * The words a person reads for each classification value: users never see internal codes such as `it-services` or
 * `c-level`. One table per vocabulary, used by the panel, the editor, the Leads page and exports.
 */
export const INDUSTRY_GROUP_LABELS: Record<IndustryGroup, string> = {
  software: 'Software',
  'it-services': 'IT services',
  'financial-services': 'Financial services',
  healthcare: 'Healthcare',
  education: 'Education',
  manufacturing: 'Manufacturing',
  'retail-consumer': 'Retail and consumer',
  'media-publishing': 'Media and publishing',
  'marketing-advertising': 'Marketing and advertising',
  'professional-services': 'Professional services',
  'real-estate-construction': 'Real estate and construction',
  'energy-utilities': 'Energy and utilities',
  'transportation-logistics': 'Transportation and logistics',
  'hospitality-travel': 'Hospitality and travel',
  telecommunications: 'Telecommunications',
  'government-nonprofit': 'Government and nonprofit',
  other: 'Other',
};

export const FUNDING_STAGE_LABELS: Record<FundingStage, string> = {
  'pre-seed': 'Pre-seed',
  seed: 'Seed',
  'series-a': 'Series A',
  'series-b': 'Series B',
  'series-c': 'Series C',
  'series-d+': 'Series D or later',
  'ipo/public': 'Public (IPO)',
  'private-equity': 'Private equity',
  bootstrapped: 'Bootstrapped',
};

export const SENIORITY_LABELS: Record<Seniority, string> = {
  owner: 'Owner or founder',
  'c-level': 'C-level',
  vp: 'Vice president',
  head: 'Head of',
  director: 'Director',
  manager: 'Manager',
  senior: 'Senior individual contributor',
  entry: 'Individual contributor',
  intern: 'Intern',
  unknown: 'Unknown',
};

export const DEPARTMENT_LABELS: Record<Department, string> = {
  executive: 'Executive',
  sales: 'Sales',
  marketing: 'Marketing',
  engineering: 'Engineering',
  product: 'Product',
  design: 'Design',
  data: 'Data',
  it: 'IT',
  finance: 'Finance',
  hr: 'People and HR',
  operations: 'Operations',
  legal: 'Legal',
  'customer-success': 'Customer success',
  support: 'Support',
  research: 'Research',
  education: 'Education',
  healthcare: 'Healthcare',
  other: 'Other',
};

export const SOCIAL_LABELS: Record<SocialNetwork, string> = {
  linkedin: 'LinkedIn',
  x: 'X (Twitter)',
  github: 'GitHub',
  crunchbase: 'Crunchbase',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
};

const ALL: Record<string, string> = {
  ...INDUSTRY_GROUP_LABELS,
  ...FUNDING_STAGE_LABELS,
  ...SENIORITY_LABELS,
  ...DEPARTMENT_LABELS,
};

/** A classification value in words; a value of no vocabulary (a country code, a stated name) is shown as it is. */
export function valueLabel(value: string): string {
  return Object.hasOwn(ALL, value) ? (ALL[value] as string) : value;
}
