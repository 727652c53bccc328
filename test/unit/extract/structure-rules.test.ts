import { describe, expect, it } from 'vitest';
import {
  listedCompany,
  listedOpenings,
  listingText,
  profileFacts,
  withoutFactRows,
} from '../../../lib/extract/listing';
import { toAddress } from '../../../lib/extract/organization';
import { regionCode } from '../../../lib/extract/region-codes';
import { parseLocation } from '../../../lib/extract/sites/location';
import { findAddresses } from '../../../lib/extract/text/address';
import { withoutCredits } from '../../../lib/extract/text/credits';
import { deriveTextFacts } from '../../../lib/extract/text/derive';
import { foundedYear } from '../../../lib/extract/text/founded';
import { headcount } from '../../../lib/extract/text/headcount';
import { readImprint, seatPhrase } from '../../../lib/extract/text/imprint';

// Issue 14: rules by structure for the kinds of failure seen on pages nobody tuned for. Invented places and companies.

describe('a state or province code after a city is the region', () => {
  it.each([
    ['Austin, TX', { city: 'Austin', region: 'TX', country: 'US' }],
    ['Toronto, ON', { city: 'Toronto', region: 'ON', country: 'CA' }],
    ['Boston, MA', { city: 'Boston', region: 'MA', country: 'US' }],
    // Also country codes (Puerto Rico, Saudi Arabia): the region, and no country rather than a wrong one.
    ['Curitiba, PR', { city: 'Curitiba', region: 'PR' }],
    ['Adelaide, SA', { city: 'Adelaide', region: 'SA' }],
    ['Campinas, SP', { city: 'Campinas', region: 'SP', country: 'BR' }],
    ['Newcastle, NSW', { city: 'Newcastle', region: 'NSW', country: 'AU' }],
    // Swiss cantons: codes no country has, and codes another country has after a city that names Switzerland.
    ['Lausanne, VD', { city: 'Lausanne', region: 'VD', country: 'CH' }],
    ['Genève, GE', { city: 'Genève', region: 'GE', country: 'CH' }],
    ['Bern, BE', { city: 'Bern', region: 'BE', country: 'CH' }],
    // A nation of the United Kingdom as the last part: the country, and the region.
    ['Dundee, Scotland', { city: 'Dundee', region: 'Scotland', country: 'GB' }],
    ['Leeds, England', { city: 'Leeds', region: 'England', country: 'GB' }],
    ['Leeds, United Kingdom', { city: 'Leeds', country: 'GB' }],
  ])('%s', (text, address) => expect(parseLocation(text)).toEqual(address));

  it('keeps a country code that is no region code a country', () => {
    expect(parseLocation('Lyon, FR')).toEqual({ city: 'Lyon', country: 'FR' });
    expect(regionCode('FR')).toBeUndefined();
    expect(regionCode('Texas')).toBeUndefined();
  });

  it("reads the address under the company's own legal name wherever the page prints it", () => {
    const text = `Werbeagentur HAFENLICHT GmbH\nAm Delft 24, 26721 Emden\n+49 4921 000000\n${'Wir gestalten Marken. '.repeat(200)}`;
    expect(readImprint(text, 'de', false, { brands: ['hafenlicht'] }).hq).toMatchObject({
      city: 'Emden',
      country: 'DE',
    });
    // Another company's name and address is not the site's.
    const other = `Kunde: Nordlicht Werke GmbH\nAm Delft 24, 26721 Emden\n${'Wir gestalten Marken. '.repeat(200)}`;
    expect(readImprint(other, 'de', false, { brands: ['hafenlicht'] }).hq?.city).toBeUndefined();
  });

  it('reads a seat in a company\'s own sentence: "with its seat in", "we\'re ... based in"', () => {
    expect(
      readImprint('Somos una empresa constructora con sede en Monterrey, Nuevo León.', 'es', false).hq,
    ).toMatchObject({
      city: 'Monterrey',
    });
    expect(
      readImprint("We're a managed service provider based in Dublin, looking after laptops.", 'en', false).hq,
    ).toMatchObject({
      city: 'Dublin',
    });
    // Someone else's base is not the company's.
    expect(readImprint('Our customers are based in Dublin and Cork.', 'en', false).hq?.city).toBeUndefined();
  });

  it("does not take a parent group's seat for the company's", () => {
    const text =
      'We employ 1 100 people at our plants.\nWe are part of the Kessler Automotive Group, headquartered in Stuttgart, Germany.';
    expect(readImprint(text, 'en', false).hq?.city).toBeUndefined();
    const own = 'We are part of the Kessler Automotive Group. Our company is headquartered in Gqeberha, South Africa.';
    expect(readImprint(own, 'en', false).hq).toMatchObject({ city: 'Gqeberha', country: 'ZA' });
  });

  it('reads the headquarters shared with another site, and the city that owns a district', () => {
    const text =
      'We have grown to 180 people, with our headquarters and production line in Pittsburgh’s Strip District.';
    expect(readImprint(text, 'en', false).hq?.city).toBe('Pittsburgh');
  });

  it('reads the code after a seat phrase or on a city line as the region', () => {
    expect(readImprint('We are headquartered in Denver, CO and ship to 40 states.', 'en', false).hq).toEqual({
      city: 'Denver',
      region: 'CO',
      country: 'US',
    });
    expect(readImprint('Contact\nHalifax, NS\nhello@example.org', 'en', false).hq).toEqual({
      city: 'Halifax',
      region: 'NS',
      country: 'CA',
    });
  });

  it('never reads a one-line JSON-LD address ending in a state code as a country', () => {
    expect(toAddress('12 Harbor Road, Portland, ME')).toEqual({ country: 'US' });
    expect(toAddress('Rua XV 10, Curitiba, PR')).toBeUndefined();
  });
});

describe('headcount phrasings', () => {
  it.each([
    ['Une équipe de 35 personnes, un seul numéro.', { min: 35, max: 35 }],
    ['Our crew of 32 sells, rents and fixes the gear.', { min: 32, max: 32 }],
    ['A company headquartered in Pune with 260 people across Pune and Goa.', { min: 260, max: 260 }],
    ['Today 18 people work at our mill and bottling plant.', { min: 18, max: 18 }],
    ['38 people across both offices.', { min: 38, max: 38 }],
    ['Zatrudniamy 85 osób, a nasz system obsługuje 1 900 obiektów.', { min: 85, max: 85 }],
    ['14,800\nvehicles monitored\n38\npeople building Lumeo', { min: 38, max: 38 }],
    // A block of figures with their captions under them, and a list of labels with their values under them.
    ['145\nvrachtwagens\n210\nmedewerkers\n3\nvestigingen', { min: 210, max: 210 }],
    ['Fakten\nGegründet\n2019\nMitarbeiter\n45\nStandorte\n3', { min: 45, max: 45 }],
    ['Fakta\nZaloženo\n2005\nZaměstnanci\n160 (Brno 112, Ostrava 48)', { min: 160, max: 160 }],
    [
      'In Graz sind wir auf 32 Köpfe gewachsen. Dazu kommen 9 Kolleginnen und Kollegen bei unserer Tochter in Maribor.',
      { min: 32, max: 32 },
    ],
    ['設立\n昭和55年（1980年）10月\n従業員数\n128名（2025年4月現在）', { min: 128, max: 128 }],
    // A register's yearly row: the latest year's figure.
    ['Financial information\n2022\t2023\t2024\nEmployees\t38\t52\t61', { min: 61, max: 61 }],
    ['Nous sommes une équipe de sept personnes.', { min: 7, max: 7 }],
    ['Notre équipe compte 22 personnes : dentistes et hygiénistes.', { min: 22, max: 22 }],
    ['Siamo in dodici tra grafici e sviluppatori.', { min: 12, max: 12 }],
    ['Zatrudniamy ponad 250 pracowników.', { min: 250 }],
    ['Wir sind inzwischen 17 Leute.', { min: 17, max: 17 }],
    ['Unsere rund 180 Mitarbeiterinnen und Mitarbeiter', { min: 180, max: 180 }],
    ['Hier arbeiten 14 hauptamtliche Mitarbeiter und rund 90 Ehrenamtliche.', { min: 14, max: 14 }],
    ['I dag har vi 45 medarbetare.', { min: 45, max: 45 }],
    ['Vi er omkring 60 medarbejdere.', { min: 60, max: 60 }],
    ['Since then we have grown to 180 people.', { min: 180, max: 180 }],
    ['We are now a studio of fourteen architects.', { min: 14, max: 14 }],
    ['Une équipe de dix-sept personnes.', { min: 17, max: 17 }],
    // A fact row states the company's own figure, ahead of a group's in the prose.
    ['Number of employees\t412 (as of March 31, 2025)\nConsolidated group: 1,130 employees.', { min: 412, max: 412 }],
    ['Mitarbeiter: 180\nStandorte: 3', { min: 180, max: 180 }],
    ['Founded\t2021\nHeadquarters\tTartu, Estonia\nTeam size\t11-50\nFunding stage\tPre-seed', { min: 11, max: 50 }],
    [
      'Founded in Singapore in 2012, Stratolink today employs 320 certified engineers and consultants.',
      { min: 320, max: 320 },
    ],
    // The team a role leads is the role's; the company says what it employs.
    ['You will lead a team of 25 operatives. Founded in 2012, we now employ 430 people.', { min: 430, max: 430 }],
  ])('%s', (text, range) => expect(headcount(text)?.range).toEqual(range));

  it.each([
    'Plus de 2 000 clients nous font confiance.',
    'Siamo in 3.000 clienti soddisfatti.',
    'Siamo in 20 paesi del mondo.',
    'Over 5,000 customers and 120 partners.',
    'More than 40,000 people use our app every day.',
    'Join a team of 40 engineers building payments.',
    // A menu item named so, and a year on the next line, is no fact row.
    'Employees\n2024 annual report',
  ])('no headcount in "%s"', (text) => expect(headcount(text)).toBeUndefined());
});

describe('founding years told in more ways', () => {
  it.each([
    ['Our Story\nTussock & Thread started at a kitchen table in Queenstown in 2016, when Hana sewed.', 2016],
    ['Fjordsyn Akva ble startet i Ålesund i 2016 av tre ingeniører.', 2016],
    ['Someș Software a fost înființată în 2008 la Cluj-Napoca.', 2008],
    ['900 fartyg använder våra system.\n2011grundat i Göteborg\n45medarbetare', 2011],
    ['See open roles\n2019\nFounded in Manchester\n9,000+\nBusinesses on Fernpay', 2019],
  ])('%s', (text, year) => expect(foundedYear(text, Date.UTC(2026, 0, 1))?.year).toBe(year));
});

describe('"since" before a person taking the lead is no founding year', () => {
  it.each([
    'Sinds 2021 leidt kleindochter Lotte het bedrijf als CEO.',
    'Since 2019 led by Maria Costa, the studio has grown.',
    'Seit 2020 führt Anna Berger das Unternehmen.',
  ])('%s', (text) => expect(foundedYear(text, Date.UTC(2026, 0, 1))).toBeUndefined());
});

describe('"since" after a certificate, label, award or membership is no founding year', () => {
  const NOW = Date.UTC(2025, 0, 15);
  it.each([
    'ISO 9001 certified since 2012.',
    'Certificación ISO 9001 desde 2016.',
    'Zertifiziert nach ISO 14001 seit 2015.',
    'Lauréats du prix régional depuis 2019.',
    'Mitglied der Innung seit 2001.',
    'Gecertificeerd sinds 2018.',
  ])('%s', (text) => expect(foundedYear(text, NOW)).toBeUndefined());

  it.each([
    ['Zakłady Metalowe Wiślak powstały w 1991 roku jako rodzinny warsztat.', 1991],
    ['Firma została założona w 2003 roku.', 2003],
    ['Bolaget bildades 1994 när tre kraftbolag gick samman.', 1994],
    ['Virksomheden blev grundlagt i 1987 af to brødre.', 1987],
    ['Vindel Living startede i 2015, da to snedkere købte et værksted.', 2015],
  ])('founding phrasing: %s', (text, year) => expect(foundedYear(text, NOW)?.year).toBe(year));

  it('still reads the company\'s own "since" after one', () => {
    expect(foundedYear('ISO 9001 seit 2015. Meisterbetrieb seit 1962.', NOW)?.year).toBe(1962);
    expect(foundedYear('Zimmerei seit 1952', NOW)?.year).toBe(1952);
  });
});

describe("a trade directory's company page", () => {
  const hrefs = ['/', 'https://www.kranwerk-elbtal.example/'];
  const url = 'https://www.firmenregister.example/firma/kranwerk-elbtal/48213';

  it('names the listed company and its linked website', () => {
    expect(listedCompany('Kranwerk Elbtal GmbH\nFirmendaten', url, ['firmenregister'], hrefs)).toEqual({
      name: 'Kranwerk Elbtal GmbH',
      domain: 'kranwerk-elbtal.example',
      legal: true,
    });
  });

  it("is not one without a legal-form heading, a linked website, or on the site's own pages", () => {
    expect(listedCompany('Krane und Hebezeuge', url, ['firmenregister'], hrefs)).toBeUndefined();
    expect(listedCompany('Kranwerk Elbtal GmbH', url, ['firmenregister'], ['/'])).toBeUndefined();
    expect(
      listedCompany(
        'Kranwerk Elbtal GmbH',
        'https://www.kranwerk-elbtal.example/ueber-uns',
        ['kranwerk-elbtal'],
        hrefs,
      ),
    ).toBeUndefined();
    expect(listedCompany('Firmenregister GmbH', url, ['firmenregister'], hrefs)).toBeUndefined();
  });

  it("reads the text from the listed name on, not the directory's footer", () => {
    const text = `Cookies\nKranwerk Elbtal GmbH\nZschoner Ring 12\n${'x'.repeat(4000)}\n© Firmenregister GmbH`;
    expect(listingText(text, 'Kranwerk Elbtal GmbH').startsWith('Kranwerk Elbtal GmbH')).toBe(true);
    expect(listingText(text, 'Kranwerk Elbtal GmbH')).not.toContain('Firmenregister');
  });
});

describe('postcodes after the city and other national address formats', () => {
  const first = (text: string) => findAddresses(text)[0]?.address;
  it.each([
    ['Pune, Maharashtra 411006, India', { city: 'Pune', region: 'Maharashtra', postalCode: '411006', country: 'IN' }],
    ['Kochi, Kerala 682 016', { city: 'Kochi', region: 'Kerala', postalCode: '682 016', country: 'IN' }],
    ['Rajkot - 360005, Gujarat', { city: 'Rajkot', postalCode: '360005', country: 'IN' }],
    [
      'Ponta Grossa – PR – CEP 84010-300',
      { city: 'Ponta Grossa', region: 'PR', postalCode: '84010-300', country: 'BR' },
    ],
    ['Curitiba, PR 80215-182, BR', { city: 'Curitiba', region: 'PR', postalCode: '80215-182', country: 'BR' }],
    ['Hobart TAS 7000', { city: 'Hobart', region: 'TAS', postalCode: '7000', country: 'AU' }],
    ['Sherbrooke (Québec) J1J 2E8', { city: 'Sherbrooke', region: 'Québec', postalCode: 'J1J 2E8', country: 'CA' }],
    [
      'S2600 Venado Tuerto, Santa Fe',
      { city: 'Venado Tuerto', region: 'Santa Fe', postalCode: 'S2600', country: 'AR' },
    ],
    ['44110 Guadalajara, Jal.', { city: 'Guadalajara', region: 'Jal.', postalCode: '44110', country: 'MX' }],
  ])('%s', (text, address) => expect(first(text)).toMatchObject(address));

  it('reads Polish, Nordic and Belgian street lines', () => {
    expect(first('ul. Leśna 27\n38-220 Jodłowa')).toMatchObject({
      street: 'ul. Leśna 27',
      city: 'Jodłowa',
      country: 'PL',
    });
    expect(findAddresses('Sommervej 14\n8000 Aarhus C', { lang: 'da', tldCountry: 'DK' })[0]?.address).toMatchObject({
      street: 'Sommervej 14',
      city: 'Aarhus',
      country: 'DK',
    });
    expect(findAddresses('Rue de Fer 41\n5000 Namur\nBelgique', { lang: 'fr' })[0]?.address).toMatchObject({
      street: 'Rue de Fer 41',
      city: 'Namur',
      country: 'BE',
    });
  });

  it("takes the line's last number as the house number, never the next line's floor", () => {
    expect(first('Av. Circunvalación 25 de Mayo 4850\nS2008 Rosario, Santa Fe')?.street).toBe(
      'Av. Circunvalación 25 de Mayo 4850',
    );
    expect(first('Calle Mayor 3, 2º\n28013 Madrid')?.street).toBe('Calle Mayor 3');
  });

  it('needs a state name beside a six-digit number to read it as an Indian PIN', () => {
    expect(first('Invoice 411006, Pune')).toBeUndefined();
    expect(first('Order 123456 shipped')).toBeUndefined();
  });
});

describe("several address blocks: the seat's wins", () => {
  it('passes over distributors, fairs, agencies and mail-only addresses', () => {
    const text = [
      'Nos livres sont distribués par Livrodis, 4 rue des Hangars, 45400 Fleury-les-Aubrais.',
      'Retrouvez-nous au Salon du livre de Colmar, 1 avenue de la Foire aux Vins, 68000 Colmar.',
      'Éditions de la Sarcelle',
      '3 montée du Gourguillon',
      '69005 Lyon',
    ].join('\n');
    expect(readImprint(text, 'fr', false).hq?.city).toBe('Lyon');
    const contact = [
      'Siège social',
      'Ondévia SAS',
      '18 boulevard Guist’hau',
      '44000 Nantes',
      'Correspondance',
      'TSA 71234',
      '49000 Angers',
    ].join('\n');
    expect(readImprint(contact, 'fr', true).hq?.city).toBe('Nantes');
  });

  it('reads no context in the street line itself', () => {
    const text = [
      'Kontakt',
      'Müller Logistik GmbH',
      'Lagerstraße 5',
      '20357 Hamburg',
      'Bürozeiten Mo–Fr 8–17 Uhr.',
      'Wohnwerk Ostfildern, Zeppelinstraße 8, 73760 Ostfildern',
    ].join('\n');
    expect(readImprint(text, 'de', true).hq?.city).toBe('Hamburg');
  });

  it('takes the block in the city a seat sentence names', () => {
    const text = [
      'We are headquartered in Hyderabad with a sales office in Dallas.',
      'Tanvika Analytics Pvt. Ltd.',
      'Hyderabad, Telangana 500081, India',
      'Tanvika Analytics Inc., 2400 Commerce Street, Suite 310',
      'Dallas, TX 75201',
    ].join('\n');
    expect(readImprint(text, 'en', false).hq).toMatchObject({ city: 'Hyderabad', country: 'IN' });
  });
});

describe('credit lines', () => {
  it.each([
    ['Webdesign: Alpenpixel Werbeagentur GmbH, Salzburg', 'Werbeagentur'],
    ['Konzept & Umsetzung: Studio Kreativ GmbH', 'Kreativ'],
    ['© 2025 Héron SARL – Site réalisé par Atelier Quadrat, Grenoble', 'Quadrat'],
    ['Sito realizzato da Studio Grafico Lanterna S.r.l.', 'Lanterna'],
    ['Projekt i wykonanie: Studio Kreska, Katowice.', 'Kreska'],
    ['Realisation: Webwerk AG', 'Webwerk'],
  ])('%s', (text, agency) => expect(withoutCredits(text)).not.toContain(agency));

  it('keeps prose that only mentions design', () => {
    expect(withoutCredits('Our design team builds kitchens.')).toBe('Our design team builds kitchens.');
  });
});

describe("a startup directory's profile without a legal form", () => {
  const url = 'https://www.launchlist.example/startups/tidewell-robotics';
  const hrefs = [
    '/',
    'https://tidewell.example/?ref=launchlist',
    '/jobs/tidewell-robotics-firmware-engineer',
    '/about',
  ];
  const facts =
    'Tidewell Robotics\nKey facts\nWebsite\ntidewell.example\nFounded\n2020\nLocation\nBilbao, Spain\nTeam size\n11-50';

  it('names the profile subject when a block of facts with a website heads it', () => {
    expect(listedCompany('Tidewell Robotics\nAbout', url, ['launchlist'], hrefs, facts)).toEqual({
      name: 'Tidewell Robotics',
      domain: 'tidewell.example',
      legal: false,
    });
  });

  it('reads fact labels in German, French and Spanish', () => {
    expect([...profileFacts('Webseite: x.example\nGegründet: 2019\nStandort: Graz\nMitarbeiter: 11-50')]).toHaveLength(
      4,
    );
    expect([...profileFacts('Site web\nx.example\nFondée\n2018\nSiège\nNantes')]).toHaveLength(3);
    expect([...profileFacts('Sitio web: x.example\nFundada: 2017\nEtapa: Semilla')]).toHaveLength(3);
  });

  it('is not one without the facts, without the website among them, or on the directory itself', () => {
    expect(
      listedCompany('Tidewell Robotics', url, ['launchlist'], hrefs, 'Tidewell Robotics\nWe build robots.'),
    ).toBeUndefined();
    expect(
      listedCompany('Tidewell Robotics', url, ['launchlist'], hrefs, 'Founded\n2020\nLocation\nBilbao\nStage\nSeed'),
    ).toBeUndefined();
    expect(listedCompany('Launchlist', url, ['launchlist'], hrefs, facts)).toBeUndefined();
    // A company's case study shows its customer's facts the same way: the page stays the company's.
    const story = 'https://www.quaylogic.example/customers/tidewell-robotics';
    expect(listedCompany('Tidewell Robotics', story, ['quaylogic'], hrefs, facts)).toBeUndefined();
  });

  it("cuts the text at the directory's own footer", () => {
    const text = 'Nav\nTidewell Robotics\nLocation\nBilbao, Spain\nLaunchlist S.L. · Calle Mayor 1, 28013 Madrid';
    expect(listingText(text, 'Tidewell Robotics', ['launchlist'])).not.toContain('Madrid');
  });

  it("counts the listed company's openings, not the directory's own jobs page", () => {
    expect(listedOpenings([...hrefs, '/jobs', '/work-at-launchlist'], url, 'Tidewell Robotics')).toEqual({
      careersUrl: 'https://www.launchlist.example/jobs/tidewell-robotics-firmware-engineer',
      openRoles: 1,
    });
    expect(listedOpenings(['/jobs', '/careers'], url, 'Tidewell Robotics')).toBeUndefined();
  });
});

describe("a profile's size band row", () => {
  it.each([
    ['Employees\n11-50', { min: 11, max: 50 }],
    ['Number of employees: 51–200', { min: 51, max: 200 }],
    ['Mitarbeiter: 10 - 49', { min: 10, max: 49 }],
  ])('%s', (text, range) => expect(headcount(text)?.range).toEqual(range));
});

describe('rows, lines and blocks as a browser renders them', () => {
  it("reads a fact table's rows, label and value a tab apart", () => {
    const rows =
      'Legal name\tKestrel OÜ\nFounded\t2021\nHeadquarters\tTartu, Estonia\nTeam size\t11-50\nWebsite\tkestrel.example';
    expect([...profileFacts(rows)].sort()).toEqual(['founded', 'location', 'size', 'website']);
    expect(readImprint(rows, 'en', false).hq).toEqual({ city: 'Tartu', country: 'EE' });
  });

  it("never takes a team card's role and market for a city", () => {
    const team = 'Our team\nMari Kask\nCo-founder & CEO\nJonas Petraitis\nAccount Executive, Lithuania\nContact us';
    expect(readImprint(team, 'en', false).hq?.city).toBeUndefined();
    expect(readImprint('Contact\nVilnius, Lithuania', 'en', false).hq).toEqual({ city: 'Vilnius', country: 'LT' });
  });

  it('reads a postcode and city closed by a country without a street word, never a year or a count', () => {
    expect(findAddresses('Kestrel OÜ · Telliskivi 60a/3, 10412 Tallinn, Estonia')[0]?.address).toEqual({
      postalCode: '10412',
      city: 'Tallinn',
      country: 'EE',
    });
    expect(findAddresses('Since 2014 Berlin, Germany')).toEqual([]);
    expect(findAddresses('We have 2000 Customers, Germany and France')).toEqual([]);
  });

  it('reads city-states and postcodes after the city', () => {
    expect(findAddresses('8 Harbour Walk, #03-01\nSingapore 098765')[0]?.address).toMatchObject({
      city: 'Singapore',
      postalCode: '098765',
      country: 'SG',
    });
    expect(findAddresses('Jl. Kebon Sirih 12\nJakarta 10340, Indonesia')[0]?.address).toMatchObject({
      city: 'Jakarta',
      postalCode: '10340',
      country: 'ID',
    });
  });
});

describe('addresses in the order other countries write them', () => {
  it.each([
    [
      'Székhely\t4031 Debrecen, Határ út 14.',
      { tldCountry: 'HU' },
      { city: 'Debrecen', postalCode: '4031', country: 'HU' },
    ],
    [
      'Kuyruklu A.Ş. · Caferağa Mah. Moda Cad. No: 88, 34710 Kadıköy/İstanbul',
      {},
      { city: 'Kadıköy', postalCode: '34710', country: 'TR' },
    ],
    [
      'Av. Arturo Prat 199, oficina 1204, Concepción, Región del Biobío, Chile',
      {},
      { city: 'Concepción', region: 'Región del Biobío', country: 'CL' },
    ],
    [
      'Carrera 43A # 14-109, oficina 802\nMedellín, Antioquia, Colombia',
      {},
      { city: 'Medellín', region: 'Antioquia', country: 'CO' },
    ],
    ['Cra. 43A #14-109, El Poblado, Medellín, Antioquia', {}, { city: 'Medellín', region: 'Antioquia', country: 'CO' }],
    ['Bv. Chacabuco 1150, X5000 Córdoba, Argentina', {}, { city: 'Córdoba', postalCode: 'X5000', country: 'AR' }],
    [
      'Colima 218, Roma Norte, Cuauhtémoc, 06700 Ciudad de México\nTel. +52 55 5584 2210',
      {},
      { city: 'Ciudad de México', postalCode: '06700', country: 'MX' },
    ],
    [
      '14 Hanger Place, Wigram, Christchurch 8042, Canterbury, New Zealand',
      {},
      { city: 'Christchurch', postalCode: '8042', region: 'Canterbury', country: 'NZ' },
    ],
    // Mexico: the postcode, the city, the state in full.
    [
      'Circuito Norte 12, Parque Industrial\n76246 El Marqués, Querétaro, México',
      {},
      { city: 'El Marqués', postalCode: '76246', country: 'MX' },
    ],
    // South Africa: four digits after the city, the province after them.
    [
      '7 Kloof Lane, Hatfield, Pretoria, 0083\nGauteng, South Africa',
      {},
      { city: 'Pretoria', postalCode: '0083', region: 'Gauteng', country: 'ZA' },
    ],
    // A Turkish street written out ("Cadde", not "Cad.").
    [
      'Organize Sanayi, Mavi Cadde No: 7\n16140 Nilüfer / Bursa / Türkiye',
      {},
      { city: 'Nilüfer', postalCode: '16140', street: 'Mavi Cadde No: 7', country: 'TR' },
    ],
  ])('%s', (text, hint, address) => expect(findAddresses(text, hint)[0]?.address).toMatchObject(address));

  it("reads no company's name, licence or button after a number as a city", () => {
    expect(findAddresses('Priya Raman, Director (Registered Architect QLD 4512)')).toEqual([]);
    const cities = findAddresses('2/14 Jonson Street, Byron Bay NSW 2481\nIronbark Lane Architects Pty Ltd').map(
      (h) => h.address.city,
    );
    expect(cities).toEqual(['Byron Bay']);
    expect(
      findAddresses('20 Beaumont Street, Auckland 1010\nApply for this Job').map((h) => h.address.city),
    ).not.toContain('Apply');
  });

  it('reads no list of places, count, copyright line or ambiguous pair as an address', () => {
    expect(
      findAddresses('Similar agencies\nPixel Andino · Quito, Ecuador\nMarea Digital · Guadalajara, Mexico'),
    ).toEqual([]);
    expect(findAddresses('Offices: 12 countries, Berlin, Germany')).toEqual([]);
    expect(findAddresses('Copyright © 2025 Quarry Peak, Inc. · Built in Lehi, Utah.')).toEqual([]);
    // District and city, or city and region? Without a postcode or a known region, no answer.
    expect(findAddresses('Calle 5 # 2-10, Chapinero, Bogotá, Colombia')).toEqual([]);
  });
});

describe('people counted who are not staff', () => {
  it.each([
    'Over 2,000 people work with our app every day',
    '10,000 people use Lumeo',
    'Trusted by 500 people across the industry',
    'Join 3,000\npeople who read our newsletter',
    'We lead a crew of 8 engineers',
  ])('%s', (text) => expect(headcount(text)).toBeUndefined());
});

describe("whose facts a page's blocks state", () => {
  const sample = (text: string) => ({ text, about: '', headings: '', types: [], tels: [], lang: 'en' });
  const derive = (text: string, url: string) =>
    deriveTextFacts(sample(text), { url, observedAt: Date.UTC(2026, 0, 1) });

  it("reads a case study's own company, not its customer's fact box", () => {
    const text =
      'Case study\nWebsite\nridgeway.example\nLocation\nDayton, Ohio, USA\nCompany size\n120 employees\nAbout us\n260 employees build our machines in Taichung.';
    expect(withoutFactRows(text)).not.toContain('120 employees');
    expect(derive(text, 'https://www.hsinmach.example/en/case-studies/ridgeway').employees?.value).toEqual({
      min: 260,
      max: 260,
    });
  });

  it("reads a press release's issuer boilerplate even when no structured data calls the page a story", () => {
    const text = [
      'Prairie Loam and Heartland Grain launch a soil carbon program',
      'LINCOLN, Neb. — Prairie Loam today announced a program with Heartland Grain.',
      'About Prairie Loam',
      'Prairie Loam builds soil sensors. Founded in 2016, the company employs 120 people.',
      'About Heartland Grain',
      'Heartland Grain is a cooperative with 1,400 employees.',
      'Media contact',
      'press@prairieloam.example',
    ].join('\n');
    expect(derive(text, 'https://www.prairieloam.example/newsroom/soil-carbon/').employees?.value).toEqual({
      min: 120,
      max: 120,
    });
  });

  it("passes over a development office's address for the head office's, in Swedish's definite street forms", () => {
    const text =
      'Vinga Systems AB · Org.nr 556871-4302\nLindholmsallén 21, 417 55 Göteborg\nUtvecklingskontor: Scheelevägen 17, 223 70 Lund\n© 2025 Vinga Systems AB';
    expect(readImprint(text, 'sv', false, { tldCountry: 'SE', brands: ['vingasystems'] }).hq?.city).toBe('Göteborg');
  });
});

describe('facts in Czech and Japanese company profiles', () => {
  const now = Date.UTC(2026, 0, 1);
  it("reads a profile row's founding year, the business's start before its incorporation", () => {
    expect(foundedYear('Fakta\nZaloženo\n2005\nZaměstnanci\n160', now)?.year).toBe(2005);
    expect(foundedYear('創業\n昭和48年（1973年）4月\n設立\n昭和55年（1980年）10月', now)?.year).toBe(1973);
  });

  it('reads a Japanese postal address: postcode, prefecture, city, and Tokyo by its wards', () => {
    const text =
      '本社\n〒577-0012 大阪府東大阪市長田東3丁目4番18号\n東京営業所\n〒144-0052 東京都大田区蒲田5丁目38番3号';
    expect(findAddresses(text).map((h) => h.address)).toEqual([
      { postalCode: '577-0012', city: '東大阪市', region: '大阪府', country: 'JP' },
      { postalCode: '144-0052', city: 'Tokyo', region: '東京都', country: 'JP' },
    ]);
    expect(parseLocation('千葉県市川市')?.city).toBe('市川市');
  });
});

describe('Irish Eircodes, "-based" seats and counted colleagues', () => {
  it('reads an Eircode after the city, and a Dublin district', () => {
    const text = 'Unit 4, The Net Store, Dock Road, Galway, H91 X2C7\n41 Camden Street Lower, Dublin 2, D02 KT64';
    expect(findAddresses(text).map((h) => [h.address.city, h.address.postalCode, h.address.country])).toEqual([
      ['Galway', 'H91 X2C7', 'IE'],
      ['Dublin', 'D02 KT64', 'IE'],
    ]);
  });

  it("reads the company's own '<City>-based', never another's", () => {
    expect(seatPhrase('Scheldt Analytics is an Antwerp-based scale-up that helps ports.')).toEqual({ city: 'Antwerp' });
    expect(seatPhrase('We raised a round from a London-based investor.')).toBeUndefined();
    // A full stop ends the sentence, not the city; an abbreviation's stays in it.
    expect(seatPhrase('Eine Digitalagentur mit Sitz in Wien. Seit 2016 entwickeln wir Apps.')).toEqual({
      city: 'Wien',
    });
    expect(seatPhrase('We are headquartered in St. Louis.')).toEqual({ city: 'St. Louis' });
    // Where the seat moved is where it is, whatever city the company started in.
    expect(seatPhrase('Founded in Davao City in 2014, we moved our head office to Makati in 2017.')).toEqual({
      city: 'Makati',
    });
    expect(seatPhrase('En 2013 trasladamos nuestra oficina principal a Lima, en Miraflores.')).toEqual({
      city: 'Lima',
    });
    expect(seatPhrase('Die Firma verlegte ihren Hauptsitz nach Leipzig.')).toEqual({ city: 'Leipzig' });
    expect(headcount('Founded in 2017, we now count 74 colleagues in Antwerp (HQ) and Ghent.')?.range).toEqual({
      min: 74,
      max: 74,
    });
  });
});

describe("a block's label naming the seat's city", () => {
  it('takes the city the label names over the suburb of the address, never a word that names no place', () => {
    const text = 'Where we are\nMelbourne HQ: 12 Peel Street, Collingwood VIC 3066 · Auckland: 20 Beaumont Street';
    expect(readImprint(text, 'en', false).hq?.city).toBe('Melbourne');
    expect(readImprint('Contact\nOur HQ: 12 Peel Street, Collingwood VIC 3066', 'en', false).hq?.city).toBe(
      'Collingwood',
    );
    expect(readImprint('Contact\nHead Office: 12 Peel Street, Collingwood VIC 3066', 'en', false).hq?.city).toBe(
      'Collingwood',
    );
  });
});
