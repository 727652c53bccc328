import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { classifyCompany } from '../../../../lib/extract/classify/derive';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { aboutSection, isArticle, pageIndustry, pageScores } from '../../../../lib/extract/classify/page';
import { groupOfType } from '../../../../lib/extract/classify/schema-types';
import { extractPage } from '../../../../lib/extract/index';
import { linksOf } from '../../../../lib/extract/page-links';
import { hasOwnCart, productMarkers } from '../../../../lib/extract/text/product';
import type { PageSample } from '../../../../lib/signals/sample';
import type { CompanySignals } from '../../../../lib/signals/schema';

// Synthetic snippets only. What a page IS (its links, its types) and broad vocabularies in four languages.
const URL_ = 'https://www.acme.example/';

function page(html: string, url = URL_): PageSample {
  const window = new Window({ url });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const sample = extractPage(doc, url, 1)?.sample;
  if (!sample) throw new Error('no sample');
  return sample;
}

const view = (hrefs: string[], url = URL_) => ({ links: linksOf(hrefs), pageUrl: new URL(url), site: 'acme.example' });

describe('productMarkers', () => {
  it.each([
    [['https://app.acme.example/login'], ['app']],
    [['https://dashboard.acme.example/'], ['app']],
    [['/signup', '/sign-up?plan=pro'], ['signup']],
    [['https://docs.acme.example/'], ['docs']],
    [['/developers/'], ['docs']],
    [['https://status.acme.example/'], ['status']],
    [['https://acme.statuspage.io/'], ['status']],
    [['/changelog', '/release-notes/2025'], ['changelog']],
    [['https://apps.apple.com/app/acme/id1'], ['app-store']],
    [['https://play.google.com/store/apps/details?id=x'], ['app-store']],
    // Another product's app, docs and status say nothing about this site.
    [['https://app.other.example/login', 'https://docs.other.example/', 'https://status.other.example/'], []],
    // A folder of brochures, a log-in on the own host, a newsletter: no product structure.
    [['/downloads/docs/brochure.pdf', '/login', '/newsletter-signup', '/press-releases'], []],
    [
      ['https://app.acme.example/login', 'https://status.acme.example/', '/changelog', '/signup'],
      ['app', 'changelog', 'signup', 'status'],
    ],
    [['/demo', '/en/book-a-demo'], ['demo']],
    [['/de/demo-anfragen'], ['demo']],
    // The web app's sign-up counts as both; a top-level directory of integrations is a product's.
    [['https://app.acme.example/signup'], ['app', 'signup']],
    [['/integrations'], ['integrations']],
    [['/de/integrationen'], ['integrations']],
    [['/blog/integrations/sap', '/services/system-integration'], []],
    // A demo deep in a path is a product's sample page, a theme preview or a download, not the call to action.
    [['/themes/classic/demo/index.html', '/demolition-services'], []],
  ])('%j -> %j', (hrefs, markers) => expect(productMarkers(view(hrefs))).toEqual(markers));

  it('counts a domain on a top-level domain software makers use as one marker', () => {
    const io = { links: linksOf(['/about']), pageUrl: new URL('https://acme.io/'), site: 'acme.io' };
    expect(productMarkers(io)).toEqual(['tech-domain']);
    expect(productMarkers({ ...io, site: 'acme.com' })).toEqual([]);
    expect(productMarkers({ ...io, site: 'radio.example' })).toEqual([]);
    // A tenant of a hosting service on such a domain is not the maker.
    expect(productMarkers({ ...io, site: 'acme.vercel.app' })).toEqual([]);
  });

  it("counts the company's domain for a tenant of a hosting service", () => {
    const tenant = {
      links: linksOf(['https://app.acme.io/login']),
      pageUrl: new URL('https://acme.github.io/'),
      site: 'acme.github.io',
    };
    expect(productMarkers(tenant)).toEqual([]);
    expect(productMarkers(tenant, 'acme.io')).toEqual(['app', 'tech-domain']);
  });
});

describe('aboutSection', () => {
  it('reads the company section under its heading, up to the next heading', () => {
    const job = [
      'Senior Controls Engineer',
      'About the role',
      'You will tune motion controllers.',
      'About Northvane Robotics',
      'Northvane builds welding robots for shipyards.',
      'We employ engineers in two countries.',
      'Benefits',
      'Health insurance.',
    ].join('\n');
    expect(aboutSection(job)).toBe(
      'Northvane builds welding robots for shipyards. We employ engineers in two countries.',
    );
    expect(aboutSection('Stelle\nÜber uns\nWir betreiben Kühlhäuser in Kiel.\nDeine Aufgaben\nWartung.')).toBe(
      'Wir betreiben Kühlhäuser in Kiel.',
    );
    expect(aboutSection("Poste\nQui sommes-nous ?\nUne maison d'édition lyonnaise.")).toBe(
      "Une maison d'édition lyonnaise.",
    );
  });

  it("skips a menu's link with the heading's words, whose own line a browser gives it, for the section itself", () => {
    const page = [
      'Inicio',
      'Quiénes Somos',
      'Servicios',
      'Contacto',
      'Quiénes Somos',
      'Somos ingenieros estructurales.',
    ];
    expect(aboutSection(page.join('\n'))).toBe('Somos ingenieros estructurales.');
    expect(aboutSection('Home\nAbout us\nServices\nContact')).toBe('');
  });

  it("finds nothing without such a heading, and never a job page's sections on the role or the reader", () => {
    expect(aboutSection('About you\nYou like robots.\nAbout this job\nA role in sales.')).toBe('');
    expect(aboutSection('We talk about everything our customers need to know about us and our work.')).toBe('');
  });
});

describe('hasOwnCart', () => {
  it.each([
    [['/cart'], true],
    [['/de/warenkorb/'], true],
    [['https://www.acme.example/checkout/cart/'], true],
    [['/fr/panier'], true],
    // Another site's basket, or a cart deep in a path (a blog post about carts), says nothing of this site.
    [['https://shop.other.example/cart'], false],
    [['/blog/cart-abandonment-tips', '/products/golf-cart'], false],
  ])('%j -> %s', (hrefs, shop) => expect(hasOwnCart(view(hrefs))).toBe(shop));

  it("counts as retail's evidence on the page", () => {
    const candles = '<title>Hollow Oak</title><h1>Hand-poured soy candles</h1><p>Small batches, cotton wicks.</p>';
    const retail = (html: string) => new Map(pageScores(page(html))).get('retail-consumer') ?? 0;
    expect(retail(`${candles}<a href="/cart">Cart</a>`)).toBe(retail(candles) + 6);
  });
});

describe('pageIndustry by structure', () => {
  const neutral = '<title>Acme - plan your week</title><h1>Plan your week</h1><p>Everyone sees the same calendar.</p>';

  it('reads a product site from its links, whatever its words', () => {
    const links =
      '<a href="https://app.acme.example/login">Log in</a><a href="https://docs.acme.example/">Docs</a><a href="https://status.acme.example/">Status</a>';
    expect(pageIndustry(page(neutral + links))?.group).toBe('software');
  });

  it("reads a post on a software maker's blog by the maker's navigation, not the post's subject", () => {
    const post =
      page(`<head><title>What Twin Peaks taught us about audiences</title><meta property="og:type" content="article">
      <script type="application/ld+json">{"@type":"BlogPosting","headline":"Twin Peaks"}</script></head>
      <body><h1>What Twin Peaks taught us about audiences</h1><p>The show's fans, its episodes and its music.</p>
      <a href="https://app.acme.example/login">Log in</a><a href="https://status.acme.example/">Status</a>
      <a href="https://docs.acme.example/">Docs</a></body>`);
    expect(pageIndustry(post)).toMatchObject({ group: 'software', via: 'product-site' });
  });

  it('needs two markers: one link alone (a shop links its app) is not a product site', () => {
    const one = page(`${neutral}<a href="https://apps.apple.com/app/acme/id1">App Store</a>`);
    expect(pageIndustry(one)).toBeUndefined();
    // The commercial rules' pricing page and free-trial button count as markers too.
    const withOffers = page(`${neutral}<a href="https://app.acme.example/login">Log in</a>`);
    expect(pageIndustry(withOffers)).toBeUndefined();
    expect(pageIndustry(withOffers, ['pricing'])?.group).toBe('software');
  });

  it("reads a software maker from a maker's links, whatever trade it sells to", () => {
    const trade = `<title>Tablewise - every restaurant shift</title><h1>Reservations for restaurants and bars</h1>
      <h2>Hotel dining rooms, cafés and resorts</h2><p>Table plans, covers, waitlists and guest books for restaurants.</p>`;
    const maker = page(`${trade}<a href="https://app.acme.example/login">Log in</a><a href="/book-a-demo">Demo</a>`);
    expect(pageIndustry(maker, ['pricing'])).toMatchObject({ group: 'software', via: 'product-site' });
    // Without a pricing page it is two markers: the trade's words decide.
    expect(pageIndustry(maker)?.group).toBe('hospitality-travel');
    // An app, a sign-up and store badges are a restaurant chain's too: no maker's marker among them.
    const chain = page(
      `${trade}<a href="https://app.acme.example/">Order</a><a href="/signup">Join</a><a href="https://apps.apple.com/app/acme/id1">iOS</a>`,
    );
    expect(pageIndustry(chain, ['pricing'])?.group).not.toBe('software');
  });

  it('does not outvote a page that clearly names another trade', () => {
    const bank = page(`<title>Acme Bank - loans, mortgages and savings</title>
      <h1>Personal loans and mortgages</h1><h2>Banking for everyone</h2>
      <p>Compare our interest rates on loans, mortgages and credit cards. Insurance and wealth management.</p>
      <a href="https://apps.apple.com/app/acme/id1">App</a><a href="/signup">Open an account</a>`);
    expect(pageIndustry(bank)?.group).toBe('financial-services');
  });

  it('a bakery blogging about the software it uses is not a software company', () => {
    const post = page(`<title>How we chose our ordering software | Sunrise Bakery</title>
      <meta property="og:type" content="article">
      <script type="application/ld+json">{"@type":"BlogPosting","headline":"Ordering software"}</script>
      <h1>How we chose our ordering software</h1>
      <p>${'We tried three apps and a cloud platform with an API for our online shop. '.repeat(8)}</p>`);
    expect(pageIndustry(post)?.group).not.toBe('software');
    const typed = page(
      `<script type="application/ld+json">{"@type":"Bakery","name":"Sunrise"}</script><title>Our new ordering software</title><h1>Software, apps and APIs</h1>`,
    );
    expect(pageIndustry(typed)?.group).toBe('retail-consumer');
  });

  it('a news article mentioning a hospital is not healthcare', () => {
    const article = `<title>City council votes on new bus lanes</title>
      <script type="application/ld+json">{"@type":"BlogPosting","headline":"Bus lanes"}</script>
      <h1>City council votes on new bus lanes</h1>
      <p>${'The lanes would pass the hospital, where patients and doctors wait for buses to the clinic. '.repeat(6)}</p>`;
    const sample = page(article);
    expect(isArticle(sample)).toBe(true);
    expect(pageIndustry(sample)?.group).not.toBe('healthcare');
  });
});

describe('pageIndustry in four languages', () => {
  it.each([
    [
      'fr clinic',
      '<html lang="fr"><title>Clinique du Parc - chirurgie et consultations</title><h1>Une équipe médicale pour nos patients</h1><p>Nos médecins et infirmières accueillent les patients ; soins et hôpital de jour.</p>',
      'healthcare',
    ],
    [
      'es clinic',
      '<html lang="es"><title>Clínica Sol - fisioterapia y odontología</title><h1>Atendemos a pacientes</h1><p>Médicos, dentistas y tratamientos de fisioterapia en nuestra clínica.</p>',
      'healthcare',
    ],
    [
      'de clinic',
      '<html lang="de"><title>Praxis am Markt - Zahnarzt und Kieferorthopädie</title><h1>Ihre Zahnarztpraxis</h1><p>Sprechstunde für Patienten, Behandlung und Prophylaxe.</p>',
      'healthcare',
    ],
    [
      'en factory',
      '<title>Acme Castings - foundry and CNC machining</title><h1>Our factory</h1><p>Sheet metal, welding and machining on three production lines. Fast delivery and shipping.</p>',
      'manufacturing',
    ],
    [
      'fr factory',
      '<html lang="fr"><title>Acme - usinage et chaudronnerie</title><h1>Notre usine</h1><p>Fabricant de pièces, ligne de production et fonderie. Livraison et transport par nos camions.</p>',
      'manufacturing',
    ],
    [
      'es factory',
      '<html lang="es"><title>Acme - fábrica de piezas y mecanizado</title><h1>Nuestra fábrica</h1><p>Fabricantes con líneas de producción y fundición. Envíos y transporte a toda Europa.</p>',
      'manufacturing',
    ],
    [
      'de factory',
      '<html lang="de"><title>Acme - Zerspanung und Drehteile</title><h1>Unsere Fertigung</h1><p>Serienfertigung, Werkzeugbau und Spritzguss im eigenen Werk. Lieferung mit eigener Spedition.</p>',
      'manufacturing',
    ],
    [
      'es real estate',
      '<html lang="es"><title>Acme Inmobiliaria - pisos y viviendas</title><h1>Viviendas en venta</h1><p>Promotora y constructora de edificios de viviendas; reformas y pisos de obra nueva.</p>',
      'real-estate-construction',
    ],
    [
      'fr school',
      '<html lang="fr"><title>École Acme - formations et enseignement</title><h1>Nos formations</h1><p>Des étudiants et des stagiaires, un enseignement par des pédagogues, des diplômes reconnus.</p>',
      'education',
    ],
  ])('%s', (_, html, group) => expect(pageIndustry(page(html))?.group).toBe(group));
});

describe('types that say what a site is', () => {
  it.each([
    ['Optician', 'healthcare'],
    ['VeterinaryCare', 'healthcare'],
    ['HighSchool', 'education'],
    ['GovernmentOffice', 'government-nonprofit'],
    ['BedAndBreakfast', 'hospitality-travel'],
    ['HardwareStore', 'retail-consumer'],
    ['HVACBusiness', 'real-estate-construction'],
    ['ProfessionalService', 'professional-services'],
    ['MusicGroup', 'media-publishing'],
    ['Airport', 'transportation-logistics'],
    ['LoanOrCredit', 'financial-services'],
    // Generic or page-level types say nothing about the publisher.
    ['Organization', undefined],
    ['Article', undefined],
    ['Product', undefined],
    ['MedicalWebPage', undefined],
    ['Course', undefined],
  ])('%s -> %s', (type, group) => expect(groupOfType(type)).toBe(group));

  it('reads OpenGraph types that name a business, not generic ones', () => {
    expect(
      pageIndustry(page('<meta property="og:type" content="restaurant.restaurant"><title>Chez Nous</title>'))?.group,
    ).toBe('hospitality-travel');
    expect(pageIndustry(page('<meta property="og:type" content="music.album"><title>Ten songs</title>'))?.group).toBe(
      'media-publishing',
    );
    expect(pageIndustry(page('<meta property="og:type" content="website"><title>Welcome</title>'))).toBeUndefined();
  });
});

describe('the description against the page', () => {
  const fact = <T>(value: T) => ({
    value,
    source: 'meta',
    layer: 'structured' as const,
    url: URL_,
    confidence: 0.6,
    observedAt: 1,
  });

  it('a word of the description does not outvote a page that names another trade', () => {
    const sample = page(`<html lang="fr"><title>Acme - usinage de précision</title><h1>Notre usine</h1>
      <p>Fabricant de pièces : usinage, chaudronnerie, ligne de production.</p>`);
    const company = {
      name: fact('Acme'),
      description: fact('Pièces sur mesure. Livraison et transport assurés dans toute la France.'),
    } as CompanySignals;
    classifyCompany(company, sample);
    expect(company.industryGroup?.value).toBe('manufacturing');
  });

  it('one strong word of the description against the page clearly naming another group: unknown', () => {
    const sample = page(`<html lang="de"><title>Acme Logistik - Spedition und Lagerlogistik</title>
      <h1>Spedition, Lagerlogistik, Kontraktlogistik</h1><p>Fracht, LKW-Flotte und Lagerhaus in Bremen.</p>`);
    const company = {
      name: fact('Acme'),
      description: fact('Versand und Retouren für Ihren Onlineshop aus einer Hand.'),
    };
    classifyCompany(company as CompanySignals, sample);
    expect((company as CompanySignals).industryGroup).toBeUndefined();
  });

  it("a schema.org business type outweighs one word of the description ('Book your cleaning' at a dentist)", () => {
    const sample = page(`<script type="application/ld+json">{"@type":"Dentist","name":"Acme Dental"}</script>
      <title>Acme Dental</title><h1>Gentle care</h1>`);
    const company = { name: fact('Acme Dental'), description: fact('Family dentistry. Book your cleaning today.') };
    classifyCompany(company as CompanySignals, sample);
    expect((company as CompanySignals).industryGroup?.value).toBe('healthcare');
    // "book" the verb names no publisher.
    expect(industryGroup('Book a table or book your stay online.', true)).toBeUndefined();
  });

  it.each([
    // Prose, even short, is not an industry's name; one strong word of a short description still counts.
    ['Online shop for cat blankets', 'retail-consumer'],
    ['Photovoltaik für Ihr Dach', 'energy-utilities'],
    // A word every trade uses names none.
    ['Parts made to measure, brought by our own transport.', undefined],
  ])('description %s -> %s', (text, group) => expect(industryGroup(text, true)?.group).toBe(group));

  it('the description decides when the page says nothing clear', () => {
    const sample = page('<title>Acme</title><h1>Welcome</h1>');
    const company = { name: fact('Acme'), description: fact('Freight forwarding and logistics across Europe.') };
    classifyCompany(company as CompanySignals, sample);
    expect(company as CompanySignals).toMatchObject({ industryGroup: { value: 'transportation-logistics' } });
  });
});

// Industry names as profiles and directories show them in German, French and Spanish (LinkedIn under a country
// host): the classification's terms in those languages read them; none is read as a neighbouring group.
const LOCALIZED: Array<[string, string]> = [
  ['Softwareentwicklung', 'software'],
  ['IT-Dienstleistungen und IT-Beratung', 'it-services'],
  ['Technologie, Information und Internet', 'software'],
  ['Finanzdienstleistungen', 'financial-services'],
  ['Krankenhäuser und Gesundheitswesen', 'healthcare'],
  ['Maschinenbau', 'manufacturing'],
  ['Unternehmensberatung', 'professional-services'],
  ['Werbedienstleistungen', 'marketing-advertising'],
  ['Höhere Bildung', 'education'],
  ['Einzelhandel', 'retail-consumer'],
  ['Immobilien', 'real-estate-construction'],
  ['Bauwesen', 'real-estate-construction'],
  ['Telekommunikation', 'telecommunications'],
  ['Transport, Logistik, Lieferkette und Lagerung', 'transportation-logistics'],
  ['Herstellung von Industriemaschinen', 'manufacturing'],
  ['Halbleiterfertigung', 'manufacturing'],
  ['Productie van halfgeleiders', 'manufacturing'],
  ['Fabricación de semiconductores', 'manufacturing'],
  ['Gastgewerbe', 'hospitality-travel'],
  ['Erneuerbare Energien', 'energy-utilities'],
  ['Nichtstaatliche Organisationen', 'government-nonprofit'],
  ['Zeitungsverlage', 'media-publishing'],
  ['Rechtsberatung', 'professional-services'],
  ['Développement de logiciels', 'software'],
  ['Services et conseil en informatique', 'it-services'],
  ["Technologies et services de l'information", 'it-services'],
  ['Services financiers', 'financial-services'],
  ['Hôpitaux et services de santé', 'healthcare'],
  ['Enseignement supérieur', 'education'],
  ['Fabrication de machines industrielles', 'manufacturing'],
  ['Conseil en management', 'professional-services'],
  ['Services de publicité', 'marketing-advertising'],
  ['Commerce de détail', 'retail-consumer'],
  ['Immobilier', 'real-estate-construction'],
  ['Construction', 'real-estate-construction'],
  ['Télécommunications', 'telecommunications'],
  ["Transport, logistique, chaîne d'approvisionnement et stockage", 'transportation-logistics'],
  ['Hôtellerie', 'hospitality-travel'],
  ['Production d’électricité à partir d’énergies renouvelables', 'energy-utilities'],
  ['Organisations à but non lucratif', 'government-nonprofit'],
  ['Médias en ligne', 'media-publishing'],
  ['Services juridiques', 'professional-services'],
  ['Banques', 'financial-services'],
  ['Desarrollo de software', 'software'],
  ['Servicios y consultoría de TI', 'it-services'],
  ['Servicios financieros', 'financial-services'],
  ['Hospitales y atención sanitaria', 'healthcare'],
  ['Educación superior', 'education'],
  ['Fabricación de maquinaria industrial', 'manufacturing'],
  ['Consultoría y servicios a empresas', 'professional-services'],
  ['Servicios de publicidad', 'marketing-advertising'],
  ['Venta al por menor', 'retail-consumer'],
  ['Bienes inmobiliarios', 'real-estate-construction'],
  ['Construcción', 'real-estate-construction'],
  ['Telecomunicaciones', 'telecommunications'],
  ['Transporte, logística, cadena de suministro y almacenamiento', 'transportation-logistics'],
  ['Hostelería', 'hospitality-travel'],
  ['Energías renovables', 'energy-utilities'],
  ['Organizaciones sin ánimo de lucro', 'government-nonprofit'],
  ['Medios de comunicación en línea', 'media-publishing'],
  ['Servicios jurídicos', 'professional-services'],
  ['Banca', 'financial-services'],
  ['Seguros', 'financial-services'],
];

describe('stated industries in German, French and Spanish', () => {
  it.each(LOCALIZED)('%s -> %s', (name, group) => expect(industryGroup(name)?.group).toBe(group));
});
