import fc from 'fast-check';
import { COMPANY_FIELD_IDS } from '../../../lib/icp/fields';
import { defaultIcp } from '../../../lib/icp/presets';
import { type CompanyCriterion, type Icp, icpSchema } from '../../../lib/icp/schema';
import { COMPLIANCE, DEPARTMENTS, FUNDING_STAGES, INDUSTRY_GROUPS } from '../../../lib/signals/enums';
import type { CompanySignals } from '../../../lib/signals/schema';
import { fact } from './helpers';

// Targets and values share one small vocabulary so that list ops hit as often as they miss.
const WORDS = ['software', 'DE', 'US', 'HubSpot', 'Stripe', 'saas', 'api', 'SOC 2', 'sales', 'Zürich', 'c++'];
const word = fc.oneof(
  fc.constantFrom(...WORDS, ...INDUSTRY_GROUPS.slice(0, 3)),
  fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''),
);
const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const count = fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 1e9 }));
const numberRange = fc
  .tuple(count, fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }))
  .map(([min, span]) => (span === undefined ? { min } : { min, max: min + span }));

export const signalsArb: fc.Arbitrary<CompanySignals> = fc.record(
  {
    name: text.map(fact),
    industry: text.map(fact),
    description: text.map(fact),
    domain: fc.constant(fact('acme.com')),
    industryGroup: fc.constantFrom(...INDUSTRY_GROUPS).map(fact),
    employees: numberRange.map(fact),
    revenue: numberRange.map(fact),
    hq: fc
      .record({ country: fc.constantFrom('DE', 'US', 'FR', 'BR'), city: fc.option(word, { nil: undefined }) })
      .map(fact),
    founded: fc.integer({ min: 1900, max: 2030 }).map(fact),
    fundingStage: fc.constantFrom(...FUNDING_STAGES).map(fact),
    fundingTotal: count.map(fact),
    technologies: fc
      .array(
        word.map((name) => ({ name, category: 'crm' })),
        { maxLength: 5 },
      )
      .map(fact),
    hiring: fc
      .record(
        {
          openRoles: fc.integer({ min: 0, max: 50 }),
          byDepartment: fc.dictionary(fc.constantFrom(...DEPARTMENTS), fc.integer({ min: 0, max: 9 })),
        },
        { requiredKeys: [] },
      )
      .map(fact),
    compliance: fc.subarray([...COMPLIANCE]).map(fact),
    pricingPage: fc.boolean().map(fact),
    freeTrial: fc.boolean().map(fact),
    contactSales: fc.boolean().map(fact),
    keywords: fc.array(word, { maxLength: 5 }).map(fact),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<CompanySignals>;

const list = fc.array(word, { minLength: 1, maxLength: 4 });
const bound = fc.integer({ min: -10, max: 3000 });
const rangeTarget = fc
  .tuple(
    bound,
    bound,
    fc.constantFrom('both', 'min', 'max'),
    fc.option(fc.constantFrom(0, 0.1, 0.5, 1, 2), { nil: undefined }),
  )
  .map(([a, b, ends, margin]) => {
    const [min, max] = a <= b ? [a, b] : [b, a];
    return { ...(ends !== 'max' && { min }), ...(ends !== 'min' && { max }), ...(margin !== undefined && { margin }) };
  });

const opTarget = fc.oneof(
  fc.record({ op: fc.constantFrom('in', 'notIn', 'includesAny', 'includesAll', 'excludes', 'matches'), target: list }),
  fc.record({ op: fc.constant('range'), target: rangeTarget }),
  fc.record({ op: fc.constantFrom('gte', 'lte'), target: bound }),
  fc.record({ op: fc.constant('exists') }),
);

const criterionArb = fc
  .tuple(
    fc.constantFrom(...COMPANY_FIELD_IDS),
    opTarget,
    fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 1000, noNaN: true })),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([field, opt, weight, knockout, penalty, absenceIsNo]) => ({
    field,
    ...opt,
    weight,
    knockout,
    penalty,
    absenceIsNo,
  }));

const thresholdsArb = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
    fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  )
  .map(([t, minConfidence]) => {
    const [A = 80, B = 60, C = 40] = t.sort((a, b) => b - a);
    return { A, B, C, ...(minConfidence !== undefined && { minConfidence }) };
  });

/** Any ICP the schema accepts, up to 8 company criteria; parsed so an invalid one fails loudly, not silently. */
export const icpArb: fc.Arbitrary<Icp> = fc
  .tuple(fc.array(criterionArb, { maxLength: 8 }), thresholdsArb)
  .map(([criteria, thresholds]) =>
    icpSchema.parse({
      ...defaultIcp(0),
      criteria: criteria.map((c, i) => ({ id: `c${i}`, label: `Criterion ${i}`, ...c }) as CompanyCriterion),
      thresholds,
    }),
  );
