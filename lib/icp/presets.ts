import { NO_PUBLIC_SECTOR } from './common-criteria';
import { DEFAULT_ENGAGEMENT } from './engagement-defaults';
import { enterpriseIcp } from './preset-enterprise';
import { localServicesIcp } from './preset-local';
import { DEFAULT_THRESHOLDS, type Icp } from './schema';

export { DEFAULT_ENGAGEMENT };

/** Where English-speaking and EU B2B SaaS sellers usually sell; the user edits the list. */
const CORE_MARKETS = ['US', 'CA', 'GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'NL', 'BE', 'SE', 'DK', 'NO', 'FI', 'AU', 'NZ'];

/**
 * Tools a company that already buys SaaS for its revenue team runs on its own site (detected in the page's code by
 * lib/extract/tech): a CRM, marketing automation, product analytics, chat or scheduling. Not finding them is no
 * evidence against (technologies are open-ended), so this criterion only ever adds.
 */
const SAAS_STACK = [
  'HubSpot',
  'Salesforce',
  'Pardot',
  'Marketo',
  'Intercom',
  'Drift',
  'Segment',
  'Mixpanel',
  'Amplitude',
  'Heap',
  'Calendly',
  'Chili Piper',
  '6sense',
  'Clearbit',
];

/**
 * The ICP seeded on install: a B2B SaaS seller selling to mid-market software and services companies. It only uses
 * fields the generic extractor can fill on an ordinary company site, so a first visit already shows a real score.
 */
export function defaultIcp(now: number): Icp {
  return {
    id: 'default-b2b-saas',
    name: 'B2B SaaS, mid-market',
    version: 1,
    criteria: [
      {
        id: 'industry',
        label: 'Software, IT, marketing or finance',
        field: 'industryGroup',
        op: 'in',
        target: ['software', 'it-services', 'marketing-advertising', 'financial-services'],
        weight: 25,
      },
      {
        id: 'size',
        label: '50 to 1,000 employees',
        field: 'employees',
        op: 'range',
        target: { min: 50, max: 1000, margin: 0.5 },
        weight: 20,
      },
      { id: 'geo', label: 'HQ in a core market', field: 'hq.country', op: 'in', target: CORE_MARKETS, weight: 20 },
      {
        id: 'focus',
        label: 'Sells software or a platform',
        field: 'description',
        op: 'matches',
        target: ['software', 'platform', 'saas', 'api', 'cloud', 'b2b', 'automation', 'analytics'],
        weight: 15,
      },
      { id: 'age', label: 'Founded since 2000', field: 'founded', op: 'gte', target: 2000, weight: 10 },
      {
        id: 'stack',
        label: 'Runs a SaaS sales or marketing stack',
        field: 'technologies',
        op: 'includesAny',
        target: SAAS_STACK,
        weight: 10,
      },
      NO_PUBLIC_SECTOR,
    ],
    persona: [
      {
        id: 'seniority',
        label: 'Decision maker',
        field: 'seniority',
        op: 'in',
        target: ['owner', 'c-level', 'vp', 'head', 'director'],
        weight: 60,
      },
      {
        id: 'department',
        label: 'Revenue team',
        field: 'department',
        op: 'in',
        target: ['sales', 'marketing', 'executive', 'customer-success'],
        weight: 40,
      },
    ],
    thresholds: { ...DEFAULT_THRESHOLDS },
    engagement: DEFAULT_ENGAGEMENT,
    createdAt: now,
    updatedAt: now,
  };
}

export interface Preset {
  id: string;
  name: string;
  /** One line shown when choosing a preset: who it is for. */
  description: string;
  make: (now: number) => Icp;
}

/** ICPs a user can start from; each is a complete, lint-clean starting point to edit, never a hidden default. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'b2b-saas-mid-market',
    name: 'B2B SaaS, mid-market',
    description:
      'Software, IT, marketing and finance companies of 50 to 1,000 people in core markets. Criteria: industry (25), ' +
      'size (20), HQ country (20), sells software per its own description (15), founded since 2000 (10), a SaaS ' +
      'sales or marketing stack on its site (10); government and nonprofits are out.',
    make: defaultIcp,
  },
  {
    id: 'enterprise',
    name: 'Enterprise',
    description:
      'Large companies with security and compliance needs. Criteria: industries with large IT budgets (20), 1,000+ ' +
      'people (25), $100M+ revenue (15), HQ in North America, Western Europe or APAC (10), a security ' +
      'certification (10), an enterprise stack (10), 20+ open roles (10).',
    make: enterpriseIcp,
  },
  {
    id: 'local-services',
    name: 'Local services',
    description:
      'Small local businesses (restaurants, shops, trades, clinics) in one country. Criteria: a local industry (25), ' +
      'up to 50 people (25), based in the United States (25), already uses online tools (10), hiring (15); ' +
      'venture funding counts against (a penalty of 20).',
    make: localServicesIcp,
  },
];
