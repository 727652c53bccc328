import { type CompanyDraft, type FactContext, makeFact } from '../facts';
import { isPlatformDomain } from '../platforms';
import { careersUrl } from './careers';
import { commercialSignals } from './commercial';
import { complianceClaims } from './compliance';
import { announcedRoles, jobOpenings } from './jobs';
import type { PageView } from './read';

function addHiring(company: CompanyDraft, view: PageView, ctx: FactContext, jsonLdBlocks: readonly unknown[]): void {
  const careers = careersUrl(view);
  const posted = jobOpenings(jsonLdBlocks, view.body.jobTitles);
  // Roles the text announces count where the page lists no posting and links no careers page.
  const announced = posted || careers ? undefined : jobOpenings([], announcedRoles(view.text));
  const openings = posted ?? announced;
  if (!careers && !openings) return;
  const hiring: NonNullable<CompanyDraft['hiring']>['value'] = {};
  if (careers) hiring.careersUrl = careers.url;
  if (openings) {
    hiring.openRoles = openings.openRoles;
    hiring.byDepartment = openings.byDepartment;
  }
  const selector = posted ? 'script[type="application/ld+json"]' : careers?.selector;
  company.hiring = makeFact(ctx, 'text', hiring, selector, posted ? 0.7 : (careers?.confidence ?? 0.45));
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
 * From what the content script read (lib/extract/text/read.ts). On a platform (LinkedIn, GitHub...) the links and
 * text are the platform's: only the page's own JobPosting data would be about the profile, and a site adapter reads
 * that better, so nothing is read.
 * Never throws: a failing rule yields no value.
 */
export function extractTextSignals(
  view: PageView,
  ctx: FactContext,
  jsonLdBlocks: readonly unknown[] = [],
): CompanyDraft {
  const company: CompanyDraft = {};
  try {
    if (isPlatformDomain(view.site)) return company;
    const steps = [() => addHiring(company, view, ctx, jsonLdBlocks), () => addCommercial(company, view, ctx)];
    for (const step of steps) {
      try {
        step();
      } catch {
        // One rule failing on odd markup must not cost the others.
      }
    }
  } catch {
    // Hostile or broken DOM: whatever was found so far stands.
  }
  return company;
}
