import { cleanText } from '../../signals/limits';
import type { PageSample } from '../../signals/sample';
import type { Address } from '../../signals/schema';
import { brandInText, brandVariants, findBrand } from '../brand';
import { isStoryAt } from '../classify/page';
import { copyrightFacts } from '../copyright';
import { type CompanyDraft, type FactContext, makeFact } from '../facts';
import { isAtsUrl, isJobPage } from '../job-hosts';
import { isCustomerStory, withoutFactRows } from '../listing';
import { siteLabel } from '../platforms';
import { titleTail } from '../title';
import { activityCodeGroup } from './activity-code';
import { phoneCountry, tldCountry } from './country';
import { toIsoCountry } from './country-names';
import { foundedYear } from './founded';
import { fundingStage } from './funding';
import { gazetteerPlace } from './gazetteer';
import { headcount } from './headcount';
import { readImprint } from './imprint';
import { statedIndustry } from './industry-row';
import { publisherFounding } from './masthead';
import { pathSegments, siteOf } from './read';
import { regionInText } from './region-in-text';
import { postSovietSeat } from './seat-post-soviet';
import { provinceSeat } from './seat-province';
import { ownBoilerplate, postingCompanyText, postingSeat, sampleBrands } from './sections';

const IMPRINT_PAGE =
  /^(impressum|imprint|legal|legal-notice|mentions-legales|mentions-légales|aviso-legal|informacion-legal|note-legali|kontakt|contact|contacto|contatti|about|ueber-uns|uber-uns|about-us|a-propos|qui-sommes-nous|quienes-somos|empresa|chi-siamo)$/;

function cappedAddress(address: Address): Address {
  const out: Address = {};
  for (const key of ['street', 'postalCode', 'city', 'region', 'country'] as const) {
    const value = cleanText(address[key], key === 'postalCode' ? 20 : undefined);
    if (value) out[key] = value;
  }
  return out;
}

function addLocation(company: CompanyDraft, sample: PageSample, ctx: FactContext, pageUrl: URL): void {
  const imprintPage = pathSegments(pageUrl).some((s) => IMPRINT_PAGE.test(s));
  const imprint = readImprint(sample.text, sample.lang ?? '', imprintPage, {
    tldCountry: tldCountry(siteOf(pageUrl.hostname))?.country,
    brands: sampleBrands(sample, ctx.url),
  });
  const legalName = cleanText(imprint.legalName);
  if (legalName && !company.legalName) company.legalName = makeFact(ctx, 'text', legalName, 'imprint', 0.5);
  let hq = imprint.hq ? cappedAddress(imprint.hq) : undefined;
  let confidence = imprint.confidence;
  // "Головной офис: г. Актобе, пр. ...", "Head Office: ..., Goroka, Eastern Highlands Province, Papua New Guinea": a
  // head office's address in a form no postcode rule reads.
  const labelled = hq?.city ? undefined : (postSovietSeat(sample.text) ?? provinceSeat(sample.text));
  if (labelled) {
    hq = { ...hq, ...labelled };
    confidence = Math.max(confidence, 0.45);
  }
  // Phone prefix and domain are weak evidence, used only when no address or register named the country.
  if (!hq?.country) {
    const weak = phoneCountry(sample.text, sample.tels) ?? tldCountry(siteOf(pageUrl.hostname));
    if (weak) {
      hq = { ...hq, country: weak.country };
      confidence = hq.city ? Math.min(confidence, 0.35) : weak.confidence;
    }
  }
  // The seat's region, when the address leaves it out and the page states one (a Swiss canton, an Albanian county, a
  // region the company's own sentence places it in).
  const region = hq?.country && hq.city && !hq.region ? regionInText(sample.text, hq.country) : undefined;
  if (hq && region) hq = { ...hq, region };
  if (hq && Object.keys(hq).length) company.hq = makeFact(ctx, 'text', hq, 'imprint', confidence || 0.3);
}

// "When Maria and I founded Tallow & Pine in 2014", "we launched Quillmetric back in 2019": the writer founded the
// company the site is named for, so a post that says so is the owner's own (a founder's blog), not a publisher's story
// about another company. Not inside a quotation, where a publisher quotes a subject's founder.
const WE_FOUNDED = /(?<![\p{L}'’])(?:I|[Ww]e)\s+(?:co-?founded|founded|started|launched)\s+([^.!?\n]{2,80})/gu;
const OBJECT_END = /\s(?:in|back|as|with|from|out|on|at|when|after|because)\s|[,;:(]/u;
const OPEN_QUOTES = /[“«„"]/gu;
const CLOSE_QUOTES = /[”»"]/gu;

function foundersOwnPost(text: string, brands: string[]): boolean {
  if (!brands.length) return false;
  let count = 0;
  for (const m of text.matchAll(WE_FOUNDED)) {
    if (++count > 20) break;
    const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
    const opened = (line.match(OPEN_QUOTES)?.length ?? 0) - (line.match(CLOSE_QUOTES)?.length ?? 0);
    if (opened > 0 || (line.match(/"/g)?.length ?? 0) % 2 === 1) continue;
    const object = (m[1] ?? '').split(OBJECT_END)[0] ?? '';
    const name = findBrand(object, brands);
    if (name && object.trim().startsWith(name)) return true;
  }
  return false;
}

/** A posting's employer seat, as its company section or a seat keyword states it (./sections.ts); else none. */
function addPostingSeat(company: CompanyDraft, sample: PageSample, ctx: FactContext, pageUrl: URL): void {
  // On an ATS's board the site's label is the employer's tenant (platforms.ts siteLabel).
  // On a known board's posting the site's brand is the board's: its own legal line ("SEEK Limited, 60 ... Street")
  // closes every posting and is no employer's seat.
  const boardBrand = isJobPage(pageUrl) && !isAtsUrl(pageUrl) && sample.posting !== true;
  const seat = postingSeat(sample.text, sample.lang, boardBrand ? [] : sampleBrands(sample, ctx.url));
  const hq = seat ? cappedAddress(seat) : undefined;
  if (!hq?.city) return;
  // A national board (laborum.cl, co.computrabajo.com) posts its country's employers: where the seat's city is no
  // city the table knows (which names its country better, ./hq-country.ts), the board's country is the seat's.
  const board = hq.country || gazetteerPlace(hq.city) ? undefined : boardCountry(pageUrl);
  company.hq = makeFact(ctx, 'text', board ? { ...hq, country: board } : hq, 'company section', board ? 0.3 : 0.4);
}

/** The country a board's host names: its country-code domain, or a country's code as its first label ("co."). */
function boardCountry(pageUrl: URL): string | undefined {
  const labels = pageUrl.hostname.toLowerCase().split('.');
  const lead = labels.length > 2 && labels[0]?.length === 2 ? toIsoCountry(labels[0].toUpperCase()) : undefined;
  return tldCountry(siteOf(pageUrl.hostname))?.country ?? lead;
}

/**
 * Text facts the background derives from a company site's text sample (layer `heuristic`, source `text`): imprint
 * and contact blocks (legal name, address, country; phone prefix and ccTLD as weak country evidence), founding
 * year, headcount and funding-round phrases, and the copyright owner as name and legal name. The content script sends the sample
 * (lib/extract/sample.ts) so that these rules run here, off the page's thread. Never throws: a failing rule yields no value.
 */
export function deriveTextFacts(sample: PageSample, ctx: FactContext): CompanyDraft {
  const company: CompanyDraft = {};
  let pageUrl: URL;
  try {
    pageUrl = new URL(ctx.url);
  } catch {
    return company;
  }
  // A job board's copyright is the board's, and a posting's address is where the job is, not the employer's seat.
  const jobPage = isJobPage(pageUrl) || sample.posting === true;
  // A press release on the issuer's own site closes with "About <issuer>", the site's own words, whether or not its
  // structured data calls the page a story (a hand-built newsroom may have none).
  const story = isStoryAt(sample, ctx.url);
  // A board's posting is filed under "/projects/" too (Wantedly): no customer story there.
  const caseStudy = !jobPage && isCustomerStory(pathSegments(pageUrl));
  const boilerplate = ownBoilerplate(sample.text, sampleBrands(sample, ctx.url), caseStudy);
  // A founder's post on the company's own blog speaks for the company, its figures too ("we're a team of 85").
  const post = story && !boilerplate && !foundersOwnPost(sample.text, sampleBrands(sample, ctx.url));
  // Where a fact is read: the boilerplate of a press release, a posting's company section for its funding (the role's
  // text tells of "experience at a Series A startup"), else the page.
  // A case study's fact box (Industry, Location, Company size) is its customer's, and so is its story's prose: the
  // vendor speaks of itself in its footer, read first for its founding and headcount.
  const own = boilerplate || (caseStudy ? withoutFactRows(sample.text) : sample.text);
  const vendor = caseStudy && !boilerplate ? sample.footer : undefined;
  const vendorFirst = <T>(read: (text: string) => T | undefined): T | undefined =>
    (vendor ? read(vendor) : undefined) ?? read(own);
  const roundText = jobPage ? postingCompanyText(sample.text) : own;
  const rules: Array<() => void> = [
    // The copyright notice's owner first: its legal name outranked the imprint's when the page read it (kept so).
    () => {
      if (jobPage) return;
      Object.assign(company, copyrightFacts(sample.text, ctx, sampleBrands(sample, ctx.url)));
    },
    () => {
      // Nothing else named the company: the brand its domain spells, as the page writes it again and again.
      if (jobPage || company.name) return;
      const brand = brandInText(sample.text, brandVariants(siteLabel(ctx.url)));
      if (brand) company.name = makeFact(ctx, 'text', brand, 'brand in text', 0.3);
    },
    () => (jobPage ? addPostingSeat(company, sample, ctx, pageUrl) : addLocation(company, sample, ctx, pageUrl)),
    () => {
      // A news article or post tells its subject's story ("Fjordpay, founded in 2019"): the publisher's own facts
      // come from its structured data only. Elsewhere the description is the site's own words about itself ("Zimmerei
      // seit 1952"), read after the text and trusted less.
      if (post) {
        // The title's last segment names the publisher where its og:site_name does not spell the domain.
        const brands = [...sampleBrands(sample, ctx.url), ...brandVariants(titleTail(sample.about.split('\n')[0]))];
        const tagline = publisherFounding(sample.text, brands, ctx.observedAt);
        if (tagline) company.founded = makeFact(ctx, 'text', tagline, 'closing line', 0.3);
        return;
      }
      const inText = vendorFirst((text) => foundedYear(text, ctx.observedAt));
      const inAbout = inText || boilerplate ? undefined : foundedYear(sample.about, ctx.observedAt);
      const founded = inText ?? (inAbout && { year: inAbout.year, confidence: Math.min(inAbout.confidence, 0.3) });
      const where = inText ? undefined : 'description';
      if (founded) company.founded = makeFact(ctx, 'text', founded.year, where, founded.confidence);
    },
    () => {
      // A story's "Industry: Construction, Software" row files the story by its subject, as its codes do.
      if (post) return;
      const industry = statedIndustry(caseStudy ? own : sample.text);
      if (industry) company.industry = makeFact(ctx, 'text', industry, 'industry row', 0.5);
    },
    () => {
      // A story's codes are its subject's; a case study's fact box is the customer's (`own` leaves it out).
      const group = post ? undefined : activityCodeGroup(own);
      if (group) company.industryGroup = makeFact(ctx, 'text', group, 'activity code', 0.7);
    },
    () => {
      if (post) return;
      const stage = fundingStage(roundText);
      if (stage) company.fundingStage = makeFact(ctx, 'text', stage, 'funding round', 0.45);
    },
    () => {
      if (post) {
        // The site's footer is its own chrome on every page, the owner's or the publisher's, whatever the story tells.
        const staff = sample.footer ? headcount(sample.footer) : undefined;
        if (staff) company.employees = makeFact(ctx, 'text', staff.range, 'footer', 0.4);
        return;
      }
      // A posting's role has its own team ("you'll lead a team of six"): only the company's part counts there.
      const brands = sampleBrands(sample, ctx.url);
      const staff = jobPage
        ? headcount(postingCompanyText(own), brands)
        : vendorFirst((text) => headcount(text, brands));
      if (staff) company.employees = makeFact(ctx, 'text', staff.range, undefined, 0.4);
    },
  ];
  for (const rule of rules) {
    try {
      rule();
    } catch {
      // One rule failing on odd text must not cost the others.
    }
  }
  return company;
}
