import { chromeLinks, linksMatching } from '../page-links';
import { labelOf, type PageView, pathSegments, resolveHref, siteOf } from './read';

const PRICING_SEGMENTS = new Set(['pricing', 'plans', 'prices', 'preise', 'tarife', 'tarifs', 'prix', 'precios']);
const PRICING_HINT = /pric|plan|preis|tarif|prix|precio/gi;
const FREE_TRIAL =
  /\b(free trial|start (?:for|your) free|try (?:it )?(?:for )?free|get started (?:for )?free|sign up (?:for )?free|kostenlos testen|gratis testen|testversion|essai gratuit|essayer gratuitement|prueba gratis|prueba gratuita)\b/i;
const CONTACT_SALES =
  /\b(contact sales|talk to (?:sales|an expert)|speak to sales|book a demo|request a demo|schedule a demo|get a demo|demo anfordern|demo vereinbaren|vertrieb kontaktieren|demander une d[ée]mo|contacter (?:les |l'équipe )?ventes|contactez (?:nos|notre) (?:équipe )?commerciale?s?|solicitar (?:una )?demo)\b/i;
const MAX_CONTROLS = 200;
const CTA_HEAD = 100;
const CTA_TAIL = 60;
// Links (already read), buttons, submit inputs and ARIA buttons: tag collections and a single-attribute query, which
// the engine answers faster than one selector list.
const CONTROLS = (view: PageView): Array<ArrayLike<Element>> => [
  // Link calls to action in the hero, the navigation and the footer.
  chromeLinks(view.links, CTA_HEAD, CTA_TAIL).map((i) => view.links.anchors[i] as Element),
  view.doc.getElementsByTagName('button'),
  view.doc.getElementsByTagName('input'),
  view.doc.querySelectorAll('[role="button"]'),
];

export interface CommercialSignals {
  pricingPage?: { selector?: string };
  freeTrial?: { confidence: number };
  contactSales?: { confidence: number };
}

/** Pricing page, free trial and contact-sales calls to action: link/button labels first, then the visible text. */
export function commercialSignals(view: PageView): CommercialSignals {
  const out: CommercialSignals = {};
  const { links, pageUrl, site } = view;
  if (pageUrl && pathSegments(pageUrl).some((s) => PRICING_SEGMENTS.has(s))) out.pricingPage = {};
  // One scan over all hrefs before any URL is parsed.
  for (const i of out.pricingPage ? [] : linksMatching(links, PRICING_HINT)) {
    if (out.pricingPage) break;
    const url = resolveHref(links.hrefs[i], pageUrl);
    if (!url || (site && siteOf(url.hostname) !== site)) continue;
    if (pathSegments(url).some((s) => PRICING_SEGMENTS.has(s))) out.pricingPage = { selector: 'a[href]' };
  }
  // Labels of links and buttons are visible text: only when the text has a phrase are the controls read, to tell a
  // call to action (stronger) from a phrase in running text (an article may discuss trials or demos in general).
  const trialInText = FREE_TRIAL.test(view.text);
  const salesInText = CONTACT_SALES.test(view.text);
  if (trialInText || salesInText) {
    // Each kind capped on its own: a page of many links still has its buttons read.
    for (const controls of CONTROLS(view)) {
      for (let i = 0; i < controls.length && i < MAX_CONTROLS && !(out.freeTrial && out.contactSales); i++) {
        const el = controls[i];
        if (!el || (el.tagName === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() !== 'submit')) continue;
        const label = el.tagName === 'INPUT' ? (el.getAttribute('value') ?? '') : labelOf(el);
        if (!out.freeTrial && FREE_TRIAL.test(label)) out.freeTrial = { confidence: 0.55 };
        if (!out.contactSales && CONTACT_SALES.test(label)) out.contactSales = { confidence: 0.55 };
      }
    }
  }
  if (!out.freeTrial && trialInText) out.freeTrial = { confidence: 0.35 };
  if (!out.contactSales && salesInText) out.contactSales = { confidence: 0.35 };
  return out;
}
