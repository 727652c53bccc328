import { describe, expect, it } from 'vitest';
import { signalsOf } from './read-page';

// Issue 14, a thirty-third and thirty-fourth set written blind: LinkedIn pages of fourteen years and locales, and news
// and media pages around the world. Invented publishers, companies, people and places.
const NOW = Date.UTC(2026, 8, 1);
const techs = (html: string, url: string) =>
  (signalsOf(html, url, NOW)?.company?.technologies?.value ?? []).map((t) => t.name);

describe("a newsroom's technologies", () => {
  it("reads an AMP article by the AMP runtime's host", () => {
    const html = `<html ⚡ lang="en"><head><title>Port operator lists on the exchange - The Harbour Ledger</title>
      <script async src="https://cdn.ampproject.org/v0.js"></script></head>
      <body><article><h1>Port operator lists on the exchange</h1><p>Shares opened higher.</p></article></body></html>`;
    expect(techs(html, 'https://harbourledger.example.com/amp/markets/port-operator-lists')).toContain('AMP');
  });

  it('reads SPIP and Silverstripe from the generator tag', () => {
    const page = (generator: string) =>
      `<html><head><title>Accueil - La Gazette du Bocage</title><meta name="generator" content="${generator}"></head>
      <body><p>Les nouvelles du Bocage.</p></body></html>`;
    expect(techs(page('SPIP 4.2.8 [24571]'), 'https://gazette-bocage.example.fr/')).toContain('SPIP');
    expect(techs(page('Silverstripe CMS 5.2'), 'https://gazette-bocage.example.fr/')).toContain('Silverstripe');
    expect(techs(page('Spiphony 2'), 'https://gazette-bocage.example.fr/')).not.toContain('SPIP');
  });
});

describe("a story's publisher in JSON-LD", () => {
  const release = (org: string) => `<html><head><title>Maker opens a plant - Lantern Wire</title>
    <script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"Maker opens a plant",
    "author":{"@type":"Organization","name":"Kestrel Boards Ltd","foundingDate":"1999"},
    "publisher":{"@type":"Organization","name":"Lantern Wire","url":"https://www.lanternwire.example.com"}},
    ${org}]</script></head><body><article><h1>Maker opens a plant</h1><p>Kestrel Boards opened a plant.</p></article></body></html>`;
  const url = 'https://www.lanternwire.example.com/release/2026/08/maker-opens-a-plant';

  it('reads the full description of the same publisher beside the article', () => {
    const page = signalsOf(
      release(`{"@context":"https://schema.org","@type":"Organization","name":"Lantern Wire","url":"https://www.lanternwire.example.com",
      "foundingDate":"2010","address":{"@type":"PostalAddress","addressLocality":"Hong Kong","addressCountry":"HK"}}`),
      url,
      NOW,
    );
    expect(page?.company?.founded?.value).toBe(2010);
    expect(page?.company?.hq?.value.city).toBe('Hong Kong');
  });

  it("never takes another organization's description for the publisher's", () => {
    const page = signalsOf(
      release(`{"@context":"https://schema.org","@type":"Organization","name":"Lantern Wire Asia","url":"https://www.lanternwire.example.com",
      "foundingDate":"2015"}`),
      url,
      NOW,
    );
    expect(page?.company?.name?.value).toBe('Lantern Wire');
    expect(page?.company?.founded?.value).not.toBe(2015);
    expect(page?.company?.founded?.value).not.toBe(1999);
  });
});
