import type { QuestionBank } from '../types';
import { businessUnknown, hasCountry, hasDepartments, hasTech, hiringUnknown, isHiring } from './conditions';

export type AnumElement = 'authority' | 'need' | 'urgency' | 'money';

/**
 * ANUM puts Authority first: reach the person who decides before spending time on budget. Money comes last because
 * a strong need with a decision maker usually finds one.
 */
export const ANUM: QuestionBank<AnumElement> = {
  id: 'anum',
  name: 'ANUM',
  elements: [
    { id: 'authority', label: 'Authority' },
    { id: 'need', label: 'Need' },
    { id: 'urgency', label: 'Urgency' },
    { id: 'money', label: 'Money' },
  ],
  questions: [
    {
      id: 'anum-authority-owner',
      element: 'authority',
      text: 'Who at {company} owns this decision, and who else has to agree before it is made?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'anum-authority-hq-unknown',
      element: 'authority',
      text: 'Where is {company} headquartered, and is a purchase like this decided there or by local teams?',
      settles: ['hq.country', 'hq.region', 'hq.city'],
      when: (s) => !hasCountry(s),
      weightHint: 1,
    },
    {
      id: 'anum-authority-size',
      element: 'authority',
      text: 'With {employees}, does a tool like this go through procurement, or can a team lead buy it?',
      settles: ['employees'],
      weightHint: 0.5,
    },
    {
      id: 'anum-need-business',
      element: 'need',
      text: 'What does {company} sell, and to which kind of customer?',
      settles: ['industryGroup', 'industry', 'description', 'keywords'],
      when: businessUnknown,
      weightHint: 1,
    },
    {
      id: 'anum-need-stack-unknown',
      element: 'need',
      text: 'Which tools does your team rely on today, and where do they fall short?',
      settles: ['technologies'],
      when: (s) => !hasTech(s),
      weightHint: 1,
    },
    {
      id: 'anum-need-stack-known',
      element: 'need',
      text: 'You use {technologies}: which part of the work do they leave to spreadsheets or manual steps?',
      settles: [],
      when: hasTech,
      weightHint: 1,
    },
    {
      id: 'anum-need-problem',
      element: 'need',
      text: 'What problem would {company} most like to be rid of this quarter?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'anum-urgency-hiring-unknown',
      element: 'urgency',
      text: 'Is {company} growing its teams this year, and would that make this more pressing?',
      settles: ['hiring.openRoles', 'hiring.departments'],
      when: hiringUnknown,
      weightHint: 1,
    },
    {
      id: 'anum-urgency-departments',
      element: 'urgency',
      text: 'You are hiring {departments}: does this need to work before those people start?',
      settles: [],
      when: hasDepartments,
      weightHint: 1,
    },
    {
      id: 'anum-urgency-hiring',
      element: 'urgency',
      text: 'With {openRoles} to fill, how soon does the current way of working stop scaling?',
      settles: ['hiring.departments'],
      when: (s) => isHiring(s) && !hasDepartments(s),
      weightHint: 0.5,
    },
    {
      id: 'anum-urgency-cost',
      element: 'urgency',
      text: 'What happens if nothing changes in the next six months?',
      settles: [],
      weightHint: 1,
    },
    {
      id: 'anum-money-revenue',
      element: 'money',
      text: 'Roughly which annual revenue band is {company} in, so we can propose the right plan?',
      settles: ['revenue'],
      weightHint: 1,
    },
    {
      id: 'anum-money-funding',
      element: 'money',
      text: 'Is there budget set aside for this, or would it come from a funding round or another line?',
      settles: ['fundingStage', 'fundingTotal'],
      weightHint: 0.5,
    },
  ],
};
