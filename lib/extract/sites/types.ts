import { LIMITS } from '../../signals/limits';
import type { Fact, PersonSignals } from '../../signals/schema';
import { type AddressDraft, type ProfileText, SOURCE_LIMITS, type SourceCompany } from '../../signals/source';

/** What a site adapter's facts share: the page and the time of the extraction. */
export interface SiteContext {
  url: string;
  observedAt: number;
}

/** What an adapter read off its page. A person page has no `company`: the employer goes in `person`. */
export interface SiteResult {
  company?: SourceCompany;
  person?: PersonSignals;
  about?: ProfileText;
}

/**
 * One site's extractor (DESIGN.md "Extraction layers"). `matches` are Chrome match patterns for the pages it reads;
 * `extract` must never throw and returns nothing for a field the page does not support.
 */
export interface SiteAdapter {
  /** Equals the file name under lib/extract/sites and is the evidence `source` of every fact it makes. */
  id: string;
  matches: string[];
  extract(doc: Document, ctx: SiteContext): SiteResult | undefined;
}

/** Site adapters read the page's own layout or data, the most trusted layer below what the user types. */
export const SITE_CONFIDENCE = 0.9;

export function siteFact<T>(
  ctx: SiteContext,
  source: string,
  value: T,
  selector?: string,
  confidence: number = SITE_CONFIDENCE,
): Fact<T> {
  const fact: Fact<T> = { value, source, layer: 'site', url: ctx.url, confidence, observedAt: ctx.observedAt };
  if (selector) fact.selector = selector.slice(0, LIMITS.selector);
  return fact;
}

/**
 * A fact maker for one adapter's fields: nothing for a missing value or a string with nothing in it (a GitHub
 * company of just "@", an empty infobox cell), which the page schema would refuse. `where` turns the field's
 * locator into the fact's selector.
 */
export function siteFacts(ctx: SiteContext, source: string, where: (locator: string) => string = (l) => l) {
  return <T>(value: T | undefined, locator?: string): Fact<T> | undefined => {
    if (value === undefined || (typeof value === 'string' && !value.trim())) return undefined;
    return siteFact(ctx, source, value, locator === undefined ? undefined : where(locator));
  };
}

/** Drops undefined fields; undefined when nothing is left, so an adapter that found nothing says so. */
export function compact<T extends object>(obj: T): T | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return Object.keys(out).length ? (out as T) : undefined;
}

/**
 * An HQ as the page prints it on one line ("Redmond, Washington, U.S."), for the background to parse
 * (sites/location.ts `parseLocation`): its region tables are too large to ship in every page's content script.
 */
export function locationLine(text: string | undefined): AddressDraft | undefined {
  return text ? { line: text.slice(0, SOURCE_LIMITS.locationLine) } : undefined;
}
