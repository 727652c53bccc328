import { SOCIAL_NETWORKS } from '../signals/enums';
import { cleanText, LIMITS } from '../signals/limits';
import { hasSignals } from '../signals/presence';
import type { PageSample } from '../signals/sample';
import type { CompanySignals, PageSignals } from '../signals/schema';
import { brandDomainIn, brandVariants } from './brand';
import { CLASSIFIER_IDS } from './classify/ids';
import { type CompanyDraft, EXTRACTOR_IDS, type FactContext, makeFact, safeUrl } from './facts';
import { extractJsonLd, jsonLdTypes, readJsonLd } from './jsonld';
import { extractLinks } from './links';
import { extractMeta } from './meta';
import { extractMicrodata } from './microdata';
import { hostedTenant, isPlatformDomain, siteLabel } from './platforms';
import { collectSample } from './sample';
import { siteKey } from './site-key';
import { adapterFor, SITE_ADAPTER_IDS } from './sites/registry';
import type { SiteResult } from './sites/types';
import { collectTraces } from './tech/traces';
import { extractTextSignals } from './text/index';
import { type PageView, readPage } from './text/read';
import { nameFromTitle } from './title';

export { EXTRACTOR_IDS, type ExtractorId } from './facts';

/** Every evidence `source` an extraction may carry: generic extractors, site adapters, classifiers. */
export const SOURCE_IDS: readonly string[] = [...EXTRACTOR_IDS, ...SITE_ADAPTER_IDS, ...CLASSIFIER_IDS];

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

/**
 * A site adapter's HQ often lacks what the page's structured data has (LinkedIn's public top card says "London,
 * London", its JSON-LD adds GB): parts of a lower layer's address fill the gaps when both name the same city.
 */
function completeHq(company: CompanySignals, lower: Array<CompanyDraft | undefined>): void {
  const hq = company.hq;
  if (!hq) return;
  const city = hq.value.city?.toLowerCase();
  for (const layer of lower) {
    const other = layer?.hq?.value;
    if (!other || other === hq.value || (city && other.city?.toLowerCase() !== city)) continue;
    const value = { ...other, ...hq.value };
    if (Object.keys(value).length > Object.keys(hq.value).length) company.hq = { ...hq, value };
    return;
  }
}

/** Runs an adapter; a page that makes it throw yields nothing from it, the generic layers still run. */
function runAdapter(doc: Document, ctx: FactContext, url: string): SiteResult | undefined {
  try {
    return adapterFor(url)?.extract(doc, ctx);
  } catch {
    return undefined;
  }
}

const MAX_TENANT_LINKS = 400;

/**
 * The own domain of a site hosted on a tenant subdomain: one its links, e-mail addresses or text name whose name
 * spells the tenant's brand (`foundriesio.github.io` linking `support@foundries.io`). Undefined when none does: the
 * hosting service's domain is nobody's company.
 */
function tenantDomain(view: PageView, brands: string[]): string | undefined {
  const hrefs: string[] = [];
  for (let i = 0; i < view.links.hrefs.length && i < MAX_TENANT_LINKS; i++) {
    const href = view.links.hrefs[i];
    if (href && href.length < 300) hrefs.push(href.replace(/^mailto:(\/\/)?/i, ''));
  }
  return brandDomainIn(hrefs.join(' '), brands) ?? brandDomainIn(view.text, brands);
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
  // A tenant's site on a hosting service (acme.github.io) is the tenant's own, under a domain that is not.
  const tenant = hostedTenant(pageUrl);
  const platform = isPlatformDomain(pageDomain) && !tenant;
  const label = siteLabel(pageUrl);
  // A matching site adapter reads first; its fields outrank every generic layer.
  const site = runAdapter(doc, ctx, pageUrl);

  const jsonLd = readJsonLd(doc);
  const jsonld = extractJsonLd(jsonLd, ctx, pageDomain, platform);
  const microdata = extractMicrodata(doc, ctx, pageDomain, platform);
  const meta = extractMeta(doc, ctx, platform, label);
  const structured = mergeLayers([jsonld, microdata, meta.company]);

  const heuristics: CompanyDraft[] = [];
  let sample: PageSample | undefined;
  let view: PageView | undefined;
  // On a platform the title, footer and links are the platform's, not the profile's.
  if (!platform) {
    view = readPage(doc, pageUrl, pageDomain);
    const title = nameFromTitle(doc.title, label, meta.siteName);
    if (title) heuristics.push({ name: makeFact(ctx, 'title', title, 'title') });
    const names = [structured.name?.value, title, label];
    const socials = extractLinks(view.links, ctx, names);
    if (socials) heuristics.push({ socials });
    const domain = tenant ? tenantDomain(view, [...brandVariants(label), ...brandVariants(title)]) : pageDomain;
    if (domain) heuristics.push({ domain: makeFact(ctx, tenant ? 'links' : 'url', domain) });
    // Page text last: imprint, founding year, headcount, careers, pricing and compliance mentions.
    heuristics.push(extractTextSignals(view, ctx));
    // Imprint, founding year, headcount and industry group are derived in the background from this sample.
    sample = collectSample(doc, view, jsonLdTypes(jsonLd), meta.tags, meta.siteName);
  }
  const company = mergeLayers([site?.company, structured, ...heuristics]);
  if (site?.company) completeHq(company, [structured]);
  const person = site?.person;

  const page: PageSignals = { url: pageUrl, extractedAt: now };
  const title = cleanText(doc.title, LIMITS.shortText);
  if (title) page.title = title;
  if (meta.canonicalUrl && !sameUrl(meta.canonicalUrl, pageUrl)) page.canonicalUrl = meta.canonicalUrl;
  // The page's own domain alone says nothing about a company: every page has one.
  const { domain, ...rest } = company;
  // A person page describes a person: the employer is in `person`, and there is no company block.
  if (person) {
    page.person = person;
    return hasSignals(page) ? page : null;
  }
  const found = hasSignals({ ...page, company: rest }) || (domain !== undefined && domain.source !== 'url');
  // Technologies are matched in the background (lib/extract/tech/index.ts): traces go even when nothing else was found.
  const traces = platform ? undefined : collectTraces(doc, pageUrl, view?.links);
  if (!found && !traces && !sample) return null;
  if (Object.keys(company).length) page.company = company;
  if (traces) page.traces = traces;
  if (sample) page.sample = sample;
  return page;
}

/**
 * The extractor: a site adapter when one matches the URL (lib/extract/sites), then the generic layers: structured data (JSON-LD, microdata, OpenGraph, meta), then heuristics (title, footer
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
