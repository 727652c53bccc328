import { COMPANY_FIELDS, PERSON_FIELDS } from '../icp/fields';
import type { Criterion, Icp } from '../icp/schema';

/** A weight change the user accepted: `weight` 0 removes the criterion. */
export interface WeightChange {
  criterionId: string;
  weight: number;
}

/** The ICP with the changes applied (a criterion set to 0 points is removed, unless it is a must); not yet saved. */
export function applyChanges(icp: Icp, changes: readonly WeightChange[]): Icp {
  const byId = new Map(changes.map((c) => [c.criterionId, c.weight]));
  const criteria = icp.criteria.flatMap((c) => {
    const weight = byId.get(c.id);
    if (weight === undefined) return [c];
    if (weight === 0 && !c.knockout) return [];
    return [{ ...c, weight }];
  });
  return { ...icp, criteria };
}

/** Structural equality of plain data, whatever the order of object keys (a parsed ICP may reorder them). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const defined = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const left = defined(a);
  const right = new Map(defined(b));
  return left.length === right.size && left.every(([k, v]) => right.has(k) && same(v, right.get(k)));
}

const fieldLabel = (field: string) =>
  (COMPANY_FIELDS[field as keyof typeof COMPANY_FIELDS] ?? PERSON_FIELDS[field as keyof typeof PERSON_FIELDS])?.label;

/**
 * What a criterion is called in a diff: its field in lower case ("employees", "founded") when no other criterion of
 * either version tests that field, else its label in quotes.
 */
function namer(lists: readonly (readonly Criterion[])[]): (c: Criterion) => string {
  const uses = new Map<string, Set<string>>();
  for (const list of lists) for (const c of list) uses.set(c.field, (uses.get(c.field) ?? new Set()).add(c.id));
  return (c) => {
    const label = fieldLabel(c.field);
    return label && (uses.get(c.field)?.size ?? 0) === 1 ? label.toLowerCase() : `"${c.label}"`;
  };
}

function diffList(before: readonly Criterion[], after: readonly Criterion[], prefix: string): string[] {
  const name = namer([before, after]);
  const next = new Map(after.map((c) => [c.id, c]));
  const prev = new Set(before.map((c) => c.id));
  const parts: string[] = [];
  for (const old of before) {
    const now = next.get(old.id);
    const called = `${prefix}${name(old)}`;
    if (!now) {
      parts.push(`${called} removed`);
      continue;
    }
    if (now.weight !== old.weight) parts.push(`${called} weight ${old.weight} -> ${now.weight}`);
    if (!same('target' in now ? now.target : null, 'target' in old ? old.target : null))
      parts.push(`${called} target changed`);
    if (now.op !== old.op) parts.push(`${called} test changed`);
    if (!!now.knockout !== !!old.knockout) parts.push(`${called} ${now.knockout ? 'now a must' : 'no longer a must'}`);
    if (!!now.penalty !== !!old.penalty)
      parts.push(`${called} ${now.penalty ? 'now a penalty' : 'no longer a penalty'}`);
  }
  for (const c of after) if (!prev.has(c.id)) parts.push(`${prefix}${name(c)} added (${c.weight})`);
  return parts;
}

/** Every difference between two versions of an ICP, in words, most useful first. */
export function diffIcps(before: Icp, after: Icp): string[] {
  const parts = [
    ...diffList(before.criteria, after.criteria, ''),
    ...diffList(before.persona, after.persona, 'persona '),
  ];
  if (before.name !== after.name) parts.push(`renamed "${before.name}" -> "${after.name}"`);
  for (const tier of ['A', 'B', 'C'] as const) {
    if (before.thresholds[tier] !== after.thresholds[tier])
      parts.push(`tier ${tier} from ${before.thresholds[tier]} -> ${after.thresholds[tier]}`);
  }
  if (!same(before.engagement, after.engagement)) parts.push('engagement rules changed');
  return parts;
}

/** "v3 -> v4: size weight 25 -> 35, founded removed" */
export function diffText(before: Icp, after: Icp): string {
  const parts = diffIcps(before, after);
  return `v${before.version} -> v${after.version}: ${parts.length ? parts.join(', ') : 'no change'}`;
}
