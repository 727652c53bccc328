/**
 * Where a seller (or research) usually finds each field, so an unknown says how to settle it rather than only that it
 * is missing. Keyed by ICP field; a field not listed gets the generic hint.
 */
const WHERE: Record<string, string> = {
  industryGroup: 'the home or about page, or the LinkedIn company page',
  industry: 'the LinkedIn company page or Wikipedia',
  employees: 'the LinkedIn company page or the about page',
  revenue: 'Crunchbase, Wikipedia or an annual report',
  'hq.country': 'the imprint, contact or about page',
  'hq.region': 'the imprint, contact or about page',
  'hq.city': 'the imprint, contact or about page',
  founded: 'the about page, LinkedIn or Wikipedia',
  fundingStage: "Crunchbase or the company's press page",
  fundingTotal: "Crunchbase or the company's press page",
  technologies: "the company's own site (read from its code)",
  'hiring.openRoles': 'the careers page',
  'hiring.departments': 'the careers page',
  compliance: 'the security or trust page',
  pricingPage: 'the pricing page',
  freeTrial: 'the pricing or sign-up page',
  contactSales: 'the pricing or contact page',
  keywords: 'the home or about page',
  description: 'the home or about page',
  seniority: "the person's LinkedIn profile",
  department: "the person's LinkedIn profile",
  title: "the person's LinkedIn profile",
  location: "the person's LinkedIn profile",
};

export function whereToFind(field: string): string {
  return WHERE[field] ?? "the company's own site";
}
