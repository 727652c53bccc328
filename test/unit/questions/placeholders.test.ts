import { describe, expect, it } from 'vitest';
import { BANT } from '../../../lib/questions/banks/bant';
import { fillTemplate, PLACEHOLDERS, placeholderNames } from '../../../lib/questions/placeholders';
import type { CompanySignals } from '../../../lib/signals/schema';
import { fact } from '../scoring/helpers';

const full: CompanySignals = {
  name: fact('Acme'),
  industry: fact('Computer Software'),
  employees: fact({ min: 51, max: 200 }),
  hq: fact({ country: 'DE' }),
  fundingStage: fact('series-b'),
  technologies: fact([
    { name: 'HubSpot', category: 'crm' },
    { name: 'Segment', category: 'cdp' },
    { name: 'Stripe', category: 'payments' },
    { name: 'Intercom', category: 'chat' },
  ]),
  hiring: fact({ openRoles: 3 }),
};

const unfilled = /[{}]|undefined|null|NaN/;

describe('placeholders', () => {
  it('every bank placeholder is a known one', () => {
    for (const q of BANT.questions) {
      for (const name of placeholderNames(q.text)) expect(Object.keys(PLACEHOLDERS)).toContain(name);
    }
  });

  it.each(BANT.questions.map((q) => [q.id, q.text]))('%s reads naturally with no signals', (_id, text) => {
    const filled = fillTemplate(text, {});
    expect(filled).not.toMatch(unfilled);
    expect(filled.charAt(0)).toBe(filled.charAt(0).toUpperCase());
  });

  it.each(BANT.questions.map((q) => [q.id, q.text]))('%s is filled from full signals', (_id, text) => {
    expect(fillTemplate(text, full)).not.toMatch(unfilled);
  });

  it.each([
    ['{company}', {}, 'Your company'],
    ['{company}', full, 'Acme'],
    ['a team of {employees}', full, 'A team of 51–200 people'],
    ['a team of {employees}', { employees: fact({ min: 10001 }) }, 'A team of 10,001+ people'],
    ['HQ in {country}', full, 'HQ in Germany'],
    ['HQ in {country}', {}, 'HQ in your home market'],
    ['{technologies}', full, 'HubSpot, Segment and Stripe'],
    ['{technologies}', { technologies: fact([{ name: 'HubSpot', category: 'crm' }]) }, 'HubSpot'],
    ['{technologies}', { technologies: fact([]) }, 'Your current tools'],
    ['{openRoles}', full, '3 open roles'],
    ['{openRoles}', { hiring: fact({ openRoles: 1 }) }, '1 open role'],
    ['{openRoles}', { hiring: fact({ openRoles: 0 }) }, 'Open roles'],
    ['after the {fundingStage} round', full, 'After the Series B round'],
    ['in {industry}', { industryGroup: fact('financial-services') }, 'In financial services'],
    ['{company|the team}', {}, 'The team'],
    ['{unknownName|fallback}', {}, 'Fallback'],
  ] as [string, CompanySignals, string][])('%s -> %s', (template, signals, expected) => {
    expect(fillTemplate(template, signals)).toBe(expected);
  });

  it('does not expand placeholders inside page values', () => {
    expect(fillTemplate('Hi {company}', { name: fact('{company}') })).toBe('Hi {company}');
  });
});

describe('BANT bank', () => {
  it('has 12-16 questions with unique ids, valid hints, and every element', () => {
    expect(BANT.questions.length).toBeGreaterThanOrEqual(12);
    expect(BANT.questions.length).toBeLessThanOrEqual(16);
    expect(new Set(BANT.questions.map((q) => q.id)).size).toBe(BANT.questions.length);
    for (const q of BANT.questions) expect(q.weightHint > 0 && q.weightHint <= 1).toBe(true);
    expect(new Set(BANT.questions.map((q) => q.element))).toEqual(new Set(BANT.elements.map((e) => e.id)));
  });
});
