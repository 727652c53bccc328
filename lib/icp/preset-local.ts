import { DEFAULT_ENGAGEMENT } from './engagement-defaults';
import type { Icp } from './schema';

/**
 * Small local businesses (restaurants, shops, trades, clinics) in one country: the owner decides, and a business
 * that already runs online tools is easier to sell to. Venture-funded companies are a penalty: they are not local.
 * Thresholds are lower than the default: local pages rarely state everything, so a B is already worth a call.
 */
export function localServicesIcp(now: number): Icp {
  return {
    id: 'local-services',
    name: 'Local services',
    version: 1,
    criteria: [
      {
        id: 'industry',
        label: 'Hospitality, retail, health, trades or professional services',
        field: 'industryGroup',
        op: 'in',
        target: [
          'hospitality-travel',
          'retail-consumer',
          'healthcare',
          'real-estate-construction',
          'professional-services',
        ],
        weight: 25,
      },
      {
        id: 'size',
        label: 'Up to 50 employees',
        field: 'employees',
        op: 'range',
        target: { min: 1, max: 50, margin: 1 },
        weight: 25,
      },
      { id: 'geo', label: 'Based in the United States', field: 'hq.country', op: 'in', target: ['US'], weight: 25 },
      {
        id: 'online',
        label: 'Already uses online tools',
        field: 'technologies',
        op: 'includesAny',
        target: ['WordPress', 'Wix', 'Squarespace', 'Shopify', 'Square', 'OpenTable', 'Calendly'],
        weight: 10,
      },
      { id: 'hiring', label: 'Hiring', field: 'hiring.openRoles', op: 'gte', target: 1, weight: 15 },
      {
        id: 'venture',
        label: 'Venture-funded (not a local business)',
        field: 'fundingStage',
        op: 'in',
        target: ['series-b', 'series-c', 'series-d+', 'ipo/public'],
        weight: 20,
        penalty: true,
      },
    ],
    persona: [
      {
        id: 'seniority',
        label: 'Owner or manager',
        field: 'seniority',
        op: 'in',
        target: ['owner', 'c-level', 'head', 'manager'],
        weight: 70,
      },
      {
        id: 'department',
        label: 'Runs the business',
        field: 'department',
        op: 'in',
        target: ['executive', 'operations'],
        weight: 30,
      },
    ],
    thresholds: { A: 75, B: 55, C: 35 },
    engagement: DEFAULT_ENGAGEMENT,
    createdAt: now,
    updatedAt: now,
  };
}
