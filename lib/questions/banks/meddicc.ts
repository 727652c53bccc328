import type { QuestionBank } from '../types';
import { businessUnknown, hasCountry, hasDepartments, hasTech, hiresIn, hiringUnknown, isHiring } from './conditions';

export type MeddiccElement =
  | 'metrics'
  | 'economic-buyer'
  | 'decision-criteria'
  | 'decision-process'
  | 'identify-pain'
  | 'champion'
  | 'competition';

/**
 * MEDDICC, for larger deals with several people involved: it asks who pays, how they decide and who argues for the
 * purchase inside, and what the result is worth in numbers.
 */
export const MEDDICC: QuestionBank<MeddiccElement> = {
  id: 'meddicc',
  name: 'MEDDICC',
  elements: [
    { id: 'metrics', label: 'Metrics' },
    { id: 'economic-buyer', label: 'Economic buyer' },
    { id: 'decision-criteria', label: 'Decision criteria' },
    { id: 'decision-process', label: 'Decision process' },
    { id: 'identify-pain', label: 'Identify pain' },
    { id: 'champion', label: 'Champion' },
    { id: 'competition', label: 'Competition' },
  ],
  questions: [
    {
      id: 'meddicc-metrics-size',
      element: 'metrics',
      text: 'How many people at {company} would this save time for, and how would you measure the gain?',
      settles: ['employees'],
      weightHint: 1,
    },
    {
      id: 'meddicc-metrics-revenue',
      element: 'metrics',
      text: 'Which revenue band is {company} in, and which number should this move: revenue, cost or time?',
      settles: ['revenue'],
      weightHint: 1,
    },
    {
      id: 'meddicc-metrics-sales-hiring',
      element: 'metrics',
      text: 'You are hiring {departments}: what ramp time or quota would count as success for the new people?',
      settles: [],
      when: (s) => hiresIn(s, ['sales', 'marketing', 'customer-success']),
      weightHint: 1,
    },
    {
      // The account's people name a likely economic buyer (lib/people): ask about them, not "who".
      id: 'meddicc-economic-buyer-named',
      element: 'economic-buyer',
      text: 'Does {economicBuyer} control the budget this would come from, and have they seen the problem first-hand?',
      settles: [],
      when: (_s, c) => !!c?.named?.['economic-buyer'],
      weightHint: 1,
    },
    {
      id: 'meddicc-economic-buyer',
      element: 'economic-buyer',
      text: 'Who at {company} controls the budget this would come from, and have they seen the problem first-hand?',
      settles: [],
      when: (_s, c) => !c?.named?.['economic-buyer'],
      weightHint: 1,
    },
    {
      id: 'meddicc-economic-buyer-funding',
      element: 'economic-buyer',
      text: 'Is spending at {company} funded by revenue or investors, and does the board approve purchases of this size?',
      settles: ['fundingStage', 'fundingTotal'],
      weightHint: 0.5,
    },
    {
      id: 'meddicc-criteria-stack-unknown',
      element: 'decision-criteria',
      text: 'Which tools must a new solution work with at {company}: CRM, marketing, data?',
      settles: ['technologies'],
      when: (s) => !hasTech(s),
      weightHint: 1,
    },
    {
      id: 'meddicc-criteria-stack-known',
      element: 'decision-criteria',
      text: 'Besides working with {technologies}, what must a solution do to make your shortlist?',
      settles: [],
      when: hasTech,
      weightHint: 1,
    },
    {
      id: 'meddicc-criteria-compliance',
      element: 'decision-criteria',
      text: 'Which security or compliance requirements (SOC 2, ISO 27001, GDPR) does a vendor have to meet?',
      settles: ['compliance'],
      weightHint: 1,
    },
    {
      id: 'meddicc-process-steps',
      element: 'decision-process',
      text: 'What are the steps from a first conversation to a signed contract at {company}, and how long do they take?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'meddicc-process-hq-unknown',
      element: 'decision-process',
      text: 'Is a purchase like this decided at headquarters, and where is that?',
      settles: ['hq.country', 'hq.region', 'hq.city'],
      when: (s) => !hasCountry(s),
      weightHint: 1,
    },
    {
      id: 'meddicc-pain-business',
      element: 'identify-pain',
      text: 'What does {company} sell, and what stands in the way of selling more of it?',
      settles: ['industryGroup', 'industry', 'description', 'keywords'],
      when: businessUnknown,
      weightHint: 1,
    },
    {
      id: 'meddicc-pain-cost',
      element: 'identify-pain',
      text: 'What does the problem cost {company} today, in money or in hours?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'meddicc-champion-named',
      element: 'champion',
      text: 'Would {champion} argue for this inside {company} when you are not in the room, and what would they need?',
      settles: [],
      when: (_s, c) => !!c?.named?.champion,
      weightHint: 1,
    },
    {
      id: 'meddicc-champion',
      element: 'champion',
      text: 'Who inside {company} would argue for this when you are not in the room?',
      settles: [],
      when: (_s, c) => !c?.named?.champion,
      weightHint: 1,
    },
    {
      id: 'meddicc-champion-hiring-unknown',
      element: 'champion',
      text: 'Which teams at {company} are growing this year, and who leads them?',
      settles: ['hiring.openRoles', 'hiring.departments'],
      when: hiringUnknown,
      weightHint: 1,
    },
    {
      id: 'meddicc-champion-hiring',
      element: 'champion',
      text: 'Who leads the teams behind your {openRoles}, and would they back this?',
      settles: ['hiring.departments'],
      when: (s) => isHiring(s) && !hasDepartments(s),
      weightHint: 0.5,
    },
    {
      id: 'meddicc-competition',
      element: 'competition',
      text: 'Which other options is {company} considering, including building it yourselves or doing nothing?',
      settles: [],
      weightHint: 1,
    },
  ],
};
