import type { FundingStage } from '../../signals/enums';
import type { QuestionBank } from '../types';
import { hasCountry, hasTech, openRoles } from './conditions';

export type BantElement = 'budget' | 'authority' | 'need' | 'timeline';

const ROUNDS: readonly FundingStage[] = ['pre-seed', 'seed', 'series-a', 'series-b', 'series-c', 'series-d+'];

/**
 * BANT, the default framework. Within an element the broadest question comes first: ties in value go to bank order.
 * Paired questions (known / unknown) keep the text honest: never ask where the HQ is when the page said so.
 */
export const BANT: QuestionBank<BantElement> = {
  id: 'bant',
  name: 'BANT',
  elements: [
    { id: 'budget', label: 'Budget' },
    { id: 'authority', label: 'Authority' },
    { id: 'need', label: 'Need' },
    { id: 'timeline', label: 'Timeline' },
  ],
  questions: [
    {
      id: 'budget-seats',
      element: 'budget',
      text: 'How many people at {company} would use this, and is budget set per seat, per team or company-wide?',
      settles: ['employees'],
      weightHint: 1,
    },
    {
      id: 'budget-revenue',
      element: 'budget',
      text: 'Roughly which annual revenue band is {company} in, so we can size the right plan?',
      settles: ['revenue'],
      weightHint: 1,
    },
    {
      id: 'budget-funding',
      element: 'budget',
      text: "Is {company}'s growth funded by a recent round, by revenue, or both?",
      settles: ['fundingStage', 'fundingTotal', 'revenue'],
      weightHint: 0.5,
    },
    {
      id: 'authority-signoff',
      element: 'authority',
      text: 'In a company of {employees}, who besides you would sign off on a purchase like this?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'authority-hq-unknown',
      element: 'authority',
      text: 'Where is {company} headquartered, and are purchases decided there or by local teams?',
      settles: ['hq.country', 'hq.region', 'hq.city'],
      when: (s) => !hasCountry(s),
      weightHint: 1,
    },
    {
      id: 'authority-hq-known',
      element: 'authority',
      text: 'Are purchases like this decided at your headquarters in {country}, or by local teams?',
      settles: [],
      when: hasCountry,
      weightHint: 1,
    },
    {
      id: 'need-business',
      element: 'need',
      text: 'What does {company} sell, and to which kind of customer?',
      settles: ['industryGroup', 'industry', 'description', 'keywords'],
      when: (s) => !(s.industryGroup && s.description),
      weightHint: 1,
    },
    {
      id: 'need-stack-unknown',
      element: 'need',
      text: 'Which tools does your team use today for CRM, marketing and analytics?',
      settles: ['technologies'],
      when: (s) => !hasTech(s),
      weightHint: 1,
    },
    {
      id: 'need-stack-known',
      element: 'need',
      text: 'You run {technologies}: where does work or data get stuck between them today?',
      settles: [],
      when: hasTech,
      weightHint: 1,
    },
    {
      id: 'need-market',
      element: 'need',
      text: 'What is changing in {industry} that makes this a priority for {company} now?',
      settles: [],
      when: (s) => !!(s.industry || s.industryGroup),
      weightHint: 1,
    },
    {
      id: 'need-obstacle',
      element: 'need',
      text: 'What is the biggest obstacle between {company} and its goals for this year?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'timeline-date',
      element: 'timeline',
      text: 'When would {company} need a solution in place, and what drives that date?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'timeline-hiring-unknown',
      element: 'timeline',
      text: 'Is {company} hiring this year, and would the new people need this from day one?',
      settles: ['hiring.openRoles', 'hiring.departments'],
      when: (s) => openRoles(s) === undefined,
      weightHint: 1,
    },
    {
      id: 'timeline-hiring',
      element: 'timeline',
      text: 'You are hiring for {openRoles}: does this need to be in place before the new people start?',
      settles: ['hiring.departments'],
      when: (s) => (openRoles(s) ?? 0) > 0,
      weightHint: 0.5,
    },
    {
      id: 'timeline-funding',
      element: 'timeline',
      text: 'After the {fundingStage} round, by when do new projects need to show results?',
      settles: [],
      when: (s) => !!s.fundingStage && ROUNDS.includes(s.fundingStage.value),
      weightHint: 1,
    },
    {
      id: 'timeline-cycle',
      element: 'timeline',
      text: 'Is a funding round, board meeting or budget cycle coming up that sets your timing?',
      settles: ['fundingStage', 'fundingTotal'],
      weightHint: 0.5,
    },
  ],
};
