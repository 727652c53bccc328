import { COMPANY_FIELDS, type Dimension, type FieldDef, PERSON_FIELDS } from './fields';
import { canEvaluate, OP_LABELS } from './kinds';
import type { Criterion, Icp } from './schema';

/**
 * ICP lint: the MECE checks of DESIGN.md ("ICP and scoring"). Errors make tier A unreachable (the ICP is broken);
 * warnings are likely mistakes a seller may still mean (a double count, a gap); info is a hint.
 */
export type Severity = 'error' | 'warning' | 'info';
export interface LintFinding {
  severity: Severity;
  code: 'double-count' | 'gap' | 'unreachable-a' | 'never-evaluates' | 'no-effect';
  message: string;
  /** The criteria the finding is about (company and persona ids), empty for ICP-wide findings. */
  criterionIds: string[];
}

/** The dimensions an ICP should cover (DESIGN.md): each one without a criterion is a gap. */
export const LINTED_DIMENSIONS = ['industry', 'size', 'geography', 'technology', 'persona', 'intent'] as const;

type Fields = Record<string, FieldDef<never> | undefined>;
const fieldOf = (fields: Fields, c: Criterion) => fields[c.field];
// A weight-0 knockout or penalty adds no points: it cannot double-count, whatever else tests its field.
const counts = (c: Criterion) => c.weight > 0;

function doubleCounts(criteria: readonly Criterion[], fields: Fields): LintFinding[] {
  const byField = new Map<string, Criterion[]>();
  for (const c of criteria.filter(counts)) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
  return [...byField.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      severity: 'warning' as const,
      code: 'double-count' as const,
      message: `${group.length} weighted criteria test ${fieldOf(fields, group[0] as Criterion)?.label ?? group[0]?.field}: one fact counts ${group.length} times. Merge them, or make all but one a weight-0 must.`,
      criterionIds: group.map((c) => c.id),
    }));
}

function neverEvaluates(criteria: readonly Criterion[], fields: Fields): LintFinding[] {
  return criteria.flatMap((c) => {
    const def = fieldOf(fields, c);
    if (def && canEvaluate(def.kind, c.op)) return [];
    const why = def ? `"${OP_LABELS[c.op]}" cannot test ${def.label}` : 'ICP Lens does not know its field';
    return [
      {
        severity: 'error' as const,
        code: 'never-evaluates' as const,
        message: `${why}: this criterion always stays unknown.`,
        criterionIds: [c.id],
      },
    ];
  });
}

/** The best fit any account could reach: criteria that can never be evaluated can never earn their points. */
function unreachableA(criteria: readonly Criterion[], fields: Fields, a: number, what: string): LintFinding[] {
  const positive = criteria.filter((c) => !c.penalty && c.weight > 0);
  const possible = positive.reduce((sum, c) => sum + c.weight, 0);
  const dead = positive.filter((c) => {
    const def = fieldOf(fields, c);
    return !def || !canEvaluate(def.kind, c.op);
  });
  const reachable = possible - dead.reduce((sum, c) => sum + c.weight, 0);
  const best = possible === 0 ? 0 : Math.round((100 * reachable) / possible);
  if (best >= a) return [];
  const message =
    possible === 0
      ? `No ${what} criterion has a positive weight: fit is always 0 and tier A (${a}) is out of reach.`
      : `The best possible ${what} fit is ${best}, below the tier A threshold of ${a}.`;
  return [{ severity: 'error', code: 'unreachable-a', message, criterionIds: dead.map((c) => c.id) }];
}

function noEffect(criteria: readonly Criterion[]): LintFinding[] {
  return criteria
    .filter((c) => c.weight === 0 && !c.knockout)
    .map((c) => ({
      severity: 'info' as const,
      code: 'no-effect' as const,
      message: `"${c.label}" has weight 0 and is not a must: it never changes the score.`,
      criterionIds: [c.id],
    }));
}

function gaps(icp: Icp): LintFinding[] {
  const covered = new Set<Dimension>();
  for (const c of icp.criteria) if (c.weight > 0 || c.knockout) covered.add(COMPANY_FIELDS[c.field].dimension);
  for (const c of icp.persona) if (c.weight > 0 || c.knockout) covered.add(PERSON_FIELDS[c.field].dimension);
  // Intent is also what engagement measures (DESIGN.md: FIT and INTENT): activities worth points cover it.
  if (icp.engagement.rules.some((r) => r.points > 0)) covered.add('intent');
  return LINTED_DIMENSIONS.filter((d) => !covered.has(d)).map((d) => ({
    severity: 'warning',
    code: 'gap',
    message: `No criterion covers ${d}: accounts are not told apart on it.`,
    criterionIds: [],
  }));
}

/** Every finding for one ICP, errors first. Pure: the editor runs it on every keystroke. */
export function lintIcp(icp: Icp): LintFinding[] {
  const company = COMPANY_FIELDS as Fields;
  const person = PERSON_FIELDS as Fields;
  const findings = [
    ...neverEvaluates(icp.criteria, company),
    ...neverEvaluates(icp.persona, person),
    ...unreachableA(icp.criteria, company, icp.thresholds.A, 'company'),
    ...(icp.persona.length ? unreachableA(icp.persona, person, icp.thresholds.A, 'persona') : []),
    ...doubleCounts(icp.criteria, company),
    ...doubleCounts(icp.persona, person),
    ...gaps(icp),
    ...noEffect([...icp.criteria, ...icp.persona]),
  ];
  const rank = { error: 0, warning: 1, info: 2 };
  return findings.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** The findings that concern one criterion, for showing inline next to it. */
export function findingsFor(findings: readonly LintFinding[], criterionId: string): LintFinding[] {
  return findings.filter((f) => f.criterionIds.includes(criterionId));
}
