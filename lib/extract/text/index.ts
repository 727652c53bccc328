import { cleanText } from '../../signals/limits';
import type { Address } from '../../signals/schema';
import { type CompanyDraft, type FactContext, makeFact } from '../facts';
import { isPlatformDomain } from '../platforms';
import { careersUrl } from './careers';
import { commercialSignals } from './commercial';
import { complianceClaims } from './compliance';
import { phoneCountry, tldCountry } from './country';
import { foundedYear } from './founded';
import { headcount } from './headcount';
import { readImprint } from './imprint';
import { jobOpenings } from './jobs';
import { type PageView, pathSegments } from './read';

const IMPRINT_PAGE =
  /^(impressum|imprint|legal|legal-notice|mentions-legales|mentions-légales|kontakt|contact|about|ueber-uns|uber-uns|about-us|a-propos|qui-sommes-nous)$/;

function cappedAddress(address: Address): Address {
  const out: Address = {};
  for (const key of ['street', 'postalCode', 'city', 'region', 'country'] as const) {
    const value = cleanText(address[key], key === 'postalCode' ? 20 : undefined);
    if (value) out[key] = value;
  }
  return out;
}

function addLocation(company: CompanyDraft, view: PageView, ctx: FactContext): void {
  const { pageUrl, doc } = view;
  const imprintPage = !!pageUrl && pathSegments(pageUrl).some((s) => IMPRINT_PAGE.test(s));
  const imprint = readImprint(view.text, doc.documentElement?.getAttribute('lang') ?? '', imprintPage);
  const legalName = cleanText(imprint.legalName);
  if (legalName) company.legalName = makeFact(ctx, 'text', legalName, 'imprint', 0.5);
  let hq = imprint.hq ? cappedAddress(imprint.hq) : undefined;
  let confidence = imprint.confidence;
  // Phone prefix and domain are weak evidence, used only when no address or register named the country.
  if (!hq?.country) {
    const tel: string[] = [];
    for (const a of view.anchors) {
      const href = a.getAttribute('href') ?? '';
      if (/^tel:/i.test(href)) tel.push(href.slice(0, 40));
      if (tel.length >= 20) break;
    }
    const weak = phoneCountry(view.text, tel) ?? tldCountry(view.site);
    if (weak) {
      hq = { ...hq, country: weak.country };
      confidence = hq.city ? Math.min(confidence, 0.35) : weak.confidence;
    }
  }
  if (hq && Object.keys(hq).length) company.hq = makeFact(ctx, 'text', hq, 'imprint', confidence || 0.3);
}

function addHiring(company: CompanyDraft, view: PageView, ctx: FactContext): void {
  const careers = careersUrl(view);
  const openings = jobOpenings(view.doc);
  if (!careers && !openings) return;
  const hiring: NonNullable<CompanyDraft['hiring']>['value'] = {};
  if (careers) hiring.careersUrl = careers.url;
  if (openings) {
    hiring.openRoles = openings.openRoles;
    hiring.byDepartment = openings.byDepartment;
  }
  const selector = openings ? 'script[type="application/ld+json"]' : careers?.selector;
  company.hiring = makeFact(ctx, 'text', hiring, selector, openings ? 0.7 : (careers?.confidence ?? 0.5));
}

function addCommercial(company: CompanyDraft, view: PageView, ctx: FactContext): void {
  const signals = commercialSignals(view);
  if (signals.pricingPage) company.pricingPage = makeFact(ctx, 'text', true, signals.pricingPage.selector, 0.6);
  if (signals.freeTrial) company.freeTrial = makeFact(ctx, 'text', true, undefined, signals.freeTrial.confidence);
  if (signals.contactSales) {
    company.contactSales = makeFact(ctx, 'text', true, undefined, signals.contactSales.confidence);
  }
  const compliance = complianceClaims(view);
  if (compliance.length) company.compliance = makeFact(ctx, 'text', compliance, undefined, 0.45);
}

/**
 * Page-text heuristics for a company site (layer `heuristic`, source `text`): imprint and contact blocks (legal
 * name, address, country; phone prefix and ccTLD as weak country evidence), founding year, headcount phrases,
 * careers links, ATS boards and JobPosting data, pricing / free-trial / contact-sales signals, compliance claims.
 * Reads the visible text once. On a platform (LinkedIn, GitHub...) the links and text are the platform's: only the
 * page's own JobPosting data would be about the profile, and a site adapter reads that better, so nothing is read.
 * Never throws: a failing rule yields no value.
 */
export function extractTextSignals(view: PageView, ctx: FactContext): CompanyDraft {
  const company: CompanyDraft = {};
  try {
    if (isPlatformDomain(view.site)) return company;
    const steps = [addLocation, addHiring, addCommercial];
    for (const step of steps) {
      try {
        step(company, view, ctx);
      } catch {
        // One rule failing on odd markup must not cost the others.
      }
    }
    const founded = foundedYear(view.text, ctx.observedAt);
    if (founded) company.founded = makeFact(ctx, 'text', founded.year, undefined, founded.confidence);
    const staff = headcount(view.text);
    if (staff) company.employees = makeFact(ctx, 'text', staff.range, undefined, 0.4);
  } catch {
    // Hostile or broken DOM: whatever was found so far stands.
  }
  return company;
}
