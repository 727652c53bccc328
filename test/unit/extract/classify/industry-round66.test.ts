import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { pageIndustry } from '../../../../lib/extract/classify/page';
import { sampleOf } from '../read-page';

// Synthetic text only: the held-out pages are the measurement, never copied here.
const page = (html: string) => sampleOf(html, 'https://example.test/', 1);
const groupOf = (html: string) => pageIndustry(page(html))?.group;

describe('French marketing agencies', () => {
  it('read an agency that serves industrial clients as marketing', () => {
    expect(
      groupOf(
        `<head><title>Nous connaître | Hélice – agence de marketing à Lyon</title>
        <meta name="description" content="Hélice est une agence de marketing qui accompagne industriels et
        PME dans leur stratégie de marque et leur génération de leads."></head>
        <body><h1>Une équipe de vingt personnes à Lyon</h1><p>Nous travaillons pour des PME de la région depuis
        douze ans, de la stratégie de marque aux salons professionnels.</p></body>`,
      ),
    ).toBe('marketing-advertising');
  });
});

describe('Per-user prices', () => {
  it('read a Swedish price list per user and month as software', () => {
    expect(
      groupOf(
        `<head><title>Priser – Verktyg Nord</title>
        <meta name="description" content="Från 199 kr per användare och månad. 14 dagars gratis provperiod."></head>
        <body><h1>Priser</h1><p>Start 199 kr per användare/mån. Pro 349 kr per användare/mån. Ingen bindningstid.</p>
        <p>Frågor? Ring oss på vardagar.</p></body>`,
      ),
    ).toBe('software');
  });

  it('read an English price per seat as software', () => {
    expect(
      groupOf(
        `<head><title>Pricing – Ledgerly</title>
        <meta name="description" content="Plans from $12 per user per month, billed yearly."></head>
        <body><h1>Simple pricing</h1><p>Team: $12 per user per month. Business: $20 per seat a month.</p></body>`,
      ),
    ).toBe('software');
  });
});

describe('Polish machine builders', () => {
  it('read a palletizer maker as manufacturing', () => {
    expect(
      groupOf(
        `<head><title>Paletyzator kolumnowy PX-40 | Mostar Maszyny</title>
        <meta name="description" content="Paletyzator kolumnowy PX-40 do worków i kartonów. Serwis w całym kraju."></head>
        <body><h1>Paletyzator kolumnowy PX-40</h1><p>Od 1998 roku budujemy maszyny pakujące w Opolu: paletyzatory,
        owijarki i systemy sterowania. Oprogramowanie sterowników piszą nasi programiści.</p></body>`,
      ),
    ).toBe('manufacturing');
  });

  it('leave a warehouse that runs palletizers a warehouse', () => {
    expect(
      groupOf(
        `<head><title>Magazyn i logistyka kontraktowa | Trans-Wisła</title>
        <meta name="description" content="Magazynowanie, kompletacja zamówień i transport z magazynu w Toruniu."></head>
        <body><h1>Logistyka kontraktowa</h1><p>Nasz magazyn ma 20 000 miejsc paletowych, a towar przed wysyłką
        zabezpiecza paletyzator. Spedycja i transport krajowy własną flotą.</p></body>`,
      ),
    ).toBe('transportation-logistics');
  });
});

describe('Swiss IT service providers', () => {
  it('read an IT partner with a service desk as IT services', () => {
    expect(
      groupOf(
        `<head><title>Kontakt | Aareplan Informatik AG</title>
        <meta name="description" content="Service Desk werktags von 7 bis 18 Uhr. Wir sind in Solothurn und Biel."></head>
        <body><h1>Kontakt</h1><h2>Service Desk</h2><p>Telefon 032 000 00 00</p>
        <p>© 2025 Aareplan Informatik AG – Ihr IT-Partner im Seeland</p></body>`,
      ),
    ).toBe('it-services');
  });

  it('leave a hotel with a service desk a hotel', () => {
    expect(
      groupOf(
        `<head><title>Hotel Seeblick Spiez – Zimmer und Restaurant</title></head>
        <body><h1>Willkommen im Hotel Seeblick</h1><p>Unsere Zimmer blicken auf den See. Der Service Desk an der
        Rezeption hilft bei Ausflügen, das Restaurant serviert regionale Küche, und Gäste buchen direkt bei uns.</p></body>`,
      ),
    ).toBe('hospitality-travel');
  });
});

describe('Surveying firms', () => {
  it('read an engineering and surveying firm as professional services', () => {
    expect(
      groupOf(
        `<head><title>Offices — Mesa Verde Engineering & Surveying</title></head>
        <body><h1>Our offices</h1><p>Our 60 engineers and land surveyors work from three offices. Boundary surveying,
        civil design and construction staking since 1985.</p></body>`,
      ),
    ).toBe('professional-services');
  });
});

describe('Software makers on a leader bio page', () => {
  it('read a leader at a SaaS company by its retention and demo as software', () => {
    expect(
      groupOf(
        `<head><title>Priya Ortega, VP Customer Success | Gridwise</title>
        <meta name="description" content="Priya leads customer success and onboarding for field teams using the Gridwise
        platform. Request a demo."></head>
        <body><h1>Priya Ortega</h1><p>Priya runs implementation, training and customer success. Under her net revenue
        retention passed 120%. She earlier worked as a production planner at a paper mill and studied engineering.</p>
        </body>`,
      ),
    ).toBe('software');
  });

  it('leave a machine maker that offers a demo a manufacturer', () => {
    expect(
      groupOf(
        `<head><title>About us – Varga Lathes</title></head>
        <body><h1>Lathes built in Győr</h1><p>Varga is a manufacturer of CNC lathes and machining centres. Our
        factory runs two assembly lines, and our machinery is welded and tested in house. Book a demo at our
        plant or request a demo at the next trade fair.</p></body>`,
      ),
    ).toBe('manufacturing');
  });
});

describe('Facility services', () => {
  it('read a commercial cleaning and facility services firm as professional services', () => {
    expect(
      groupOf(
        `<head><title>Riverbend Facility Services | Commercial Cleaning & Grounds Maintenance</title>
        <meta name="description" content="Office cleaning and grounds maintenance for offices and warehouses."></head>
        <body><h1>Clean, safe buildings</h1><p>Commercial cleaning, window cleaning and grounds maintenance by 300
        staff, for building owners and contractors across the region.</p></body>`,
      ),
    ).toBe('professional-services');
  });

  it('read a facility services description as professional services', () => {
    expect(
      industryGroup(
        'Northgate Facility Services provides commercial cleaning and grounds care for schools, councils and ' +
          'hospitals in the north of the state.',
        true,
      )?.group,
    ).toBe('professional-services');
  });

  it('leave a maker of cleaning machines a manufacturer', () => {
    expect(
      groupOf(
        `<head><title>Scheuer Reinigungstechnik – Hersteller von Scheuersaugmaschinen</title></head>
        <body><h1>Hersteller seit 1962</h1><p>Wir entwickeln und fertigen Scheuersaugmaschinen und Kehrmaschinen
        in unserem Werk in Ulm. Unsere Kunden sind Betriebe der Gebäudereinigung und die Industrie.</p></body>`,
      ),
    ).toBe('manufacturing');
  });
});
