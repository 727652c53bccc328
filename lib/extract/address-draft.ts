import { type Address, addressSchema, type CompanySignals } from '../signals/schema';
import type { AddressDraft, SourceCompany } from '../signals/source';
import { isObject } from './facts';
import { parseLocation, regionCountry } from './sites/location';
import { findAddress, findAddresses } from './text/address';

/**
 * A printed HQ line: a postal address when it is one ("〒063-0062 北海道 札幌市 …", "One Way, Redmond, WA 98052":
 * the postcode's format names the country), else a profile site's "City, Region, Country".
 */
function readLine(line: string | undefined): Address | undefined {
  const postal = line && /\d/.test(line) ? findAddress(line) : undefined;
  return postal?.city ? postal : parseLocation(line);
}

/**
 * An HQ a content-side reader sent as a draft: its printed line parsed, the parts it read winning over the line's,
 * and a region naming a missing country where the reader asked for it. Undefined when nothing is left. The draft is
 * unchecked page material: anything but a string line is no line.
 */
export function resolveAddress(draft: AddressDraft): Address | undefined {
  const { line, countryFromRegion, ...parts } = draft;
  const address: Address = { ...readLine(typeof line === 'string' ? line : undefined) };
  // Only an address's own keys are copied: the draft came through a message, any other key is page material.
  for (const k of Object.keys(addressSchema.shape) as Array<keyof Address>) {
    if (parts[k] !== undefined) address[k] = parts[k];
  }
  if (countryFromRegion && !address.country && typeof address.region === 'string') {
    const country = regionCountry(address.region, true);
    if (country) address.country = country;
  }
  return Object.keys(address).length ? address : undefined;
}

/**
 * A site adapter's company with its HQ draft resolved (`resolveAddress`), as the adapter would have
 * had it with the region tables at hand: an HQ that resolves to nothing is no fact, and a company left with nothing
 * but links found nothing (an adapter adds its page's own profile link to what it read, and reports nothing when it
 * read nothing else). A company without a draft is returned as it came.
 */
export function resolveCompany(company: SourceCompany | undefined): CompanySignals | undefined {
  const hq = company?.hq;
  const value: unknown = hq?.value;
  if (!company || !hq || !isObject(value) || !('line' in value || 'countryFromRegion' in value)) {
    return company as CompanySignals | undefined;
  }
  const address = resolveAddress(value);
  if (address) return { ...company, hq: { ...hq, value: address } };
  const { hq: _dropped, ...rest } = company;
  return Object.entries(rest).some(([k, v]) => k !== 'socials' && v !== undefined) ? rest : undefined;
}

// "Fortitude Valley, QLD, 4006": a structured-data string puts commas where a printed address has none.
const CODE_COMMA = /\b([A-Z]{2,3}),[ \t]*(\d{3,6})\b/g;
const COMMA_CODE = /,[ \t]*([A-Z]{2,3}[ \t]+\d{3,6})\b/g;

/**
 * A structured-data address given as one string ("Level 2, 118 Wickham Street\nFortitude Valley, QLD,
 * 4006\nAustralia"): read as the page's text is, the first address found, when it has a city.
 */
export function readAddressString(text: string): Address | undefined {
  const printed = text.replace(CODE_COMMA, '$1 $2').replace(COMMA_CODE, ' $1');
  const [hit] = findAddresses(printed);
  return hit?.address.city ? hit.address : undefined;
}
