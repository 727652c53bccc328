import { SAMPLE_LIMITS as CAP, type PageSample } from '../signals/sample';
import type { PageSource } from '../signals/source';
import type { MetaResult } from './meta';
import { linksMatching } from './page-links';
import { hasOwnCart, productMarkers } from './text/product';
import type { PageView } from './text/read';

const TEL = /^tel:/gim;
const ABOUT_META = ['description', 'og:description', 'og:title', 'keywords', 'news_keywords'];

/** schema.org types of the page: those its JSON-LD names (parsed once by the JSON-LD layer), then microdata's. */
function schemaTypes(itemTypes: readonly string[], jsonLdTypes: readonly string[]): string[] {
  const types = new Set(jsonLdTypes);
  for (const itemType of itemTypes) for (const t of itemType.split(/\s+/).slice(0, 4)) if (t) types.add(t);
  return [...types].map((t) => t.slice(0, CAP.type)).slice(0, CAP.types);
}

/**
 * The text sample the background derives text facts and the industry group from (lib/signals/sample.ts): the
 * visible text already read for the page view, what the meta layer read (its tags by lower-case name, og:site_name as
 * it accepted it, og:type as the page means it), and a few bounded reads of title, headings and types; the
 * product-site markers of the links, on the page's site or the company's `domain`.
 */
export function collectSample(
  source: Pick<PageSource, 'title' | 'lang'>,
  view: PageView,
  jsonLdTypes: readonly string[],
  meta: Pick<MetaResult, 'tags' | 'siteName' | 'ogType'>,
  domain?: string,
): PageSample {
  const { tags: metas, siteName } = meta;
  const about = [source.title, ...ABOUT_META.map((key) => (metas.get(key)?.content ?? '').slice(0, CAP.about))]
    .filter(Boolean)
    .join('\n')
    .slice(0, CAP.about);
  const tels: string[] = [];
  for (const i of linksMatching(view.links, TEL, CAP.tels)) tels.push((view.links.hrefs[i] ?? '').slice(0, CAP.tel));
  const sample: PageSample = {
    text: view.text.slice(0, CAP.text),
    about,
    headings: view.body.headings,
    types: schemaTypes(view.body.itemTypes, jsonLdTypes),
    tels,
  };
  const footer = view.body.footer.trim().slice(0, CAP.footer);
  if (footer) sample.footer = footer;
  if (meta.ogType) sample.ogType = meta.ogType.slice(0, CAP.short);
  if (metas.get('news_keywords')?.content.trim()) sample.newsKeywords = true;
  if (siteName) sample.siteName = siteName.slice(0, CAP.siteName);
  const product = productMarkers(view, domain);
  if (product.length) sample.product = product.slice(0, CAP.product);
  if (hasOwnCart(view)) sample.shop = true;
  const lang = source.lang?.trim().slice(0, CAP.short);
  if (lang) sample.lang = lang;
  return sample;
}
