import { describe, expect, it } from 'vitest';
import { signalsOf } from './read-page';

// Issue 14: a job posting's employer card names the seat's town ("86316 Friedberg"), its company text the state
// ("mit Sitz in Friedberg (Bayern)"). The card's seat keeps the text's region. Invented employer and board.
const NOW = Date.UTC(2026, 11, 8);

const page = (seatSentence: string, seat = 'Münchner Straße 12, 86316 Friedberg') => `<html lang="de"><head>
  <title>Produktionsmitarbeiter (m/w/d) – Lechtal Feinbäckerei GmbH</title>
  <script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Produktionsmitarbeiter (m/w/d)',
    hiringOrganization: { '@type': 'Organization', name: 'Lechtal Feinbäckerei GmbH' },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Augsburg' } },
  })}</script></head>
  <body><main><h1>Produktionsmitarbeiter (m/w/d)</h1><div>Lechtal Feinbäckerei GmbH</div><p>Augsburg</p>
  <h2>Über uns</h2><p>Die Lechtal Feinbäckerei GmbH ist ein Familienunternehmen ${seatSentence}. Wir backen Brot und
  Brezen für 30 Filialen im Großraum München.</p>
  <h2>Unternehmen</h2>
  <div>Branche</div><div>Lebensmittelherstellung</div>
  <div>Unternehmensgröße</div><div>51-200</div>
  <div>Gegründet</div><div>1961</div>
  <div>Hauptsitz</div><div>${seat}</div></main>
  <footer>© 2026 Stellenwerk Süd · Impressum · Datenschutz</footer></body></html>`;

const hq = (html: string) => signalsOf(html, 'https://www.stellenwerk-sued.example/job/48213', NOW)?.company?.hq?.value;

describe("a posting's employer card and the region its text states", () => {
  it('fills the region the company text gives the same town', () => {
    expect(hq(page('mit Sitz in Friedberg (Bayern)'))).toMatchObject({
      city: 'Friedberg',
      region: 'Bayern',
      country: 'DE',
    });
  });

  it("leaves the region out where the text places another town, or the region is another country's", () => {
    expect(hq(page('mit Sitz in Aichach (Bayern)'))?.region).toBeUndefined();
    const inGermany = hq(page('mit Sitz in Friedberg (Tirol)', 'Münchner Straße 12, 86316 Friedberg, Deutschland'));
    expect(inGermany).toMatchObject({ city: 'Friedberg', country: 'DE' });
    expect(inGermany?.region).toBeUndefined();
  });
});
