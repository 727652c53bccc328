import type { CompanySignals } from '../../signals/schema';
import { foldAccents } from '../classify/normalize';
import { findAddresses } from './address';
import { tldCountry } from './country';

// Past this confidence an HQ whose country came from the domain's code would claim more than that weak evidence.
const TLD_CONFIDENCE = 0.5;

const sameCity = (a: string, b: string) => foldAccents(a).toLowerCase() === foldAccents(b).toLowerCase();

/**
 * An HQ named by its city alone ("headquartered in Bengaluru", a profile's "Stockholm") takes its country from what
 * else the page states: an address on the page in the same city that names its country (a posting's job address, a
 * footer's office), else the country code of the company's own domain (`zarilo.in`), the weakest evidence, which
 * lowers the fact's confidence. An address outranks the domain; a city addresses place in two countries gets neither.
 */
export function withHqCountry(company: CompanySignals, text: string | undefined): void {
  const hq = company.hq;
  const city = hq?.value.city;
  if (!hq || !city || hq.value.country) return;
  const countries = new Set<string>();
  for (const { address } of text ? findAddresses(text) : []) {
    if (address.city && address.country && sameCity(address.city, city)) countries.add(address.country);
  }
  const [stated] = countries;
  if (stated && countries.size === 1) {
    company.hq = { ...hq, value: { ...hq.value, country: stated } };
    return;
  }
  const byDomain = countries.size ? undefined : tldCountry(company.domain?.value)?.country;
  if (byDomain) {
    company.hq = {
      ...hq,
      value: { ...hq.value, country: byDomain },
      confidence: Math.min(hq.confidence, TLD_CONFIDENCE),
    };
  }
}
