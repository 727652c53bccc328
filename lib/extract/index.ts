import { SOCIAL_NETWORKS } from '../signals/enums';
import { cleanText, LIMITS } from '../signals/limits';
import { hasSignals } from '../signals/presence';
import type { CompanySignals, PageSignals } from '../signals/schema';
import { brandVariants } from './brand';
import { extractCopyright } from './copyright';
import { type CompanyDraft, domainLabel, type FactContext, makeFact, safeUrl } from './facts';
import { extractJsonLd } from './jsonld';
import { extractLinks } from './links';
import { extractMeta } from './meta';
import { extractMicrodata } from './microdata';
import { isPlatformDomain } from './platforms';
import { siteKey } from './site-key';
import { nameFromTitle } from './title';

export { EXTRACTOR_IDS, type ExtractorId } from './facts';

type Field = Exclude<keyof CompanySignals, 'socials'>;

/** Field by field, the first layer that has a value wins; layers are passed most trusted first. */
function mergeLayers(layers: Array<CompanyDraft | undefined>): CompanySignals {
  const company: Record<string, unknown> = {};
  const socials: NonNullable<CompanySignals['socials']> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of Object.keys(layer) as Array<keyof CompanySignals>) {
      if (key === 'socials') continue;
      if (company[key] === undefined && layer[key as Field] !== undefined) company[key] = layer[key as Field];
    }
    for (const network of SOCIAL_NETWORKS) socials[network] ??= layer.socials?.[network];
  }
  for (const network of SOCIAL_NETWORKS) if (!socials[network]) delete socials[network];
  if (Object.keys(socials).length) company.socials = socials;
  return company as CompanySignals;
}

/** Equal up to a trailing slash (both went through `URL`): a canonical equal to the page URL is not worth sending. */
function sameUrl(a: string, b: string): boolean {
  return a.replace(/\/$/, '') === b.replace(/\/$/, '');
}

function extract(doc: Document, url: string, now: number): PageSignals | null {
  const pageUrl = safeUrl(url);
  if (!pageUrl) return null;
  const ctx: FactContext = { url: pageUrl, observedAt: now };
  const pageDomain = siteKey(pageUrl);
  const platform = isPlatformDomain(pageDomain);

  const jsonld = extractJsonLd(doc, ctx, pageDomain, platform);
  const microdata = extractMicrodata(doc, ctx, pageDomain, platform);
  const meta = extractMeta(doc, ctx, platform, domainLabel(pageDomain));
  const structured = mergeLayers([jsonld, microdata, meta.company]);

  const heuristics: CompanyDraft[] = [];
  // On a platform the title, footer and links are the platform's own, not the profile's.
  if (!platform) {
    const label = domainLabel(pageDomain);
    const title = nameFromTitle(doc.title, label, meta.siteName);
    if (title) heuristics.push({ name: makeFact(ctx, 'title', title, 'title') });
    const copyright = extractCopyright(doc, ctx, [...brandVariants(label), ...brandVariants(meta.siteName)]);
    if (copyright) heuristics.push(copyright);
    const names = [structured.name?.value, title, copyright?.name?.value, label];
    const socials = extractLinks(doc.querySelectorAll('a[href]'), ctx, names);
    if (socials) heuristics.push({ socials });
    if (pageDomain) heuristics.push({ domain: makeFact(ctx, 'url', pageDomain) });
  }
  const company = mergeLayers([structured, ...heuristics]);

  const page: PageSignals = { url: pageUrl, extractedAt: now };
  const title = cleanText(doc.title, LIMITS.shortText);
  if (title) page.title = title;
  if (meta.canonicalUrl && !sameUrl(meta.canonicalUrl, pageUrl)) page.canonicalUrl = meta.canonicalUrl;
  // The page's own domain alone says nothing about a company: every page has one.
  const { domain, ...rest } = company;
  const found = hasSignals({ ...page, company: rest }) || (domain !== undefined && domain.source !== 'url');
  if (!found) return null;
  page.company = company;
  return page;
}

/**
 * The generic extractor: structured data (JSON-LD, microdata, OpenGraph, meta), then heuristics (title, footer
 * copyright, social links), merged field by field in that order of trust. Never throws; returns null when the page
 * yields no company or person value (the content script then sends nothing).
 */
export function extractPage(doc: Document, url: string, now: number = Date.now()): PageSignals | null {
  try {
    return extract(doc, url, Number.isSafeInteger(now) && now >= 0 ? now : Date.now());
  } catch {
    return null;
  }
}
