import { cleanText } from '../../signals/limits';
import { chromeLinks, linksMatching } from '../page-links';
import { type PageView, pathSegments, resolveHref, siteOf } from './read';

const PRICING_SEGMENTS = new Set(['pricing', 'plans', 'prices', 'preise', 'tarife', 'tarifs', 'prix', 'precios']);
const PRICING_HINT = /pric|plan|preis|tarif|prix|precio/gi;
const FREE_TRIAL =
  /\b(free trial|start (?:for|your) free|try (?:it )?(?:for )?free|get started (?:for )?free|sign up (?:for )?free|kostenlos testen|gratis testen|testversion|essai gratuit|essayer gratuitement|prueba gratis|prueba gratuita)\b/i;
const CONTACT_SALES =
  /\b(contact sales|talk to (?:sales|an expert)|speak to sales|book a demo|request a demo|schedule a demo|get a demo|demo anfordern|demo vereinbaren|vertrieb kontaktieren|demander une d[ée]mo|contacter (?:les |l'équipe )?ventes|contactez (?:nos|notre) (?:équipe )?commerciale?s?|solicitar (?:una )?demo)\b/i;
const CTA_HEAD = 100;
const CTA_TAIL = 60;

/** Labels of the link calls to action in the hero, navigation and footer, then of buttons and submit inputs. */
function controlLabels(view: PageView): string[] {
  const labels: string[] = [];
  for (const i of chromeLinks(view.links, CTA_HEAD, CTA_TAIL)) {
    const label = view.labels.get(i);
    if (label) labels.push(label);
  }
  return labels.concat(view.body.controls);
}

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
    for (const raw of controlLabels(view)) {
      if (out.freeTrial && out.contactSales) break;
      const label = cleanText(raw) ?? '';
      if (!out.freeTrial && FREE_TRIAL.test(label)) out.freeTrial = { confidence: 0.55 };
      if (!out.contactSales && CONTACT_SALES.test(label)) out.contactSales = { confidence: 0.55 };
    }
  }
  if (!out.freeTrial && trialInText) out.freeTrial = { confidence: 0.35 };
  if (!out.contactSales && salesInText) out.contactSales = { confidence: 0.35 };
  return out;
}
