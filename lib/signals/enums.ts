/** Classifications shared with the corpus labels (../shared/corpus/README.md). */
export const INDUSTRY_GROUPS = [
  'software',
  'it-services',
  'financial-services',
  'healthcare',
  'education',
  'manufacturing',
  'retail-consumer',
  'media-publishing',
  'marketing-advertising',
  'professional-services',
  'real-estate-construction',
  'energy-utilities',
  'transportation-logistics',
  'hospitality-travel',
  'telecommunications',
  'government-nonprofit',
  'other',
] as const;
export type IndustryGroup = (typeof INDUSTRY_GROUPS)[number];

export const FUNDING_STAGES = [
  'pre-seed',
  'seed',
  'series-a',
  'series-b',
  'series-c',
  'series-d+',
  'ipo/public',
  'private-equity',
  'bootstrapped',
] as const;
export type FundingStage = (typeof FUNDING_STAGES)[number];

export const SENIORITIES = [
  'owner',
  'c-level',
  'vp',
  'head',
  'director',
  'manager',
  'senior',
  'entry',
  'intern',
  'unknown',
] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const DEPARTMENTS = [
  'executive',
  'sales',
  'marketing',
  'engineering',
  'product',
  'design',
  'data',
  'it',
  'finance',
  'hr',
  'operations',
  'legal',
  'customer-success',
  'support',
  'research',
  'education',
  'healthcare',
  'other',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const COMPLIANCE = ['SOC 2', 'ISO 27001', 'GDPR', 'HIPAA'] as const;

export const SOCIAL_NETWORKS = ['linkedin', 'x', 'github', 'crunchbase', 'facebook', 'instagram', 'youtube'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];
