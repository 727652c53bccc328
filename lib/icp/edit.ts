import { choicesFor } from './choices';
import { COMPANY_FIELDS, type FieldKind, PERSON_FIELDS } from './fields';
import { OPS_BY_KIND } from './kinds';
import type { Criterion, CriterionOp, Icp } from './schema';
import { nextField, STARTERS } from './starters';

/**
 * Pure edits of a draft ICP for the editor. A draft may be invalid while being typed (an empty keyword list): the
 * editor validates it with the schema before saving or previewing, and shows each error next to its criterion.
 */
export type ListKey = 'criteria' | 'persona';

export function kindOf(list: ListKey, field: string): FieldKind {
  const fields: Record<string, { kind: FieldKind } | undefined> = list === 'criteria' ? COMPANY_FIELDS : PERSON_FIELDS;
  return fields[field]?.kind ?? 'text';
}

const LIST_OPS = new Set<CriterionOp>(['in', 'notIn', 'includesAny', 'includesAll', 'excludes', 'matches']);

/** The target a criterion starts with after its op changes: list targets carry over between list ops. */
function targetFor(op: CriterionOp, field: string, previous?: unknown): unknown {
  const starter = STARTERS[field];
  if (starter?.op === op && previous === undefined) return starter.target;
  if (LIST_OPS.has(op)) {
    if (Array.isArray(previous)) return previous;
    const first = choicesFor(field)?.[0];
    return first ? [first] : [];
  }
  if (op === 'range') return { min: 1, margin: 0.5 };
  if (op === 'gte' || op === 'lte') return typeof previous === 'number' ? previous : 0;
  return undefined;
}

export function withOp(c: Criterion, op: CriterionOp): Criterion {
  const previous = 'target' in c ? c.target : undefined;
  const { target: _dropped, ...rest } = c as Criterion & { target?: unknown };
  const target = targetFor(op, c.field, previous);
  return (target === undefined ? { ...rest, op } : { ...rest, op, target }) as Criterion;
}

export function fieldLabel(list: ListKey, field: string): string {
  const fields: Record<string, { label: string } | undefined> = list === 'criteria' ? COMPANY_FIELDS : PERSON_FIELDS;
  return fields[field]?.label ?? field;
}

/**
 * A new field starts afresh: the values of the old field mean nothing on the new one (industry groups are not
 * seniorities, a keyword list is no technology list). The op stays when the new field can take it (a "must not"
 * stays one); a label still naming the old field follows the new one.
 */
export function withField(list: ListKey, c: Criterion, field: string): Criterion {
  const ops = OPS_BY_KIND[kindOf(list, field)];
  const label = c.label === fieldLabel(list, c.field) ? fieldLabel(list, field) : c.label;
  const { target: _dropped, ...rest } = c as Criterion & { target?: unknown };
  const moved = { ...rest, field, label } as Criterion;
  const op = ops.includes(c.op) ? c.op : (STARTERS[field]?.op ?? (ops[0] as CriterionOp));
  return withOp(moved, op);
}

export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const slug =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'criterion';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

/** Ids are unique across both lists, so lint findings and errors point at one criterion. */
export function takenIds(icp: Icp): Set<string> {
  return new Set([...icp.criteria, ...icp.persona].map((c) => c.id));
}

/**
 * A new criterion on a field the list does not test yet (so it double-counts nothing), preferring a dimension no
 * criterion covers, with a starting target a seller would plausibly keep (lib/icp/starters.ts).
 */
export function addCriterion(icp: Icp, list: ListKey): Icp {
  const field = nextField(icp, list);
  const base = { id: uniqueId(field, takenIds(icp)), label: fieldLabel(list, field), field, weight: 10 } as Criterion;
  const ops = OPS_BY_KIND[kindOf(list, field)];
  const c = withOp(base, STARTERS[field]?.op ?? (ops[0] as CriterionOp));
  return { ...icp, [list]: [...icp[list], c] };
}

export function updateCriterion(icp: Icp, list: ListKey, index: number, next: Criterion): Icp {
  return { ...icp, [list]: icp[list].map((c, i) => (i === index ? next : c)) };
}

export function removeCriterion(icp: Icp, list: ListKey, index: number): Icp {
  return { ...icp, [list]: icp[list].filter((_, i) => i !== index) };
}

/** Moves one criterion up (-1) or down (+1); out of bounds is a no-op. */
export function moveCriterion(icp: Icp, list: ListKey, index: number, delta: -1 | 1): Icp {
  const items = [...icp[list]];
  const to = index + delta;
  if (to < 0 || to >= items.length) return icp;
  [items[index], items[to]] = [items[to] as Criterion, items[index] as Criterion];
  return { ...icp, [list]: items };
}
