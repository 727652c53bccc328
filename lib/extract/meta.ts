import { LIMITS } from '../signals/limits';
import type { CompanySignals } from '../signals/schema';
import type { PageSource } from '../signals/source';
import { abbreviates, brandVariants, findBrand, findBrandWithGaps, widenBrand } from './brand';
import { attrSelector, type CompanyDraft, type FactContext, makeFact, safeUrl } from './facts';
import { isCompanyOwnPage } from './own-page';
import { effectiveOgType } from './page-type';
import { withoutShopSuffix } from './shop-suffix';
import { plainText } from './text';

export interface MetaResult {
  company: CompanyDraft;
  /** og:site_name as written, to pick a company name out of the title. */
  siteName?: string;
  /** link[rel=canonical], else og:url. */
  canonicalUrl?: string;
  /** og:type as the page means it (./page-type.ts): an SEO plugin's `article` on an about page is not a story. */
  ogType?: string;
  /** The first content of each wanted meta tag, by name or property (lower case): the text sample takes its own. */
  tags: ReadonlyMap<string, { content: string }>;
}

/**
 * The company name in og:site_name. Sites fill it with a page name ("Start", "Privatkredit"), a campaign or a bare
 * host, so it only counts when it spells the domain (the matching words are kept: "Docker Documentation" ->
 * "Docker") or the domain abbreviates it (spmoulds for "Selangor Precision Moulds"), or when it is in a script a Latin
 * domain cannot spell ("Яндекс"), or when there is no domain (local).
 */
function siteNameAsCompany(full: string | undefined, domainLabel: string | undefined): string | undefined {
  const name = full ? withoutShopSuffix(full) : undefined;
  if (!name) return undefined;
  if (!domainLabel) return name;
  const brand = findBrand(name, brandVariants(domainLabel));
  if (brand) return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(brand) ? undefined : widenBrand(name, brand);
  // "Selangor Precision Moulds Sdn. Bhd." at spmoulds.com.my: the domain abbreviates the name.
  if (abbreviates(name, domainLabel)) return name;
  // "Escola de Línguas Atlântico" at escolaatlantico.pt: the domain spells some of its words.
  const gapped = findBrandWithGaps(name, brandVariants(domainLabel));
  // Widened as a spelled brand is: "Tallgrass Crop Insurance Agency" at tallgrasscropins.com keeps its "Agency".
  if (gapped) return widenBrand(name, gapped);
  return /\p{Script=Latin}/u.test(name) ? undefined : name;
}

/**
 * OpenGraph and meta tags. On a platform (LinkedIn, GitHub...) the site name and twitter:site are the platform's
 * and the description may be anyone's, so only the canonical URL is read there.
 */
export function extractMeta(
  source: Pick<PageSource, 'metas' | 'canonical'>,
  ctx: FactContext,
  platform: boolean,
  domainLabel: string | undefined,
  types: readonly string[] = [],
): MetaResult {
  const found = new Map<string, { content: string; selector: string }>();
  for (const { attr, key: raw, content } of source.metas) {
    const key = raw.trim().toLowerCase();
    // The content script sends only the tags read here (lib/extract/collect/head.ts); the first of each counts.
    if (!key || !content || found.has(key)) continue;
    found.set(key, { content, selector: attrSelector('meta', attr, raw || key) });
  }

  const company: CompanySignals = {};
  const siteName = found.get('og:site_name');
  const name = siteName && !platform ? siteNameAsCompany(plainText(siteName.content), domainLabel) : undefined;
  if (name && siteName) company.name = makeFact(ctx, 'opengraph', name, siteName.selector, 0.5);

  const ogDescription = found.get('og:description');
  const metaDescription = found.get('description');
  // An article's or product's description is about that article or product, not about the company.
  const ogType = effectiveOgType(
    found.get('og:type')?.content,
    found.get('article:published_time')?.content,
    types,
    ctx.url,
  );
  // On a platform it describes a profile, a post or a login wall, and whether that is a company only an adapter knows.
  // Elsewhere only the home or about page's description is the company's own; any other page's is that page's teaser.
  const aboutSite =
    !platform && (!ogType || ogType === 'website' || ogType.startsWith('business')) && isCompanyOwnPage(ctx.url);
  const description = aboutSite ? (ogDescription ?? metaDescription) : undefined;
  const text = plainText(description?.content, LIMITS.text);
  if (text && description) {
    company.description = makeFact(
      ctx,
      description === ogDescription ? 'opengraph' : 'meta',
      text,
      description.selector,
    );
  }

  const twitter = found.get('twitter:site');
  const handle = /^@?([A-Za-z0-9_]{1,15})$/.exec(twitter?.content.trim() ?? '')?.[1];
  if (handle && twitter && !platform)
    company.socials = { x: makeFact(ctx, 'meta', `https://x.com/${handle}`, twitter.selector) };

  const canonicalUrl = safeUrl(source.canonical, ctx.url) ?? safeUrl(found.get('og:url')?.content, ctx.url);
  return { company, siteName: name, canonicalUrl, ogType, tags: found };
}
