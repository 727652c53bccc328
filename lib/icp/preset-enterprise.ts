import { NO_PUBLIC_SECTOR } from './common-criteria';
import { DEFAULT_ENGAGEMENT } from './engagement-defaults';
import { DEFAULT_THRESHOLDS, type Icp } from './schema';

/**
 * Large, regulated buyers: long cycles, security reviews, a buying committee. Size and revenue carry most of the
 * weight; compliance and the enterprise stack tell whether the account buys like an enterprise.
 */
export function enterpriseIcp(now: number): Icp {
  return {
    id: 'enterprise',
    name: 'Enterprise',
    version: 1,
    criteria: [
      {
        id: 'industry',
        label: 'Industries with large IT budgets',
        field: 'industryGroup',
        op: 'in',
        target: [
          'software',
          'financial-services',
          'healthcare',
          'manufacturing',
          'telecommunications',
          'energy-utilities',
        ],
        weight: 20,
      },
      {
        id: 'size',
        label: '1,000 employees or more',
        field: 'employees',
        op: 'range',
        target: { min: 1000, margin: 0.5 },
        weight: 25,
      },
      {
        id: 'revenue',
        label: 'Revenue of $100M or more',
        field: 'revenue',
        op: 'gte',
        target: 100_000_000,
        weight: 15,
      },
      {
        id: 'geo',
        label: 'HQ in North America, Western Europe or APAC',
        field: 'hq.country',
        op: 'in',
        target: ['US', 'CA', 'GB', 'DE', 'FR', 'NL', 'CH', 'SE', 'JP', 'AU', 'SG'],
        weight: 10,
      },
      {
        id: 'compliance',
        label: 'Security certified',
        field: 'compliance',
        op: 'includesAny',
        target: ['SOC 2', 'ISO 27001', 'HIPAA'],
        weight: 10,
      },
      {
        id: 'stack',
        label: 'Runs an enterprise stack',
        field: 'technologies',
        op: 'includesAny',
        target: ['Salesforce', 'Marketo', 'SAP', 'Workday', 'ServiceNow', 'Okta', 'Adobe Experience Manager'],
        weight: 10,
      },
      { id: 'hiring', label: 'Hiring (20+ open roles)', field: 'hiring.openRoles', op: 'gte', target: 20, weight: 10 },
      NO_PUBLIC_SECTOR,
    ],
    persona: [
      {
        id: 'seniority',
        label: 'Executive sponsor',
        field: 'seniority',
        op: 'in',
        target: ['c-level', 'vp', 'head', 'director'],
        weight: 60,
      },
      {
        id: 'department',
        label: 'Buying committee',
        field: 'department',
        op: 'in',
        target: ['executive', 'it', 'engineering', 'finance', 'operations'],
        weight: 40,
      },
    ],
    thresholds: { ...DEFAULT_THRESHOLDS },
    engagement: DEFAULT_ENGAGEMENT,
    createdAt: now,
    updatedAt: now,
  };
}
