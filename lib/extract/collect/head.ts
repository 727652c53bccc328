import { SOURCE_LIMITS as CAP, type PageSource } from '../../signals/source';

// Meta tags the background reads: OpenGraph, descriptions, keywords, the X handle, generators.
const WANTED = new Set([
  'og:site_name',
  'og:description',
  'og:url',
  'og:type',
  'article:published_time',
  'og:title',
  'description',
  'keywords',
  'news_keywords',
  'twitter:site',
  'generator',
  // A CMS's asset host or path shows in the share image (lib/extract/tech/traces.ts).
  'og:image',
]);
const MAX_METAS = 500;
const MAX_LINK_TAGS = 500;
const MAX_HEADINGS = 24;
const MAX_TYPED = 2_000;
const JOB_POSTING_ITEM = /schema\.org\/JobPosting/i;

/** The wanted meta tags, from the document's cached meta collection. */
export function readMetas(doc: Document): PageSource['metas'] {
  const metas: PageSource['metas'] = [];
  const all = doc.getElementsByTagName('meta');
  for (let i = 0; i < all.length && i < MAX_METAS && metas.length < CAP.metas; i++) {
    const meta = all[i];
    if (!meta?.hasAttribute('content')) continue;
    const attr = meta.hasAttribute('property') ? 'property' : 'name';
    const key = meta.getAttribute(attr) ?? '';
    if (!key || key.length > CAP.metaKey || !WANTED.has(key.trim().toLowerCase())) continue;
    metas.push({ attr, key, content: (meta.getAttribute('content') ?? '').slice(0, CAP.metaContent) });
  }
  return metas;
}

/** The canonical link's href, from the link collection the resources read too. */
export function readCanonical(doc: Document): string | undefined {
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length && i < MAX_LINK_TAGS; i++) {
    const link = links[i];
    if (link?.getAttribute('rel')?.trim().toLowerCase() === 'canonical' && link.hasAttribute('href')) {
      return (link.getAttribute('href') ?? '').slice(0, CAP.href);
    }
  }
  return undefined;
}

/** h1 headings, then h2: two tag collections, which the engine serves faster than the selector list `h1, h2`. */
export function readHeadings(doc: Document): string {
  let out = '';
  let read = 0;
  for (const tag of ['h1', 'h2']) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < els.length && read < MAX_HEADINGS && out.length < CAP.headings; i++, read++) {
      out += `${(els[i]?.textContent ?? '').slice(0, 300).replace(/\s+/g, ' ').trim()}\n`;
    }
  }
  return out.slice(0, CAP.headings);
}

/**
 * `itemtype` values of typed elements (the first few, for the page's types), and the titles of JobPosting items:
 * one pass over every typed item, filtered here; a case-insensitive substring selector costs the engine a folded
 * compare on every element of the page.
 */
export function readTypedItems(doc: Document): { itemTypes: string[]; jobTitles: string[] } {
  const itemTypes: string[] = [];
  const jobTitles: string[] = [];
  const items = doc.querySelectorAll('[itemtype]');
  for (let i = 0; i < items.length && i < MAX_TYPED && jobTitles.length < CAP.jobTitles; i++) {
    const item = items[i];
    const type = item?.getAttribute('itemtype') ?? '';
    if (itemTypes.length < CAP.itemTypes) itemTypes.push(type.slice(0, CAP.itemType));
    if (!item || !JOB_POSTING_ITEM.test(type)) continue;
    jobTitles.push((item.querySelector('[itemprop="title"]')?.textContent ?? '').slice(0, CAP.jobTitle));
  }
  return { itemTypes, jobTitles };
}
