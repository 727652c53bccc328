import { linksMatching } from '../page-links';
import { type PageView, pathSegments, resolveHref, siteOf } from './read';

/**
 * What a software product's own site links to, whatever it sells and in whatever language: the web app's sign-in
 * on its own subdomain, a sign-up, developer or API documentation, a status page, a changelog, the app stores, a
 * demo to book, a directory of integrations; and the domain itself, on a top-level domain software makers took up (.io, .ai, .dev, .app).
 * These are the structure of a product site, not its words, so they hold on pages nobody tuned for. Each marker is
 * named once, however many links show it; lib/extract/classify/page.ts counts them as evidence for `software`.
 */
export type ProductMarker =
  | 'app'
  | 'signup'
  | 'docs'
  | 'status'
  | 'changelog'
  | 'app-store'
  | 'demo'
  | 'integrations'
  | 'tech-domain';

// One scan over all hrefs picks the few links worth parsing.
const HINT =
  /^[^\n]*(?:\/\/(?:app|dashboard|console|docs|developers?|api|status)\.|sign-?up|sign_up|docs|developers?|api-reference|changelog|release-?notes|status|demo|integra|apps\.apple\.com|play\.google\.com\/store\/apps)/gim;
const APP_HOST = /^(?:app|dashboard|console)\./;
const DOCS_HOST = /^(?:docs|developers?|api)\./;
const STATUS_HOST = /^status\./;
const STATUS_SERVICE = /(?:^|\.)(?:statuspage\.io|status\.io|instatus\.com|betteruptime\.com)$/;
const SIGNUP = new Set(['signup', 'sign-up', 'sign_up']);
// Only as the first path segment: a `/docs/` deep in a path is as often a folder of brochures.
const DOCS_ROOT = new Set(['developers', 'developer', 'api-reference', 'api-docs']);
const CHANGELOG = new Set(['changelog', 'release-notes', 'releasenotes']);
// A product's directory of the tools it connects to, as a top-level page: what a software product lists, not a shop.
const INTEGRATIONS = new Set([
  'integrations',
  'integrationen',
  'integraciones',
  'integracoes',
  'integrazioni',
  'integraties',
]);
// A page to book a product demonstration, the call to action of software sold to businesses.
const DEMO =
  /^(?:demo|(?:book|request|get|schedule|see|watch)-(?:a-)?demo|demo-(?:request|anfragen|buchen|vereinbaren)|demande-de-demo|solicitar-demo|richiedi-demo)$/;
// A name right under a top-level domain software makers took up; one marker, never enough alone (MIN_MARKERS in
// classify/page.ts). A name under a hosting service's domain there (acme.github.io, acme.vercel.app) is a tenant's.
const TECH_TLD = /^[^.]+\.(?:io|ai|dev|app|software)$/;
const MAX_LINKS = 60;

/** A top-level page, or one under a language folder ("/integrations", "/de/integrationen"). */
function isTopLevel(segments: string[], words: ReadonlySet<string>): boolean {
  const [first, second] = segments;
  if (segments.length === 1) return !!first && words.has(first);
  return segments.length === 2 && !!first && /^[a-z]{2}(?:-[a-z]{2})?$/.test(first) && !!second && words.has(second);
}

function markersOf(url: URL, sites: ReadonlySet<string>): ProductMarker[] {
  const host = url.hostname.toLowerCase();
  if (host === 'apps.apple.com' || (host === 'play.google.com' && url.pathname.startsWith('/store/apps')))
    return ['app-store'];
  if (STATUS_SERVICE.test(host)) return ['status'];
  // Everything else counts only on the company's own site: a link to another product's docs says nothing.
  const site = siteOf(host);
  if (!site || !sites.has(site)) return [];
  const segments = pathSegments(url);
  const found: ProductMarker[] = [];
  // The web app's host and what its path says both count: "app.acme.io/signup" is a web app and a sign-up.
  if (APP_HOST.test(host)) found.push('app');
  else if (DOCS_HOST.test(host)) found.push('docs');
  else if (STATUS_HOST.test(host)) found.push('status');
  if (segments.some((s) => SIGNUP.has(s))) found.push('signup');
  else if (segments[0] && DOCS_ROOT.has(segments[0])) found.push('docs');
  else if (segments.some((s) => CHANGELOG.has(s))) found.push('changelog');
  else if (isTopLevel(segments, INTEGRATIONS)) found.push('integrations');
  else if (segments.length <= 2 && segments.some((s) => DEMO.test(s))) found.push('demo');
  return found;
}

/**
 * The product-site markers among the page's links, each once, in a fixed order. The company's own site is the page's,
 * or the `domain` found for a tenant of a hosting service (acme.github.io linking app.acme.io).
 */
export function productMarkers(view: Pick<PageView, 'links' | 'pageUrl' | 'site'>, domain?: string): ProductMarker[] {
  const found = new Set<ProductMarker>();
  const sites = new Set([view.site, domain].filter((s): s is string => !!s));
  if (!sites.size) return [];
  if ([...sites].some((s) => TECH_TLD.test(s))) found.add('tech-domain');
  for (const i of linksMatching(view.links, HINT, MAX_LINKS)) {
    const url = resolveHref(view.links.hrefs[i], view.pageUrl);
    for (const marker of url ? markersOf(url, sites) : []) found.add(marker);
  }
  return [...found].sort();
}

// A shop's basket or checkout, by the path every shop system gives it in its language (Shopify /cart, WooCommerce
// /warenkorb, Shopware and Magento /checkout/cart, PrestaShop /panier).
const CART_WORDS =
  'cart|basket|checkout|warenkorb|kasse|panier|carrito|carrello|winkelwagen|kassa|koszyk|kosik|varukorg|kurv|handlekurv|ostoskori|cesta|sacola|carrinho';
const CART_HINT = new RegExp(`/(?:${CART_WORDS})\\b`, 'gi');
const CART_ROOT = new RegExp(`^(?:${CART_WORDS})$`);

/** The page links to its own site's basket or checkout: the site sells online. */
export function hasOwnCart(view: Pick<PageView, 'links' | 'pageUrl' | 'site'>): boolean {
  if (!view.site) return false;
  for (const i of linksMatching(view.links, CART_HINT, MAX_LINKS)) {
    const url = resolveHref(view.links.hrefs[i], view.pageUrl);
    if (!url || siteOf(url.hostname.toLowerCase()) !== view.site) continue;
    const first = pathSegments(url).find((s) => !/^[a-z]{2}(?:-[a-z]{2})?$/.test(s));
    if (first && CART_ROOT.test(first)) return true;
  }
  return false;
}
