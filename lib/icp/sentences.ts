import type { z } from 'zod';
import { fieldLabel } from './edit';
import type { IoError } from './io';
import type { Criterion, Icp } from './schema';

/**
 * Validation errors as sentences a seller reads ("Weight must be 0 or more."), never zod's wording or a JSON path:
 * the editor's (the path only places each error next to its criterion) and an imported or team file's (the sentence
 * says where in words: "Company criterion 3 ("Size"): Weight must be 0 or more.").
 */
type Issue = z.core.$ZodIssue;

/** Refinement messages of lib/icp/schema.ts, in words. */
const REFINEMENTS: Record<string, string> = {
  'a range needs a min or a max': 'Give the range a min, a max or both.',
  'max must be >= min': 'Max must be at least as large as min.',
  'thresholds must satisfy A >= B >= C': 'Tier thresholds must go down from A to B to C.',
};

const RANGE_PARTS: Record<string, string> = { min: 'Min', max: 'Max', margin: 'Soft margin' };

/** `['icp', 'criteria', 2, 'weight']` -> `icp.criteria[2].weight`: to place an error, never shown. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(file)';
}

/** A draft or a file's ICP, which may be anything a file holds: read defensively. */
type Loose = Partial<Record<keyof Icp, unknown>> | undefined;

/** The criterion a path names, when the draft has one there. */
function criterionAt(draft: Loose, head: PropertyKey | undefined, index: PropertyKey | undefined) {
  const list = head === 'criteria' || head === 'persona' ? draft?.[head] : undefined;
  const c = Array.isArray(list) && typeof index === 'number' ? (list[index] as unknown) : undefined;
  return c && typeof c === 'object' ? (c as Partial<Criterion>) : undefined;
}

/** What the path points at, in words: "Weight", "Tier A's minimum fit", "The criterion's name". */
function subject(path: readonly PropertyKey[], draft: Loose): string {
  const [head, index, key, part] = path;
  if (head === undefined) return "The file's ICP";
  if (head === 'name') return "The ICP's name";
  if (head === 'thresholds') {
    if (index === 'minConfidence') return 'Known data needed';
    return typeof index === 'string' ? `Tier ${index}'s minimum fit` : 'Tier thresholds';
  }
  if ((head === 'criteria' || head === 'persona') && typeof index === 'number') {
    const c = criterionAt(draft, head, index);
    if (key === 'label') return "The criterion's name";
    if (key === 'weight') return 'Weight';
    if (key === 'target') {
      if (typeof part === 'string') return RANGE_PARTS[part] ?? 'This value';
      if (typeof part === 'number') return 'A value';
      if (c?.op === 'gte') return 'At least';
      if (c?.op === 'lte') return 'At most';
      return typeof c?.field === 'string' ? `The values of ${fieldLabel(head, c.field)}` : 'The values';
    }
    if (key === 'field') return 'The field';
    if (key === 'op') return 'The test';
    return head === 'criteria' ? 'This company criterion' : 'This persona criterion';
  }
  if (head === 'criteria') return 'The company criteria list';
  if (head === 'persona') return 'The persona criteria list';
  if (head === 'id') return "The ICP's identifier";
  if (head === 'version') return "The ICP's version";
  return 'This value';
}

/** A fraction stored 0..1 and edited as a percentage. */
const isPercent = (path: readonly PropertyKey[]) => path[0] === 'thresholds' && path[1] === 'minConfidence';

function sentence(issue: Issue, draft: Loose): string {
  const what = subject(issue.path, draft);
  if (issue.code === 'custom') return REFINEMENTS[issue.message] ?? `${what} is not valid.`;
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'number') return `${what} needs a number.`;
    // zod's own message is the one place that tells an absent value from one of the wrong kind.
    if (/received undefined/.test(issue.message)) return `${what} is missing.`;
    return issue.expected === 'string' ? `${what} needs to be text.` : `${what} is not valid.`;
  }
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
  if (issue.code === 'invalid_union' || issue.code === 'invalid_value') return `${what} is not one ICP Lens knows.`;
  return `${what} is not valid.`;
}

/** Where in an ICP a path is, in words, for a file's errors: "Company criterion 3 ("Size"): ". */
function place(path: readonly PropertyKey[], icp: Loose): string {
  const [head, index] = path;
  if ((head !== 'criteria' && head !== 'persona') || typeof index !== 'number') return '';
  const label = criterionAt(icp, head, index)?.label;
  const named = typeof label === 'string' && label.trim() ? ` ("${label.trim().slice(0, 60)}")` : '';
  return `${head === 'criteria' ? 'Company' : 'Persona'} criterion ${index + 1}${named}: `;
}

/** An ICP file's schema errors (`{format, formatVersion, icp}`), each a sentence saying where and what. */
export function fileErrors(error: z.ZodError, document: unknown): IoError[] {
  const icp = (document as { icp?: unknown } | null)?.icp;
  const loose = icp && typeof icp === 'object' ? (icp as Loose) : undefined;
  return error.issues.map((issue) => {
    const inIcp = issue.path[0] === 'icp' ? issue.path.slice(1) : undefined;
    if (!inIcp) return { path: formatPath(issue.path), message: 'The file is not an ICP file exported by ICP Lens.' };
    const local = { ...issue, path: inIcp } as Issue;
    return { path: formatPath(issue.path), message: place(inIcp, loose) + sentence(local, loose) };
  });
}

/** The draft's schema errors, one sentence each, with the path that places them. */
export function editorErrors(error: z.ZodError, draft: Icp): IoError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: sentence(issue, draft) }));
}
