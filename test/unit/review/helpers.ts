import { defaultIcp } from '../../../lib/icp/presets';
import type { CompanyCriterion, Icp } from '../../../lib/icp/schema';
import type { ReviewAccount } from '../../../lib/review/review';
import type { CompanySignals, Evidence } from '../../../lib/signals/schema';

const EVIDENCE: Evidence = {
  source: 'jsonld',
  layer: 'structured',
  url: 'https://x.example/',
  confidence: 0.9,
  observedAt: 1,
};
const fact = <T>(value: T) => ({ ...EVIDENCE, value });

/** Facts of a synthetic company: only what is given is known. */
export interface Facts {
  industry?: 'software' | 'manufacturing' | 'retail-consumer';
  employees?: number;
  founded?: number;
  revenue?: number;
  country?: string;
  technologies?: string[];
}

export function signalsOf(f: Facts): CompanySignals {
  return {
    ...(f.industry && { industryGroup: fact(f.industry) }),
    ...(f.employees !== undefined && { employees: fact({ min: f.employees, max: f.employees }) }),
    ...(f.founded !== undefined && { founded: fact(f.founded) }),
    ...(f.revenue !== undefined && { revenue: fact({ min: f.revenue, max: f.revenue }) }),
    ...(f.country && { hq: fact({ country: f.country }) }),
    ...(f.technologies && { technologies: fact(f.technologies.map((name) => ({ name, category: 'crm' }))) }),
  };
}

export function account(id: string, facts: Facts, stage?: string, tags: string[] = []): ReviewAccount {
  return { id, name: id, signals: signalsOf(facts), ...(stage && { stage }), tags };
}

/**
 * An ICP whose criteria each have a known relation to the synthetic outcomes below: industry separates perfectly,
 * founding year never does, revenue is almost never known, and size separates partly.
 */
export function reviewIcp(): Icp {
  const criteria: CompanyCriterion[] = [
    { id: 'industry', label: 'Software', field: 'industryGroup', op: 'in', target: ['software'], weight: 20 },
    {
      id: 'size',
      label: '50 to 1,000 employees',
      field: 'employees',
      op: 'range',
      target: { min: 50, max: 1000, margin: 0 },
      weight: 30,
    },
    { id: 'age', label: 'Founded since 2000', field: 'founded', op: 'gte', target: 2000, weight: 25 },
    { id: 'revenue', label: '$10M+ revenue', field: 'revenue', op: 'gte', target: 10_000_000, weight: 25 },
  ];
  return { ...defaultIcp(0), criteria, version: 3 };
}

/**
 * `won` customers and `lost` losses: every customer is software and every loss manufacturing (perfect separation);
 * founded since 2000 for every other account on both sides (no separation); revenue known for two accounts only;
 * size inside 50-1,000 for 4 in 5 customers and 2 in 5 losses.
 */
export function outcomeSet(won: number, lost: number): ReviewAccount[] {
  const rows: ReviewAccount[] = [];
  for (let i = 0; i < won + lost; i++) {
    const isWon = i < won;
    const j = isWon ? i : i - won;
    const inSize = isWon ? j % 5 !== 0 : j % 5 < 2;
    rows.push(
      account(
        `${isWon ? 'won' : 'lost'}-${String(j).padStart(3, '0')}.example`,
        {
          industry: isWon ? 'software' : 'manufacturing',
          employees: inSize ? 200 : 5000,
          founded: j % 2 === 0 ? 2010 : 1990,
          ...(j === 0 && { revenue: 20_000_000 }),
        },
        isWon ? 'Customer' : 'Lost',
      ),
    );
  }
  return rows;
}
