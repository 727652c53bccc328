import { RECORDED_ENGAGEMENT } from '../icp/engagement-defaults';
import type { GradeCutoffs, Icp } from '../icp/schema';

/** Engagement grade: 1 hot, 2 warm, 3 cool, 4 cold. */
export type Grade = 1 | 2 | 3 | 4;

/** Starting cut-offs in decayed points: a fresh demo request (30) alone is hot; one webinar (10) is cool. */
export const DEFAULT_GRADES: GradeCutoffs = { hot: 30, warm: 15, cool: 5 };

const DAY_MS = 86_400_000;

export interface LoggedActivity {
  type: string;
  at: number;
}

export interface Engagement {
  /** Sum of each activity's points halved every half-life since it happened, rounded to one decimal. */
  points: number;
  grade: Grade;
  reason: string;
}

/** An activity's points after decay; an activity dated in the future (clock skew) counts as happening now. */
export function decayed(points: number, at: number, now: number, halfLifeDays: number): number {
  const ageDays = Math.max(0, now - at) / DAY_MS;
  return points * 0.5 ** (ageDays / halfLifeDays);
}

export function gradeOf(points: number, cutoffs: GradeCutoffs = DEFAULT_GRADES): Grade {
  if (points >= cutoffs.hot) return 1;
  if (points >= cutoffs.warm) return 2;
  if (points >= cutoffs.cool) return 3;
  return 4;
}

const RECORDED_TYPES: ReadonlySet<string> = new Set(RECORDED_ENGAGEMENT.map((r) => r.activity));

const GRADE_NAMES: Record<Grade, string> = { 1: 'hot', 2: 'warm', 3: 'cool', 4: 'cold' };

/**
 * Engagement from logged activities (DESIGN.md "ICP and scoring"). Activity types without a rule count 0: an
 * unknown type is logged for the record, not for the score. Pure: `now` is an input.
 */
export function scoreEngagement(
  activities: readonly LoggedActivity[],
  rules: Icp['engagement'],
  now: number,
): Engagement {
  const pointsOf = new Map<string, number>([
    ...RECORDED_ENGAGEMENT.map((r): [string, number] => [r.activity, r.points]),
    ...rules.rules.map((r): [string, number] => [r.activity, r.points]),
  ]);
  let total = 0;
  let counted = 0;
  let recorded = 0;
  for (const a of activities) {
    const points = pointsOf.get(a.type);
    if (points === undefined) continue;
    total += decayed(points, a.at, now, rules.halfLifeDays);
    if (RECORDED_TYPES.has(a.type)) recorded++;
    else counted++;
  }
  const points = Math.round(total * 10) / 10 || 0;
  const cutoffs = rules.grades ?? DEFAULT_GRADES;
  const grade = gradeOf(points, cutoffs);
  const sources = [
    counted > 0 && `${counted} ${counted === 1 ? 'activity' : 'activities'}`,
    recorded > 0 && `${recorded} ${recorded === 1 ? 'answer or stage' : 'answers and stages'} you recorded`,
  ].filter(Boolean);
  const reason =
    sources.length === 0
      ? 'no scored activity logged (4, cold)'
      : `${points} points from ${sources.join(' and ')} (${grade}, ${GRADE_NAMES[grade]})`;
  return { points, grade, reason };
}
