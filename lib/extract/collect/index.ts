import { SAMPLE_LIMITS } from '../../signals/sample';
import { type BodySource, SOURCE_LIMITS as CAP, type Card, type PageSource } from '../../signals/source';
import { type FactContext, safeUrl } from '../facts';
import { isJobPage } from '../job-hosts';
import { extractMicrodata } from '../microdata';
import { collectPeople } from '../people/index';
import { hostedTenant, isPlatformDomain } from '../platforms';
import { siteKey } from '../site-key';
import { adapterFor } from '../sites/registry';
import type { SiteAdapter, SiteResult } from '../sites/types';
import { findDomMarkers } from '../tech/dom-markers';
import { CONTROL } from '../text';
import { readCards } from './cards';
import { fitMessage } from './fit';
import { isForeign } from './foreign';
import { readCanonical, readHeadings, readMetas, readTypedItems } from './head';
import { readLinks } from './links';
import { readResources } from './resources';
import { type ReadScripts, readScripts } from './scripts';
import { articleText, badgeWords, controlLabels, footerText, STANDARD } from './trust';

const HEAD = SAMPLE_LIMITS.textHead;
const TAIL = SAMPLE_LIMITS.textTail;

/** Runs the page's adapter; a page that makes it throw yields nothing from it, the generic reads still run. */
function runAdapter(adapter: SiteAdapter | undefined, doc: Document, ctx: FactContext): SiteResult | undefined {
  try {
    return adapter?.extract(doc, ctx);
  } catch {
    return undefined;
  }
}

/** Visible text, head and tail: the page says what it is at the top and who runs it at the bottom. */
function visibleText(doc: Document): string {
  const body = doc.body;
  try {
    // innerText skips scripts, styles and hidden nodes; some DOMs (happy-dom, XML) may not provide it.
    const raw = body ? ((body as HTMLElement).innerText ?? body.textContent ?? '') : '';
    if (typeof raw !== 'string') return '';
    const text = raw.length <= HEAD + TAIL ? raw : `${raw.slice(0, HEAD)}\n…\n${raw.slice(-TAIL)}`;
    return text.replace(CONTROL, ' ');
  } catch {
    return '';
  }
}

function readBody(doc: Document, scripts: ReadScripts): BodySource {
  const text = visibleText(doc);
  const links = readLinks(doc);
  return {
    text,
    ...links,
    controls: controlLabels(doc),
    footer: footerText(doc),
    article: STANDARD.test(text) ? articleText(doc) : '',
    badges: badgeWords(doc),
    headings: readHeadings(doc),
    ...readTypedItems(doc),
    resources: readResources(doc),
    traces: {
      inline: scripts.inline,
      inlineUrls: scripts.inlineUrls,
      dom: findDomMarkers(doc, (el) => isForeign(el)),
    },
  };
}

function collect(doc: Document, url: string, now: number): PageSource | null {
  const pageUrl = safeUrl(url);
  if (!pageUrl) return null;
  const ctx: FactContext = { url: pageUrl, observedAt: now };
  const pageDomain = siteKey(pageUrl);
  // On a platform (LinkedIn, GitHub...) the text, links and scripts are the platform's: only its adapter, structured
  // data and meta tags are read. A tenant's site on a hosting service (acme.github.io) is the tenant's own.
  const platform = isPlatformDomain(pageDomain) && !hostedTenant(pageUrl);
  const scripts = readScripts(doc, !platform);
  const source: PageSource = {
    url: pageUrl,
    extractedAt: now,
    title: (doc.title ?? '').slice(0, CAP.title),
    jsonLd: scripts.jsonLd,
    metas: readMetas(doc),
  };
  const adapter = adapterFor(pageUrl);
  const site = runAdapter(adapter, doc, ctx);
  if (site && (site.company || site.person)) source.site = site;
  const persons: Card[] = [];
  const microdata = extractMicrodata(doc, ctx, isJobPage(pageUrl) ? undefined : pageDomain, platform, persons);
  if (microdata) source.microdata = microdata;
  // The microformats' cards, then the Person items of the microdata read as cards.
  const cards = [...(readCards(doc) ?? []), ...persons].slice(0, CAP.cards);
  if (cards.length) source.cards = cards;
  const canonical = readCanonical(doc);
  if (canonical) source.canonical = canonical;
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  if (lang) source.lang = lang.slice(0, CAP.lang);
  // A page of a platform no adapter knows may be a directory's profile of a company (listing.ts), read from its body.
  if (!platform || !adapter) source.body = readBody(doc, scripts);
  const people = collectPeople(doc, pageUrl, platform);
  if (people.length) source.people = people;
  return fitMessage(source);
}

/**
 * What the content script runs on a page: its material, read and capped, for the background to interpret
 * (lib/extract/index.ts `interpretPage`). Never throws; null for a page without an http(s) URL.
 */
export function collectPage(doc: Document, url: string, now: number = Date.now()): PageSource | null {
  try {
    return collect(doc, url, Number.isSafeInteger(now) && now >= 0 ? now : Date.now());
  } catch {
    return null;
  }
}
