import { brandDomainIn, brandVariants, findBrand } from './brand';
import { isAboutPart } from './own-page';

// A legal form closing a name: "Vandermolen Verpakkingen B.V.", "Kranwerk Elbtal GmbH", "Tessaro S.r.l.".
const LEGAL_FORM =
  /\s(?:GmbH(?:\s*&\s*Co\.\s*KG)?|AG|SE|KG|e\.\s?V\.|B\.\s?V\.|BV|N\.\s?V\.|NV|S\.A\.S\.|SAS|SARL|SA|S\.A\.|S\.L\.U?\.|S\.r\.l\.|SRL|S\.p\.A\.|SpA|Ltd\.?|Limited|LLC|Inc\.?|plc|Oy|AB|A\/S|ApS|AS|Sp\.\s?z\s?o\.\s?o\.|s\.r\.o\.|Kft\.?|Pvt\.?\s+Ltd\.?|S\.C\.)$/i;
const MAX_HEADING = 100;

/**
 * A trade directory's company page (Kompass-like): the first heading is another company's name with its legal form,
 * no spelling of the site's own brand, and the page links out to a domain that spells that name (the company's
 * website button). There the site's own Organization JSON-LD, title, domain and careers link are the directory's,
 * and the listed company is the page's subject. Never on the site's home or about page, where a legal name heading
 * is the site's own company. Returns the listed company's name and, when linked, its domain.
 */
export function listedCompany(
  headings: string,
  url: string,
  siteNames: Array<string | undefined>,
  hrefs: readonly string[],
): { name: string; domain: string } | undefined {
  let parts: string[];
  try {
    parts = new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    return undefined;
  }
  // A listing sits below the directory's home; the site's own about page names its own company.
  if (!parts.length || isAboutPart(parts.at(-1))) return undefined;
  const first = (headings.split('\n')[0] ?? '').replace(/\s+/g, ' ').trim();
  if (first.length < 5 || first.length > MAX_HEADING || !LEGAL_FORM.test(first)) return undefined;
  if (
    findBrand(
      first,
      siteNames.flatMap((n) => brandVariants(n)),
    )
  )
    return undefined;
  const domain = brandDomainIn(hrefs.slice(0, 400).join(' '), brandVariants(first.replace(LEGAL_FORM, '')));
  return domain ? { name: first, domain } : undefined;
}

const LISTING_TEXT = 3_000;

/**
 * The listed company's part of a directory page's text: from its name's first heading on, a few thousand characters.
 * The directory's own footer (its address, copyright line, "we are hiring") is left out of what the text rules read.
 */
export function listingText(text: string, name: string): string {
  const at = Math.max(0, text.indexOf(name));
  return text.slice(at, at + LISTING_TEXT);
}
