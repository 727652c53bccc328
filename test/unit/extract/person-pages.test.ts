import { describe, expect, it } from 'vitest';
import { signalsOf } from './read-page';

/**
 * Pages about one person off the networks an adapter reads (lib/extract/person-page.ts): a business network's
 * profile, a speaker's page, a firm's page about one of its people, a personal site. Invented people and companies.
 */
const NOW = Date.UTC(2026, 11, 1);

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const page = (title: string, body: string, head = '') =>
  `<html lang="en"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;
const personOf = (html: string, url: string) => signalsOf(html, url, NOW)?.person;

describe('a page about one person, read from its structured data', () => {
  it("takes a ProfilePage's main entity: name, job title, employer and place", () => {
    const html = page(
      'Mag. Lorenz Aigner, MBA - Head of Procurement - Ybbstal Federn GmbH | Profilnetz',
      '<h1>Mag. Lorenz Aigner, MBA</h1><p>Head of Procurement</p>',
      ld({
        '@context': 'https://schema.org',
        '@type': 'ProfilePage',
        mainEntity: {
          '@type': 'Person',
          name: 'Lorenz Aigner',
          jobTitle: 'Head of Procurement',
          worksFor: { '@type': 'Organization', name: 'Ybbstal Federn GmbH' },
          address: { '@type': 'PostalAddress', addressLocality: 'Waidhofen', addressCountry: 'AT' },
        },
      }),
    );
    const person = personOf(html, 'https://profilnetz.example/profile/Lorenz_Aigner');
    expect(person?.name?.value).toBe('Lorenz Aigner');
    expect(person?.title?.value).toBe('Head of Procurement');
    expect(person?.employer?.value).toBe('Ybbstal Federn GmbH');
    expect(person?.location?.value).toBe('Waidhofen');
    expect(person?.seniority?.value).toBe('head');
    expect(person?.department?.value).toBe('operations');
  });

  it("reads a profile's description as its headline where no job title is given", () => {
    const html = page(
      'Morwenna Tregear | Newsletters',
      '<h1>Morwenna Tregear</h1>',
      ld({
        '@type': 'ProfilePage',
        mainEntity: {
          '@type': 'Person',
          name: 'Morwenna Tregear',
          description: 'Principal Product Designer at Kernow Care Systems. Writing about bilingual services.',
        },
      }),
    );
    const person = personOf(html, 'https://newsletters.example/@morwenna');
    expect(person?.title?.value).toBe('Principal Product Designer');
    expect(person?.employer?.value).toBe('Kernow Care Systems');
  });

  it("takes an event's speaker whose name heads the page, not the organiser or the co-speakers", () => {
    const html = page(
      'Dr. Sanni Rautio – Speaker – Lakeland Industry Forum 2026',
      '<h1>Dr. Sanni Rautio</h1><p>Chief Technology Officer, Vuoksi Carbon Oy</p>',
      ld({
        '@type': 'Event',
        name: 'Lakeland Industry Forum 2026',
        organizer: { '@type': 'Organization', name: 'Forum Events Oy' },
        performer: [
          { '@type': 'Person', name: 'Pekka Laine', jobTitle: 'CEO', worksFor: { '@type': 'Organization', name: 'X' } },
          {
            '@type': 'Person',
            name: 'Sanni Rautio',
            jobTitle: 'Chief Technology Officer',
            worksFor: { '@type': 'Organization', name: 'Vuoksi Carbon Oy' },
          },
        ],
      }),
    );
    const person = personOf(html, 'https://forum.example/2026/speakers/sanni-rautio');
    expect(person?.name?.value).toBe('Sanni Rautio');
    expect(person?.employer?.value).toBe('Vuoksi Carbon Oy');
  });

  it("keeps the site's company beside the person on a firm's page about one of its people", () => {
    const html = page(
      'Meet Our CFO: Dana Oakridge, CPA | Pinecrest Freight',
      '<h1>Dana Oakridge, CPA</h1>',
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          {
            '@type': 'Organization',
            '@id': '#org',
            name: 'Pinecrest Freight, Inc.',
            url: 'https://www.pinecrestfreight.example',
          },
          {
            '@type': 'Person',
            name: 'Dana Oakridge',
            jobTitle: 'Chief Financial Officer',
            worksFor: { '@id': '#org' },
          },
        ],
      }),
    );
    const signals = signalsOf(html, 'https://www.pinecrestfreight.example/leadership/dana-oakridge', NOW);
    expect(signals?.person?.name?.value).toBe('Dana Oakridge');
    expect(signals?.person?.seniority?.value).toBe('c-level');
    // Its employer named by reference to the page's Organization.
    expect(signals?.person?.employer?.value).toBe('Pinecrest Freight, Inc.');
    expect(signals?.company?.name?.value).toBe('Pinecrest Freight, Inc.');
  });

  it("never takes an article's author, whose name is in the byline and not the heading", () => {
    const html = page(
      'Five ways to cut freight costs | Pinecrest Freight',
      '<h1>Five ways to cut freight costs</h1><p class="byline">By Jo Marsh</p>',
      ld({
        '@type': 'BlogPosting',
        headline: 'Five ways to cut freight costs',
        author: { '@type': 'Person', name: 'Jo Marsh', jobTitle: 'Head of Marketing' },
      }),
    );
    expect(personOf(html, 'https://www.pinecrestfreight.example/blog/five-ways')).toBeUndefined();
  });

  it("reads a Person item of the page's microdata as its card (schema.org or data-vocabulary.org)", () => {
    const html = page(
      'Rafaela Moura de Lima - Gerente de Projetos',
      `<div itemscope itemtype="http://schema.org/Person"><h1 itemprop="name">Rafaela Moura de Lima</h1>
       <h2><span itemprop="jobTitle">Gerente de Projetos</span> na <span itemprop="worksFor">Sertão Solar Engenharia</span></h2>
       <p><span itemprop="homeLocation">Campina Grande, PB</span></p></div>`,
    );
    const person = personOf(html, 'https://cards.example/rafaelamoura');
    expect(person?.name?.value).toBe('Rafaela Moura de Lima');
    expect(person?.title?.value).toBe('Gerente de Projetos');
    expect(person?.employer?.value).toBe('Sertão Solar Engenharia');
    expect(person?.location?.value).toBe('Campina Grande, PB');
    const vocabulary = page(
      'Clémence Ribaud - Profil',
      `<div itemscope itemtype="http://data-vocabulary.org/Person"><h1 itemprop="name">Clémence Ribaud</h1>
       <p><span itemprop="title">Directrice financière</span> chez <span itemprop="affiliation">Cartons du Lot</span></p>
       <p itemprop="address" itemscope itemtype="http://data-vocabulary.org/Address"><span itemprop="locality">Cahors</span>,
       <span itemprop="region">Occitanie</span></p></div>`,
    );
    const clemence = personOf(vocabulary, 'https://reseau.example/profile/clemence.ribaud');
    expect(clemence?.employer?.value).toBe('Cartons du Lot');
    // The place its address item states: only the card reads it.
    expect(clemence?.location?.value).toBe('Cahors');
  });
});

describe('a page about one person, read from its text', () => {
  it("takes the name heading the page and the role under it; the employer is the site's company", () => {
    const html = page(
      'Avv. Chiara Benedetti | Studio Legale Rovere & Associati',
      `<nav><a href="/">Lo Studio</a></nav><h1>Chiara Benedetti</h1><p>Ruolo:</p><p>Socio</p>
       <p>Chiara Benedetti è socio dello Studio dal 2014.</p><footer>Studio Legale Rovere &amp; Associati</footer>`,
      ld({ '@type': 'LegalService', name: 'Studio Legale Rovere & Associati', url: 'https://www.rovere.example' }),
    );
    const person = personOf(html, 'https://www.rovere.example/it/professionisti/chiara-benedetti');
    expect(person?.name?.value).toBe('Chiara Benedetti');
    expect(person?.title?.value).toBe('Socio');
    expect(person?.seniority?.value).toBe('owner');
    expect(person?.employer?.value).toBe('Studio Legale Rovere & Associati');
  });

  it('reads a headline under the name as the title at its employer', () => {
    const html = page(
      'Nika Zupan - Profile',
      '<h1>Nika Zupan</h1><p>Head of Product at Smreka Analytics</p><p>Kranj, Slovenia</p>',
    );
    const person = personOf(html, 'https://talent.example/u/nika-zupan');
    expect(person?.title?.value).toBe('Head of Product');
    expect(person?.employer?.value).toBe('Smreka Analytics');
    // The place under them, a city and its country.
    expect(person?.location?.value).toBe('Kranj, Slovenia');
    // A title and a company closing on its legal form after a comma: the company is the employer, not the network.
    const network = page(
      'Agata Wrona-Lis - Profil zawodowy',
      '<h1>Agata Wrona-Lis</h1><p>Kierownik Działu Zakupów, Stalmet Opole Sp. z o.o.</p>',
      ld({ '@type': 'Organization', name: 'ProfilNet', url: 'https://profilnet.example' }),
    );
    const agata = personOf(network, 'https://profilnet.example/agata-wrona-lis/');
    expect(agata?.title?.value).toBe('Kierownik Działu Zakupów');
    expect(agata?.employer?.value).toBe('Stalmet Opole Sp. z o.o.');
  });

  it("leaves a heading the address does not spell, a section's heading and a personal site's own name as employer", () => {
    const unspelled = page('Nika Zupan - Profile', '<h1>Nika Zupan</h1><p>Head of Product</p>');
    expect(personOf(unspelled, 'https://talent.example/u/12345')).toBeUndefined();
    const section = page('Who We Are | Lanka Pharma', '<h1>Who We Are</h1><p>Distribution Network</p>');
    expect(personOf(section, 'https://lankapharma.example/who-we-are')).toBeUndefined();
    const own = page(
      'Over mij – Femke Hoekstra | Interim controller',
      '<h1>Femke Hoekstra</h1><p>Interim financial controller · Friesland</p>',
      ld({ '@type': 'Organization', name: 'Femke Hoekstra', url: 'https://www.femkehoekstra.example' }),
    );
    const person = personOf(own, 'https://www.femkehoekstra.example/over-mij/');
    expect(person?.title?.value).toBe('Interim financial controller');
    expect(person?.employer).toBeUndefined();
  });
});

describe("the office of a person on their employer's page", () => {
  const firm = (bio: string) =>
    page(
      'Sofie Martens | Declercq Revisoren',
      `<h1>Sofie Martens</h1><p>Vennoot</p><p>${bio}</p>
       <footer><p>Declercq Revisoren BV</p><p>Gistelse Steenweg 318, 8200 Brugge, België</p></footer>`,
      ld({ '@type': 'AccountingService', name: 'Declercq Revisoren', url: 'https://www.declercq.example' }),
    );
  const url = 'https://www.declercq.example/team/sofie-martens';

  it("takes the company's city where the bio names it", () => {
    const person = personOf(firm('Zij leidt vanuit ons kantoor in Brugge de auditopdrachten.'), url);
    expect(person?.employer?.value).toBe('Declercq Revisoren');
    expect(person?.location?.value).toBe('Brugge');
  });

  it('leaves the place unknown where the bio names another city, or only a longer name', () => {
    expect(personOf(firm('Zij werkt vanuit ons kantoor in Oostende.'), url)?.location).toBeUndefined();
    expect(personOf(firm('Zij studeerde bij professor Bruggeman in Gent.'), url)?.location).toBeUndefined();
  });
});

describe("a person's name as firms write it", () => {
  it("reads a doctor's field and several post-nominals around the name, past a breadcrumb that repeats it", () => {
    const html = page(
      'Dr. iur. Jonas Wyrsch, LL.M., MBA – Partner | Wyrsch Blatter Rechtsanwälte AG',
      `<nav><p>Startseite</p><p>Team</p><p>Dr. iur. Jonas Wyrsch, LL.M., MBA</p></nav><aside><h3>Kontakt</h3><p>Telefon +41 41 000 00 00</p></aside>
       <h1>Dr. iur. Jonas Wyrsch, LL.M., MBA</h1><p>Partner</p><p>Rechtsanwalt</p>`,
    );
    const person = personOf(html, 'https://www.wyrsch-blatter.example/team/jonas-wyrsch');
    expect(person?.name?.value).toBe('Jonas Wyrsch');
    expect(person?.title?.value).toBe('Partner');
  });

  it('finds the name in an address that writes æ, ø or ß in plain letters', () => {
    const html = (name: string) =>
      page(`${name} – Arkitekt, partner | Tegnestue`, `<h1>${name}</h1><p>Arkitekt, partner</p>`);
    const url = (slug: string) => `https://www.tegnestue.example/tegnestuen/${slug}`;
    expect(personOf(html('Mette Kjærsgaard'), url('mette-kjaersgaard'))?.name?.value).toBe('Mette Kjærsgaard');
    expect(personOf(html('Ingrid Sørli'), url('ingrid-soerli'))?.name?.value).toBe('Ingrid Sørli');
    expect(personOf(html('Ingrid Sørli'), url('ingrid-sorli'))?.name?.value).toBe('Ingrid Sørli');
    expect(personOf(html('Ingrid Sørli'), url('ingrid-hansen'))).toBeUndefined();
  });
});

describe('the person an interview, a profile or an episode is about', () => {
  const article = (title: string, description: string) =>
    page(
      title,
      '<h1>Een gesprek over vlas</h1><p>Door Pieter Claes</p><p>De vlasprijs schommelt sterk.</p>',
      `<meta name="description" content="${description}">`,
    );
  const url = 'https://www.ondernemers.example/interviews/vlas';

  it('takes the name the title gives, as the summary describes them: role and company', () => {
    const nl = article(
      'In gesprek met Elke Vermeersch, CFO van Linovlas | Ondernemers',
      'Elke Vermeersch is sinds 2021 CFO van vlasverwerker Linovlas in Izegem. Een gesprek over prijzen.',
    );
    const person = personOf(nl, url);
    expect(person?.name?.value).toBe('Elke Vermeersch');
    expect(person?.title?.value).toBe('CFO');
    expect(person?.employer?.value).toBe('Linovlas');
    const fr = article(
      'Épisode 12 – Chantal Ouellet, Usinage Magog : « Former la relève » | Les Bâtisseurs',
      'Chantal Ouellet, présidente et cofondatrice de Usinage Magog inc., raconte comment elle forme ses machinistes.',
    );
    const chantal = personOf(fr, 'https://www.batisseurs.example/episodes/12');
    expect(chantal?.title?.value).toBe('présidente et cofondatrice');
    expect(chantal?.employer?.value).toBe('Usinage Magog');
    // The last "of" before a capitalized name parts the role from the company.
    const pt = article(
      '#87 – Renata Moreira: paradas zero | Chão de Fábrica',
      'No episódio 87, conversamos com Renata Moreira, Diretora de Operações do Laticínios Vale Verde, de Lavras (MG).',
    );
    expect(personOf(pt, url)?.title?.value).toBe('Diretora de Operações');
    expect(personOf(pt, url)?.employer?.value).toBe('Laticínios Vale Verde');
    // A title that names its subject twice is still about one person.
    const twice = article(
      'Elke Vermeersch: “Vlas groeit” – Elke Vermeersch | Ondernemers',
      'Elke Vermeersch, CFO van Linovlas, over de markt.',
    );
    expect(personOf(twice, url)?.name?.value).toBe('Elke Vermeersch');
  });

  it('reads the company and role before the name, as a Turkish summary writes them', () => {
    const tr = article(
      'Mühendislikten yönetime: Derya Şahin Aydın - Sanayi Postası',
      'Marmara Kompozit A.Ş. Genel Müdürü Derya Şahin Aydın, Gebze tesisini anlattı.',
    );
    const person = personOf(tr, 'https://www.sanayipostasi.example/portre/derya-sahin-aydin');
    expect(person?.name?.value).toBe('Derya Şahin Aydın');
    expect(person?.title?.value).toBe('Genel Müdürü');
    expect(person?.employer?.value).toBe('Marmara Kompozit A.Ş.');
  });

  it('takes nobody whom the summary does not describe, nor one of two people described alike', () => {
    const quoted = article('Elke Vermeersch: “Vlas groeit” | Ondernemers', 'De vlasprijs schommelt, zegt de sector.');
    expect(personOf(quoted, url)).toBeUndefined();
    const two = article(
      'Elke Vermeersch en Jan Peeters over vlas | Ondernemers',
      'Elke Vermeersch, CFO van Linovlas, en Jan Peeters, CEO van Vlasco, over de markt.',
    );
    expect(personOf(two, url)).toBeUndefined();
  });

  it('never takes a role the person held before for the one they hold', () => {
    const former = article(
      'Elke Vermeersch nieuwe CEO | Ondernemers',
      'Elke Vermeersch, voormalig CFO van Vlasco, neemt de leiding over.',
    );
    expect(personOf(former, url)).toBeUndefined();
  });
});

describe("a profile on a network no adapter reads, from the page's title", () => {
  const profile = (title: string, h1: string) => page(title, `<h1>${h1}</h1><p>Berufserfahrung</p>`);

  it('reads name, position, employer and place between dashes, where the heading is the name', () => {
    const xing = personOf(
      profile('Ulrike Brandner - Leiterin Einkauf - Nagold Federtechnik GmbH | XING', 'Ulrike Brandner'),
      'https://www.xing.com/profile/Ulrike_Brandner2',
    );
    expect([xing?.name?.value, xing?.title?.value, xing?.employer?.value]).toEqual([
      'Ulrike Brandner',
      'Leiterin Einkauf',
      'Nagold Federtechnik GmbH',
    ]);
    const card = personOf(
      profile('Sara Holm - Inköpschef på Laholms Kvarn AB - Halmstad, Sverige | about.me', 'Sara Holm'),
      'https://about.me/saraholm',
    );
    expect([card?.title?.value, card?.employer?.value, card?.location?.value]).toEqual([
      'Inköpschef',
      'Laholms Kvarn AB',
      'Halmstad, Sverige',
    ]);
  });

  it("takes no one whose page it is not, and no network's name for an employer", () => {
    const other = personOf(
      profile('Ulrike Brandner - Leiterin Einkauf - Nagold Federtechnik GmbH | XING', 'Ähnliche Profile'),
      'https://www.xing.com/profile/Ulrike_Brandner2',
    );
    expect(other?.name?.value).not.toBe('Ulrike Brandner');
    const card = personOf(
      profile('Sara Holm - Halmstad, Sverige | about.me', 'Sara Holm'),
      'https://about.me/saraholm',
    );
    expect(card?.employer?.value).not.toBe('about.me');
  });
});
