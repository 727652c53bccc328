import { describe, expect, it } from 'vitest';
import { defaultIcp } from '../../../lib/icp/presets';
import { type Icp, icpSchema } from '../../../lib/icp/schema';
import { editorErrors } from '../../../lib/icp/sentences';
import { weightShare, weightTotal } from '../../../lib/icp/weights';

const icp = defaultIcp(0);

/** The editor's messages for a draft changed by `edit`. */
function messages(edit: (draft: Icp) => void): string[] {
  const draft = structuredClone(icp);
  edit(draft);
  const parsed = icpSchema.safeParse(draft);
  if (parsed.success) return [];
  return editorErrors(parsed.error, draft).map((e) => e.message);
}
const at = <T>(list: T[], index: number) => list[index] as T & Record<string, unknown>;

describe('editor errors in sentences', () => {
  it.each<[string, (d: Icp) => void, string]>([
    ['a negative weight', (d) => Object.assign(at(d.criteria, 0), { weight: -5 }), 'Weight must be 0 or more.'],
    ['a huge weight', (d) => Object.assign(at(d.criteria, 0), { weight: 5000 }), 'Weight must be 1000 or less.'],
    ['an emptied weight', (d) => Object.assign(at(d.persona, 0), { weight: Number.NaN }), 'Weight needs a number.'],
    ['no values left', (d) => Object.assign(at(d.criteria, 0), { target: [] }), 'Add at least one value.'],
    ['an empty name', (d) => Object.assign(d, { name: '  ' }), "The ICP's name cannot be empty."],
    ['an empty label', (d) => Object.assign(at(d.criteria, 2), { label: '' }), "The criterion's name cannot be empty."],
    [
      'a range with no ends',
      (d) => Object.assign(at(d.criteria, 1), { target: { margin: 0.5 } }),
      'Give the range a min, a max or both.',
    ],
    [
      'a range upside down',
      (d) => Object.assign(at(d.criteria, 1), { target: { min: 500, max: 10 } }),
      'Max must be at least as large as min.',
    ],
    [
      'a negative margin',
      (d) => Object.assign(at(d.criteria, 1), { target: { min: 5, margin: -1 } }),
      'Soft margin must be 0 or more.',
    ],
    [
      'an at-least with no number',
      (d) => Object.assign(at(d.criteria, 4), { target: Number.NaN }),
      'At least needs a number.',
    ],
    [
      'thresholds out of order',
      (d) => Object.assign(d.thresholds, { A: 40, B: 60 }),
      'Tier thresholds must go down from A to B to C.',
    ],
    ['a tier above 100', (d) => Object.assign(d.thresholds, { A: 120 }), "Tier A's minimum fit must be 100 or less."],
    [
      'known data over 100%',
      (d) => Object.assign(d.thresholds, { minConfidence: 1.5 }),
      'Known data needed must be between 0 and 100%.',
    ],
  ])('%s', (_, edit, expected) => {
    expect(messages(edit)).toEqual([expected]);
  });

  it('keeps the path that places an error next to its criterion, and never shows zod wording', () => {
    const draft = structuredClone(icp);
    Object.assign(at(draft.criteria, 2), { weight: -1 });
    const parsed = icpSchema.safeParse(draft);
    if (parsed.success) throw new Error('expected an invalid draft');
    const [error] = editorErrors(parsed.error, draft);
    expect(error).toEqual({ path: 'criteria[2].weight', message: 'Weight must be 0 or more.' });
    expect(error?.message).not.toMatch(/expected|Too small|>=|\[/);
  });
});

describe('weights', () => {
  it('totals the possible points (not penalties) and gives each criterion its share in words', () => {
    const criteria = [
      { id: 'a', label: 'A', field: 'employees', op: 'exists', weight: 30 },
      { id: 'b', label: 'B', field: 'industry', op: 'exists', weight: 10 },
      { id: 'p', label: 'P', field: 'name', op: 'exists', weight: 8, penalty: true },
      { id: 'k', label: 'K', field: 'domain', op: 'exists', weight: 0, knockout: true },
    ] as Icp['criteria'];
    expect(weightTotal(criteria)).toBe(40);
    expect(criteria.map((c) => weightShare(c, 40))).toEqual([
      '75% of the fit (30 of 40 points).',
      '25% of the fit (10 of 40 points).',
      'Takes up to 20 points off the fit when it matches.',
      'Counts no points: it only disqualifies.',
    ]);
    expect(weightTotal(icp.criteria)).toBe(100);
  });
});
