import type { IndustryGroup } from '../../signals/enums';

/**
 * schema.org types that say what an organization does (LocalBusiness and Organization subtypes), and the page types
 * only a publisher uses. Generic types (Organization, Corporation, LocalBusiness, Article, BlogPosting, Product) say
 * nothing: a software company's blog has Articles and its pricing page Products.
 */
const TYPES: Record<IndustryGroup, string[]> = {
  software: ['SoftwareApplication', 'WebApplication', 'MobileApplication'],
  'media-publishing': [
    'NewsMediaOrganization',
    'NewsArticle',
    'ReportageNewsArticle',
    'Newspaper',
    'TelevisionStation',
    'RadioStation',
    'PerformingGroup',
  ],
  education: ['EducationalOrganization', 'CollegeOrUniversity', 'School'],
  healthcare: [
    'MedicalOrganization',
    'MedicalBusiness',
    'Hospital',
    'MedicalClinic',
    'Physician',
    'Dentist',
    'Pharmacy',
  ],
  'government-nonprofit': ['GovernmentOrganization', 'NGO', 'PoliticalParty'],
  'financial-services': ['FinancialService', 'BankOrCreditUnion', 'InsuranceAgency'],
  'professional-services': ['LegalService', 'Attorney', 'Notary', 'AccountingService', 'EmploymentAgency'],
  'real-estate-construction': [
    'RealEstateAgent',
    'HomeAndConstructionBusiness',
    'GeneralContractor',
    'Electrician',
    'Plumber',
    'RoofingContractor',
  ],
  'hospitality-travel': [
    'LodgingBusiness',
    'Hotel',
    'Resort',
    'TravelAgency',
    'FoodEstablishment',
    'Restaurant',
    'CafeOrCoffeeShop',
    'BarOrPub',
    'TouristAttraction',
    'EntertainmentBusiness',
  ],
  'retail-consumer': [
    'Store',
    'OnlineStore',
    'Bakery',
    'ClothingStore',
    'GroceryStore',
    'AutomotiveBusiness',
    'AutoDealer',
    'BeautySalon',
    'HairSalon',
  ],
  'transportation-logistics': ['Airline', 'MovingCompany'],
  'energy-utilities': ['GasStation'],
  'marketing-advertising': [],
  'it-services': [],
  manufacturing: [],
  telecommunications: [],
  other: [],
};

const BY_TYPE = new Map<string, IndustryGroup>();
for (const [group, types] of Object.entries(TYPES) as Array<[IndustryGroup, string[]]>)
  for (const type of types) BY_TYPE.set(type.toLowerCase(), group);

/** The industry group a schema.org type name (or URL, "https://schema.org/Bakery") implies, if any. */
export function groupOfType(type: string): IndustryGroup | undefined {
  const name = type
    .trim()
    .replace(/^https?:\/\/schema\.org\//i, '')
    .toLowerCase();
  return BY_TYPE.get(name);
}
