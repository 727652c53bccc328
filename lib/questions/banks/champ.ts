import type { QuestionBank } from '../types';
import { businessUnknown, hasCountry, hasDepartments, hasIndustry, hasTech, hiringUnknown } from './conditions';

export type ChampElement = 'challenges' | 'authority' | 'money' | 'prioritization';

/** CHAMP opens with the buyer's challenges: the conversation starts from their problem, not from their budget. */
export const CHAMP: QuestionBank<ChampElement> = {
  id: 'champ',
  name: 'CHAMP',
  elements: [
    { id: 'challenges', label: 'Challenges' },
    { id: 'authority', label: 'Authority' },
    { id: 'money', label: 'Money' },
    { id: 'prioritization', label: 'Prioritization' },
  ],
  questions: [
    {
      id: 'champ-challenges-business',
      element: 'challenges',
      text: 'What does {company} sell, and what makes winning new customers hard right now?',
      settles: ['industryGroup', 'industry', 'description', 'keywords'],
      when: businessUnknown,
      weightHint: 1,
    },
    {
      id: 'champ-challenges-market',
      element: 'challenges',
      text: 'What is the hardest challenge in {industry} for {company} this year?',
      settles: [],
      when: hasIndustry,
      weightHint: 1,
    },
    {
      id: 'champ-challenges-stack-unknown',
      element: 'challenges',
      text: 'Which tools does your team use today, and what do they not do well?',
      settles: ['technologies'],
      when: (s) => !hasTech(s),
      weightHint: 1,
    },
    {
      id: 'champ-challenges-stack-known',
      element: 'challenges',
      text: 'What is the biggest gap between {technologies} and the way your team works?',
      settles: [],
      when: hasTech,
      weightHint: 1,
    },
    {
      id: 'champ-authority-decides',
      element: 'authority',
      text: 'Who would decide on a solution to this, and how involved do they want to be?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'champ-authority-hq-unknown',
      element: 'authority',
      text: 'Is {company} run from one headquarters, and where is it?',
      settles: ['hq.country', 'hq.region', 'hq.city'],
      when: (s) => !hasCountry(s),
      weightHint: 1,
    },
    {
      id: 'champ-money-seats',
      element: 'money',
      text: 'How many people at {company} would use this, and how is spend like this usually budgeted?',
      settles: ['employees'],
      weightHint: 1,
    },
    {
      id: 'champ-money-revenue',
      element: 'money',
      text: 'Which annual revenue band is {company} in? It tells us which plan fits your budget.',
      settles: ['revenue'],
      weightHint: 1,
    },
    {
      id: 'champ-money-funding',
      element: 'money',
      text: 'Is new spending funded by revenue or by a funding round at the moment?',
      settles: ['fundingStage', 'fundingTotal', 'revenue'],
      weightHint: 0.5,
    },
    {
      id: 'champ-prioritization-rank',
      element: 'prioritization',
      text: 'Where does solving this rank among the projects {company} has planned this year?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'champ-prioritization-hiring-unknown',
      element: 'prioritization',
      text: 'Are you adding people this year, and does that move this up the list?',
      settles: ['hiring.openRoles', 'hiring.departments'],
      when: hiringUnknown,
      weightHint: 1,
    },
    {
      id: 'champ-prioritization-departments',
      element: 'prioritization',
      text: 'You are hiring {departments}: is getting them productive quickly a priority this quarter?',
      settles: [],
      when: hasDepartments,
      weightHint: 1,
    },
  ],
};
