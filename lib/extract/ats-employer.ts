import { brandInText, findBrand } from './brand';

// "Job - Employer", "Job | Employer", "Job at Employer", "Poste chez Employeur".
const TITLE_SEPARATOR = /^\s*(?:[-–—|:·]|at|chez|bei|en|presso|bij)\s+/iu;
const NAME = /^\p{Lu}[\p{L}&.,'’ -]{1,70}$/u;
const MAX_WORDS = 8;
const SUBJECT_VERB = String.raw`,?\s+(?:is|are|was|has|have|offers|provides|est|ist|es|è|é|er|är)\s`;
// A title's job part may hold a place, a reference or the board's words after the job: "Welder - Leeds (R-1234)".
const NOT_NAME = /\d|\(|\bjobs?\b|\bcareers?\b|\bemplois?\b|\boffres?\b|\bstellen\b/iu;

/**
 * The employer of an applicant-tracking system's posting that carries no structured data. An ATS serves one employer's
 * board per tenant, so where the page's data names nobody the employer is named either as the tenant's slug spells it
 * in the text ("hydrorive.taleo.net" and "Groupe Hydrorive inc." in the posting's "who we are"), or after the job title
 * in the document's title ("Project Estimator - Acme Mechanical", "Welder | Acme Steel"), said again in the text.
 */
export function atsEmployer(
  text: string,
  title: string | undefined,
  jobTitle: string | undefined,
  tenantBrands: string[],
  board: string[],
): string | undefined {
  const spelled = tenantBrands.length ? brandInText(text, tenantBrands) : undefined;
  if (spelled) return spelled;
  const job = jobTitle?.trim();
  if (!title || !job || !title.startsWith(job)) return undefined;
  const rest = title.slice(job.length);
  const sep = TITLE_SEPARATOR.exec(rest);
  const name = sep ? rest.slice(sep[0].length).trim() : '';
  if (!NAME.test(name) || NOT_NAME.test(name) || name.split(/\s+/).length > MAX_WORDS) return undefined;
  if (findBrand(name, board)) return undefined;
  // Said again in the text as a sentence's subject: an equal-opportunity line, the posting's "who we are" (a place
  // after the job title is said again only in the job's address).
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}${SUBJECT_VERB}`, 'u').test(text) ? name : undefined;
}
