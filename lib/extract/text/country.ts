import { toIsoCountry } from './country-names';

// International calling codes of the countries B2B sites most often come from. +1 is shared by the US and Canada
// (and the Caribbean); it is read as US, the likelier of them, at the lowest confidence.
const CALLING: Record<string, string> = {
  '1': 'US',
  '7': 'RU',
  '31': 'NL',
  '32': 'BE',
  '33': 'FR',
  '34': 'ES',
  '36': 'HU',
  '39': 'IT',
  '40': 'RO',
  '41': 'CH',
  '43': 'AT',
  '44': 'GB',
  '45': 'DK',
  '46': 'SE',
  '47': 'NO',
  '48': 'PL',
  '49': 'DE',
  '351': 'PT',
  '352': 'LU',
  '353': 'IE',
  '358': 'FI',
  '420': 'CZ',
  '61': 'AU',
  '64': 'NZ',
  '65': 'SG',
  '81': 'JP',
  '91': 'IN',
  '972': 'IL',
  '971': 'AE',
  '55': 'BR',
  '52': 'MX',
  '27': 'ZA',
};

const PHONE = /(?:^|[\s(:])(?:\+|00)\s?(\d{1,3})[\s.\-/()]*\d[\d\s.\-/()]{5,16}\d/g;
// Country-code domains used as generic ones (.io, .co, .ai, .me, .tv...) say nothing about where a company sits.
const GENERIC_CC = new Set('io co ai me tv ly fm gg so sh to cc ws am im is la ms nu tk vc xyz app dev eu'.split(' '));

export interface CountryHit {
  country: string;
  confidence: number;
  from: 'phone' | 'tld';
}

// +7 is shared by Russia and Kazakhstan: Kazakhstan's numbers go on with 6 or 7 (+7 7142 ..., +7 727 ...), Russia's
// never do, so a Russian-language page with a Kazakh number is a Kazakh company's.
const KAZAKH_TRUNK = /^7[67]/;

function callingCountry(digits: string): string | undefined {
  if (KAZAKH_TRUNK.test(digits)) return 'KZ';
  for (const len of [3, 2, 1]) {
    const code = CALLING[digits.slice(0, len)];
    if (code) return code;
  }
  return undefined;
}

/** The country most phone numbers on the page dial into (`tel:` links and written numbers). */
export function phoneCountry(text: string, telHrefs: string[]): CountryHit | undefined {
  const votes = new Map<string, number>();
  const vote = (digits: string | undefined) => {
    const code = digits ? callingCountry(digits) : undefined;
    if (code) votes.set(code, (votes.get(code) ?? 0) + 1);
  };
  for (const href of telHrefs.slice(0, 20)) vote(/^tel:\s*(?:\+|00)(\d{1,3})/i.exec(href.replace(/%20/g, ''))?.[1]);
  let n = 0;
  for (const m of text.matchAll(PHONE)) {
    if (++n > 30) break;
    // Read one to three digits and let the table decide how many form the code.
    const rest = text.slice(m.index, m.index + m[0].length).replace(/\D/g, '');
    vote(rest.startsWith('00') ? rest.slice(2, 5) : rest.slice(0, 3));
  }
  let best: [string, number] | undefined;
  for (const entry of votes) if (!best || entry[1] > best[1]) best = entry;
  if (!best) return undefined;
  return { country: best[0], confidence: best[0] === 'US' ? 0.2 : 0.3, from: 'phone' };
}

/** The country of a country-code top-level domain (`acme.de` -> DE, `acme.co.uk` -> GB). */
export function tldCountry(site: string | undefined): CountryHit | undefined {
  const tld = site?.split('.').pop()?.toLowerCase();
  if (tld?.length !== 2 || GENERIC_CC.has(tld)) return undefined;
  const country = toIsoCountry(tld === 'uk' ? 'GB' : tld);
  return country ? { country, confidence: 0.2, from: 'tld' } : undefined;
}
