import { defaultIcp } from '../../../lib/icp/presets';
import type { CompanyCriterion, Icp } from '../../../lib/icp/schema';
import { icpSchema } from '../../../lib/icp/schema';
import type { Fact } from '../../../lib/signals/schema';

/** A value with test evidence. */
export function fact<T>(value: T): Fact<T> {
  return { value, source: 'test', layer: 'site', url: 'https://example.com/', confidence: 1, observedAt: 0 };
}

// Distributes over the op union, so each op keeps its own target type.
type Loose = CompanyCriterion extends infer C
  ? C extends CompanyCriterion
    ? Omit<C, 'id' | 'label' | 'weight'> & { id?: string; label?: string; weight?: number }
    : never
  : never;

/** An ICP with the given company criteria, validated by the schema so the tests cannot drift from it. */
export function icpWith(criteria: Loose[], thresholds: Icp['thresholds'] = { A: 80, B: 60, C: 40 }): Icp {
  return icpSchema.parse({
    ...defaultIcp(0),
    criteria: criteria.map((c, i) => ({ id: `c${i}`, label: `Criterion ${i}`, weight: 10, ...c })),
    thresholds,
  });
}
