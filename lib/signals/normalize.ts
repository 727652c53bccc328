import { classifyCompany, classifyPerson } from '../extract/classify/derive';
import { validPeople } from '../extract/people/validate';
import { officeOf } from '../extract/person-page';
import { regionCountry } from '../extract/sites/location';
import { detectTechnologies } from '../extract/tech/index';
import { deriveTextFacts } from '../extract/text/derive';
import { withHqCountry } from '../extract/text/hq-country';
import { readTriggers } from '../triggers/read';
import { registrableDomain } from './identity';
import { hasSignals } from './presence';
import { type Address, companySignalsSchema, type PageSignals, pageSignalsSchema } from './schema';

/** Passes enough to drop every invalid field of a page (each pass drops what zod reported). */
const MAX_PASSES = 5;

/**
 * Validates what a content script (or the corpus evaluation) extracted, field by field: an invalid field is dropped,
 * so one odd value never costs the whole page; an invalid page (not an object, no URL) gives null. The domain is
 * made authoritative here with the public suffix list, and technologies are matched from the page's traces with the
 * fingerprint table (lib/extract/tech), text facts and classifications derived from the text sample, none of which
 * the content script carries. Traces and sample are never returned.
 */
function hostOf(url: unknown): string | undefined {
  try {
    return typeof url === 'string' ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

export function normalizePage(raw: unknown): PageSignals | null {
  if (!raw || typeof raw !== 'object') return null;
  let page = structuredClone(raw) as Record<string, unknown>;
  dropUserLayer(page);
  // People are checked one by one: one odd card costs that person, not the list.
  const people = validPeople(page.people);
  delete page.people;
  const company = page.company as Record<string, { value?: unknown }> | undefined;
  if (company?.domain && typeof company.domain === 'object') {
    const value = typeof company.domain.value === 'string' ? company.domain.value : undefined;
    // The content script's short list of second-level labels (lib/extract/site-key.ts) misses some a registry sells
    // under ("adv.br", "av.tr"): it then sends the suffix itself, and the page's own host gives the name registered.
    const host = hostOf(page.url);
    const domain =
      registrableDomain(value) ?? (value && host?.endsWith(`.${value}`) ? registrableDomain(host) : undefined);
    if (domain) company.domain.value = domain;
    else delete company.domain;
  }
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = pageSignalsSchema.safeParse(page);
    if (result.success) return withTechnologies(derived(people ? { ...result.data, people } : result.data));
    const next = dropInvalid(page, result.error.issues);
    if (!next) return null;
    page = next;
  }
  return null;
}

/**
 * A structured address often leaves out the region its page prints under the city (the JSON-LD's "Hastings 4122", the
 * contact block's "Hastings 4122\nHawke's Bay"), and a job board's employer card its seat's state ("Friedberg" in the
 * card, "mit Sitz in Friedberg (Bayern)" in the text): the text's region fills it when both read the same city and
 * neither their countries nor the region's own country disagree.
 */
function withTextRegion<T extends { value: Address }>(hq: T, text: Address): T {
  const own = hq.value;
  if (own.region || !text.region || !own.city || own.city.toLowerCase() !== text.city?.toLowerCase()) return hq;
  const country = own.country ?? text.country;
  if (own.country && text.country && own.country !== text.country) return hq;
  const regionOf = regionCountry(text.region);
  if (regionOf && country && regionOf !== country) return hq;
  if (!country && !regionOf) return hq;
  return {
    ...hq,
    value: { ...own, region: text.region, ...(country || regionOf ? { country: country ?? regionOf } : {}) },
  };
}

/**
 * What the background derives from a validated page: text facts from the content script's text sample (imprint,
 * founding year, headcount), below every field the page already had, then the industry group and the person's
 * seniority and department. The sample is dropped. A derived value that fails the schema is left out.
 */
function derived({ sample, ...page }: PageSignals): PageSignals {
  const ctx = { url: page.url, observedAt: page.extractedAt };
  const company = { ...page.company };
  if (sample) {
    const facts = deriveTextFacts(sample, ctx);
    if (company.hq && facts.hq) company.hq = withTextRegion(company.hq, facts.hq.value);
    for (const [key, fact] of Object.entries(facts) as Array<[keyof typeof facts, unknown]>) {
      if (company[key] === undefined && companySignalsSchema.shape[key].safeParse(fact).success)
        (company as Record<string, unknown>)[key] = fact;
    }
  }
  withHqCountry(company, sample?.text);
  classifyCompany(company, sample, page.url);
  if (Object.keys(company).length) page.company = company;
  // Dated events the page states about its own company (funding, launch, expansion, a new leader): "why now".
  const names = sample ? namesOf(company, sample) : [];
  const triggers = sample && names.length ? readTriggers(sample.text, { ...ctx, names }) : [];
  if (triggers.length) page.triggers = triggers;
  if (page.person) {
    // The office of the page's company, for a person on its own site whose bio names the city (known only now: the
    // text facts above give the company's address).
    const office = { name: company.name?.value, hq: company.hq?.value };
    // A copy: classifyPerson adds to it, and the page it came from is the caller's.
    page.person = {
      ...(sample ? officeOf(page.person, office, sample.text, sample.headings.split('\n')[0] ?? '', ctx) : page.person),
    };
    classifyPerson(page.person);
  }
  return page;
}

/** What the page's company goes by, for telling its own news from news about others. */
function namesOf(company: NonNullable<PageSignals['company']>, sample: NonNullable<PageSignals['sample']>): string[] {
  const label = company.domain?.value.split('.')[0];
  return [company.name?.value, company.legalName?.value, sample.siteName, label].filter(
    (n): n is string => typeof n === 'string',
  );
}

/**
 * Technologies from the traces, which are then dropped. The content script sends traces even when it found nothing
 * else, so the page's own domain alone, as it does there, does not make a company.
 */
function withTechnologies({ traces, ...page }: PageSignals): PageSignals {
  if (!traces) return page;
  const technologies = detectTechnologies(traces, { url: page.url, observedAt: page.extractedAt });
  if (technologies && !page.company?.technologies) page.company = { ...page.company, technologies };
  if (page.company) {
    const { domain, ...rest } = page.company;
    const found = hasSignals({ ...page, company: rest }) || (domain !== undefined && domain.source !== 'url');
    if (!found) delete page.company;
  }
  return page;
}

/** A page never carries what the user entered: a fact claiming the user layer would outrank the user's own. */
function dropUserLayer(page: Record<string, unknown>): void {
  const company = page.company as Record<string, unknown> | undefined;
  for (const group of [company, company?.socials, page.person]) {
    if (!group || typeof group !== 'object') continue;
    for (const [key, value] of Object.entries(group)) {
      if ((value as { layer?: unknown } | null)?.layer === 'user') delete (group as Record<string, unknown>)[key];
    }
  }
}

function dropInvalid(page: Record<string, unknown>, issues: ReadonlyArray<{ path: PropertyKey[] }>) {
  for (const { path } of issues) {
    const [top, field, network] = path;
    if ((top === 'company' || top === 'person') && typeof field === 'string') {
      const group = page[top] as Record<string, unknown> | undefined;
      if (!group || typeof group !== 'object') delete page[top];
      else if (
        field === 'socials' &&
        typeof network === 'string' &&
        group.socials &&
        typeof group.socials === 'object'
      ) {
        delete (group.socials as Record<string, unknown>)[network];
      } else delete group[field];
    } else if (
      top === 'title' ||
      top === 'canonicalUrl' ||
      top === 'company' ||
      top === 'person' ||
      // Traces and the sample are all or nothing: the content script caps them as the schema does.
      top === 'traces' ||
      top === 'sample'
    )
      delete page[top];
    else return undefined;
  }
  return page;
}
