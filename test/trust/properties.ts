import fc from 'fast-check';
import { expect } from 'vitest';
import { LIMITS } from '../../lib/signals/limits';
import { SAMPLE_LIMITS } from '../../lib/signals/sample';
import { type PageSignals, pageSignalsSchema } from '../../lib/signals/schema';
import { TRACE_LIMITS } from '../../lib/signals/traces';
import { tally } from './tally';

let discarded = 0;

/**
 * Skips an input the test environment cannot take (happy-dom's HTML parser throws on some malformed markup, which a
 * browser's never does): it is neither a failure nor counted as a hostile input.
 */
export function discardInput(): never {
  discarded++;
  fc.pre(false);
  throw new Error('unreachable');
}

// A longer hunt: `TRUST_RUNS=20 npm run test:trust` multiplies every property's runs (seed: vitest.config.ts).
const RUNS_FACTOR = Math.max(1, Number(process.env.TRUST_RUNS) || 1);

/**
 * The same for an asynchronous property: each run may yield to the event loop, so a long hunt never holds its Vitest
 * worker past the runner's message timeout (a minute of synchronous runs on a loaded machine did).
 */
export async function checkAsyncProperty<Ts extends [unknown, ...unknown[]]>(
  name: string,
  property: fc.IAsyncPropertyWithHooks<Ts>,
  numRuns: number,
): Promise<void> {
  let runs = 0;
  const discardedBefore = discarded;
  const counted = property.beforeEach(async (previous) => {
    runs++;
    await previous();
  });
  try {
    await fc.assert(counted, { numRuns: numRuns * RUNS_FACTOR });
  } finally {
    tally({ test: name, hostileInputs: runs - (discarded - discardedBefore) });
  }
}

/** Runs a fast-check property and counts its runs (less the discarded ones) as hostile inputs for `npm run test:trust`. */
export function checkProperty<Ts extends [unknown, ...unknown[]]>(
  name: string,
  property: fc.IPropertyWithHooks<Ts>,
  numRuns: number,
): void {
  let runs = 0;
  const discardedBefore = discarded;
  const counted = property.beforeEach((previous) => {
    runs++;
    previous();
  });
  try {
    fc.assert(counted, { numRuns: numRuns * RUNS_FACTOR });
  } finally {
    tally({ test: name, hostileInputs: runs - (discarded - discardedBefore) });
  }
}

/** One crafted input (not generated): counted all the same. */
export function countHostile(name: string, inputs = 1): void {
  tally({ test: name, hostileInputs: inputs });
}

// The text sample (lib/signals/sample.ts) is the one long string a page sends: capped at SAMPLE_LIMITS.text, checked
// field by field by the schema above, and never stored.
const LONGEST_STRING = Math.max(
  LIMITS.url,
  LIMITS.text,
  LIMITS.selector,
  ...Object.values(TRACE_LIMITS),
  ...Object.values(SAMPLE_LIMITS),
);
const LONGEST_LIST = Math.max(LIMITS.list * 4, TRACE_LIMITS.resources, TRACE_LIMITS.markers);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What any page signals leaving an extractor or the normaliser must be: valid against the page schema with no key
 * beyond it (parsing strips unknown keys, so the parsed copy must equal the original), every string and list within
 * the largest cap, no key that could reach a prototype, plain objects only, no fact claiming the user's layer.
 */
export function expectSafePage(page: PageSignals | null): void {
  if (page === null) return;
  const parsed = pageSignalsSchema.safeParse(page);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(page);
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (value.length > LONGEST_STRING) throw new Error(`${path}: ${value.length} characters`);
    } else if (Array.isArray(value)) {
      if (value.length > LONGEST_LIST) throw new Error(`${path}: ${value.length} items`);
      value.forEach((item, i) => {
        walk(item, `${path}[${i}]`);
      });
    } else if (value && typeof value === 'object') {
      if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`${path}: not a plain object`);
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) throw new Error(`${path}.${key}: forbidden key`);
        // Only the user enters user-layer facts; a page claiming them would outrank the user's own.
        if (key === 'layer' && (value as { layer?: unknown }).layer === 'user') throw new Error(`${path}: user layer`);
        walk((value as Record<string, unknown>)[key], `${path}.${key}`);
      }
    }
  };
  walk(page, '$');
}

/** Nothing reached Object.prototype: `({}).polluted` and friends stay undefined. */
export function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(probe.value).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.keys(Array.prototype)).toEqual([]);
}

/** Strings meant to hurt: markup, script URLs, prototype keys, control and odd Unicode characters, huge runs. */
export const nastyString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '<script>window.pwned=1</script>',
    '<img src=x onerror="window.pwned=1">',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '__proto__',
    'constructor',
    'prototype',
    '\u0000\u202e\ufeff\ud800',
    '{{constructor.constructor("return this")()}}',
    `\${alert(1)}`,
    '../../../../etc/passwd',
    'http://[::1',
    'https://exa mple.com/',
    'https://xn--80ak6aa92e.com/',
    `https://${'a'.repeat(70)}.example/`,
  ),
  fc.nat({ max: 5_000 }).map((n) => 'X'.repeat(n * 10)),
);
