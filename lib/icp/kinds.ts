import type { FieldKind } from './fields';
import type { CriterionOp } from './schema';

/**
 * Which ops can evaluate a field of each kind (lib/scoring/ops.ts): any other op always reads UNKNOWN on that field,
 * so the editor offers only these and lint reports the rest. Text ops work on lists, number ops on ranges.
 */
export const OPS_BY_KIND: Record<FieldKind, readonly CriterionOp[]> = {
  enum: ['in', 'notIn', 'exists'],
  text: ['matches', 'in', 'notIn', 'exists'],
  list: ['includesAny', 'includesAll', 'excludes', 'matches', 'exists'],
  number: ['range', 'gte', 'lte', 'exists'],
  range: ['range', 'gte', 'lte', 'exists'],
  boolean: ['exists'],
};

/** Every op whose evaluator accepts the kind's values, including synonyms the editor does not offer. */
const EVALUABLE: Record<FieldKind, readonly CriterionOp[]> = {
  enum: ['in', 'notIn', 'includesAny', 'includesAll', 'excludes', 'matches', 'exists'],
  text: ['in', 'notIn', 'includesAny', 'includesAll', 'excludes', 'matches', 'exists'],
  list: ['in', 'notIn', 'includesAny', 'includesAll', 'excludes', 'matches', 'exists'],
  number: ['range', 'gte', 'lte', 'exists'],
  range: ['range', 'gte', 'lte', 'exists'],
  boolean: ['exists'],
};

export function canEvaluate(kind: FieldKind, op: CriterionOp): boolean {
  return EVALUABLE[kind].includes(op);
}

export const OP_LABELS: Record<CriterionOp, string> = {
  in: 'is one of',
  notIn: 'is not one of',
  includesAny: 'includes any of',
  includesAll: 'includes all of',
  excludes: 'includes none of',
  matches: 'mentions any keyword',
  range: 'is between',
  gte: 'is at least',
  lte: 'is at most',
  exists: 'is present / yes',
};
