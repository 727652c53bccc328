import { COMPANY_FIELDS, type FieldDef, PERSON_FIELDS } from '../icp/fields';
import type { Criterion, Icp } from '../icp/schema';
import type { CompanySignals, PersonSignals } from '../signals/schema';
import { aggregate } from './aggregate';
import { formatSeen } from './format';
import { evaluate } from './ops';
import { tierOf } from './tier';
import type { CriterionResult, ScoreResult } from './types';

/** Ops that look for targets in a value; on an open-ended field their miss is no evidence (see FieldDef.openEnded). */
const SEARCH_OPS: ReadonlySet<Criterion['op']> = new Set(['matches', 'includesAny', 'includesAll', 'in']);

/**
 * On a count that is only a lower bound, the outcomes a higher true count could still change are unknown: a minimum
 * not reached (gte, a range's lower end) and a maximum not exceeded (lte).
 */
function onlyAtLeast(c: Criterion, value: unknown, match: number): boolean {
  if (typeof value !== 'number') return false;
  if (c.op === 'gte') return match < 1;
  if (c.op === 'lte') return match === 1;
  if (c.op === 'range') return c.target.min !== undefined && value < c.target.min;
  return false;
}

// Two decimals: enough for "12.5 of 25 pts" without float noise such as 14.999999 in the explanation.
const round2 = (n: number) => Math.round(n * 100) / 100 || 0;

function evaluateCriterion<S>(c: Criterion, fields: Record<string, FieldDef<S>>, signals: S): CriterionResult {
  const penalty = c.penalty ?? false;
  const result: CriterionResult = {
    id: c.id,
    label: c.label,
    field: c.field,
    op: c.op,
    weight: c.weight,
    penalty,
    knockout: c.knockout ?? false,
    match: null,
    earned: 0,
    possible: penalty ? 0 : c.weight,
  };
  // A field this build does not know (an ICP imported from a newer version) reads as missing, like absent data.
  const def = fields[c.field];
  const reading = def?.read(signals);
  if (!def || !reading) return result;
  const match = evaluate(c, reading.value);
  if (match === null) return result;
  if (match === 0 && def.openEnded && SEARCH_OPS.has(c.op) && !c.absenceIsNo) {
    // A word or item not found in what a page happened to show is no evidence against: unknown, not a "no".
    return { ...result, notFound: `none of them in the ${def.label.toLowerCase()} seen` };
  }
  if (def.lowerBound && !c.absenceIsNo && onlyAtLeast(c, reading.value, match)) {
    return {
      ...result,
      notFound: `only ${formatSeen(reading.value, c.field)} listed on the pages read, there may be more`,
    };
  }
  return {
    ...result,
    match,
    earned: round2(penalty ? -c.weight * match : c.weight * match),
    seen: formatSeen(reading.value, c.field),
    evidence: reading.evidence,
  };
}

function scoreWith<S>(
  icp: Icp,
  criteria: readonly Criterion[],
  fields: Record<string, FieldDef<S>>,
  signals: S,
  now: number,
): ScoreResult {
  const results = criteria.map((c) => evaluateCriterion(c, fields, signals));
  const { fit, bestCase, confidence, unknownCount } = aggregate(results);
  return {
    icpId: icp.id,
    icpVersion: icp.version,
    fit,
    bestCase,
    confidence,
    ...tierOf(fit, confidence, results, icp.thresholds),
    criteria: results,
    unknownCount,
    scoredAt: now,
  };
}

/** Company fit against the ICP's criteria. Pure: same inputs, same result. */
export function scoreCompany(icp: Icp, signals: CompanySignals, now: number): ScoreResult {
  return scoreWith(icp, icp.criteria, COMPANY_FIELDS, signals, now);
}

/** Persona fit: the same engine on the ICP's persona criteria and the person fields. */
export function scorePerson(icp: Icp, person: PersonSignals, now: number): ScoreResult {
  return scoreWith(icp, icp.persona, PERSON_FIELDS, person, now);
}
