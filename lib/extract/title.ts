import { brandVariants, findBrand, findBrandWithGaps, widenBrand } from './brand';
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
  const segments = text.split(SEPARATORS).slice(0, 8);
  let best: string | undefined;
  for (const segment of segments) {
    const brand = findBrand(segment, targets);
    const found = brand && widenBrand(segment.trim(), brand);
    if (found && (!best || found.length > best.length)) best = found;
  }
  // "Onmaru Architects" at onmaru-arch.kr: the domain spells a name's words with the last one cut short.
  for (const segment of best ? [] : segments) {
    // Widened forward only ("... Partners"): a word before it is the trade's ("Sanitätshaus Wendt Orthopädietechnik").
    const spelled = findBrandWithGaps(segment, targets);
    best = spelled && widenBrand(segment.slice(segment.indexOf(spelled)).trim(), spelled);
    if (best) break;
  }
  return best;
}
