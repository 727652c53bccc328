import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { groupOfCode } from '../../../../lib/extract/classify/codes';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { pageIndustry } from '../../../../lib/extract/classify/page';
import { extractPage } from '../../../../lib/extract/index';
import { statedIndustry } from '../../../../lib/extract/text/industry-row';
import type { PageSample } from '../../../../lib/signals/sample';

// Synthetic snippets only: official activity codes, labelled industry rows, LinkedIn's localised industry names,
// the older OpenGraph types, and a job posting's stated industry.

describe('groupOfCode', () => {
  it.each([
    ['isic', '6201', 'software'],
    ['isic', 'J6202', 'it-services'],
    ['isic', '62.09', 'it-services'],
    ['isic', '5820', 'software'],
    ['isic', '5811', 'media-publishing'],
    ['isic', '2812', 'manufacturing'],
    ['isic', '2100', 'healthcare'],
    ['isic', '4711', 'retail-consumer'],
    ['isic', 'M6910', 'professional-services'],
    ['isic', '8542', 'education'],
    ['naics', '541511', 'software'],
    ['naics', '541512', 'it-services'],
    ['naics', '54181', 'marketing-advertising'],
    ['naics', '311811', 'retail-consumer'],
    ['naics', '484121', 'transportation-logistics'],
    ['naics', 622110, 'healthcare'],
  ] as const)('%s %s is %s', (system, code, group) => expect(groupOfCode(system, code)).toBe(group));

  it.each([
    ['isic', '0111'],
    ['isic', 'software'],
    ['naics', '1111'],
    ['naics', '54-15'],
    ['naics', undefined],
  ] as const)('%s %s has no group', (system, code) => expect(groupOfCode(system, code)).toBeUndefined());
});

describe('statedIndustry', () => {
  it.each([
    ['Acme GmbH\nBranche: Maschinenbau\nMitarbeiter: 120', 'Maschinenbau'],
    ['Profil\nIndustry\nSoftware Development\nCompany size\n51-200', 'Software Development'],
    [
      "Secteur d'activité : Conseil en systèmes et logiciels informatiques",
      'Conseil en systèmes et logiciels informatiques',
    ],
    ['Settore: Servizi finanziari', 'Servizi finanziari'],
    [
      'Bedrijfstak: Transport, logistiek, toeleveringsketen en opslag',
      'Transport, logistiek, toeleveringsketen en opslag',
    ],
    ['Setor: Construção', 'Construção'],
  ])('%s', (text, value) => expect(statedIndustry(text)).toBe(value));

  it.each([
    // A menu of markets served, a row naming no group, a list of several companies' rows.
    ['Industries\nHealthcare\nFinance\nRetail'],
    ['Industry: Solutions for everyone'],
    ['Branche: Maschinenbau\nBranche: Einzelhandel'],
    ['Our industry is software'],
  ])('%s: none', (text) => expect(statedIndustry(text)).toBeUndefined());
});

describe('localised LinkedIn industry names', () => {
  it.each([
    ['Softwareentwicklung', 'software'],
    ['Sviluppo di software', 'software'],
    ['Softwareontwikkeling', 'software'],
    ['Serviços e consultoria de TI', 'it-services'],
    ['Servizi finanziari', 'financial-services'],
    ['Financiële dienstverlening', 'financial-services'],
    ['Ziekenhuizen en gezondheidszorg', 'healthcare'],
    ['Trasporti, logistica, catena di approvvigionamento e stoccaggio', 'transportation-logistics'],
    ['Studio legale', 'professional-services'],
    ['Commercio al dettaglio', 'retail-consumer'],
    ['Vastgoed', 'real-estate-construction'],
    ['Hotelaria', 'hospitality-travel'],
  ])('%s is %s', (name, group) => expect(industryGroup(name)?.group).toBe(group));
});

function sampleOf(html: string, url = 'https://www.acme.example/'): PageSample {
  const window = new Window({ url });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const sample = extractPage(doc, url, 1)?.sample;
  if (!sample) throw new Error('no sample');
  return sample;
}

describe('older OpenGraph types', () => {
  it.each([
    ['hotel', 'hospitality-travel'],
    ['non_profit', 'government-nonprofit'],
    ['university', 'education'],
    ['band', 'media-publishing'],
  ])('og:type %s is %s', (type, group) => {
    const sample = sampleOf(
      `<html><head><title>Acme</title><meta property="og:type" content="${type}"></head><body><p>Welcome to Acme.</p></body></html>`,
    );
    expect(pageIndustry(sample)?.group).toBe(group);
  });

  it('says nothing for company or website', () => {
    const sample = sampleOf(
      '<html><head><title>Acme</title><meta property="og:type" content="company"></head><body><p>Welcome.</p></body></html>',
    );
    expect(pageIndustry(sample)).toBeUndefined();
  });
});

describe('structured industry on the page', () => {
  const jsonld = (data: unknown) =>
    `<html><head><title>Acme</title><script type="application/ld+json">${JSON.stringify(data)}</script></head><body><p>Hello.</p></body></html>`;

  const extracted = (html: string, url: string) => {
    const doc = new new Window({ url }).DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return extractPage(doc, url, 1)?.company;
  };

  it('reads an Organization isicV4 or naics code as the group', () => {
    const url = 'https://www.acme.example/';
    const isic = { '@context': 'https://schema.org', '@type': 'Organization', name: 'Acme', url, isicV4: '6201' };
    expect(extracted(jsonld(isic), url)?.industryGroup?.value).toBe('software');
    const naics = { '@context': 'https://schema.org', '@type': 'Organization', name: 'Acme', url, naics: '484121' };
    expect(extracted(jsonld(naics), url)?.industryGroup?.value).toBe('transportation-logistics');
  });

  it("reads a job posting's industry for its one employer", () => {
    const html = jsonld({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Buchhalter (m/w/d)',
      industry: 'Maschinenbau',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Beispiel Werke GmbH',
        sameAs: 'https://www.beispiel-werke.example/',
      },
    });
    const url = 'https://jobs.ats.example/beispiel/123';
    const doc = new new Window({ url }).DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    expect(extractPage(doc, url, 1)?.company?.industry?.value).toBe('Maschinenbau');
  });
});
