import { describe, expect, it } from 'vitest';
import { resolveAddress, resolveCompany } from '../../../lib/extract/address-draft';
import { collectPage } from '../../../lib/extract/collect/index';
import { interpretPage } from '../../../lib/extract/index';
import { parseLocation } from '../../../lib/extract/sites/location';
import { normalizePage } from '../../../lib/signals/normalize';
import type { PageSource, SourceCompany } from '../../../lib/signals/source';
import { parseSource } from '../../../lib/signals/source-schema';

// Synthetic pages: invented companies and places' public names only.
const NOW = Date.UTC(2025, 0, 15);
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** The content script's message, through JSON and its schema as the extension sends it. */
function sent(html: string, url: string): PageSource {
  const source = parseSource(JSON.parse(JSON.stringify(collectPage(doc(html), url, NOW))));
  if (!source) throw new Error('no source');
  return source;
}

const fact = <T>(value: T, source = 'linkedin-company') => ({
  value,
  source,
  layer: 'site' as const,
  url: 'https://www.linkedin.com/company/quillfeather/',
  confidence: 0.9,
  observedAt: NOW,
});

const WIKIPEDIA = `<html><head><title>Quillfeather - Wikipedia</title></head><body>
  <h1 id="firstHeading">Quillfeather</h1>
  <table class="infobox vcard"><tr><th class="infobox-above"><div class="fn org">Quillfeather Ltd</div></th></tr>
  <tr><th class="infobox-label">Industry</th><td>Stationery</td></tr>
  <tr><th class="infobox-label">Headquarters</th><td>Bristol, England[1]</td></tr></table></body></html>`;

const HCARD = `<html lang="en"><head><title>Quillfeather | LinkedIn</title></head><body>
  <div class="header"><h1 class="name"><span>Quillfeather</span></h1></div>
  <div class="basic-info-about"><ul><li class="industry"><h4>Industry</h4><p>Stationery</p></li>
  <li class="vcard hq"><h4>Headquarters</h4><p class="adr"><span class="locality">Austin,</span>
  <abbr class="region" title="TX">TX</abbr></p></li></ul></div></body></html>`;

describe('locations the content script sends as printed', () => {
  it('sends an adapter HQ as its line; the background parses it as the adapter did', () => {
    const source = sent(WIKIPEDIA, 'https://en.wikipedia.org/wiki/Quillfeather');
    expect(source.site?.company?.hq?.value).toEqual({ line: 'Bristol, England' });
    const page = normalizePage(interpretPage(source));
    expect(page?.company?.hq?.value).toEqual(parseLocation('Bristol, England'));
    expect(page?.company?.hq?.value.city).toBe('Bristol');
  });

  it("leaves an hCard region's country to the background", () => {
    const source = sent(HCARD, 'https://www.linkedin.com/company/quillfeather/');
    expect(source.site?.company?.hq?.value).toEqual({ city: 'Austin', region: 'TX', countryFromRegion: true });
    const page = normalizePage(interpretPage(source));
    expect(page?.company?.hq?.value).toEqual({ city: 'Austin', region: 'TX', country: 'US' });
  });

  it('never lets a draft part into the page signals', () => {
    const pages = [
      sent(WIKIPEDIA, 'https://en.wikipedia.org/wiki/Quillfeather'),
      sent(HCARD, 'https://www.linkedin.com/company/quillfeather/'),
      {
        url: 'https://www.linkedin.com/company/quillfeather/',
        extractedAt: NOW,
        title: 'Quillfeather | LinkedIn',
        jsonLd: [],
        metas: [],
        site: { company: { name: fact('Quillfeather'), hq: fact({ line: 'Surry Hills, New South Wales' }) } },
      },
    ];
    for (const source of pages) {
      // Resolved in interpretPage already; normalizePage's schema would only drop what was left unread.
      const interpreted = interpretPage(source);
      expect(JSON.stringify(interpreted)).not.toMatch(/"line"|countryFromRegion/);
      const page = normalizePage(interpreted);
      expect(page?.company?.hq).toBeDefined();
      expect(JSON.stringify(page)).not.toMatch(/"line"|countryFromRegion/);
    }
  });
});

describe('resolving an address draft', () => {
  it('lets the parts read win over the parsed line, and fills a country from the region only when asked', () => {
    expect(resolveAddress({ line: 'Redmond, Washington, U.S.', city: 'Seattle' })).toEqual({
      ...parseLocation('Redmond, Washington, U.S.'),
      city: 'Seattle',
    });
    expect(resolveAddress({ city: 'Toronto', region: 'ON', countryFromRegion: true })?.country).toBe('CA');
    expect(resolveAddress({ city: 'Toronto', region: 'ON' })?.country).toBeUndefined();
    expect(resolveAddress({ city: 'Toronto', region: 'ON', country: 'US', countryFromRegion: true })?.country).toBe(
      'US',
    );
    expect(resolveAddress({ line: 'Greater Boston Area' })).toBeUndefined();
    // A postal line is read as an address, its postcode naming the country.
    expect(resolveAddress({ line: '日本 〒720-0999 広島県福山市架空町3丁目2番1号' })).toMatchObject({
      postalCode: '720-0999',
      country: 'JP',
    });
    expect(resolveAddress({ line: '500 Quill Way, Austin, TX 78701' })).toMatchObject({ city: 'Austin', region: 'TX' });
    // Page material: a line that is no string is no line.
    expect(resolveAddress({ line: 42 } as unknown as { line: string })).toBeUndefined();
  });

  it('drops an HQ that resolves to nothing, and a company left with nothing but links', () => {
    const socials = { linkedin: fact('https://www.linkedin.com/company/quillfeather') };
    const name = fact('Quillfeather');
    const hq = fact({ line: 'Greater Boston Area' });
    expect(resolveCompany({ name, hq, socials })).toEqual({ name, socials });
    expect(resolveCompany({ hq, socials })).toBeUndefined();
    const plain: SourceCompany = { name, hq: fact({ city: 'Boston' }) };
    expect(resolveCompany(plain)).toBe(plain);
  });
});

describe('structured data with the address as one string', () => {
  it("reads the string as a printed address, through the content script's message", () => {
    const ld = JSON.stringify({
      '@context': 'http://schema.org',
      '@type': 'Organization',
      name: 'Quillfeather Studio',
      address: 'Level 2, 118 Wickham Street\nFortitude Valley, QLD, 4006\nAustralia',
    });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><p>Studio</p></body></html>`;
    const hq = normalizePage(interpretPage(sent(html, 'https://quillfeather.example/')))?.company?.hq;
    // Fortitude Valley's postcode lies in Brisbane's metropolitan block: the suburb is filed under the capital
    // (lib/extract/text/au-metro.ts).
    expect(hq?.value).toMatchObject({ city: 'Brisbane', region: 'QLD', postalCode: '4006', country: 'AU' });
    expect(hq?.source).toBe('jsonld');
  });

  it('keeps only the country of a string that holds no address', () => {
    const ld = JSON.stringify({ '@type': 'Organization', name: 'Quillfeather', address: 'Worldwide, Germany' });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`;
    const hq = normalizePage(interpretPage(sent(html, 'https://quillfeather.example/')))?.company?.hq;
    expect(hq?.value).toEqual({ country: 'DE' });
  });
});
