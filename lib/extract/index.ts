import { SOCIAL_NETWORKS } from '../signals/enums';
import { cleanText, LIMITS } from '../signals/limits';
import { hasSignals } from '../signals/presence';
import type { PageSample } from '../signals/sample';
import type { CompanySignals, PageSignals } from '../signals/schema';
import type { PageSource } from '../signals/source';
import { readAddressString, resolveCompany } from './address-draft';
import { appointedPerson } from './appointment';
import { atsEmployer } from './ats-employer';
import { brandDomainIn, brandVariants, findBrand } from './brand';
import { cardCompany } from './cards';
import { CLASSIFIER_IDS } from './classify/ids';
import { collectPage } from './collect/index';
import { describedPerson } from './described-person';
import { employerCard } from './employer-card';
import { type CompanyDraft, EXTRACTOR_IDS, type FactContext, makeFact, safeUrl } from './facts';
import { founderTitled, interviewSubject } from './featured-person';
import { isAtsUrl, isJobPage } from './job-hosts';
import { extractJsonLd, jobPostingCount, jsonLdTypes, postingEmployerName, readJsonLd } from './jsonld';
import { leaderMessage } from './leader-message';
import { extractLinks } from './links';
import {
  LEGAL_FORM,
  linkedDomainOf,
  listedCompany,
  listedOpenings,
  listingText,
  writtenShortenedSite,
  writtenSiteOf,
} from './listing';
import { extractMeta } from './meta';
import { PEOPLE_SOURCE_IDS, readPeople } from './people/interpret';
import { pagePerson, textPerson } from './person-page';
import { hostedTenant, isPlatformDomain, siteLabel } from './platforms';
import { publicCompany, publicProfile, withFallback } from './profile-page';
import { profileTextFacts } from './profile-text';
import { collectSample } from './sample';
import { siteKey } from './site-key';
import { SITE_ADAPTER_IDS } from './sites/registry';
import { tracesFrom } from './tech/traces';
import { boardEmployer, foreignEmployer, withoutBrandLines } from './text/board-employer';
import { extractTextSignals } from './text/index';
import { type PageView, viewOf } from './text/read';
import { nameFromTitle } from './title';
import { titledProfile } from './titled-profile';

export { EXTRACTOR_IDS, type ExtractorId } from './facts';

/** Every evidence `source` an extraction may carry: generic extractors, site adapters, classifiers. */
export const SOURCE_IDS: readonly string[] = [
  ...EXTRACTOR_IDS,
  ...SITE_ADAPTER_IDS,
  ...CLASSIFIER_IDS,
  ...PEOPLE_SOURCE_IDS,
];

type Field = Exclude<keyof CompanySignals, 'socials'>;

/** Field by field, the first layer that has a value wins; layers are passed most trusted first. */
function mergeLayers(layers: Array<CompanyDraft | undefined>): CompanySignals {
  const company: Record<string, unknown> = {};
  const socials: NonNullable<CompanySignals['socials']> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of Object.keys(layer) as Array<keyof CompanySignals>) {
      if (key === 'socials') continue;
      if (company[key] === undefined && layer[key as Field] !== undefined) company[key] = layer[key as Field];
    }
    for (const network of SOCIAL_NETWORKS) socials[network] ??= layer.socials?.[network];
  }
  for (const network of SOCIAL_NETWORKS) if (!socials[network]) delete socials[network];
  if (Object.keys(socials).length) company.socials = socials;
  return company as CompanySignals;
}

/**
 * A site adapter's HQ often lacks what the page's structured data has (LinkedIn's public top card says "London,
 * London", its JSON-LD adds GB): parts of a lower layer's address fill the gaps when both name the same city.
 */
function completeHq(company: CompanySignals, lower: Array<CompanyDraft | undefined>): void {
  const hq = company.hq;
  if (!hq) return;
  const city = hq.value.city?.toLowerCase();
  for (const layer of lower) {
    const other = layer?.hq?.value;
    if (!other || other === hq.value || (city && other.city?.toLowerCase() !== city)) continue;
    const value = { ...other, ...hq.value };
    // "Chapecó, SC" read its country from the region code (South Carolina's); the structured address beside it
    // states the country of that same city and region (BR, Santa Catarina).
    const sameRegion = !!other.region && other.region.toLowerCase() === hq.value.region?.toLowerCase();
    if (sameRegion && other.country && other.country !== hq.value.country) value.country = other.country;
    if (Object.keys(value).length > Object.keys(hq.value).length || value.country !== hq.value.country)
      company.hq = { ...hq, value };
    return;
  }
}

const MAX_TENANT_LINKS = 400;
// How much of the page's text is searched for a domain spelling a posting's employer.
const MAX_SITE_TEXT = 20_000;

/**
 * The own domain of a site hosted on a tenant subdomain: one its links, e-mail addresses or text name whose name
 * spells the tenant's brand (`foundriesio.github.io` linking `support@foundries.io`). Undefined when none does: the
 * hosting service's domain is nobody's company.
 */
function tenantDomain(view: PageView, brands: string[]): string | undefined {
  const hrefs: string[] = [];
  for (let i = 0; i < view.links.hrefs.length && i < MAX_TENANT_LINKS; i++) {
    const href = view.links.hrefs[i];
    if (href && href.length < 300) hrefs.push(href.replace(/^mailto:(\/\/)?/i, ''));
  }
  return brandDomainIn(hrefs.join(' '), brands) ?? brandDomainIn(view.text, brands);
}

/**
 * The site of a board's posting's employer: a link or a written domain that spells its name, or its company box's
 * website row.
 */
function employerSite(view: PageView, employer: string, pageDomain: string | undefined): string | undefined {
  return (
    linkedDomainOf(view.links.hrefs, employer) ??
    writtenSiteOf(view.text, employer, pageDomain) ??
    writtenShortenedSite(view.text, employer, pageDomain) ??
    tenantDomain(view, brandVariants(employer.replace(LEGAL_FORM, ''))) ??
    linkedDomainOf([view.text.slice(0, MAX_SITE_TEXT)], employer)
  );
}

type MetaNames = { tags: ReadonlyMap<string, { content: string }>; siteName?: string };

/**
 * The site's own names (a directory's, a job board's): its domain's label, its og:site_name, as written and as the meta
 * layer read it.
 */
function siteBrands(meta: MetaNames, label?: string): string[] {
  return [
    ...brandVariants(label),
    ...brandVariants(meta.tags.get('og:site_name')?.content),
    ...brandVariants(meta.siteName),
  ];
}

/** The employer a job board prints beside its posting's title (text/board-employer.ts), not the board itself. */
function postingEmployer(source: PageSource, meta: MetaNames, label?: string, strict = false): string | undefined {
  if (!source.body) return undefined;
  const content = (name: string) => meta.tags.get(name)?.content;
  const [first, second] = source.body.headings.split('\n');
  const hints = [source.title, content('og:title'), content('description')];
  const board = siteBrands(meta, label);
  return (
    boardEmployer(source.body.text, first, hints, board, strict) ??
    (strict ? undefined : headerEmployer(source.title, first, second, board))
  );
}

const MAX_HEADER_NAME = 60;

/**
 * A known board that heads the posting with the employer's own header (DOU's company bar) has the job title as its
 * second heading; the page's title then names both, the job first ("Vacancy <job> at <employer> | Board"). The first
 * heading is the employer when the title says it after the job title and it is not the board's own name.
 */
function headerEmployer(
  title: string | undefined,
  first: string | undefined,
  second: string | undefined,
  board: string[],
): string | undefined {
  const name = first?.trim();
  const job = second?.trim();
  if (!title || !name || !job || name.length > MAX_HEADER_NAME || findBrand(name, board)) return undefined;
  const at = title.indexOf(job);
  return at >= 0 && title.indexOf(name, at + job.length) > 0 ? name : undefined;
}

// What a directory's title and headings say of its own page ("Brightfold CLM Reviews 2026: Details, Pricing &
// Features | G2"), not of the listed company's trade: a review site's "reviews" is no publisher's.
const DIRECTORY_WORDS = /\b(?:reviews?|ratings?|alternatives|pricing|features|details|profile|overview)\b/gi;
const withoutDirectoryWords = (text: string) => text.replace(DIRECTORY_WORDS, ' ');

/** Equal up to a trailing slash (both went through `URL`): a canonical equal to the page URL is not worth sending. */
function sameUrl(a: string, b: string): boolean {
  return a.replace(/\/$/, '') === b.replace(/\/$/, '');
}

function interpret(source: PageSource): PageSignals | null {
  const pageUrl = safeUrl(source.url);
  if (!pageUrl) return null;
  const now = source.extractedAt;
  const ctx: FactContext = { url: pageUrl, observedAt: now };
  const pageDomain = siteKey(pageUrl);
  // A tenant's site on a hosting service (acme.github.io) is the tenant's own, under a domain that is not.
  const tenant = hostedTenant(pageUrl);
  const knownJobPage = isJobPage(pageUrl);
  const platform = isPlatformDomain(pageDomain) && !tenant;
  const label = siteLabel(pageUrl);
  // A matching site adapter read first, in the page; its fields outrank every generic layer. An HQ it sent as the
  // page prints it is read here, where the region tables are (lib/extract/sites/location.ts).
  const site = source.site && { company: resolveCompany(source.site.company), person: source.site.person };

  const jsonLd = readJsonLd(source.jsonLd);
  const types = jsonLdTypes(jsonLd);
  const meta = extractMeta(source, ctx, platform, label, types);
  // A posting on a board no list knows names another company than the site: its JobPosting's employer, else the name
  // beside its job title.
  const foreign =
    knownJobPage || tenant || platform
      ? undefined
      : foreignEmployer(
          pageUrl,
          jobPostingCount(jsonLd),
          () => postingEmployerName(jsonLd) ?? postingEmployer(source, meta, label, true),
          siteBrands(meta, label),
        );
  // On a job board or an ATS the host is nobody's employer: the posting's data and the tenant's links name it.
  const jobPage = knownJobPage || foreign !== undefined;
  const ownDomain = jobPage ? undefined : pageDomain;
  const jsonld = extractJsonLd(jsonLd, ctx, ownDomain, platform, readAddressString);
  const cards = cardCompany(source.cards, ctx, ownDomain, source.lang);
  // A trade directory's company page (listing.ts): the site's own Organization and site name are the directory's.
  // A platform's own pages are its own (a profile on it is read by its adapter), but for a directory's profile page
  // that no adapter knows (a PitchBook-like company profile): its body is read as the listing it is.
  const listed =
    source.body && !tenant && !jobPage && !site?.company
      ? listedCompany(source.body.headings, pageUrl, [label, meta.siteName], source.body.hrefs, source.body.text)
      : undefined;
  // The site's Organization is the directory's, unless it names the listed company (a register's page about it).
  const aboutListed = !jsonld?.domain && !!findBrand(jsonld?.name?.value ?? '', brandVariants(listed?.name ?? ''));
  const siteOrg = listed && jsonld?.domain?.value !== listed.domain && !aboutListed;
  // A known job board's site name, handle and title are the board's ("FINN", "@Jobindex", "... | Emploitic"), never
  // the posting's employer; an ATS's are its tenant's.
  const board = knownJobPage && !isAtsUrl(pageUrl);
  const structured = mergeLayers([
    siteOrg ? undefined : jsonld,
    source.microdata,
    cards,
    listed || foreign || board ? undefined : meta.company,
  ]);

  const heuristics: CompanyDraft[] = [];
  // A profile's own words on a platform page (a GitHub organization's README): founding year, headcount, careers.
  const about = source.site?.about;
  if (about) heuristics.push(profileTextFacts(about, ctx, site?.company?.domain?.value));
  let sample: PageSample | undefined;
  let view: PageView | undefined;
  // A job board's posting without structured data names its employer beside the job title.
  const employer = foreign ?? (jobPage && !structured.name ? postingEmployer(source, meta, label) : undefined);
  // The employer a board's posting names, in its data or beside its title, whose site its links or text may give.
  const hiring = employer ?? (jobPage && !structured.domain ? structured.name?.value : undefined);
  // A posting on a platform that is a job board (Indeed, Glassdoor) whose JobPosting names its employer: the body
  // holds the employer's box (its seat, size, founding year), read as a posting under the employer's name.
  const boardPosting = platform && jobPage && !employer ? structured.name?.value : undefined;
  // On a platform the title, footer and links are the platform's, not the profile's: only a listing's body is read,
  // or a posting's whose employer it names.
  if (source.body && (!platform || listed || employer || boardPosting)) {
    view = viewOf(source.body, pageUrl, pageDomain);
    const title = listed
      ? listed.name
      : platform || foreign || board
        ? undefined
        : nameFromTitle(source.title, label, meta.siteName);
    // An ATS's or a payroll suite's posting without data: the employer its tenant's slug or the document's title names.
    const atsName =
      title || employer || structured.name || !knownJobPage
        ? undefined
        : atsEmployer(
            view.text,
            source.title,
            source.body.headings.split('\n')[0],
            tenant ? brandVariants(label) : [],
            siteBrands(meta, label),
          );
    if (title) heuristics.push({ name: makeFact(ctx, 'title', title, listed ? 'h1' : 'title') });
    else if (employer) heuristics.push({ name: makeFact(ctx, 'text', employer, 'beside the job title', 0.5) });
    else if (atsName) heuristics.push({ name: makeFact(ctx, 'text', atsName, 'ATS posting', 0.5) });
    // The listed name carries its legal form; the page's copyright line is the directory's.
    if (listed?.legal) heuristics.push({ legalName: makeFact(ctx, 'title', listed.name, 'h1') });
    // The listed company's own openings on its profile; the directory's careers page is the directory's.
    const openings = listed ? listedOpenings(source.body.hrefs, pageUrl, listed.name) : undefined;
    if (openings) heuristics.push({ hiring: makeFact(ctx, 'links', openings, 'a[href]', 0.5) });
    // On a directory's listing the site's label is the directory's: its social links are not the listed company's.
    const names = listed ? [listed.name] : [structured.name?.value, title, label];
    const socials = extractLinks(view.links, source.body.chromeSocial, ctx, names);
    if (socials) heuristics.push({ socials });
    // A posting's employer card states the employer's seat, founding year, trade and site as labelled rows.
    const card = jobPage ? employerCard(view.text, pageUrl, now) : undefined;
    if (card) {
      const fact = <T>(value: T | undefined) =>
        value ? makeFact(ctx, 'text', value, 'employer card', 0.5) : undefined;
      heuristics.push({ hq: fact(card.seat), founded: fact(card.founded), industry: fact(card.industry) });
    }
    const domain =
      listed?.domain ??
      (tenant ? tenantDomain(view, [...brandVariants(label), ...brandVariants(title)]) : ownDomain) ??
      (hiring ? employerSite(view, hiring, pageDomain) : undefined) ??
      (atsName && !tenant ? employerSite(view, atsName, pageDomain) : undefined) ??
      card?.domain;
    if (domain) heuristics.push({ domain: makeFact(ctx, tenant || listed || jobPage ? 'links' : 'url', domain) });
    // Page text last: imprint, founding year, headcount, careers, pricing and compliance mentions. A directory's
    // careers and pricing links are its own, not the listed company's.
    if (!listed) heuristics.push(extractTextSignals(view, ctx, jsonLd.blocks));
    // The posting is the employer's opening, where the page's own careers reading found none.
    if (employer ?? boardPosting)
      heuristics.push({ hiring: makeFact(ctx, 'links', { careersUrl: pageUrl }, 'url', 0.5) });
    // Imprint, founding year, headcount and industry group are derived from this sample (lib/signals/normalize.ts).
    sample = collectSample(source, view, types, meta, domain);
    // The text rules read the employer's legal line and seat under its name, not the board's.
    // The board's lines ("La Ruche Emploi, fondée en 2016 · 75010 Paris") are left out.
    const postedBy = foreign ?? boardPosting;
    if (postedBy) {
      const text = withoutBrandLines(sample.text, siteBrands(meta, label));
      Object.assign(sample, { posting: true, siteName: postedBy, text });
    } else if (board && !platform) {
      // A known board's own lines ("CV.lv – job ads since 2000") are the board's founding and seat, not the employer's.
      // A platform's lines ("312 employees on LinkedIn") state its member's facts: they stay.
      sample.text = withoutBrandLines(sample.text, siteBrands(meta, label));
    }
    // On a directory's listing the text rules read the listed company's part, under the listed company's name.
    if (listed) {
      // The directory's og:site_name names it whether or not it spells its domain ("Baltic Startup Database" at
      // balticstartupdb.eu), and its footer names it so.
      Object.assign(sample, {
        text: listingText(sample.text, listed.name, siteBrands(meta, label)),
        siteName: listed.name,
        about: withoutDirectoryWords(sample.about),
        headings: withoutDirectoryWords(sample.headings),
      });
    }
  }
  const description = meta.tags.get('description')?.content;
  // A LinkedIn company page no adapter layout matched (the sign-in wall) still names the company in its title and meta;
  // where a layout's rows read but not its name, the title fills the name, last of all layers.
  const fallback = publicCompany(source, description, ctx);
  const company = mergeLayers([site?.company, structured, ...heuristics, fallback]);
  if (site?.company) completeHq(company, [structured]);
  // A LinkedIn profile whose layout no adapter selector knows still states the person in its title, meta and hCard.
  const person = withFallback(site?.person, publicProfile(source, description, ctx));
  // Off the networks an adapter reads, the one person the page is about (a profile's, a speaker's, a firm's page about
  // one of its people): beside the company that publishes the page, which stays the page's company.
  const heading = source.body?.headings.split('\n')[0] ?? '';
  const summary = description ?? meta.tags.get('og:description')?.content;
  const subject = person
    ? undefined
    : (pagePerson(jsonLd, source.cards, heading, source.title ?? '', ctx) ??
      (source.body && !listed && !jobPage
        ? (titledProfile(
            source.title ?? '',
            heading,
            ctx,
            textPerson(source.body.text, heading, source.title ?? '', platform ? undefined : company.name?.value, ctx),
          ) ??
          describedPerson(source.title ?? '', summary, ctx) ??
          appointedPerson([heading, source.title, summary], ctx) ??
          founderTitled(source.title ?? '', platform ? undefined : company.name?.value, ctx) ??
          interviewSubject(source.title ?? '', summary, ctx) ??
          leaderMessage(heading, source.title ?? '', source.body.text, platform ? undefined : company.name?.value, ctx))
        : undefined));

  const page: PageSignals = { url: pageUrl, extractedAt: now };
  const title = cleanText(source.title, LIMITS.shortText);
  if (title) page.title = title;
  if (meta.canonicalUrl && !sameUrl(meta.canonicalUrl, pageUrl)) page.canonicalUrl = meta.canonicalUrl;
  // The page's own domain alone says nothing about a company: every page has one.
  const { domain, ...rest } = company;
  // A person page describes a person: the employer is in `person`, and there is no company block.
  if (person) {
    page.person = person;
    return hasSignals(page) ? page : null;
  }
  const found = hasSignals({ ...page, company: rest }) || (domain !== undefined && domain.source !== 'url');
  // Technologies are matched from these traces in lib/signals/normalize.ts: they go even when nothing else was found.
  // A posting on a board no list knows, or a directory's page about a listed company, is served by the board or the
  // directory: its tags and scripts are the host's, never the employer's or the listed company's. Unless the page's
  // company is the host after all (an agency's own site posting a client's job, read as the agency's page).
  const hostsSubject = (!foreign && !listed) || (domain !== undefined && domain.value === pageDomain);
  const traces = view && hostsSubject ? tracesFrom(view.body, view.links, source.metas, pageUrl) : undefined;
  if (!found && !traces && !sample && !subject) return null;
  if (Object.keys(company).length) page.company = company;
  if (subject) page.person = subject;
  // The people the page lists as the company's (lib/extract/people); a platform's own domain names nobody's employer.
  const people = readPeople({
    cards: source.people ?? [],
    jsonLd,
    ctx,
    companyName: company.name?.value,
    pageDomain: platform ? undefined : (domain?.value ?? pageDomain),
  });
  if (people.length) page.people = people;
  if (traces) page.traces = traces;
  if (sample) page.sample = sample;
  return page;
}

/**
 * The background's half of the extraction, on what the content script read (lib/extract/collect): the site adapter's
 * facts, then the generic layers: structured data (JSON-LD, microdata, OpenGraph, meta), then heuristics (title,
 * social links, page text), merged field by field in that order of trust, with the page's technology traces and
 * text sample for lib/signals/normalize.ts. Never throws; null when the page yields no company or person value.
 */
export function interpretPage(source: PageSource | null): PageSignals | null {
  if (!source) return null;
  try {
    return interpret(source);
  } catch {
    return null;
  }
}

/** Both halves on one document, as the extension runs them (the corpus evaluation and the tests). */
export function extractPage(doc: Document, url: string, now: number = Date.now()): PageSignals | null {
  return interpretPage(collectPage(doc, url, now));
}
