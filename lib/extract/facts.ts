import { LIMITS } from '../signals/limits';
import type { CompanySignals, Fact, Layer } from '../signals/schema';

/**
 * The generic extractors, with the layer and default confidence of what each reads. `url` is the page address
 * itself: the domain of a company site when nothing structured names one.
 */
export const EXTRACTORS = {
  jsonld: { layer: 'structured', confidence: 0.9 },
  microdata: { layer: 'structured', confidence: 0.85 },
  /** h-card and hCard microformats (lib/extract/cards.ts). */
  microformats: { layer: 'structured', confidence: 0.8 },
  opengraph: { layer: 'structured', confidence: 0.6 },
  meta: { layer: 'structured', confidence: 0.6 },
  title: { layer: 'heuristic', confidence: 0.45 },
  links: { layer: 'heuristic', confidence: 0.5 },
  copyright: { layer: 'heuristic', confidence: 0.4 },
  url: { layer: 'heuristic', confidence: 0.7 },
  /** Page text and links: imprint, founded, headcount, careers, pricing, compliance (lib/extract/text). */
  text: { layer: 'heuristic', confidence: 0.5 },
  /** Technology fingerprints in the page source (lib/extract/tech). */
  tech: { layer: 'heuristic', confidence: 0.8 },
} as const satisfies Record<string, { layer: Layer; confidence: number }>;

export type ExtractorId = keyof typeof EXTRACTORS;
export const EXTRACTOR_IDS = Object.keys(EXTRACTORS) as ExtractorId[];

/** What every fact of one extraction shares. */
export interface FactContext {
  url: string;
  observedAt: number;
}

export function makeFact<T>(
  ctx: FactContext,
  source: ExtractorId,
  value: T,
  selector?: string,
  confidence: number = EXTRACTORS[source].confidence,
): Fact<T> {
  const fact: Fact<T> = {
    value,
    source,
    layer: EXTRACTORS[source].layer,
    url: ctx.url,
    confidence,
    observedAt: ctx.observedAt,
  };
  if (selector) fact.selector = selector.slice(0, LIMITS.selector);
  return fact;
}

/** A JSON object that came from a page; read it with `own` only. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Keys that reach prototypes when written or read carelessly; page JSON may carry them as own keys.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isSafeKey(key: string): boolean {
  return !UNSAFE_KEYS.has(key);
}

/** An own, safe property of page JSON; inherited members (`toString`, `__proto__`) are never returned. */
export function own(obj: JsonObject, key: string): unknown {
  return isSafeKey(key) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** An absolute http(s) URL within size limits, resolved against `base`; undefined otherwise. */
export function safeUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (!text || text.length > LIMITS.url) return undefined;
  try {
    const url = new URL(text, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const href = url.href;
    return href.length <= LIMITS.url ? href : undefined;
  } catch {
    return undefined;
  }
}

/** The registrable domain without its public suffix, letters and digits only: `get-acme.co.uk` -> `getacme`. */
export function domainLabel(domain: string | undefined): string | undefined {
  if (!domain) return undefined;
  const label = domain.split('.')[0] ?? '';
  return normalizeName(label) || undefined;
}

/** Lower case letters and digits only, accents removed: for comparing names, never for display. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** JSON path segment for a key: `.name` or `['@graph']`. */
export function pathKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `['${key.replace(/[\\']/g, '\\$&').slice(0, 60)}']`;
}

/** A CSS attribute selector that finds the element again, or a generic one when the value is too long. */
export function attrSelector(tag: string, attr: string, value: string): string {
  const quoted = value.replace(/["\\]/g, '\\$&').replace(/[\n\r\f]/g, ' ');
  const selector = `${tag}[${attr}="${quoted}"]`;
  return selector.length <= LIMITS.selector ? selector : `${tag}[${attr}]`;
}

/** Company fields with their facts, before the layers are merged. */
export type CompanyDraft = CompanySignals;
