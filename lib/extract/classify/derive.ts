import type { IndustryGroup } from '../../signals/enums';
import type { PageSample } from '../../signals/sample';
import type { CompanySignals, Fact, PersonSignals } from '../../signals/schema';
import { escapeRegExp } from '../../util/regexp';
import { codeOwnerTrade } from './code-owner';
import { INDUSTRY_CONFIDENCE, type IndustryGuess, industryGroup, MIN_CONFIDENCE } from './industry';
import { ownPart } from './own-part';
import { nameGroup, type PageIndustry, pageIndustry, pageLeads, pageScores } from './page';
import { registerPurposeGroup } from './register-purpose';
import { classifyTitle } from './title';

export { CLASSIFIER_IDS } from './ids';

function derived<T>(from: Fact<unknown>, source: string, value: T, confidence: number, layer = from.layer): Fact<T> {
  const fact: Fact<T> = { value, source, layer, url: from.url, confidence, observedAt: from.observedAt };
  if (from.selector) fact.selector = from.selector;
  return fact;
}

/**
 * The industry group, when no layer stated one: from the stated industry (as trusted as its source, a little
 * less), else from the description (a heuristic, and only when the text is clear about it), else from the page's
 * text sample (schema.org type, then title, headings and text; weaker still). The sample only counts for a company
 * with a name or domain: an error or login page has nothing to classify. Runs in the background (lib/signals/normalize.ts).
 */
export function classifyCompany(company: CompanySignals, sample?: PageSample, url?: string): void {
  if (company.industryGroup) return;
  // A GitHub organization whose name or description names its own trade publishes that trade's tools (./code-owner.ts).
  const trade = company.industry || company.keywords ? undefined : codeOwnerTrade(company);
  if (trade && company.name) {
    company.industryGroup = derived(company.name, 'industry-group', trade, NAME_CONFIDENCE, 'heuristic');
    delete company.industryGroup.selector;
    return;
  }
  const own = sample && url ? ownPart(sample, url) : undefined;
  if (own) {
    // A posting or press release: only its company part says what the company does (./own-part.ts).
    const { description, ...rest } = company;
    const stated = description && own.description(description.value);
    const view: CompanySignals =
      description && stated ? { ...rest, description: { ...description, value: stated } } : rest;
    decideGroup(view, own.sample);
    if (view.industryGroup) company.industryGroup = view.industryGroup;
    else if (sample) {
      // The company part undecided between groups it names (fraud software for card issuers: software or finance,
      // within the classifier's margin), the whole page may break the tie among them, never bring a group the
      // company's own words do not name: a marketing role at a contract-software maker says nothing of its trade.
      const whole: CompanySignals = { ...company };
      decideGroup(whole, sample);
      const group = whole.industryGroup?.value;
      const scores = pageScores(own.sample);
      const top = scores[0]?.[1] ?? 0;
      const support = scores.find(([g]) => g === group)?.[1] ?? 0;
      if (whole.industryGroup && support > 0 && support * MARGIN >= top) company.industryGroup = whole.industryGroup;
    }
  } else decideGroup(company, sample);
  publisherOfCode(company);
  // Unknown beats wrong: a guess below the stated confidence is not made (lib/extract/classify/industry.ts).
  // Read through a fresh reference: the check above narrowed `company.industryGroup` to undefined.
  const decided: CompanySignals = company;
  if ((decided.industryGroup?.confidence ?? 1) < MIN_CONFIDENCE) delete company.industryGroup;
}

// Below the classifier's rules: one fact, not a reading of words.
const CODE_PUBLISHER_CONFIDENCE = 0.45;

/**
 * A company read from its GitHub organization (or a repository it owns) and whose own words named no trade publishes
 * software: that is what an organization on GitHub is for. Its description, when it names a trade, decided first.
 */
function publisherOfCode(company: CompanySignals): void {
  const name = company.name;
  if (company.industryGroup || !name || name.source !== 'github' || !company.socials?.github) return;
  company.industryGroup = derived(name, 'industry-group', 'software', CODE_PUBLISHER_CONFIDENCE);
}

// A group within this factor of the company part's best is one the part is undecided about (page.ts MARGIN).
const MARGIN = 1.4;

// A page's own group this sure (a schema.org business type) outweighs one word of a description.
const STRONG_PAGE = 0.7;

const MAX_TAGS = 6;
const SOFTWARE_FORM = /^(?:saas|b2b saas|enterprise software|software as a service)$/i;

/**
 * The group of a directory's or profile's tags ("Robotics, Industrial Automation, Warehousing"): each tag read as a
 * stated industry, the group most tags name, the first-listed on a tie (directories list the main one first). Tags
 * that name no group alone are read together, as before: "Health, Tech".
 */
function keywordsGroup(tags: readonly string[]): IndustryGuess | undefined {
  // "Analytics, Logistics, SaaS, Supply Chain Management": a tag for the product's form says what the company sells;
  // the others name the trade it sells to.
  if (tags.slice(0, MAX_TAGS).some((tag) => SOFTWARE_FORM.test(tag.trim())))
    return { group: 'software', confidence: INDUSTRY_CONFIDENCE.statedRule };
  const votes = new Map<IndustryGroup, { n: number; first: number; confidence: number }>();
  tags.slice(0, MAX_TAGS).forEach((tag, i) => {
    const guess = industryGroup(tag);
    if (!guess) return;
    const vote = votes.get(guess.group) ?? { n: 0, first: i, confidence: guess.confidence };
    votes.set(guess.group, { ...vote, n: vote.n + 1, confidence: Math.max(vote.confidence, guess.confidence) });
  });
  const best = [...votes].sort(([, a], [, b]) => b.n - a.n || a.first - b.first)[0];
  if (best) return { group: best[0], confidence: best[1].confidence };
  return industryGroup(tags.slice(0, MAX_TAGS).join(', ').slice(0, 80));
}

// "Big Data, Maritime, SaaS", "Accounting; Software as a Service": a directory's industry field that lists tags.
const TAG_SEPARATOR = /\s*[,;|]\s*/;

/**
 * A stated industry that is a list of tags one of which is the product's form (SOFTWARE_FORM) names a software maker,
 * as the same tags do in the keywords field: the other tags are the trades it sells to.
 */
function statedTagsGroup(stated: string): IndustryGuess | undefined {
  const tags = stated.split(TAG_SEPARATOR);
  if (tags.length < 2 || !tags.slice(0, MAX_TAGS).some((tag) => SOFTWARE_FORM.test(tag.trim()))) return undefined;
  return { group: 'software', confidence: INDUSTRY_CONFIDENCE.statedRule };
}

function decideGroup(company: CompanySignals, sample?: PageSample): void {
  const industry = company.industry;
  // A directory's industry that is the first of its tags ("E-Commerce, FinTech, Payments") is one vote among them.
  const firstTag = !!industry && !!company.keywords?.value.includes(industry.value);
  const fromIndustry =
    industry && !firstTag ? (statedTagsGroup(industry.value) ?? industryGroup(industry.value)) : undefined;
  if (industry && fromIndustry) {
    const confidence = Math.min(industry.confidence, fromIndustry.confidence);
    // "Building Materials" is stated by the mill that makes them, the yard that sells them and the firm that builds
    // with them: a description where the company calls itself their maker says which.
    const made =
      MAKERS_OR_SELLERS.test(industry.value.trim()) &&
      !!company.description &&
      callsItselfMaker(company.description.value, company.name?.value);
    company.industryGroup = derived(
      industry,
      'industry-group',
      made ? 'manufacturing' : fromIndustry.group,
      confidence,
    );
    return;
  }
  // Tags and specialities a directory or profile states ("health-tech", "payments") are classifications too.
  const keywords = company.keywords;
  const fromKeywords = keywords ? keywordsGroup(keywords.value) : undefined;
  if (keywords && fromKeywords) {
    const confidence = Math.min(keywords.confidence, fromKeywords.confidence) * 0.8;
    company.industryGroup = derived(keywords, 'industry-group', fromKeywords.group, confidence);
    return;
  }
  // A company site is named by its title or copyright, or at least by its own domain.
  const subject = company.name ?? company.domain;
  // A legal notice's registered purpose ("Unternehmensgegenstand: Zimmerei, Holzbau"): the trade as the company filed
  // it (./register-purpose.ts).
  const purpose = subject && sample ? registerPurposeGroup(sample.text) : undefined;
  if (subject && purpose) {
    company.industryGroup = derived(subject, 'industry-group', purpose, STRONG_PAGE, 'heuristic');
    delete company.industryGroup.selector;
    return;
  }
  const fromPage = subject && sample ? pageIndustry(sample, offers(company)) : undefined;
  const description = company.description;
  const fromText = description ? industryGroup(description.value, true) : undefined;
  // A site built like a software product is a software maker whatever trade its description names (its market).
  if (subject && fromPage?.via === 'product-site') {
    company.industryGroup = fromPageFact(subject, fromPage);
    return;
  }
  // A dealer names the makes and machines it sells ("Farm Machinery", "tractors"), in a maker's words: its own
  // statement that it sells them is the trade (NACE 45-47: retail-consumer, as ./codes.ts files a dealer).
  if (
    subject &&
    (callsItselfDealer([description?.value ?? '', sample?.text.slice(0, MAX_PERSON_TEXT) ?? ''], company.name?.value) ||
      callsItselfDistributor(sample?.text.slice(0, MAX_PERSON_TEXT) ?? ''))
  ) {
    company.industryGroup = derived(
      subject,
      'industry-group',
      'retail-consumer',
      INDUSTRY_CONFIDENCE.text,
      'heuristic',
    );
    delete company.industryGroup.selector;
    return;
  }
  if (description && fromText) {
    // One word of a description ("fulfilment for your online shop" at a freight forwarder) against the page's
    // clear evidence for another group: unknown beats wrong.
    // The page decides when its own evidence is strong (a schema.org business type: a Dentist whose description says
    // "Book your cleaning"), else unknown.
    const oneWord = fromText.confidence < INDUSTRY_CONFIDENCE.text;
    if (oneWord && fromPage && fromPage.group !== fromText.group) {
      if (subject && fromPage.confidence >= STRONG_PAGE) company.industryGroup = fromPageFact(subject, fromPage);
      return;
    }
    company.industryGroup = derived(description, 'industry-group', fromText.group, fromText.confidence, 'heuristic');
    return;
  }
  // A leadership bio or a team member's page: its words are one person's career (an accountant's audits), the
  // company's trade is in the sentence where the company names itself a maker ("Acme Feeds is an Irish feed
  // manufacturer"), in the footer or the sidebar.
  const own = company.name;
  if (own && sample && isPersonPage(sample) && callsItselfMaker(sample.text.slice(0, MAX_PERSON_TEXT), own.value)) {
    company.industryGroup = derived(own, 'industry-group', 'manufacturing', INDUSTRY_CONFIDENCE.text, 'heuristic');
    delete company.industryGroup.selector;
    return;
  }
  // "Acme is an employee-owned engineering and environmental consulting firm": the company's own sentence names its
  // trade, whichever clients' trades the page goes on to name.
  const firm =
    subject && sample ? firmItCallsItself(sample.text.slice(0, MAX_PERSON_TEXT), company.name?.value) : undefined;
  if (subject && firm) {
    company.industryGroup = derived(subject, 'industry-group', firm, INDUSTRY_CONFIDENCE.text, 'heuristic');
    delete company.industryGroup.selector;
    return;
  }
  if (subject && fromPage) {
    company.industryGroup = fromPageFact(subject, fromPage);
    return;
  }
  // A page undecided between groups (an imprint, a contact page: little text), where the company's own name says its
  // trade ("Hollaus Bau", "Tischlerei Pirkner") and the page's words do not speak against it.
  const name = company.name ?? company.legalName;
  const named = name && sample ? nameGroup(name.value) : undefined;
  if (name && sample && named && pageLeads(sample, named, offers(company)))
    company.industryGroup = derived(name, 'industry-group', named, NAME_CONFIDENCE, 'heuristic');
}

// Stated industries whose goods a maker, a dealer and a builder all name as their own.
const MAKERS_OR_SELLERS = /^(?:building materials|baustoffe|materiaux de construction|materiales de construccion)$/i;
const LEGAL_SUFFIX = /[,\s]+(?:ltd|limited|llc|inc|corp|co|gmbh|ag|plc|pty|pte|pvt|bv|sa|sas|srl|oy|ab|as)\.?$/i;
// The words between "is a" and "manufacturer": adjectives and the goods, not a preposition that makes the maker
// someone else ("a distributor for leading manufacturers", "a supplier of products by the manufacturer").
const GAP_STOPS = 'of|for|from|with|to|by|on|at|in|like|whose';
const gapWithout = (stops: string) => String.raw`(?:(?!(?:${stops})\s)[\p{L}\d'’&-]+,?\s+){0,6}`;
const MAKER_GAP = gapWithout(GAP_STOPS);
const MAX_PERSON_TEXT = 12_000;

/** The sentence's subject: the company's name (its legal form optional), or "we" without a name (or with `orWe`). */
function selfSubject(name: string | undefined, orWe = false): string {
  const core = name?.trim().replace(LEGAL_SUFFIX, '').trim();
  if (!core) return 'we';
  const named = `${escapeRegExp(core)}(?:[,\\s]+\\p{L}+\\.?)?`;
  return orWe ? `(?:${named}|we)` : named;
}

/**
 * The company names itself a maker: "<name> is an independent feed manufacturer", "we are a family-owned lumber
 * remanufacturer". Its name, when given, opens the sentence (its legal form optional), else "we" does: on a page about a
 * person, a former employer may be a manufacturer too.
 */
export function callsItselfMaker(text: string, name?: string): boolean {
  const subject = selfSubject(name);
  const re = new RegExp(
    String.raw`(?<![\p{L}])${subject}\s+(?:is|are)\s+(?:an?|the)\s+${MAKER_GAP}(?:re-?)?manufacturer(?![\p{L}])`,
    'iu',
  );
  return re.test(text);
}

// A professional firm's own word for itself: "a consulting firm", "an engineering consultancy", "a law practice".
const FIRM_WORD = '(?:firm|consultancy|practice)';
const TECH_FIRM = /(?<![\p{L}])(?:software|it|digital|data|cloud|tech\p{L}*|cyber\p{L}*)(?![\p{L}])/iu;

/**
 * The trade a company's own sentence names it a firm of ("<name> is an employee-owned engineering and environmental
 * consulting firm", "we are an independent IT consultancy"): the words before the firm's word read as a stated
 * industry, when they name one group as a label would (consulting, law, IT consulting, architecture).
 */
export function firmItCallsItself(text: string, name?: string): IndustryGroup | undefined {
  const subject = selfSubject(name, true);
  const re = new RegExp(
    String.raw`(?<![\p{L}])${subject}\s+(?:is|are)\s+(?:an?|the)\s+(${MAKER_GAP}${FIRM_WORD})(?![\p{L}])`,
    'iu',
  );
  const label = re.exec(text)?.[1];
  // "a software consultancy", "a data firm": consultants of technology are an IT provider's trade as much as advisers'.
  const guess = label && !TECH_FIRM.test(label) ? industryGroup(label) : undefined;
  return guess && guess.confidence >= INDUSTRY_CONFIDENCE.classificationTerm ? guess.group : undefined;
}

// The words before "dealer": as MAKER_GAP, and no brand's authorisation: "a Carrier Factory Authorized Dealer", "a
// certified dealer" is an installer or a service shop a maker approved as often as a seller.
const DEALER_GAP = gapWithout(`${GAP_STOPS}|authori[sz]ed|certified|approved|factory`);

/**
 * The company names itself a dealer: "<name> is the region's largest independent dealer for tractors", "<name> sells
 * and services tractors and harvesters", "we are a family dealership for two tractor brands": a dealer of goods. Its name opens the sentence (its legal
 * form optional), else "we" does, as in callsItselfMaker: a maker writes of "our dealers", never "we are a dealer".
 */
export function callsItselfDealer(texts: readonly string[], name?: string): boolean {
  const subject = selfSubject(name, true);
  const re = new RegExp(
    String.raw`(?<![\p{L}])${subject}\s+(?:(?:is|are)\s+(?:an?|the)\s+${DEALER_GAP}dealer(?:ship)?s?\s+(?:for|of)\s|sells?,?\s+(?:and|&)\s+services?\s)`,
    'iu',
  );
  return texts.some((text) => re.test(text));
}

// "is today one of the region's largest independent industrial distributors", "we are an industrial distributor":
// stocking bearings, valves and pumps from many makers for plants is wholesale (NACE 46.69), whatever its goods'
// words say of making. "Industrial distributor" is the trade's own name; a maker writes of "our distributors".
const INDUSTRIAL_DISTRIBUTOR = new RegExp(
  String.raw`(?<![\p{L}])(?:is|are)\s+(?:today\s+|now\s+)?(?:one of\s+)?(?:an?\s+|the\s+)?${DEALER_GAP}industrial\s+distributors?(?![\p{L}])`,
  'iu',
);

/** The page names the company an industrial distributor (INDUSTRIAL_DISTRIBUTOR). */
export function callsItselfDistributor(text: string): boolean {
  return INDUSTRIAL_DISTRIBUTOR.test(text);
}

/** The page is about one person: a profile's OpenGraph type or a Person as its structured data's subject. */
function isPersonPage(sample: PageSample): boolean {
  return sample.ogType === 'profile' || sample.types[0]?.replace(/^.*[/#]/, '').toLowerCase() === 'person';
}

// A trade the name states, on a page that does not contradict it: as sure as the page's own clear evidence.
const NAME_CONFIDENCE = 0.5;

/** The page's group as a fact of the company it names: a heuristic, with no selector (it is the whole page). */
function fromPageFact(subject: Fact<unknown>, fromPage: PageIndustry): Fact<IndustryGroup> {
  const fact = derived(subject, 'industry-group', fromPage.group, fromPage.confidence, 'heuristic');
  delete fact.selector;
  return fact;
}

/** What the commercial rules found the site offers, as product-site evidence: a pricing page, a free-trial button. */
function offers(company: CompanySignals): string[] {
  const out: string[] = [];
  if (company.pricingPage?.value) out.push('pricing');
  // A call to action (0.55), not a phrase in running text (0.35): an article may discuss trials in general.
  if (company.freeTrial?.value && company.freeTrial.confidence >= 0.5) out.push('trial');
  return out;
}

// A firm's ranks name no department of their own: at a law firm ("Partner" at "Brackenridge Lyle Lawyers", "Sócia-
// fundadora" at "Albuquerque & Nogueira Advogados", "Ortak" at "Aydın Avukatlık Ortaklığı") they are its lawyers, at
// an accounting firm ("Socia fondatrice" at "Studio Rinaldi Commercialisti Associati", "Associée" at a Belgian or Swiss
// "Fiduciaire", "Partner" at a "Treuhand AG") its accountants.
const FIRM_RANK =
  /^(?:(?:senior|junior|managing|equity|salaried|founding)\s+)?(?:partner|associate|counsel|of counsel)$|^(?:(?:senior|managing|founding)\s+partner|partnerin|associ[ée]e?|s[óo]ci[oa]|ortak)(?:[\s-]+(?:fundador[a]?|fondat(?:ore|rice)|fondat[eo]ur|avukat|director[a]?|diretor[a]?))?$/iu;
const LAW_FIRM =
  /(?<!\p{L})(?:lawyers?|law firm|legal|solicitors?|attorneys?|barristers?|avocats?|rechtsanw(?:ä|ae)lte|anwaltskanzlei|abogados|avvocati|advocaten|advogados|advocacia|avukatl[ıi]k|hukuk|jur[íi]dico|kancelaria|advokát\w*|advokat\w*)(?!\p{L})/iu;
const ACCOUNTING_FIRM =
  /(?<!\p{L})(?:accountants?|accountancy|chartered accountants|cpas?|commercialist[ie]|contadores|contabilidade|contabilidad|auditores|steuerberat\w*|wirtschaftspr(?:ü|ue)f\w*|treuh(?:ä|ae)nd\w*|treuhand\w*|fiduciaires?|fiduciari[ao]|experts?[- ]comptables?|mali m(?:ü|u)şavir\w*|muhasebe)(?!\p{L})/iu;

/**
 * Seniority and department from the person's title, when a title is known and says something; a firm's rank at a law
 * firm is the legal department, at an accounting firm finance.
 */
export function classifyPerson(person: PersonSignals): void {
  const title = person.title;
  if (!title) return;
  const { seniority, department } = classifyTitle(title.value);
  const confidence = Math.min(title.confidence, 0.8);
  if (!person.seniority && seniority !== 'unknown')
    person.seniority = derived(title, 'title-class', seniority, confidence);
  const employer = person.employer?.value ?? '';
  const rank = (department === 'other' || department === 'executive') && FIRM_RANK.test(title.value.trim());
  const profession = !rank
    ? undefined
    : LAW_FIRM.test(employer)
      ? 'legal'
      : ACCOUNTING_FIRM.test(employer)
        ? 'finance'
        : undefined;
  if (!person.department && (department !== 'other' || profession))
    person.department = derived(title, 'title-class', profession ?? department, confidence);
}
