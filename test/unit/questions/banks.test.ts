import { describe, expect, it } from 'vitest';
import { COMPANY_FIELD_IDS } from '../../../lib/icp/fields';
import { defaultIcp } from '../../../lib/icp/presets';
import { BANKS, bankFor, elementsOf } from '../../../lib/questions/banks';
import { fillTemplate, PLACEHOLDERS, placeholderNames } from '../../../lib/questions/placeholders';
import { rankQuestions } from '../../../lib/questions/rank';
import { scoreCompany } from '../../../lib/scoring/fit';
import { FRAMEWORKS } from '../../../lib/settings/settings';
import type { CompanySignals } from '../../../lib/signals/schema';
import { fact } from '../scoring/helpers';

const icp = defaultIcp(0);
const unfilled = /[{}]|undefined|null|NaN/;

const full: CompanySignals = {
  name: fact('Acme'),
  industry: fact('Computer Software'),
  industryGroup: fact('software'),
  description: fact('A SaaS platform.'),
  employees: fact({ min: 51, max: 200 }),
  revenue: fact({ min: 10_000_000, max: 50_000_000 }),
  hq: fact({ country: 'DE' }),
  founded: fact(2015),
  fundingStage: fact('series-b'),
  technologies: fact([{ name: 'HubSpot', category: 'crm' }]),
  hiring: fact({ openRoles: 5, byDepartment: { engineering: 3, sales: 2 } }),
};

function rank(framework: (typeof FRAMEWORKS)[number], signals: CompanySignals, answered = {}) {
  return rankQuestions({ icp, signals, score: scoreCompany(icp, signals, 0), bank: bankFor(framework), answered }, 5);
}

describe('question banks', () => {
  it('has a bank for every framework of the settings', () => {
    expect(Object.keys(BANKS).sort()).toEqual([...FRAMEWORKS].sort());
    for (const framework of FRAMEWORKS) expect(bankFor(framework).id).toBe(framework);
  });

  describe.each(FRAMEWORKS.map((f) => [f]))('%s', (framework) => {
    const bank = bankFor(framework);
    const elements = elementsOf(framework);

    it('has unique question ids, elements of the framework and real criterion fields', () => {
      const ids = bank.questions.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(elements).size).toBe(elements.length);
      for (const q of bank.questions) {
        expect(elements).toContain(q.element);
        for (const field of q.settles) expect(COMPANY_FIELD_IDS).toContain(field);
        expect(q.weightHint).toBeGreaterThan(0);
        expect(q.weightHint).toBeLessThanOrEqual(1);
      }
    });

    it('asks at least one question per element, whatever the signals', () => {
      for (const signals of [{}, full]) {
        const asked = new Set(bank.questions.filter((q) => q.when?.(signals) ?? true).map((q) => q.element));
        expect([...asked].sort()).toEqual([...elements].sort());
      }
    });

    it('uses only known placeholders, which read naturally with and without signals', () => {
      for (const q of bank.questions) {
        for (const name of placeholderNames(q.text)) expect(Object.keys(PLACEHOLDERS)).toContain(name);
        for (const signals of [{}, full]) {
          const text = fillTemplate(q.text, signals);
          expect(text, q.id).not.toMatch(unfilled);
          expect(text.charAt(0)).toBe(text.charAt(0).toUpperCase());
        }
      }
    });

    it('ranks differently as unknowns become known, and drops answered elements', () => {
      const blank = rank(framework, {});
      const known = rank(framework, full);
      expect(blank).toHaveLength(5);
      // Distinct elements first: the five cover every element of a four-element framework.
      expect(new Set(blank.map((q) => q.element)).size).toBe(Math.min(5, elements.length));
      expect(blank.map((q) => q.id)).not.toEqual(known.map((q) => q.id));
      // With nothing known, the top question settles some unknown criterion; with everything known none does.
      expect(blank[0]?.value).toBeGreaterThan(known[0]?.value ?? 0);
      const first = blank[0]?.element as string;
      const after = rank(framework, {}, { [first]: 'confirmed' });
      expect(after.map((q) => q.element)).not.toContain(first);
    });
  });

  it('fills hiring by department and open roles into the questions', () => {
    const texts = FRAMEWORKS.flatMap((f) => rank(f, full).map((q) => q.text));
    expect(texts.join('\n')).toMatch(/3 in engineering and 2 in sales/);
    expect(
      rank('bant', full)
        .map((q) => q.text)
        .join('\n'),
    ).toMatch(/Acme|HubSpot/);
  });
});
