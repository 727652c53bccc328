import { isPlatformDomain } from './platforms';

/**
 * schema.org types that are organizations. Any type ending in Organization, Business, Corporation, Store or Agency
 * is one too (NewsMediaOrganization, OnlineBusiness, ClothingStore, TravelAgency...); "Service" is not a suffix
 * rule because most *Service types are offers, not organizations.
 */
const ORG_TYPES = new Set(
  (
    'Organization Corporation LocalBusiness NGO Airline Consortium LibrarySystem PerformingGroup MusicGroup ' +
    'SportsTeam Project ResearchProject FundingScheme WorkersUnion CollegeOrUniversity School Preschool ' +
    'HighSchool MiddleSchool ElementarySchool Hospital Restaurant Bakery BarOrPub Brewery CafeOrCoffeeShop ' +
    'Distillery FastFoodRestaurant IceCreamShop Winery FoodEstablishment Dentist Physician Pharmacy Optician ' +
    'MedicalClinic DiagnosticLab VeterinaryCare ProfessionalService FinancialService LegalService EmergencyService ' +
    'BankOrCreditUnion AccountingService Attorney Notary Electrician GeneralContractor HVACBusiness Locksmith ' +
    'MovingCompany Plumber RoofingContractor HousePainter AutoDealer AutoRepair AutoBodyShop AutoRental ' +
    'AutoWash GasStation MotorcycleDealer MotorcycleRepair ChildCare DryCleaningOrLaundry Library Hotel Motel ' +
    'Hostel BedAndBreakfast Resort Campground VacationRental RealEstateAgent RecyclingCenter SelfStorage ' +
    'ShoppingCenter RadioStation TelevisionStation TouristInformationCenter Florist HairSalon BeautySalon ' +
    'DaySpa NailSalon TattooParlor ExerciseGym HealthClub GolfCourse SkiResort SportsClub StadiumOrArena ' +
    'InternetCafe AnimalShelter ArchiveOrganization GovernmentOffice PostOffice'
  ).split(' '),
);

/** A schema.org type without its vocabulary prefix: `https://schema.org/Corporation` -> `Corporation`. */
export function shortType(type: string): string {
  return type.replace(/^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)/i, '').trim();
}

export function isOrgType(types: string[]): boolean {
  return types.some((t) => ORG_TYPES.has(t) || /(?:Organization|Business|Corporation|Store|Agency)$/.test(t));
}

/** The web page or site a block of structured data describes. */
export function isPageType(types: string[]): boolean {
  return types.some((t) => t === 'WebSite' || /Page$/.test(t));
}

/** Properties of a page that name its owner (`publisher`) or its subject (`subject`). */
export const PAGE_ROLES: Record<string, 'publisher' | 'subject'> = {
  publisher: 'publisher',
  copyrightHolder: 'publisher',
  about: 'subject',
  mainEntity: 'subject',
};

export function pageRole(key: string | undefined): 'publisher' | 'subject' | undefined {
  return key && Object.hasOwn(PAGE_ROLES, key) ? PAGE_ROLES[key] : undefined;
}

/**
 * Properties under which an organization is someone other than the page's owner: the author of an article, the
 * brand of a product, a sponsor, a partner in a list.
 */
const FOREIGN_ROLES = new Set(
  (
    'author creator contributor editor brand manufacturer sponsor funder member members memberOf ' +
    'parentOrganization subOrganization department alumniOf worksFor affiliation seller competitor ' +
    'organizer performer attendee mentions itemListElement item review recipient sourceOrganization ' +
    'partner partners customer customers investor investors client clients owns'
  ).split(' '),
);

export interface OrgCandidate<T> {
  org: T;
  /** Property this organization is the value of, when nested; undefined at the top level or in @graph. */
  role?: string;
  /** A page or site entity names it as its publisher, or as its subject (about, mainEntity). */
  referenced?: 'publisher' | 'subject';
  /** Registrable domains of its url and sameAs. */
  domains: string[];
  /** Registrable domain of its url alone: on a platform, the platform's own organization has the page's. */
  ownDomain?: string;
  /** It links to the page itself (a LinkedIn page's organization whose sameAs is that page). */
  linksToPage: boolean;
  /** The page is its profile on a directory: the path's profile slug spells its name (profile-slug.ts; JSON-LD only). */
  profiled?: boolean;
  /** It is the one employer of the page's job postings (schema.org JobPosting hiringOrganization; JSON-LD only). */
  hires?: boolean;
}

/**
 * Which of several organizations on a page is the page's subject: the one a directory's profile page is about, then one
 * on the page's own domain, then the one the
 * page or site names as publisher/about/mainEntity, then one not nested as someone's author/brand/sponsor/partner,
 * then the first.
 *
 * On a platform (LinkedIn, GitHub, Wikipedia...) the publisher is the platform and a nested organization is an
 * employer or an author, so only an organization that links to the profile page, the page's declared subject or a
 * top-level organization that is not the platform's own qualifies; otherwise there is none.
 */
export function pickSubject<T>(
  candidates: Array<OrgCandidate<T>>,
  pageDomain: string | undefined,
  platform: boolean,
): OrgCandidate<T> | undefined {
  const rank = (c: OrgCandidate<T>): number | undefined => {
    if (platform) {
      if (c.linksToPage) return 0;
      if (isPlatformDomain(c.ownDomain) || c.referenced === 'publisher') return undefined;
      if (c.referenced === 'subject') return 1;
      return c.role === undefined ? 2 : undefined;
    }
    // A directory's profile page is about the company it profiles, not the directory beside it on its own domain; a
    // job board's posting about the employer whose own site is elsewhere (not a LinkedIn page), not the board.
    if (c.profiled) return -1;
    if (c.hires && pageDomain && !c.domains.includes(pageDomain) && c.domains.some((d) => !isPlatformDomain(d)))
      return -1;
    if (pageDomain && c.domains.includes(pageDomain)) return 0;
    if (c.referenced) return 1;
    if (!c.role || !FOREIGN_ROLES.has(c.role)) return 2;
    return 3;
  };
  let best: OrgCandidate<T> | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const r = rank(c);
    if (r !== undefined && r < bestRank) {
      best = c;
      bestRank = r;
    }
  }
  return best;
}
