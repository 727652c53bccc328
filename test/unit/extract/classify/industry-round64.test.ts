import { describe, expect, it } from 'vitest';
import { ownPart } from '../../../../lib/extract/classify/own-part';
import { pageIndustry } from '../../../../lib/extract/classify/page';
import { sampleOf } from '../read-page';

// Synthetic text only: the held-out pages are the measurement, never copied here.
const NEWS = 'https://www.valleyledger.example/stories/brick-kiln-sold/';

function story(site: string, body: string): string {
  return `<head><title>Fenwick Kilns sold to a Dutch ceramics group</title>
    <meta property="og:type" content="article"><meta property="og:site_name" content="${site}">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
    "headline":"Fenwick Kilns sold to a Dutch ceramics group"}</script></head>
    <body><h1>Fenwick Kilns sold to a Dutch ceramics group</h1>
    <p>Fenwick Kilns, the brick manufacturing plant with its own production lines and a factory of 80 staff, makes
    industrial refractory components and has been bought by a Dutch maker of ceramics machinery.</p>${body}</body>`;
}

describe("a news site's masthead", () => {
  it('makes the publisher media, whatever its story is about', () => {
    const imprint = sampleOf(
      story(
        'Valley Ledger',
        '<footer><p>Valley Ledger © 2026. Published by Orrin Street Press Ltd, Hexham.</p></footer>',
      ),
      NEWS,
      1,
    );
    expect(pageIndustry(imprint)?.group).toBe('media-publishing');
  });

  it('reads an editor of the site itself as a publication', () => {
    const byline = sampleOf(
      story(
        'Valley Ledger',
        '<aside><p>Tamsin Roe is industry editor of Valley Ledger. She lives in Hexham.</p></aside>',
      ),
      NEWS,
      1,
    );
    expect(pageIndustry(byline)?.group).toBe('media-publishing');
  });

  it("does not take a blog post's byline or a quoted editor of another title for a masthead", () => {
    const byline = sampleOf(
      story(
        'Fenwick Kilns',
        '<p>Published by Marketing Team on 3 May.</p><p>Ada Lunn, editor of Clay Monthly, said.</p>',
      ),
      'https://www.fenwickkilns.example/blog/sold/',
      1,
    );
    expect(pageIndustry(byline)?.group).not.toBe('media-publishing');
  });
});

describe("a release's own boilerplate", () => {
  it('reads a French maker by its verb and its stainless steel', () => {
    const url = 'https://www.corvexa.example/fr/actualites/nomination/';
    const release = sampleOf(
      `<head><title>Corvexa nomme un directeur des ventes | Corvexa</title><meta property="og:type" content="article">
      <meta property="og:site_name" content="Corvexa"></head><body><h1>Corvexa nomme un directeur des ventes</h1>
      <p>Corvexa annonce l'arrivée de Luc Perrin à la direction des ventes.</p><h2>À propos de Corvexa</h2>
      <p>Basée à Wavre, Corvexa conçoit et fabrique des mélangeurs et des trémies en inox pour les laiteries.</p>
      <p>Contact presse : presse@corvexa.example</p></body>`,
      url,
      1,
    );
    const own = ownPart(release, url);
    expect(own?.sample.about).toMatch(/fabrique/);
    expect(own && pageIndustry(own.sample)?.group).toBe('manufacturing');
  });

  it('finds a Swedish release\'s "Om <issuer>" section, and no other company\'s', () => {
    const url = 'https://www.tallmora.example/nyheter/ny-vd/';
    const release = (about: string) =>
      sampleOf(
        `<head><title>Ny vd utsedd - Tallmora Gjuteri AB</title><meta property="og:type" content="article">
        <meta property="og:site_name" content="Tallmora Gjuteri AB"><script type="application/ld+json">
        {"@context":"https://schema.org","@type":"Article","headline":"Ny vd utsedd"}</script></head>
        <body><p>Pressmeddelande</p>
        <h1>Ny vd utsedd</h1><p>Styrelsen har utsett en ny verkställande direktör som tillträder i maj.</p>
        <h2>${about}</h2><p>Företaget är ett gjuteri som tillverkar komponenter i gjutjärn för maskinindustrin.</p></body>`,
        url,
        1,
      );
    expect(ownPart(release('Om Tallmora Gjuteri'), url)?.sample.about).toMatch(/tillverkar/);
    expect(ownPart(release('Om Nordvind Kapital'), url)).toBeUndefined();
  });
});
