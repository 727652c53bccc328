import type { QuestionBank } from '../types';
import {
  businessUnknown,
  hasCountry,
  hasDepartments,
  hasFunding,
  hasIndustry,
  hasTech,
  hiringUnknown,
  isHiring,
} from './conditions';

export type GpctbaElement =
  | 'goals'
  | 'plans'
  | 'challenges'
  | 'timeline'
  | 'budget'
  | 'authority'
  | 'negative-consequences'
  | 'positive-implications';

/**
 * GPCTBA/C&I: goals and plans before challenges, then timeline, budget and authority, and last the consequences of
 * doing nothing and the implications of success, which give the buyer their own reason to act.
 */
export const GPCTBA: QuestionBank<GpctbaElement> = {
  id: 'gpctba',
  name: 'GPCTBA/C&I',
  elements: [
    { id: 'goals', label: 'Goals' },
    { id: 'plans', label: 'Plans' },
    { id: 'challenges', label: 'Challenges' },
    { id: 'timeline', label: 'Timeline' },
    { id: 'budget', label: 'Budget' },
    { id: 'authority', label: 'Authority' },
    { id: 'negative-consequences', label: 'Negative consequences' },
    { id: 'positive-implications', label: 'Positive implications' },
  ],
  questions: [
    {
      id: 'gpctba-goals-business',
      element: 'goals',
      text: 'What does {company} sell, and what is the main goal for the business this year?',
      settles: ['industryGroup', 'industry', 'description', 'keywords'],
      when: businessUnknown,
      weightHint: 1,
    },
    {
      id: 'gpctba-goals-market',
      element: 'goals',
      text: 'Which goal matters most to {company} in {industry} this year?',
      settles: [],
      when: hasIndustry,
      weightHint: 1,
    },
    {
      id: 'gpctba-plans-departments',
      element: 'plans',
      text: 'You are hiring {departments}: what is the plan for those teams once they are in place?',
      settles: [],
      when: hasDepartments,
      weightHint: 1,
    },
    {
      id: 'gpctba-plans-hiring-unknown',
      element: 'plans',
      text: 'How does {company} plan to reach that goal: new people, new tools, new markets?',
      settles: ['hiring.openRoles', 'hiring.departments'],
      when: hiringUnknown,
      weightHint: 1,
    },
    {
      id: 'gpctba-plans-roles',
      element: 'plans',
      text: 'Which teams are the {openRoles} for, and what will they do differently?',
      settles: ['hiring.departments'],
      when: (s) => isHiring(s) && !hasDepartments(s),
      weightHint: 1,
    },
    {
      id: 'gpctba-plans-generic',
      element: 'plans',
      text: 'What has {company} already planned or tried to reach that goal?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'gpctba-challenges-stack-unknown',
      element: 'challenges',
      text: 'Which tools does the team use today, and where do they get in the way of the plan?',
      settles: ['technologies'],
      when: (s) => !hasTech(s),
      weightHint: 1,
    },
    {
      id: 'gpctba-challenges-stack-known',
      element: 'challenges',
      text: 'What stands in the way of the plan today, with {technologies} as the stack?',
      settles: [],
      when: hasTech,
      weightHint: 1,
    },
    {
      id: 'gpctba-timeline',
      element: 'timeline',
      text: 'By when does {company} need to see results, and what sets that date?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'gpctba-timeline-funding',
      element: 'timeline',
      text: 'Since the {fundingStage} round, which milestones are due, and when?',
      settles: [],
      when: hasFunding,
      weightHint: 1,
    },
    {
      id: 'gpctba-budget-seats',
      element: 'budget',
      text: 'How many people at {company} would use this, and is budget set per seat or per team?',
      settles: ['employees'],
      weightHint: 1,
    },
    {
      id: 'gpctba-budget-revenue',
      element: 'budget',
      text: 'Roughly which annual revenue band is {company} in, so we can size the proposal?',
      settles: ['revenue'],
      weightHint: 1,
    },
    {
      id: 'gpctba-budget-funding',
      element: 'budget',
      text: "Is this funded from this year's budget, or would it wait for a funding round?",
      settles: ['fundingStage', 'fundingTotal'],
      when: (s) => !hasFunding(s),
      weightHint: 0.5,
    },
    {
      id: 'gpctba-authority-hq-unknown',
      element: 'authority',
      text: 'Where is {company} headquartered, and who there would sign off?',
      settles: ['hq.country', 'hq.region', 'hq.city'],
      when: (s) => !hasCountry(s),
      weightHint: 1,
    },
    {
      id: 'gpctba-authority-signoff',
      element: 'authority',
      text: 'Who besides you would need to agree, and what would each of them want to see?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'gpctba-negative',
      element: 'negative-consequences',
      text: 'If the plan slips by six months, what does that cost {company}?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'gpctba-positive',
      element: 'positive-implications',
      text: 'If this works, what changes for you and your team personally?',
      settles: [],
      weightHint: 1,
    },
  ],
};
