import { z } from 'zod';
import { COMPANY_FIELD_IDS, PERSON_FIELD_IDS } from './fields';

const label = z.string().trim().min(1).max(120);
const stringList = z.array(z.string().trim().min(1).max(120)).min(1).max(200);

/** A numeric target range; either end may be open. `margin` is a fraction of the bound (default 0.5). */
export const rangeTargetSchema = z
  .object({
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    margin: z.number().min(0).max(10).optional(),
  })
  .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'a range needs a min or a max' })
  .refine((r) => r.min === undefined || r.max === undefined || r.max >= r.min, { message: 'max must be >= min' });
export type RangeTarget = z.infer<typeof rangeTargetSchema>;

const base = {
  id: z.string().min(1).max(64),
  label,
  weight: z.number().min(0).max(1000),
  /** A must: when the data is known and the match is 0, the account is disqualified (tier X). */
  knockout: z.boolean().optional(),
  /** Not part of the possible points: a match subtracts weight * m. */
  penalty: z.boolean().optional(),
  /**
   * For tests on what a page happens to mention (keywords in a description, detected technologies...): a miss is
   * "no evidence" (unknown) unless the author opts in here, where the text is authoritative (the stored description
   * is only ever the company's own: Organization data, home or about page, LinkedIn about, Wikipedia lead).
   */
  absenceIsNo: z.boolean().optional(),
  /** Set by a team's ICP file (lib/icp/team.ts): a seller may not change or remove this criterion. */
  locked: z.boolean().optional(),
};

function criterion<F extends z.ZodType>(field: F) {
  return z.discriminatedUnion('op', [
    z.object({ ...base, field, op: z.literal('in'), target: stringList }),
    z.object({ ...base, field, op: z.literal('notIn'), target: stringList }),
    z.object({ ...base, field, op: z.literal('includesAny'), target: stringList }),
    z.object({ ...base, field, op: z.literal('includesAll'), target: stringList }),
    z.object({ ...base, field, op: z.literal('excludes'), target: stringList }),
    z.object({ ...base, field, op: z.literal('matches'), target: stringList }),
    z.object({ ...base, field, op: z.literal('range'), target: rangeTargetSchema }),
    z.object({ ...base, field, op: z.literal('gte'), target: z.number().finite() }),
    z.object({ ...base, field, op: z.literal('lte'), target: z.number().finite() }),
    z.object({ ...base, field, op: z.literal('exists') }),
  ]);
}

export const companyCriterionSchema = criterion(z.enum(COMPANY_FIELD_IDS));
export const personCriterionSchema = criterion(z.enum(PERSON_FIELD_IDS));
export type CompanyCriterion = z.infer<typeof companyCriterionSchema>;
export type PersonCriterion = z.infer<typeof personCriterionSchema>;
export type Criterion = CompanyCriterion | PersonCriterion;
export type CriterionOp = Criterion['op'];

export const thresholdsSchema = z
  .object({
    A: z.number().min(0).max(100),
    B: z.number().min(0).max(100),
    C: z.number().min(0).max(100),
    /**
     * Share (0..1) of the ICP's weight that must be known before a tier is given; below it the tier is '?' ("not
     * enough data yet"). Optional so ICPs written before it keep validating; DEFAULT_MIN_CONFIDENCE applies.
     */
    minConfidence: z.number().min(0).max(1).optional(),
  })
  .refine((t) => t.A >= t.B && t.B >= t.C, { message: 'thresholds must satisfy A >= B >= C' });
export type Thresholds = z.infer<typeof thresholdsSchema>;

export const engagementRuleSchema = z.object({
  activity: z.string().min(1).max(64),
  points: z.number().min(-1000).max(1000),
});

export const gradeCutoffsSchema = z
  .object({ hot: z.number().min(0), warm: z.number().min(0), cool: z.number().min(0) })
  .refine((g) => g.hot >= g.warm && g.warm >= g.cool, { message: 'grade cut-offs must satisfy hot >= warm >= cool' });
export type GradeCutoffs = z.infer<typeof gradeCutoffsSchema>;

export const icpSchema = z.object({
  id: z.string().min(1).max(64),
  name: label,
  /** Increments on every edit: a stored score names the ICP version it was computed with. */
  version: z.number().int().min(1),
  criteria: z.array(companyCriterionSchema).max(100),
  persona: z.array(personCriterionSchema).max(100),
  thresholds: thresholdsSchema,
  engagement: z.object({
    rules: z.array(engagementRuleSchema).max(100),
    halfLifeDays: z.number().positive().max(3650),
    /** Decayed points at or above which an account is graded 1 (hot), 2 and 3; below `cool` it is 4 (cold). */
    grades: gradeCutoffsSchema.optional(),
  }),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** Loaded from the team's URL and kept in sync with it (lib/background/team-icp.ts); absent on a local ICP. */
  teamUrl: z.string().url().max(2000).optional(),
});
export type Icp = z.infer<typeof icpSchema>;

/** Half the ICP's weight known: below it, a fit says more about what the page left out than about the company. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

export const DEFAULT_THRESHOLDS: Thresholds = { A: 80, B: 60, C: 40, minConfidence: DEFAULT_MIN_CONFIDENCE };
