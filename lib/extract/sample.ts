import { SAMPLE_LIMITS as CAP, type PageSample } from '../signals/sample';
import { linksMatching } from './page-links';
import type { PageView } from './text/read';

const MAX_ITEMS = 24;
const TEL = /^tel:/gim;
const MAX_HEADINGS = 24;
const ABOUT_META = ['description', 'og:description', 'og:title', 'keywords', 'news_keywords'];

/** schema.org types of the page: those its JSON-LD names (parsed once by the JSON-LD layer), then microdata's. */
function schemaTypes(doc: Document, jsonLdTypes: readonly string[]): string[] {
  const types = new Set(jsonLdTypes);
  const items = doc.querySelectorAll('[itemtype]');
  for (let i = 0; i < items.length && i < MAX_ITEMS; i++) {
    for (const t of (items[i]?.getAttribute('itemtype') ?? '').split(/\s+/).slice(0, 4)) if (t) types.add(t);
  }
  return [...types].map((t) => t.slice(0, CAP.type)).slice(0, CAP.types);
}

/** h1 headings, then h2: two tag collections, which the engine serves faster than the selector list `h1, h2`. */
function headings(doc: Document): string {
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
 * The text sample the background derives text facts and the industry group from (lib/signals/sample.ts): the
 * visible text already read for the page view, the meta tags the meta layer read (`metas`, by lower-case name),
 * og:site_name as the meta layer accepted it, and a few bounded reads of title, headings and types.
 */
export function collectSample(
  doc: Document,
  view: PageView,
  jsonLdTypes: readonly string[],
  metas: ReadonlyMap<string, { content: string }>,
  siteName?: string,
): PageSample {
  const about = [doc.title, ...ABOUT_META.map((key) => (metas.get(key)?.content ?? '').slice(0, CAP.about))]
    .filter(Boolean)
    .join('\n')
    .slice(0, CAP.about);
  const tels: string[] = [];
  for (const i of linksMatching(view.links, TEL, CAP.tels)) tels.push((view.links.hrefs[i] ?? '').slice(0, CAP.tel));
  const sample: PageSample = {
    text: view.text.slice(0, CAP.text),
    about,
    headings: headings(doc),
    types: schemaTypes(doc, jsonLdTypes),
    tels,
  };
  const ogType = (metas.get('og:type')?.content ?? '').trim().toLowerCase().slice(0, CAP.short);
  if (ogType) sample.ogType = ogType;
  if (metas.get('news_keywords')?.content.trim()) sample.newsKeywords = true;
  if (siteName) sample.siteName = siteName.slice(0, CAP.siteName);
  const lang = doc.documentElement?.getAttribute('lang')?.trim().slice(0, CAP.short);
  if (lang) sample.lang = lang;
  return sample;
}
