import type { FieldValue } from '../icp/fields';
import type { Criterion, RangeTarget } from '../icp/schema';
import type { NumberRange } from '../signals/schema';
import { escapeRegExp } from '../util/regexp';

/**
 * One evaluator per criterion op. Each returns a match in [0, 1], or null (UNKNOWN) when the value's type cannot be
 * tested by the op (a range op on a string, a keyword op on a number). A type mismatch is an ICP authoring error, not
 * evidence against the account: counting it as 0 would silently sink fit, so it stays unknown and lint reports it.
 */
export type Match = number | null;

export const DEFAULT_MARGIN = 0.5;

export function isNumberRange(v: FieldValue): v is NumberRange {
  return typeof v === 'object' && !Array.isArray(v) && v !== null && typeof v.min === 'number';
}

/** NFC + lower case: "Zürich" typed on a Mac and scraped from a page compare equal. */
const fold = (s: string) => s.normalize('NFC').toLowerCase().trim();

/** Text values as a list of folded strings; null for numbers, booleans and ranges. */
function texts(v: FieldValue): string[] | null {
  if (typeof v === 'string') return [fold(v)];
  if (Array.isArray(v)) return v.map(fold);
  return null;
}

function present(v: FieldValue, targets: readonly string[]): { hits: number; of: number } | null {
  const have = texts(v);
  if (!have) return null;
  const set = new Set(have);
  // Deduplicated so includesAll's share is not skewed by a target listed twice.
  const wanted = [...new Set(targets.map(fold))];
  return { hits: wanted.filter((t) => set.has(t)).length, of: wanted.length };
}

const bool = (b: boolean) => (b ? 1 : 0);

export function opIn(v: FieldValue, targets: readonly string[]): Match {
  const p = present(v, targets);
  return p && bool(p.hits > 0);
}

export function opNotIn(v: FieldValue, targets: readonly string[]): Match {
  const m = opIn(v, targets);
  return m === null ? null : 1 - m;
}

/** Same test as `in`, named for list fields: a plain string counts as a one-item list. */
export const opIncludesAny = opIn;

/** Partial credit: the share of distinct targets present, so 3 of 4 wanted tools scores 0.75 rather than 0. */
export function opIncludesAll(v: FieldValue, targets: readonly string[]): Match {
  const p = present(v, targets);
  return p && (p.of === 0 ? 1 : p.hits / p.of);
}

export const opExcludes = opNotIn;

export function opExists(v: FieldValue): Match {
  if (Array.isArray(v)) return bool(v.length > 0);
  if (typeof v === 'string') return bool(v.trim().length > 0);
  if (typeof v === 'number' || typeof v === 'boolean') return bool(Boolean(v));
  return 1;
}

/** Linear falloff outside [min, max]; a zero soft band (min or margin 0) makes the edge hard. */
function rangeOfNumber(v: number, t: RangeTarget): number {
  const margin = t.margin ?? DEFAULT_MARGIN;
  if (t.min !== undefined && v < t.min) {
    const band = Math.abs(t.min * margin);
    return band === 0 ? 0 : Math.max(0, 1 - (t.min - v) / band);
  }
  if (t.max !== undefined && v > t.max) {
    const band = Math.abs(t.max * margin);
    return band === 0 ? 0 : Math.max(0, 1 - (v - t.max) / band);
  }
  return 1;
}

export function opRange(v: FieldValue, t: RangeTarget): Match {
  if (typeof v === 'number') return rangeOfNumber(v, t);
  if (!isNumberRange(v)) return null;
  // A value range ("51-200") matches when it overlaps; otherwise it is as close as its nearest end.
  if (t.max !== undefined && v.min > t.max) return rangeOfNumber(v.min, t);
  if (t.min !== undefined && v.max !== undefined && v.max < t.min) return rangeOfNumber(v.max, t);
  return 1;
}

/** A value range satisfies `gte` when any part of it does; an open max is unbounded. */
export function opGte(v: FieldValue, t: number): Match {
  if (typeof v === 'number') return bool(v >= t);
  if (!isNumberRange(v)) return null;
  return bool(v.max === undefined || v.max >= t);
}

export function opLte(v: FieldValue, t: number): Match {
  if (typeof v === 'number') return bool(v <= t);
  if (!isNumberRange(v)) return null;
  return bool(v.min <= t);
}

/**
 * Whole-word keyword match. `\b` is ASCII-only in JS, so "café" or "Künstliche" would never match; lookarounds on
 * Unicode letters/digits work for any script and for keywords that start or end in punctuation ("c++", ".net").
 */
export function keywordPattern(keywords: readonly string[]): RegExp | null {
  const words = keywords.map((k) => k.normalize('NFC').trim()).filter(Boolean);
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
}

// Compiled once per target list: rescoring 10,000 accounts would otherwise build the same RegExp 10,000 times. Keyed
// by the list object, so an edited ICP (a new list) compiles afresh and the old entry is garbage-collected.
const compiled = new WeakMap<readonly string[], RegExp | null>();

function cachedPattern(keywords: readonly string[]): RegExp | null {
  let re = compiled.get(keywords);
  if (re === undefined) {
    re = keywordPattern(keywords);
    compiled.set(keywords, re);
  }
  return re;
}

export function opMatches(v: FieldValue, keywords: readonly string[]): Match {
  if (typeof v !== 'string' && !Array.isArray(v)) return null;
  const re = cachedPattern(keywords);
  if (!re) return 0;
  const items = typeof v === 'string' ? [v] : v;
  return bool(items.some((s) => re.test(s.normalize('NFC'))));
}

/** Dispatches a criterion to its op's evaluator. */
export function evaluate(c: Criterion, v: FieldValue): Match {
  switch (c.op) {
    case 'in':
      return opIn(v, c.target);
    case 'notIn':
      return opNotIn(v, c.target);
    case 'includesAny':
      return opIncludesAny(v, c.target);
    case 'includesAll':
      return opIncludesAll(v, c.target);
    case 'excludes':
      return opExcludes(v, c.target);
    case 'matches':
      return opMatches(v, c.target);
    case 'range':
      return opRange(v, c.target);
    case 'gte':
      return opGte(v, c.target);
    case 'lte':
      return opLte(v, c.target);
    case 'exists':
      return opExists(v);
  }
}
