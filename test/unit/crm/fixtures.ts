import type { AccountForPush } from '../../../lib/crm/gather';
import { defaultIcp } from '../../../lib/icp/presets';
import { scoreCompany, scorePerson } from '../../../lib/scoring/fit';
import type { CompanySignals, PersonSignals } from '../../../lib/signals/schema';
import { leadStatus } from '../../../lib/workflow/lead-status';

const NOW = Date.UTC(2025, 11, 2, 14, 3);
const ICP = defaultIcp(NOW);
const evidence = {
  source: 'jsonld',
  layer: 'structured' as const,
  url: 'https://x.example/',
  confidence: 0.9,
  observedAt: NOW,
};
export const fact = <T>(value: T) => ({ ...evidence, value });

/** An invented company and its people, scored against the default ICP, as lib/crm/gather.ts would hand them over. */
export function account(domain: string, people: string[] = [], extra: Partial<CompanySignals> = {}): AccountForPush {
  const name = `${domain.split('.')[0]} Example`;
  const signals: CompanySignals = {
    name: fact(name),
    domain: fact(domain),
    industry: fact('Software Development'),
    industryGroup: fact('software' as const),
    employees: fact({ min: 51, max: 200 }),
    hq: fact({ city: 'Toronto', region: 'Ontario', country: 'CA' }),
    founded: fact(2014),
    ...extra,
  };
  const score = scoreCompany(ICP, signals, NOW);
  const status = leadStatus({ icp: ICP, score, activities: [], answers: [], elements: [], now: NOW });
  return {
    company: { accountId: domain, domain, name, signals, score, status, icp: { name: ICP.name, version: ICP.version } },
    contacts: people.map((person, i) => {
      const personSignals: PersonSignals = {
        name: fact(person),
        title: fact(i ? 'Head of Operations' : 'VP of Sales'),
      };
      const personScore = scorePerson(ICP, personSignals, NOW);
      return {
        contactId: `linkedin.com/in/${person.toLowerCase().replace(/\s+/g, '-')}-${domain.split('.')[0]}`,
        name: person,
        signals: personSignals,
        employerName: name,
        score: personScore,
        status: leadStatus({
          icp: ICP,
          score: personScore,
          activities: [],
          answers: [],
          elements: [],
          now: NOW,
          employer: { score },
        }),
        icp: { name: ICP.name, version: ICP.version },
      };
    }),
  };
}

export { NOW };
