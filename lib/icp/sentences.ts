import type { z } from 'zod';
import { fieldLabel } from './edit';
import { formatPath, type IoError } from './io';
import type { Icp } from './schema';

/**
 * The editor's validation errors as sentences a seller reads ("Weight must be 0 or more."), never zod's wording or a
 * JSON path. The path is kept only to place each error next to its criterion. Imported files keep their paths
 * (lib/icp/io.ts): there the path is what locates the problem in the file.
 */
type Issue = z.core.$ZodIssue;

/** Refinement messages of lib/icp/schema.ts, in words. */
const REFINEMENTS: Record<string, string> = {
  'a range needs a min or a max': 'Give the range a min, a max or both.',
  'max must be >= min': 'Max must be at least as large as min.',
  'thresholds must satisfy A >= B >= C': 'Tier thresholds must go down from A to B to C.',
};

const RANGE_PARTS: Record<string, string> = { min: 'Min', max: 'Max', margin: 'Soft margin' };

/** What the path points at, in words: "Weight", "Tier A's minimum fit", "The criterion's name". */
function subject(path: readonly PropertyKey[], draft: Icp): string {
  const [head, index, key, part] = path;
  if (head === 'name') return "The ICP's name";
  if (head === 'thresholds') {
    if (index === 'minConfidence') return 'Known data needed';
    return typeof index === 'string' ? `Tier ${index}'s minimum fit` : 'Tier thresholds';
  }
  if ((head === 'criteria' || head === 'persona') && typeof index === 'number') {
    const c = draft[head][index];
    if (key === 'label') return "The criterion's name";
    if (key === 'weight') return 'Weight';
    if (key === 'target') {
      if (typeof part === 'string') return RANGE_PARTS[part] ?? 'This value';
      if (typeof part === 'number') return 'A value';
      if (c?.op === 'gte') return 'At least';
      if (c?.op === 'lte') return 'At most';
      return c ? `The values of ${fieldLabel(head, c.field)}` : 'The values';
    }
    if (key === 'field') return 'The field';
    if (key === 'op') return 'The test';
    return head === 'criteria' ? 'This company criterion' : 'This persona criterion';
  }
  if (head === 'criteria') return 'Company criteria';
  if (head === 'persona') return 'Persona criteria';
  return 'This value';
}

/** A fraction stored 0..1 and edited as a percentage. */
const isPercent = (path: readonly PropertyKey[]) => path[0] === 'thresholds' && path[1] === 'minConfidence';

function sentence(issue: Issue, draft: Icp): string {
  const what = subject(issue.path, draft);
  if (issue.code === 'custom') return REFINEMENTS[issue.message] ?? `${what} is not valid.`;
  if (issue.code === 'invalid_type')
    return issue.expected === 'number' ? `${what} needs a number.` : `${what} is missing.`;
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const small = issue.code === 'too_small';
    const bound = Number(small ? issue.minimum : issue.maximum);
    if (issue.origin === 'array') {
      if (small) return bound === 1 ? 'Add at least one value.' : `Add at least ${bound} values.`;
      return `${what} can hold at most ${bound}.`;
    }
    if (issue.origin === 'string') {
      return small ? `${what} cannot be empty.` : `${what} can be at most ${bound} characters.`;
    }
    if (isPercent(issue.path)) return `${what} must be between 0 and 100%.`;
    const inclusive = issue.inclusive !== false;
    if (small) return inclusive ? `${what} must be ${bound} or more.` : `${what} must be more than ${bound}.`;
    return inclusive ? `${what} must be ${bound} or less.` : `${what} must be less than ${bound}.`;
  }
  return `${what} is not valid.`;
}

/** The draft's schema errors, one sentence each, with the path that places them. */
export function editorErrors(error: z.ZodError, draft: Icp): IoError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: sentence(issue, draft) }));
}
