/**
 * What a push does to one field: `new` (the CRM has no value), `changed` (ICP Lens replaces its own earlier value, or
 * the user chose to overwrite), `unchanged`, or `kept` (a person set another value in the CRM: left alone).
 */
export type FieldStatus = 'new' | 'changed' | 'unchanged' | 'kept';

export interface FieldChange {
  property: string;
  label: string;
  status: FieldStatus;
  before?: string;
  after: string;
}

/** Field values as text, by the CRM's field name. */
export type Properties = Record<string, string>;

/** What one CRM says about its fields: their labels, which are ICP Lens's own, and any it never lets go back. */
export interface FieldRules {
  label(name: string): string;
  /** ICP Lens's own fields (the score): always updated. */
  own(name: string): boolean;
  /** A value the CRM refuses to take (a stage moving backwards): kept whatever the user chose. */
  refuses?(name: string, before: string, after: string): boolean;
}

/** CRMs keep numbers as text ("12", "12.0") or as numbers: compared as numbers when both read as one. */
export function sameValue(a: string, b: string): boolean {
  if (a.trim() === b.trim()) return true;
  const x = Number(a);
  const y = Number(b);
  return a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y) && x === y;
}

/**
 * The plan for one record's fields. A value in the CRM that differs from what ICP Lens pushed last time was set by a
 * person (or another tool): it is kept unless `overwrite`. ICP Lens's own fields (the score) are always updated.
 */
export function planFieldsWith(
  rules: FieldRules,
  desired: Properties,
  existing: Record<string, string | null> | undefined,
  lastPushed: Properties | undefined,
  overwrite: boolean,
): FieldChange[] {
  return Object.entries(desired).map(([property, after]) => {
    const label = rules.label(property);
    const before = existing?.[property] ?? '';
    if (!existing || before.trim() === '') return { property, label, status: 'new', after };
    if (sameValue(before, after)) return { property, label, status: 'unchanged', before, after };
    if (rules.refuses?.(property, before, after)) return { property, label, status: 'kept', before, after };
    const ours =
      rules.own(property) || (lastPushed?.[property] !== undefined && sameValue(lastPushed[property], before));
    return { property, label, status: ours || overwrite ? 'changed' : 'kept', before, after };
  });
}

/** The values a push writes: new and changed fields only. */
export function toWrite(fields: readonly FieldChange[]): Properties {
  return Object.fromEntries(
    fields.filter((f) => f.status === 'new' || f.status === 'changed').map((f) => [f.property, f.after]),
  );
}

/** The values the CRM holds as ICP Lens's once the push is done: what the next push may replace. */
export function heldAsOurs(fields: readonly FieldChange[]): Properties {
  return Object.fromEntries(fields.filter((f) => f.status !== 'kept').map((f) => [f.property, f.after]));
}

/** Fields a push writes (new or changed) for one record. */
export const writtenCount = (fields: readonly FieldChange[]): number =>
  fields.filter((f) => f.status === 'new' || f.status === 'changed').length;
