import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { classifyCompany } from '../../../../lib/extract/classify/derive';
import { nameGroup, pageIndustry, pageScores } from '../../../../lib/extract/classify/page';
import { groupOfType } from '../../../../lib/extract/classify/schema-types';
import { extractPage } from '../../../../lib/extract/index';
import type { PageSample } from '../../../../lib/signals/sample';
import type { CompanySignals } from '../../../../lib/signals/schema';

// Synthetic pages only: the real corpus is the measurement, never copied here. The classifier reads the sample the
// content script sends.
function page(html: string): PageSample {
  const window = new Window({ url: 'https://example.test/' });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const sample = extractPage(doc, 'https://example.test/', 1)?.sample;
  if (!sample) throw new Error('no sample');
  return sample;
}

const ld = (type: string) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":${type}}</script>`;

describe('groupOfType', () => {
  it('maps business types and ignores generic ones', () => {
    expect(groupOfType('Bakery')).toBe('retail-consumer');
    expect(groupOfType('https://schema.org/NewsMediaOrganization')).toBe('media-publishing');
    expect(groupOfType('SoftwareApplication')).toBe('software');
    expect(groupOfType('Organization')).toBeUndefined();
    expect(groupOfType('Article')).toBeUndefined();
  });
});

describe('pageIndustry', () => {
  it("reads a food or drink maker's own words as retail and consumer goods, a restaurant's as hospitality", () => {
    const roaster = page(
      `<head><title>Tostaduría Copal</title></head><body><h1>Nuestra historia</h1>
      <p>Tostamos café de especialidad de la Sierra Sur en nuestra tostaduría. Café de origen, tostado cada semana.</p>
      <h2>Aceite de oliva y chocolate</h2><p>También vendemos aceite de oliva y chocolate de productores vecinos.</p></body>`,
    );
    expect(pageIndustry(roaster)?.group).toBe('retail-consumer');
    const restaurant = page(
      `<head><title>Trattoria Lume</title></head><body><h1>Restaurant and bar</h1><h2>Menu</h2>
      <p>Our restaurant serves fresh cheeses and local wines. Book a table: reservations for guests every evening.</p>
      <h2>Reservations</h2><p>Private dining rooms for 40 guests.</p></body>`,
    );
    expect(pageIndustry(restaurant)?.group).toBe('hospitality-travel');
  });

  it('trusts a schema.org type that names the business', () => {
    const doc = page(
      `<head><title>Home</title>${ld('["Restaurant","LocalBusiness"]')}</head><body><p>Welcome</p></body>`,
    );
    expect(pageIndustry(doc)).toEqual({ group: 'hospitality-travel', confidence: 0.7, via: 'schema-type' });
  });

  it('ignores conflicting schema.org types and falls back to text', () => {
    const doc = page(`<head>${ld('"Hospital"')}${ld('"CollegeOrUniversity"')}</head><body><p>Hello</p></body>`);
    expect(pageIndustry(doc)).toBeUndefined();
  });

  it('reads the title, description and headings of a clear page', () => {
    const doc = page(`<head><title>Acme Loans - compare personal loans and mortgages</title>
      <meta name="description" content="Find the best interest rates for loans, mortgages and credit cards."></head>
      <body><h1>Personal loans in minutes</h1><h2>Lower interest rates</h2><p>Our lenders offer loans and mortgages.</p></body>`);
    expect(pageIndustry(doc)?.group).toBe('financial-services');
  });

  it('reads German pages with accents folded', () => {
    const doc = page(`<head><title>Sonnenstrom GmbH | Photovoltaik und Batteriespeicher</title></head>
      <body><h1>Photovoltaikanlagen für Ihr Dach</h1><p>Mit Batteriespeicher und Wärmepumpe nutzen Sie Ihren Strom selbst.</p></body>`);
    expect(pageIndustry(doc)?.group).toBe('energy-utilities');
  });

  it('answers nothing without a clear margin', () => {
    const doc = page(`<head><title>Acme: bank and software</title></head>
      <body><h1>Banking and software</h1><p>Payments and SaaS.</p></body>`);
    expect(pageIndustry(doc)).toBeUndefined();
  });

  it("reads the market a page names after 'for' as the market, not the trade", () => {
    const doc = page(`<head><title>Acme: software for hospitals</title></head>
      <body><h1>Software for hospitals</h1><p>SaaS for clinics.</p></body>`);
    expect(pageIndustry(doc)?.group).toBe('software');
  });

  it('counts distinct words: a repeated menu word does not outweigh a trade described in many words', () => {
    const doc = page(`<head><title>Acme | Cloud</title></head>
      <body><h1>Cloud cloud cloud cloud cloud cloud</h1><h2>Solar panels, heat pumps and battery storage</h2>
      <p>Photovoltaic systems and renewable electricity for your home.</p></body>`);
    expect(pageIndustry(doc)?.group).toBe('energy-utilities');
  });

  it('answers nothing from a thin page', () => {
    expect(pageIndustry(page('<head><title>Welcome</title></head><body><p>Hello world</p></body>'))).toBeUndefined();
  });

  it('does not read an article body as the publisher business, but takes news keywords', () => {
    const body = '<p>The startup raised a round for its software platform, APIs and developer tools. '.repeat(10);
    const head = '<title>Startup raises money</title><meta property="og:type" content="article">';
    const article = page(
      `<head>${head}<meta property="article:published_time" content="2016-05-16"></head><body>${body}</body>`,
    );
    expect(pageIndustry(article)).toBeUndefined();
    // An `article` nothing confirms (an SEO plugin's type on every page) is a plain page: its body counts.
    expect(pageIndustry(page(`<head>${head}</head><body>${body}</body>`))?.group).toBe('software');
    const news = page(`<head><meta name="news_keywords" content="startups;funding"></head><body>${body}</body>`);
    expect(pageIndustry(news)?.group).toBe('media-publishing');
  });
});

describe('classifyCompany with the page', () => {
  const fact = <T>(value: T) => ({
    value,
    source: 'title',
    layer: 'heuristic' as const,
    url: 'https://example.test/',
    confidence: 0.5,
    observedAt: 1,
  });
  const doc = page(`<head><title>Acme Academy | Online courses</title></head>
    <body><h1>Courses for students</h1><h2>Lessons and tuition</h2><p>Enroll in our courses; students learn with our teachers.</p></body>`);

  it('classifies a named company from its page, as a heuristic', () => {
    const company = { name: fact('Acme Academy') } as CompanySignals;
    classifyCompany(company, doc);
    expect(company.industryGroup).toMatchObject({ value: 'education', source: 'industry-group', layer: 'heuristic' });
    expect(company.industryGroup?.confidence).toBeLessThanOrEqual(0.5);
  });

  it('reads no page for an unnamed company, and a stated industry wins', () => {
    const unnamed = {} as CompanySignals;
    classifyCompany(unnamed, doc);
    expect(unnamed.industryGroup).toBeUndefined();
    const tagged = { name: fact('Acme'), keywords: fact(['health-tech', 'b2b']) } as CompanySignals;
    classifyCompany(tagged, doc);
    expect(tagged.industryGroup?.value).toBe('healthcare');
    const stated = { name: fact('Acme'), industry: fact('Banking') } as CompanySignals;
    classifyCompany(stated, doc);
    expect(stated.industryGroup?.value).toBe('financial-services');
  });

  it('reads a GitHub organization as a software publisher unless its own words name a trade', () => {
    const github = <T>(value: T) => ({ ...fact(value), source: 'github', layer: 'site' as const });
    const org = { name: github('Hanbit NLP'), socials: { github: github('https://github.com/hanbit-nlp') } };
    const plain = { ...org } as CompanySignals;
    classifyCompany(plain);
    expect(plain.industryGroup).toMatchObject({ value: 'software', source: 'industry-group' });
    const clinic = { ...org, description: github('Hospital group running twelve clinics in Busan.') } as CompanySignals;
    classifyCompany(clinic);
    expect(clinic.industryGroup?.value).toBe('healthcare');
    // A company read elsewhere, with a GitHub link among its profiles, is not classified by the link.
    const site = { name: fact('Hanbit'), socials: { github: fact('https://github.com/hanbit') } } as CompanySignals;
    classifyCompany(site);
    expect(site.industryGroup).toBeUndefined();
  });

  it("reads a directory's tags one by one: the group most tags name, the first-listed on a tie", () => {
    const group = (tags: string[]) => {
      const company = { name: fact('Acme'), keywords: fact(tags) } as CompanySignals;
      classifyCompany(company);
      return company.industryGroup?.value;
    };
    expect(group(['Robotics', 'Industrial Automation', 'Warehousing'])).toBe('manufacturing');
    expect(group(['Warehousing', 'Industrial Automation'])).toBe('transportation-logistics');
    expect(group(['Warehousing', 'Industrial Automation', 'Machinery Manufacturing'])).toBe('manufacturing');
    // A directory's industry that is the first of its tags is one vote among them.
    const listed = {
      name: fact('Acme'),
      industry: fact('E-Commerce'),
      keywords: fact(['E-Commerce', 'FinTech', 'Payments']),
    } as CompanySignals;
    classifyCompany(listed);
    expect(listed.industryGroup?.value).toBe('financial-services');
  });
});

describe("boilerplate is not the company's trade", () => {
  it("skips an imprint's consumer dispute notice and reads a joinery as a maker", () => {
    const notice =
      '<p>Verbraucherstreitbeilegung: Wir nehmen nicht an Verfahren vor einer Verbraucherschlichtungsstelle teil. Online-Streitbeilegung für Verbraucher.</p>';
    const joinery = page(
      `<title>Tischlerei Holzberg</title><h1>Tischlerei Holzberg</h1><p>Unsere Tischlerei fertigt Möbel nach Maß.</p>${notice}`,
    );
    expect(pageIndustry(joinery)?.group).not.toBe('retail-consumer');
  });

  it("reads a broker's legal notice by its trade, not its publishing law or 'autorité'", () => {
    const broker = page(`<title>Mentions légales - Cabinet Brelin</title><h1>Mentions légales</h1>
      <h2>1. Éditeur du site</h2><p>Cabinet Brelin, courtier en assurances, immatriculé à l'ORIAS.</p>
      <h2>2. Autorité de contrôle</h2><p>Autorisation et contrôle : ACPR.</p>
      <h2>3. Directeur de la publication</h2><p>Directeur de la publication : Paul Brelin.</p>
      <h2>4. Propriété intellectuelle</h2><p>Les articles et contenus du site sont protégés.</p>`);
    const scores = pageScores(broker);
    expect(scores[0]?.[0]).toBe('financial-services');
    // No strong word of publishing: "autorité" and "autorisation" are not authors.
    expect(scores.find(([group]) => group === 'media-publishing')?.[1] ?? 0).toBeLessThan(2);
  });

  it("reads a coffee exporter's page as no café's: growers' and exporters' words are food and drink made", () => {
    const exporter = page(`<title>Nuestro equipo – Finca El Mirador</title><h1>Nuestro equipo</h1>
      <p>Somos productores y exportadores de café de altura del occidente de Honduras.</p>
      <p>Nuestro café verde y el café pergamino salen de fincas cafetaleras de Ocotepeque.</p>`);
    expect(pageScores(exporter)[0]?.[0]).not.toBe('hospitality-travel');
  });

  it('reads an engineering consultancy as professional services', () => {
    const office = page(`<title>Brandt Ingenieure GmbH – Tragwerksplanung & Bauphysik</title><h1>Impressum</h1>
      <p>Brandt Ingenieure GmbH, Ingenieurbüro für Tragwerksplanung, Bauphysik und Statik.</p>`);
    expect(pageIndustry(office)?.group).toBe('professional-services');
  });
});

describe('nameGroup', () => {
  it.each([
    ['Tischlerei Pirkner', 'manufacturing'],
    ['Hydrosoc Ingénierie', 'professional-services'],
    ['Rocket Software Inc.', 'software'],
    ['Müller Logistik GmbH', 'transportation-logistics'],
  ])('reads the trade %s names', (name, group) => expect(nameGroup(name)).toBe(group));

  it.each([['Limmatsense'], ['Brightline Media GmbH'], ['Nimbus Cloud'], ['Orbit Digital']])(
    'reads none from %s',
    (name) => expect(nameGroup(name)).toBeUndefined(),
  );
});

describe('classifyCompany by the name', () => {
  const named = (value: string): CompanySignals => ({
    name: { value, source: 'title', layer: 'structured', url: 'https://example.test/', confidence: 0.6, observedAt: 1 },
  });

  it("takes the name's trade on a page of little text that does not speak against it", () => {
    const sample = page(
      '<head><title>Impressum</title></head><body><p>Tischlerei Pirkner, Hauptstraße 4, 4441 Behamberg</p></body>',
    );
    const company = named('Tischlerei Pirkner');
    classifyCompany(company, sample, 'https://example.test/impressum');
    expect(company.industryGroup?.value).toBe('manufacturing');
    expect(company.industryGroup?.confidence).toBe(0.5);
  });

  it('does not take it where the page clearly names another trade', () => {
    const sample = page(
      `<head><title>Pirkner Hotel</title></head><body><h1>Hotel and restaurant</h1><p>Rooms, suites and our restaurant
      welcome guests all year. Book your holiday: reservations online, spa and breakfast included.</p></body>`,
    );
    const company = named('Tischlerei Pirkner');
    classifyCompany(company, sample, 'https://example.test/');
    expect(company.industryGroup?.value).toBe('hospitality-travel');
  });
});
