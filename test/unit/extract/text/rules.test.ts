import { describe, expect, it } from 'vitest';
import { findAddress } from '../../../../lib/extract/text/address';
import { phoneCountry, tldCountry } from '../../../../lib/extract/text/country';
import { departmentOf } from '../../../../lib/extract/text/departments';
import { foundedYear } from '../../../../lib/extract/text/founded';
import { headcount } from '../../../../lib/extract/text/headcount';
import { readImprint } from '../../../../lib/extract/text/imprint';
import { extractTextSignals } from '../../../../lib/extract/text/index';
import { viewOf } from '../../../../lib/extract/text/read';
import { bodyOf, readPage } from '../read-page';

const NOW = Date.UTC(2025, 0, 15);
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('founded year', () => {
  it.each([
    ['Founded in 2012 in Berlin', 2012],
    ['Established 1998', 1998],
    ['Die Firma wurde 2005 gegründet', 2005],
    ['gegründet 2005', 2005],
    ['Fondée en 2010 à Paris', 2010],
    ['Family business since 1952', 1952],
    ['Founded: 2012', 2012],
    ['Gegründet: 1987', 1987],
    ['Fondée : 1998', 1998],
    ['Date de création : 2003', 2003],
    ['Año de fundación: 1990', 1990],
    ['Empresa creada en 2001 en Vigo', 2001],
    ['Fondata nel 1964 a Torino', 1964],
    ['Opgericht in 2009', 2009],
    ['Acme was founded on March 3, 2012 in Austin', 2012],
    ['La société a été fondée le 3 mars 2010', 2010],
    ['Die GmbH wurde am 3. März 2005 gegründet; gegründet am 3. März 2005', 2005],
    ['La empresa fue fundada el 3 de marzo de 1990', 1990],
    ['Founded by two engineers from Delft in 2014', 2014],
    ['Fondée par Marie et Paul en 2011 à Lyon', 2011],
    ['Fundada por tres hermanos en 1987', 1987],
    ['Gegründet von Anna Berg im Jahr 1999', 1999],
    ['Since our founding in 1998 we have grown', 1998],
    ['Depuis sa création en 1995, Acme conçoit', 1995],
    ['Desde su fundación en 1972 ofrecemos', 1972],
    ['Seit der Gründung 1964 fertigen wir', 1964],
    ['Sinds 2001 actief', 2001],
    ['Empresa fundada em 1990 no Porto', 1990],
    ['Gegr. 1995 in Kassel', 1995],
    ['Anno di fondazione: 1924', 1924],
    ['Ano de fundação: 1979', 1979],
    ['Oprichtingsjaar 2003', 2003],
    ['Founding year: 1987', 1987],
    ['Het bedrijf is in 2011 opgericht door twee broers', 2011],
    ['Desde a sua fundação em 1950, a construtora', 1950],
    ['Dalla sua fondazione nel 1962 lo studio', 1962],
    ['Acme was founded in San Francisco in 2012', 2012],
    ['Fondée à Lyon en 2003, la société', 2003],
    ['Fondata a Milano nel 1962', 1962],
    ['Fundada em São Paulo em 1979', 1979],
    ['Opgericht in Den Haag in 2011', 2011],
    // A lower-case word between is not a place: a product launched, not the company founded.
    ['the club founded in the city in 2012 a new team', undefined],
    // An anniversary without its base year, an event year: nothing.
    ['Celebrating 50 years of craft in 2024', undefined],
    ['Seit über 30 Jahren für Sie da. Messe 2024', undefined],
    ['Gründung\n1995\nMitarbeiter\n120', 1995],
    ['Fundação: 1979', 1979],
    ['Création : 2003', 2003],
    ["L'azienda nasce nel 1962 a Brescia", 1962],
    ['A empresa nasceu em 1979', 1979],
    // A person's birth year is not a founding.
    ['Mario Rossi, nato nel 1950, guida lo studio', undefined],
    ['Fondazione Cariplo 2020', undefined],
    ['customers since 2019', undefined],
    // A copyright range starts where the site's notice starts, not where the company does.
    ['© 1998–2024 Acme Inc. All rights reserved.', undefined],
    ['Copyright 2008-2025 Beispiel GmbH', undefined],
    // Someone else's founding, or a date that is not a founding: nothing.
    ['Our partner Blue Fund was founded by people we trust.', undefined],
    ['founded in 1700', undefined],
    ['founded in 2090', undefined],
    // A beginning told as a story, with "we" or a name as the sentence's subject, in seven languages.
    ['We started Brightfold in 2016 after years in retail.', 2016],
    ['Intro.\nCedar Lane Bakery started in a garage in Leeds in 2011, with one oven.', 2011],
    ['Talleres Ibarra nació en 1978 en Eibar.', 1978],
    ['Nascemos em 2015 numa garagem do Porto.', 2015],
    ['Nous sommes nés en 2012 à Rennes.', 2012],
    ['Siamo nati nel 1994 a Torino.', 1994],
    ['Wir begannen 2001? Nein. Die Kanzlei begann 2001 mit zwei Anwälten.', 2001],
    ['Van Dijk Techniek begon in 1999 als eenmanszaak.', 1999],
    // Something else that started, and a story without the subject at the sentence's start: nothing.
    ['The project started in 2019.', undefined],
    ['Our partnership with them started in 2020.', undefined],
    // Romanian, Hungarian, Greek, Swedish, Spanish year-first, and "since its establishment".
    ['Carpatica Code a fost fondată în 2012 de trei foști colegi.', 2012],
    // Written without diacritics, as many Romanian sites do; a word starting with î is beyond the pattern's \b.
    ['Firma a fost infiintata in 2005 la Iasi.', 2005],
    ['A Hajdú Fémtechnika Kft. 1994-ben alapított családi vállalkozás.', 1994],
    ['Η εταιρεία ιδρύθηκε το 1978 στη Θεσσαλονίκη.', 1978],
    ['2011 grundat i Göteborg', 2011],
    ['En 2009 fundamos la empresa en Jardín.', 2009],
    ['Since its establishment in 2003, the company has grown.', 2003],
    // Polish "founded" told of the founder; a German main clause's year, not the owning group's attribute.
    ['Firmę założył w 2004 roku technik dentystyczny Jan Nowak.', 2004],
    ['Die Acme Technik GmbH wurde 1998 als eigenes Unternehmen der 1952 gegründeten Acme-Gruppe ausgegründet.', 1998],
    ['Als Teil der 1952 gegründeten Acme-Gruppe fertigen wir Förderbänder.', undefined],
    ['Die 1998 gegründete Acme GmbH fertigt Förderbänder.', 1998],
    // The owner's founding year, given in the sentence that names it as the owner: the company's own comes later.
    [
      'Acme is a member of the Brightstone Holdings family of companies (est. 1948). Since our founding in 1979 we grew.',
      1979,
    ],
    ['We are part of the Kessler Group, founded in 1921.', undefined],
    // "since" dating an owner's purchase or a label under its list's heading; a company opening its doors since.
    ['Depuis 2020, Acme fait partie du Groupe Hôtelier Brume.', undefined],
    ['Labels\nClé Verte depuis 2015 · Bienvenue Vélo', undefined],
    ['We have placed 900 people since Cobalt Reef opened its doors in Fortitude Valley in 2012.', 2012],
    // A figure block whose inline parts run together; the family's mill "seit 1890" is another business.
    ['Die Familie betreibt seit 1890 die Mühle.\n1971Gründung der AG\n85Mitarbeitende', 1971],
    // A tile's year and caption on one line; Turkish's verb last; a passive start after a bracketed legal form, and a
    // credential's "since" after it in the text.
    ['Rakamlar\n1987 Kuruluş yılı\n120 Çalışan', 1987],
    ["Mavi Makina A.Ş., 1987 yılında iki mühendis tarafından İzmir'de kuruldu.", 1987],
    [
      'Since 2021 we have been a level 2 B-BBEE contributor. Karoo Cold (Pty) Ltd was started in 2004 by two growers.',
      2004,
    ],
    ['The pilot project was started in 2019.', undefined],
  ])('%s', (text, year) => expect(foundedYear(text, NOW)?.year).toBe(year));
});

describe('headcount', () => {
  it.each([
    ['a team of 200', { min: 200, max: 200 }],
    ['over 1,500 employees worldwide', { min: 1500 }],
    ['200+ people work here? no: 200+ employees', { min: 200 }],
    ['rund 50 Mitarbeiter', { min: 50, max: 50 }],
    // The company counting itself as a list of its trades; a figure captioned by its trades and a staff noun.
    ["We're 280 drivers, dispatchers, planners and engineers.", { min: 280, max: 280 }],
    ['Somos 45 ingenieros, técnicos y administrativos.', { min: 45, max: 45 }],
    ['Fondata nel 1962, Acme S.p.A. impiega 310 persone tra Brescia e Bergamo.', { min: 310, max: 310 }],
    ['Since 2015 we have grown to 64 clinics with 1,100 clinicians and staff.', { min: 1100, max: 1100 }],
    ['Today our studio of 42 architects, designers and planners works from two cities.', { min: 42, max: 42 }],
    // The company counted as a company of people; the team a new hire joins is not the company.
    ["We're a Denver-based company of about 240 people. This role joins a team of five.", { min: 240, max: 240 }],
    ['This role joins a team of five in our Lisbon office.', undefined],
    ['Nous sommes 34 : 30 consultants et 4 personnes au support.', { min: 34, max: 34 }],
    // A figure captioned by the company's name and a staff noun closing the line; a count of others is none.
    ['3,200+\nservice companies on the platform\n74\nBrightwater teammates', { min: 74, max: 74 }],
    ['4,000+\nsystems installed\n65\ninstallers, engineers & support staff', { min: 65, max: 65 }],
    ['We are 20 minutes from the airport, the station and parks.', undefined],
    ['12\nyears serving customers and staff', undefined],
    ['über 1.000 Mitarbeitende', { min: 1000 }],
    ['120 collaborateurs', { min: 120, max: 120 }],
    ['trusted by 10,000 people', undefined],
    ['oltre 120 dipendenti', { min: 120 }],
    ['ruim 30 medewerkers', { min: 30 }],
    ['mais de 200 colaboradores', { min: 200 }],
    ['más de 80 empleados', { min: 80 }],
    ['mit rund 180 Beschäftigten', { min: 180, max: 180 }],
    ['Rund 45 Kolleginnen und Kollegen betreuen', { min: 45, max: 45 }],
    ['een team van 25 professionals', { min: 25, max: 25 }],
    ["nous sommes aujourd'hui plus de 30 personnes", { min: 30 }],
    ['a crew of nine', { min: 9, max: 9 }],
    ['nuestro equipo de doce profesionales', { min: 12, max: 12 }],
    ['più di 40 persone? no: 40 anni di storia', undefined],
    ['1 employee', undefined],
    ['Suntem 146 de oameni: ingineri și designeri.', { min: 146, max: 146 }],
    // A group's headcount said in passing is not the company's; "we are" is.
    ['Facem parte dintr-un grup cu peste 3.000 de angajați. Suntem 140 de oameni.', { min: 140, max: 140 }],
    ['Ma 85 fős csapatunk gyárt', { min: 85, max: 85 }],
    ['Απασχολεί 62 εργαζόμενους', { min: 62, max: 62 }],
  ])('%s', (text, range) => expect(headcount(text)?.range).toEqual(range));
});

describe('address', () => {
  it.each([
    ['Clínica Sá Moreira, Lda.\nRua do Souto 45\n4700-329 Braga\nPortugal', 'Braga', 'PT'],
    ['Farol Ltda. · Rua XV de Novembro 700 · 80020-310 Curitiba - PR', 'Curitiba', 'BR'],
    ['Agence Lumen · 14 rue de la République · 69002 Lyon', 'Lyon', 'FR'],
    [
      'Harpeth Staffing LLC\n1113 Murfreesboro Rd, Suite 310, Franklin, Tennessee 37064, United States',
      'Franklin',
      'US',
    ],
    ['Bakker B.V.\nHoofdstraat 30\n2405 AB Alphen aan den Rijn', 'Alphen aan den Rijn', 'NL'],
  ])('reads %s', (text, city, country) => {
    const address = findAddress(text);
    expect([address?.city, address?.country]).toEqual([city, country]);
    expect(address?.street ?? '').not.toMatch(/[·•]$/);
  });

  it.each([
    ['Acme Inc.\n111 West Elm Ave. Suite 106 Sunnyvale, CA, 94086', 'Sunnyvale', 'US'],
    ['Werbeagentur Nord GmbH\nAm Delft 24, 26721 Emden', 'Emden', 'DE'],
  ])('reads the postal line of %s', (text, city, country) => {
    const address = findAddress(text);
    expect([address?.city, address?.country]).toEqual([city, country]);
  });

  it('reads a contact block line of a city and its country, not a list of offices', () => {
    expect(readImprint('Contact\nEmail\nThe Think Tank.\nVienna, Austria\nhello@x.example', 'en', false).hq).toEqual({
      city: 'Vienna',
      country: 'AT',
    });
    expect(readImprint('Contact\nBerlin, Germany\nParis, France', 'en', false).hq?.city).toBeUndefined();
  });

  it('reads the seat a Portuguese sentence or an office label names, of two offices with addresses', () => {
    const offices =
      'Onde estamos\nCampinas – Sede\nRua das Acácias, 120\nCambuí, Campinas – SP, 13024-000\nRecife – Escritório\nRua do Sol, 18\nRecife – PE, 50030-220';
    expect(readImprint(offices, 'pt', false).hq?.city).toBe('Campinas');
    const sentence = `Nossa sede fica em Campinas (SP) e nosso time de vendas está em Recife.\n${offices.replace('Campinas – Sede', 'Campinas')}`;
    expect(readImprint(sentence, 'pt', false).hq?.city).toBe('Campinas');
  });

  it("reads the company's own address over its terminal's, and the base a 'we're a X-based company' names", () => {
    const footer = 'Kvarnby Logistik AB\nHamngatan 4\n553 11 Jönköping\nTerminal Eksjö\nVerkstadsgatan 2\n575 36 Eksjö';
    expect(readImprint(footer, 'sv', false).hq?.city).toBe('Jönköping');
    expect(readImprint("We're a Boise-based company of 60 people.", 'en', false).hq?.city).toBe('Boise');
  });

  it('reads the Turkish head office (genel müdürlük) over a sales office (satış ofisi) listed after it', () => {
    const blocks =
      'İletişim\nİzmir Satış Ofisi\nAlsancak Mah. Liman Cad. No: 3\n35220 Konak / İzmir\nFabrika & Genel Müdürlük\nMavi Cadde No: 7\n16140 Nilüfer / Bursa';
    expect(readImprint(blocks, 'tr', false).hq?.city).toBe('Nilüfer');
  });

  it('reads the seat after Italian, Dutch and Portuguese seat words', () => {
    expect(readImprint('Sede legale: Bergamo', 'it', true).hq?.city).toBe('Bergamo');
    expect(readImprint('Statutair gevestigd te Zwolle', 'nl', true).hq?.city).toBe('Zwolle');
    expect(readImprint('Sociedade com sede em Braga', 'pt', true).hq?.city).toBe('Braga');
  });

  it('reads a Portuguese postcode without a street only on a Portuguese page', () => {
    const text = 'Quinta do Vale · 5050-011 Peso da Régua · Privacidade';
    expect(findAddress(text, { lang: 'pt' })?.city).toBe('Peso da Régua');
    expect(findAddress(text, { lang: 'en' })).toBeUndefined();
  });

  it('reads a German block with the country on the next line', () => {
    expect(findAddress('Acme GmbH\nHauptstraße 5\n80331 München\nDeutschland')).toEqual({
      street: 'Hauptstraße 5',
      postalCode: '80331',
      city: 'München',
      country: 'DE',
    });
  });
  it('reads a UK postcode', () => {
    expect(findAddress('10 Downing Street, London SW1A 2AA')).toMatchObject({ city: 'London', country: 'GB' });
  });
  it('ignores a bare number before a word', () => {
    expect(findAddress('Over 2000 Customers love us')).toBeUndefined();
  });
});

describe('weak country evidence', () => {
  it('votes by calling code', () =>
    expect(phoneCountry('Tel +49 30 1234567, Fax +49 30 1234568', [])?.country).toBe('DE'));
  it('reads tel: links', () => expect(phoneCountry('', ['tel:+33123456789'])?.country).toBe('FR'));
  it('maps ccTLDs but not generic ones', () => {
    expect(tldCountry('acme.co.uk')?.country).toBe('GB');
    expect(tldCountry('acme.de')?.country).toBe('DE');
    expect(tldCountry('acme.io')).toBeUndefined();
    expect(tldCountry('acme.com')).toBeUndefined();
  });
});

describe('departments from job titles', () => {
  it.each([
    ['Senior Data Engineer', 'data'],
    ['Software Engineer (Backend)', 'engineering'],
    ['Account Executive', 'sales'],
    ['Customer Success Manager', 'customer-success'],
    ['Talent Acquisition Partner', 'hr'],
    ['Werkstudent Marketing', 'marketing'],
    ['Something else entirely', 'other'],
  ])('%s', (title, department) => expect(departmentOf(title)).toBe(department));
});

describe('extractTextSignals guards', () => {
  const ctx = { url: 'https://www.linkedin.com/company/acme/', observedAt: NOW };
  it('reads nothing on a platform page', () => {
    const page = doc('<body><a href="/careers">Careers</a><p>Founded in 2003. 500 employees.</p></body>');
    // A platform page sends no body; were one read, the rules would still read nothing.
    expect(extractTextSignals(viewOf(bodyOf(page, 'https://acme.example/'), ctx.url), ctx)).toEqual({});
  });
  it('never throws on a document without a body', () => {
    const xml = new DOMParser().parseFromString('<root/>', 'application/xml') as unknown as Document;
    expect(() =>
      extractTextSignals(readPage(xml, 'https://acme.example/'), { url: 'https://acme.example/', observedAt: NOW }),
    ).not.toThrow();
  });
  it('caps a huge page and ignores a single compliance mention in an article', () => {
    const filler = 'lorem ipsum '.repeat(60_000);
    const page = doc(`<body><article>${filler} HIPAA HIPAA HIPAA</article><p>We are SOC 2 ready</p></body>`);
    const out = extractTextSignals(readPage(page, 'https://acme.example/'), {
      url: 'https://acme.example/',
      observedAt: NOW,
    });
    expect(out.compliance).toBeUndefined();
  });
  it('ignores careers links to other sites and reader job boards', () => {
    const page = doc(
      '<body><a href="https://other.example/careers">Careers at Other</a><a href="https://www.linkedin.com/jobs/">Jobs</a></body>',
    );
    expect(
      extractTextSignals(readPage(page, 'https://acme.example/'), { url: 'https://acme.example/', observedAt: NOW })
        .hiring,
    ).toBeUndefined();
  });
});

describe('compliance claims', () => {
  const claims = (html: string) =>
    extractTextSignals(readPage(doc(`<body>${html}</body>`), 'https://acme.example/'), {
      url: 'https://acme.example/',
      observedAt: NOW,
    }).compliance?.value;
  it.each([
    ['<p>Our platform is SOC 2 Type II certified.</p>', ['SOC 2']],
    ['<p>Alle Daten werden DSGVO-konform verarbeitet.</p>', ['GDPR']],
    ['<p>Nous sommes certifiés ISO 27001 depuis 2019.</p>', ['ISO 27001']],
    ['<p>Built for care teams.</p><footer>HIPAA · Privacy · Terms</footer>', ['HIPAA']],
    ['<p>GDPR.</p><p>Read about GDPR.</p>', ['GDPR']],
  ])('%s', (html, expected) => expect(claims(html)).toEqual(expected));
  it.each([
    '<p>We mention GDPR once here.</p>',
    '<article><h1>What HIPAA compliance means for startups</h1><p>HIPAA is a US law.</p></article>',
    '<p>SOC 2.</p><p>Certified organic coffee.</p>',
  ])('no claim: %s', (html) => expect(claims(html)).toBeUndefined());
});

describe('careers links by their text', () => {
  const careers = (html: string) =>
    extractTextSignals(readPage(doc(`<body>${html}</body>`), 'https://acme.example/'), {
      url: 'https://acme.example/',
      observedAt: NOW,
    }).hiring?.value.careersUrl;
  const filler = Array.from({ length: 300 }, (_, i) => `<a href="/post/${i}">Post ${i}</a>`).join('');
  it('reads the labels of the footer of a long page', () => {
    expect(careers(`${filler}<footer><a href="/team">Careers</a></footer>`)).toBe('https://acme.example/team');
  });
  it('reads no label when the visible text has no careers word', () => {
    expect(careers(`${filler}<footer><a href="/team">Our people</a></footer>`)).toBeUndefined();
  });
  it("reads a law firm's employment practice as no careers page", () => {
    expect(careers('<nav><a href="/employment-law/">Employment Law</a></nav>')).toBeUndefined();
  });
  it.each([
    ['<a href="/employment/">Employment</a>', 'https://acme.example/employment/'],
    ['<footer><a href="/p/7">Employment Opportunities</a></footer>', 'https://acme.example/p/7'],
    ['<a href="lavora.html">Lavora con noi</a>', 'https://acme.example/lavora.html'],
    ['<a href="/trabalhe-conosco/">Trabalhe conosco</a>', 'https://acme.example/trabalhe-conosco/'],
    ['<a href="/bolsa-de-trabajo/">Bolsa de trabajo</a>', 'https://acme.example/bolsa-de-trabajo/'],
    ['<a href="/pl/kariera/">Kariera</a>', 'https://acme.example/pl/kariera/'],
    ['<a href="/jobba-hos-oss">Jobba hos oss</a>', 'https://acme.example/jobba-hos-oss'],
    ['<a href="vacatures.html">Vacatures</a>', 'https://acme.example/vacatures.html'],
    ['<a href="/ro/cariere/">Cariere</a>', 'https://acme.example/ro/cariere/'],
    ['<a href="/hu/karrier">Karrier</a>', 'https://acme.example/hu/karrier'],
    ['<a href="/tr/kariyer">Kariyer</a>', 'https://acme.example/tr/kariyer'],
    ['<footer><a href="/p/9">Állásajánlatok</a></footer>', 'https://acme.example/p/9'],
    ['<footer><a href="/recruit/">採用情報</a></footer>', 'https://acme.example/recruit/'],
    ['<footer><a href="/carreiras/">Carreiras</a></footer>', 'https://acme.example/carreiras/'],
    ['<a href="/posao">Otvorena radna mjesta</a>', 'https://acme.example/posao'],
    ['<a href="/zaposlitev">Zaposlitev</a>', 'https://acme.example/zaposlitev'],
    ['<a href="/lehrstelle/">Lehrstelle frei!</a>', 'https://acme.example/lehrstelle/'],
    ['<footer><a href="/p/4">Prosta delovna mesta (4)</a></footer>', 'https://acme.example/p/4'],
    ['<a href="https://acme.gupy.io/">Trabalhe conosco</a>', 'https://acme.gupy.io/'],
    // By the link's words when the path says nothing.
    ['<footer><a href="/p/17">Oferty pracy</a></footer>', 'https://acme.example/p/17'],
    // A board whose path starts with the reader's language.
    [
      '<a href="https://www.welcometothejungle.com/fr/companies/acme/jobs">Nous rejoindre</a>',
      'https://www.welcometothejungle.com/fr/companies/acme/jobs',
    ],
  ])('reads a careers page in many languages: %s', (html, url) => expect(careers(html)).toBe(url));
  it('takes no look-alike for a careers page', () => {
    expect(
      careers('<a href="/lavorazioni">Lavorazioni</a><a href="/vagao">Vagão</a><a href="/karrier.pdf">x</a>'),
    ).toBe(undefined);
  });
});

describe('founding year and headcount in more languages and in figure blocks', () => {
  const NOW = Date.UTC(2026, 0, 1);
  it.each([
    ['Firmu Korzo Filter založili v roku 1998 dvaja inžinieri.', 1998],
    ['Podjetje Kovina Savinja je bilo ustanovljeno leta 1991 v Velenju.', 1991],
    ['Ustanovitev\t1991, Velenje', 1991],
    ['Lóa Ferðir var stofnað árið 2010 á Akureyri.', 2010],
    ['החברה נוסדה ב-2017 בבאר שבע', 2017],
    ['설립일\t2011년 3월 14일', 2011],
    ['1987鹿谷創立', 1987],
    ['142\nzamestnancov\n1998\nrok založenia', 1998],
    ['2016\nperustettu', 2016],
    ['Obitelj nautičara iz Splita od 2009. godine.', 2009],
  ])('%s', (text, year) => {
    expect(foundedYear(text, NOW)?.year).toBe(year);
  });

  it('reads no office set up in a year, nor a bare "od" before a year', () => {
    expect(foundedYear('2014年設立總公司與第一間門市', NOW)).toBeUndefined();
    expect(foundedYear('Radili smo od 2009 do 2015 u Zadru.', NOW)).toBeUndefined();
  });

  it.each([
    ['Dnes v Korzo Filtri pracuje 142 zamestnancov.', { min: 142, max: 142 }],
    ['Naš stalni tim od 22 zaposlenika tijekom sezone pojačava još 60 skipera.', { min: 22, max: 22 }],
    ['V Celju zaposlujemo 186 sodelavk in sodelavcev.', { min: 186, max: 186 }],
    ['Zaposleni\t186 (stanje 31. 12. 2025)', { min: 186, max: 186 }],
    ['Nykyään meitä on noin 45 – ohjelmistokehittäjiä ja metsäasiantuntijoita.', { min: 45, max: 45 }],
    ['Hjá okkur starfa 27 fastráðnir starfsmenn allt árið.', { min: 27, max: 27 }],
    ['היום מועסקים בחברה למעלה מ-90 עובדים', { min: 90 }],
    ['目前共有 36 位夥伴，分布在台北門市與茶廠', { min: 36, max: 36 }],
  ])('%s', (text, range) => {
    expect(headcount(text)?.range).toEqual(range);
  });

  it('reads no count of places or of contract farmers', () => {
    expect(headcount('meitä on 3 maassa')).toBeUndefined();
    expect(headcount('18戶契作茶農')).toBeUndefined();
  });
});
