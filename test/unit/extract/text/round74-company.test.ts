import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { pageScores } from '../../../../lib/extract/classify/page';
import { foundedYear } from '../../../../lib/extract/text/founded';
import { fundingStage } from '../../../../lib/extract/text/funding';
import { headcount } from '../../../../lib/extract/text/headcount';
import { sampleOf } from '../read-page';

// Company facts as Central and Eastern European sites state them: staff counts in Latvian, Lithuanian, Estonian and
// Bulgarian, a Slovak "came into being" and a Polish board seat held "since"; and the words that filed a food plant
// as a shop and a many-lined cooperative as a utility. Invented companies, people and figures.
const NOW = Date.UTC(2026, 0, 15);

describe('staff counts in Baltic and Bulgarian wording', () => {
  it.each([
    ['Rēzeknes birojā strādā 52 darbinieki.', { min: 52, max: 52 }],
    ['Uzņēmumā strādā vairāk nekā 240 darbinieku.', { min: 240 }],
    ['Šiandien gamykloje dirba 63 darbuotojai: suvirintojai ir dažytojai.', { min: 63, max: 63 }],
    ['Rekvisiidid\nTöötajaid\n118\nAsutatud\n1998', { min: 118, max: 118 }],
    ['Екипът ни от 37 души обслужва клиенти в цялата страна.', { min: 37, max: 37 }],
    ['В завода работят 210 служители.', { min: 210, max: 210 }],
  ])('%s', (text, range) => {
    expect(headcount(text)?.range).toEqual(range);
  });

  it.each([
    // Members, customers and a year: not the staff.
    'Klubā ir 300 biedri un 40 sponsori.',
    'Per 2019 metus aptarnavome 900 klientų.',
    'Екипът ни от 2019 година работи в Пловдив.',
  ])('not %s', (text) => {
    expect(headcount(text)).toBeUndefined();
  });
});

describe('founding years in Slovak, Czech and Polish', () => {
  it('a company that came into being in a year, then joined a group', () => {
    const text =
      'Spoločnosť Trnavské Profily s.r.o. vznikla v roku 2003 v Trnave, od roku 2016 je súčasťou nemeckej skupiny Weber.';
    expect(foundedYear(text, NOW)?.year).toBe(2003);
    expect(foundedYear('Firma Brněnské Lisovny vznikla v roce 1994 v Brně.', NOW)?.year).toBe(1994);
  });

  it("a manager's seat since a year is not the company's start", () => {
    const text =
      'Anna Wiśniewska kieruje działem finansów. Od 2020 roku zasiada w Radzie Izby Przemysłowej. Działamy od 1998 roku.';
    expect(foundedYear(text, NOW)?.year).toBe(1998);
    expect(foundedYear('Od 2017 roku jest członkiem zarządu Stowarzyszenia Drukarzy.', NOW)).toBeUndefined();
  });

  it('an idea that came into being is still dated only as the company', () => {
    // "vznikla" as a founding word reads the company's own sentence; a bare year with no such word stays unknown.
    expect(foundedYear('Nová hala bola dokončená v roku 2012.', NOW)).toBeUndefined();
  });
});

describe("founding years in Baltic wording and in an organization's legal start", () => {
  it.each([
    ['UAB „Ąžuolų Namai“ – šeimos įmonė, nuo 2007 metų gaminanti laiptus Panevėžyje.', 2007],
    ['Pärnu Puitmaja AS on 2002. aastal asutatud puitmajade tootja.', 2002],
    ['Prairie Gold Cooperative was organized in 1951 by 40 wheat growers who wanted their own elevator.', 1951],
    ['Tidewater Kelp Ltd. is a Portland-based grower of sugar kelp, dulse and nori for chefs, founded in 2011.', 2011],
  ])('%s', (text, year) => {
    expect(foundedYear(text, NOW)?.year).toBe(year);
  });

  it.each([
    // An event organized that year, a client's appositive founding, a year with no "since".
    'The first harvest festival was organized in 2015 by our growers.',
    'Every week our kelp goes to Harbor Grill Ltd. in Boston, one of the oldest seafood restaurants in Maine, founded in 1987.',
    'Per 2019 metus pagaminome 900 laiptų.',
  ])('not %s', (text) => {
    expect(foundedYear(text, NOW)).toBeUndefined();
  });
});

describe('a funding round in Romanian', () => {
  it('the company closed its round', () => {
    expect(
      fundingStage(
        'În mai 2024 am închis o rundă de finanțare Series A de 9 milioane de euro, condusă de Tisa Capital.',
      ),
    ).toBe('series-a');
  });

  it('not a guide to rounds in general', () => {
    expect(fundingStage('Ce este o rundă Series A și cum se pregătește un fondator?')).toBeUndefined();
  });
});

describe('the words that took a food plant to retail and a cooperative to energy', () => {
  const score = (s: ReturnType<typeof sampleOf>, group: string) => pageScores(s).find(([g]) => g === group)?.[1] ?? 0;
  const sample = (body: string) =>
    sampleOf(
      `<html><head><title>Rólunk</title></head><body><main>${body}</main></body></html>`,
      'https://x.example/',
      NOW,
    );

  it("the food industry's plant and its IFS Food certificate are a maker's", () => {
    const s = sample(
      '<h1>Rólunk</h1><p>A Tiszamenti Élelmiszeripari Kft. 1994 óta működik feldolgozó üzemként Szegeden. Termékeink IFS Food minősítéssel készülnek.</p>',
    );
    expect(score(s, 'manufacturing')).toBeGreaterThan(score(s, 'retail-consumer'));
    expect(score(s, 'retail-consumer')).toBe(0);
  });

  it("a grocer's food is still retail", () => {
    const s = sample('<h1>Webshop</h1><p>Friss élelmiszer házhoz szállítva, kosárba teszem.</p>');
    expect(score(s, 'retail-consumer')).toBeGreaterThan(0);
    expect(score(s, 'manufacturing')).toBe(0);
  });

  it('a poultry processor is manufacturing', () => {
    const s = sample('<p>Pine Hollow Farms is a poultry processor in Alabama, shipping fresh chicken nationwide.</p>');
    expect(score(s, 'manufacturing')).toBeGreaterThan(0);
  });

  it('one word among the lines a cooperative lists does not name its trade', () => {
    expect(
      industryGroup(
        'Prairie Gold Cooperative is a member-owned grain, agronomy, feed and energy cooperative in Kansas.',
        true,
      ),
    ).toBeUndefined();
    expect(industryGroup('A seed, fertilizer and energy company serving Iowa farms.', true)).toBeUndefined();
  });

  it('one word in a plain description still does', () => {
    expect(industryGroup('Energy cooperative serving rural homes in Kansas.', true)?.group).toBe('energy-utilities');
  });
});

describe('IT outsourcing, yacht charter, stevedoring and oilfield services by their words', () => {
  const score = (s: ReturnType<typeof sampleOf>, group: string) => pageScores(s).find(([g]) => g === group)?.[1] ?? 0;
  const sample = (title: string, body: string) =>
    sampleOf(
      `<html><head><title>${title}</title></head><body><main>${body}</main></body></html>`,
      'https://x.example/',
      NOW,
    );

  it('nearshore teams and software testing are an IT provider’s', () => {
    expect(
      industryGroup('Brezno Dev s.r.o. – nearshore vývojové tímy a testovanie softvéru pre klientov v Rakúsku.', true)
        ?.group,
    ).toBe('it-services');
    const s = sample('Brezno Dev – IT outsourcing', '<p>Nearshore development teams for banks and insurers.</p>');
    expect(score(s, 'it-services')).toBeGreaterThan(0);
  });

  it('a testing platform that is sold as software stays software', () => {
    expect(industryGroup('Cloud software testing platform with an API for developers.', true)?.group).not.toBe(
      'it-services',
    );
  });

  it('a yacht charter is a holiday, a port stevedore a logistics firm', () => {
    const charter = sample(
      'Jadran Sail | Najam jahti i katamarana',
      '<p>Yacht charter from Zadar: bareboat or crewed.</p>',
    );
    expect(score(charter, 'hospitality-travel')).toBeGreaterThan(0);
    const port = sample('Daugava Stevedores', '<p>Stividorings un kuģu aģentēšana Rīgas ostā.</p>');
    expect(score(port, 'transportation-logistics')).toBeGreaterThan(0);
  });

  it("an oilfield wireline firm is energy's, a carrier's wireline phone service is not", () => {
    const well = sample(
      'Red Mesa Wireline Services',
      '<p>Cased-hole logging and well intervention for operators in the Permian.</p>',
    );
    expect(score(well, 'energy-utilities')).toBeGreaterThan(0);
    const phone = sample('Prairie Telephone', '<p>Wireline phone service and broadband for rural homes.</p>');
    expect(score(phone, 'energy-utilities')).toBe(0);
  });

  it('a boatyard that builds yachts is no charter', () => {
    const yard = sample('Lagoon Works', '<p>We build sailing yachts to order in our shipyard.</p>');
    expect(score(yard, 'hospitality-travel')).toBe(0);
  });
});
