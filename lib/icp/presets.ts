import { DEFAULT_THRESHOLDS, type Icp } from './schema';

/** Points per logged activity (DESIGN.md "Engagement"); a starting point the user tunes. */
export const DEFAULT_ENGAGEMENT: Icp['engagement'] = {
  halfLifeDays: 30,
  rules: [
    { activity: 'demo-request', points: 30 },
    { activity: 'pricing-request', points: 25 },
    { activity: 'meeting-booked', points: 25 },
    { activity: 'contact-form', points: 20 },
    { activity: 'direct-reach-out', points: 20 },
    { activity: 'email-reply', points: 15 },
    { activity: 'webinar-attended', points: 10 },
    { activity: 'event-attended', points: 10 },
    { activity: 'pricing-page-visit', points: 10 },
    { activity: 'content-download', points: 5 },
  ],
};

/** Where English-speaking and EU B2B SaaS sellers usually sell; the user edits the list. */
const CORE_MARKETS = ['US', 'CA', 'GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'NL', 'BE', 'SE', 'DK', 'NO', 'FI', 'AU', 'NZ'];

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
        label: 'Software, IT or digital services',
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
        weight: 25,
      },
      { id: 'geo', label: 'HQ in a core market', field: 'hq.country', op: 'in', target: CORE_MARKETS, weight: 20 },
      {
        id: 'focus',
        label: 'Sells software or a platform',
        field: 'description',
        op: 'matches',
        target: ['software', 'platform', 'saas', 'api', 'cloud', 'b2b', 'automation', 'analytics'],
        weight: 20,
      },
      { id: 'age', label: 'Founded since 2000', field: 'founded', op: 'gte', target: 2000, weight: 10 },
      {
        id: 'no-public-sector',
        label: 'Not government or nonprofit',
        field: 'industryGroup',
        op: 'notIn',
        target: ['government-nonprofit'],
        weight: 0,
        knockout: true,
      },
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
