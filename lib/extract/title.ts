import { brandVariants, findBrand, widenBrand } from './brand';
import { plainText } from './text';

// "Acme | Home", "About us - Acme", "Acme: the data platform", "Acme · Pricing", "Blog — Acme".
const SEPARATORS = /\s*[|·•»›~]\s*|\s+[-–—/:]\s+|:\s+/;

/**
 * The company's name out of the page title: the run of words in one title segment that spells the domain's label
 * or the og:site_name. A title that names neither yields nothing: "Pricing" or "How we scaled Postgres" are not
 * company names.
 */
export function nameFromTitle(
  title: string | undefined,
  domainLabel: string | undefined,
  siteName: string | undefined,
): string | undefined {
  const text = plainText(title);
  if (!text) return undefined;
  const targets = [...brandVariants(domainLabel), ...brandVariants(siteName)];
  let best: string | undefined;
  for (const segment of text.split(SEPARATORS).slice(0, 8)) {
    const brand = findBrand(segment, targets);
    const found = brand && widenBrand(segment.trim(), brand);
    if (found && (!best || found.length > best.length)) best = found;
  }
  return best;
}
