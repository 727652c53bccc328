import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../lib/extract/classify/industry';
import { classifyTitle } from '../../../lib/extract/classify/title';
import { findAddress } from '../../../lib/extract/text/address';
import { headcount } from '../../../lib/extract/text/headcount';
import { seatPhrase } from '../../../lib/extract/text/imprint';
import { signalsOf } from './read-page';

// Issue 14, a twenty-eighth set written blind: companies whose pages use their clients' trade words (an energy-law
// firm, a seminar hotel, an ICT firm for schools, a fruit farm). Invented companies and places.
const NOW = Date.UTC(2026, 0, 15);
const group = (html: string, url: string) => signalsOf(html, url, NOW)?.company?.industryGroup?.value;

describe('stated industries', () => {
  it.each([
    ['Rolnictwo', 'other'],
    ['Farming', 'other'],
    ['Landbouw', 'other'],
    ['Informatietechnologie en services', 'it-services'],
    ['Technologies et services de l’information', 'it-services'],
  ])('%s is %s', (label, expected) => {
    expect(industryGroup(label)?.group).toBe(expected);
  });

  it('leaves software for farms to software', () => {
    expect(industryGroup('Agriculture software')?.group).toBe('software');
  });

  it('reads oil and gas after "for" as the market', () => {
    expect(
      industryGroup('Brackwell designs and manufactures severe-service valves for oil & gas and water utilities', true)
        ?.group,
    ).not.toBe('energy-utilities');
  });

  it('reads a hotel in a compound, not a seminar', () => {
    expect(industryGroup('Familiengeführtes Seminar- und Tagungshotel am See', true)?.group).not.toBe('education');
  });
});

describe("pages written in their clients' words", () => {
  it('files a law firm for energy companies under professional services', () => {
    const html = `<html><head><title>Impressum - Brinkhaus Olt Rechtsanwälte</title>
      <meta name="description" content="Brinkhaus Olt Rechtsanwälte PartG mbB – Kanzlei für Energierecht und Erneuerbare Energien."></head>
      <body><main><h1>Impressum</h1><p>Brinkhaus Olt Rechtsanwälte PartG mbB, Deichstraße 4, 26122 Oldenburg.</p>
      <p>Wir beraten Netzbetreiber, Stadtwerke und Projektierer von Windparks im Energierecht, zur Energiewende und im
      Energiehandel. Zuständige Rechtsanwaltskammer: Oldenburg. Die Rechtsanwältinnen und Rechtsanwälte führen die
      Berufsbezeichnung Rechtsanwalt.</p></main></body></html>`;
    expect(group(html, 'https://www.brinkhaus-olt.de/impressum')).not.toBe('energy-utilities');
  });

  it('files a seminar hotel under hospitality', () => {
    const html = `<html><head><title>Über uns — Seminarhotel Bergblick</title>
      <meta name="description" content="Familiengeführtes Seminar- und Ferienhotel am See, seit 1971."></head>
      <body><main><h1>Über uns</h1><p>Heute führen wir das Seminarhotel Bergblick mit 58 Zimmern, fünf Seminarräumen,
      Spa und Restaurant. Unsere Gäste tagen mit Blick auf den See; Trainer und Akademien buchen bei uns ihre Kurse.</p>
      </main></body></html>`;
    expect(group(html, 'https://www.seminarhotel-bergblick.at/ueber-uns')).toBe('hospitality-travel');
  });

  it("reads a Taiwanese circuit-board maker's words as manufacturing", () => {
    const html = `<html><head><title>公司簡介 | 明泰電路股份有限公司</title></head><body><main><h1>公司簡介</h1>
      <p>明泰電路股份有限公司於新竹設廠，專業生產多層印刷電路板，具備HDI製程與量產能力。</p></main></body></html>`;
    expect(group(html, 'https://www.mingtai-pcb.com.tw/about')).toBe('manufacturing');
  });
});

describe('Nordic and Polish wording of these pages', () => {
  const page = (html: string, url: string) => signalsOf(html, url, NOW)?.company;
  const site = (nav: string, body = '') =>
    `<html><head><title>Om os | Birkely Varme</title></head><body><nav>${nav}</nav><main><h1>Om os</h1>
    <p>${body}</p></main></body></html>`;

  it.each(['<a href="/pages/job">Se ledige job</a>', '<a href="/ledige-stillingar/">Ledige stillingar</a>'])(
    'reads %s as hiring',
    (nav) => {
      expect(page(site(nav), 'https://www.birkelyvarme.dk/om-os')?.hiring?.value).toBeTruthy();
    },
  );

  it('dates a company that speaks of itself as "vi", founded after a comma', () => {
    const body = 'Vi er et lokalt VVS-firma i Vejle, grundlagt i 1991 af VVS-mester Ole Bak i en garage på Dæmningen.';
    expect(page(site('', body), 'https://www.birkelyvarme.dk/om-os')?.founded?.value).toBe(1991);
  });

  it('counts "zatrudniamy 74 osoby"', () => {
    const body = 'Dziś zatrudniamy 74 osoby, w tym 11 doradców agrotechnicznych.';
    expect(page(site('', body), 'https://www.agrokutno.pl/o-nas')?.employees?.value).toEqual({ min: 74, max: 74 });
  });
});

describe("a region after the city's line", () => {
  it.each([
    ['Hauptstraße 3 · 90402 Nürnberg · Bayern · Deutschland', 'Bayern'],
    ['Marktplatz 7\n93047 Regensburg (Opf.)\nBayern', 'Bayern'],
  ])('%s is in %s', (text, region) => {
    expect(findAddress(text, 'de')?.region).toBe(region);
  });
});

describe('enterprise and local-business technologies of the twenty-ninth and thirtieth sets', () => {
  const techs = (head: string, body = '') =>
    signalsOf(
      `<html><head><title>About | Brackwell Valves</title>${head}</head><body>${body}<p>About us</p></body></html>`,
      'https://www.brackwell-valves.co.uk/about',
      NOW,
    )?.company?.technologies?.value.map((t) => t.name) ?? [];

  it.each([
    ['<link rel="stylesheet" href="/-/media/brackwell/css/main.css">', 'Sitecore'],
    ['<link rel="icon" href="/content/dam/brackwell/favicon.png">', 'Adobe Experience Manager'],
    ['<link rel="stylesheet" href="/CMSPages/GetResource.ashx?stylesheetname=Main">', 'Kentico'],
    ['<link rel="stylesheet" href="/.resources/brackwell-theme/css/styles.css">', 'Magnolia'],
    [
      '<meta property="og:image" content="https://images.ctfassets.net/ab12/cd34/ef56/office.jpg?w=1200">',
      'Contentful',
    ],
    ['<script src="https://cdn.callrail.com/companies/1234/abcd/12/swap.js"></script>', 'CallRail'],
    ['<script src="https://connect.podium.com/widget.js"></script>', 'Podium'],
    ['<script src="https://lib.showit.co/engine/2.6.6/showit.min.js"></script>', 'Showit'],
  ])('%s is %s', (head, name) => {
    expect(techs(head)).toContain(name);
  });

  it("reads Duda's own body id", () => {
    const html = `<html><head><title>About</title></head><body id="dmRoot"><div id="dmFirstContainer"><p>About us</p></div></body></html>`;
    const names = signalsOf(html, 'https://www.moncton-cpa.ca/about', NOW)?.company?.technologies?.value.map(
      (t) => t.name,
    );
    expect(names).toContain('Duda');
  });

  it('never takes an image from a CDN alone for its CMS', () => {
    expect(techs('<meta property="og:image" content="https://cdn.example-images.net/media/office.jpg">')).toEqual([]);
  });
});

describe("a company's own newsroom", () => {
  const release = (title: string) => `<html><head><title>${title}</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title.split(' | ')[0]}",
    "publisher":{"@type":"Organization","name":"Kvarken Grid Oyj"}}</script></head>
    <body><main><article><h1>${title.split(' | ')[0]}</h1><p>The order covers substation automation and protection
    relays for two transmission substations. Kvarken Grid designs and manufactures protection relays and substation
    automation systems in its factory in Vaasa.</p></article></main></body></html>`;

  it("files the issuer by its words, not by its release's article type", () => {
    const group = signalsOf(
      release('Kvarken Grid wins EUR 21 million substation order | Kvarken Grid'),
      'https://www.kvarkengrid.fi/en/news/kvarken-grid-wins-substation-order',
      NOW,
    )?.company?.industryGroup?.value;
    expect(group).not.toBe('media-publishing');
  });

  it("keeps a publisher's story a publisher's", () => {
    const group = signalsOf(
      release('Kvarken Grid wins EUR 21 million substation order | Nordic Power Wire'),
      'https://www.nordicpowerwire.com/2026/11/kvarken-grid-order',
      NOW,
    )?.company?.industryGroup?.value;
    expect(group).toBe('media-publishing');
  });
});

describe('structures of the twenty-ninth and thirtieth sets', () => {
  it('reads a stock exchange release by its issuer\'s "in brief" boilerplate', () => {
    const html = `<html><head><title>Kvarken Grid wins EUR 21 million order | Kvarken Grid</title>
      <meta property="og:site_name" content="Kvarken Grid">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kvarken Grid wins EUR 21 million order"}</script>
      </head><body><main><article>
      <p>Kvarken Grid Oyj · Stock exchange release · 12 November 2026 at 9.00 EET</p>
      <h1>Kvarken Grid wins EUR 21 million order</h1><p>The customer, a Swedish transmission operator, ordered two substations.</p>
      <h2>Kvarken Grid in brief</h2><p>Kvarken Grid designs and manufactures protection relays. Founded in 1991 in Vaasa,
      the company employs 640 people. Its share is listed on Nasdaq Helsinki.</p></article></main></body></html>`;
    const company = signalsOf(html, 'https://www.kvarkengrid.fi/en/news/order', NOW)?.company;
    expect(company?.founded?.value).toBe(1991);
    expect(company?.employees?.value).toEqual({ min: 640, max: 640 });
    expect(company?.fundingStage?.value).toBe('ipo/public');
  });

  it("never counts a parent's people as the company's", () => {
    const text =
      'Since 2018 we have been a subsidiary of Marlow Health Inc. of Denver, a contract manufacturer with over 5,000 employees in eight countries.';
    expect(headcount(text)).toBeUndefined();
    expect(headcount('Wir sind Teil der Halder-Gruppe mit 4.000 Mitarbeitenden.')).toBeUndefined();
  });

  it('counts "Our 14 licensed agents"', () => {
    expect(headcount('Our 14 licensed agents and customer service staff handle 6,200 policies.')?.range).toEqual({
      min: 14,
      max: 14,
    });
  });

  it("reads no seat from a funding round's list of investors", () => {
    expect(
      findAddress(
        'Round\tAmount\tInvestors\nSEED\t€3.1m\tTuria Capital (Valencia), Agrofonds Ede (Ede, Netherlands)',
        'en',
      ),
    ).toBeUndefined();
  });

  it('reads the province in brackets after a Spanish city', () => {
    expect(findAddress('Calle E, nº 14, 31012 Pamplona (Navarra), España', 'en')).toMatchObject({
      city: 'Pamplona',
      region: 'Navarra',
    });
  });

  it('files a Dutch "commercieel directeur" under sales', () => {
    expect(classifyTitle('Commercieel directeur').department).toBe('sales');
  });

  it("names a company by the legal name of Squarespace's Organization", () => {
    const html = `<html><head><title>Our Team — Brookside Animal Clinic</title>
      <script type="application/ld+json">{"legalName":"Brookside Animal Clinic","@context":"http://schema.org","@type":"Organization"}</script>
      </head><body><p>Our team</p></body></html>`;
    expect(signalsOf(html, 'https://www.brooksidevetme.com/our-team', NOW)?.company?.name?.value).toBe(
      'Brookside Animal Clinic',
    );
  });

  it('takes the seat a sentence places "where our headquarters" are', () => {
    expect(
      seatPhrase('We were founded in 2020 in Boise, Idaho, where our headquarters still sits above a bakery.'),
    ).toMatchObject({ city: 'Boise', region: 'Idaho', country: 'US' });
  });
});

describe("a posting on a payroll suite's applicant tracking", () => {
  const posting = `<html><head><title>Maintenance Technician (Huntertown Plant) - Allen Carton Corp. - Careers</title>
    <link rel="stylesheet" href="https://recruiting.paylocity.com/Recruiting/Content/css/recruiting-public.min.css">
    <script type="application/ld+json">{"@context":"http://schema.org","@type":"JobPosting","title":"Maintenance Technician",
    "hiringOrganization":{"@type":"Organization","name":"Allen Carton Corp.","sameAs":"https://www.allencarton.com"},
    "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Huntertown","addressRegion":"IN","postalCode":"46748","addressCountry":"US"}}}</script>
    </head><body><main><h1>Maintenance Technician (Huntertown Plant)</h1><p>Huntertown, IN</p>
    <h2>About us</h2><p>Allen Carton Corp. has printed folding cartons since 1968. We are headquartered in Fort Wayne, Indiana.</p></main>
    <footer><p>Allen Carton Corp. · 1200 Mill Road · Huntertown, IN 46748</p><p>Powered by Paylocity</p></footer></body></html>`;
  const company = () =>
    signalsOf(posting, 'https://recruiting.paylocity.com/Recruiting/Jobs/Details/1184220', NOW)?.company;

  it("takes the employer's seat, not the plant's address", () => {
    expect(company()?.hq?.value.city).toBe('Fort Wayne');
  });

  it("names the ATS as the employer's technology", () => {
    expect(company()?.technologies?.value.map((t) => t.name)).toEqual(['Paylocity']);
  });
});

describe('profiles on directories no adapter knows', () => {
  const company = (html: string, url: string) => signalsOf(html, url, NOW)?.company;

  it('reads a profile whose rows part label and value by a space', () => {
    const html = `<html><head><title>Ferrolith - Company Profile | Stackfolio</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Stackfolio",
      "url":"https://www.stackfolio.io","address":{"@type":"PostalAddress","addressLocality":"Dublin","addressCountry":"IE"},"foundingDate":"2015"}</script>
      </head><body><nav><a href="/">Stackfolio</a></nav><main><h1>Ferrolith</h1><p>Ferrolith recovers metals from spent catalysts.</p>
      <h2>About</h2><div><span>Headquarters Location</span> <span>Chemnitz, Sachsen, Germany</span></div>
      <div><span>Number of Employees</span> <span>11-50</span></div><div><span>Founded Date</span> <span>2018</span></div>
      <div><span>Website</span> <a href="https://www.ferrolith.de">www.ferrolith.de</a></div></main>
      <footer>© 2026 Stackfolio Ltd, Dublin</footer></body></html>`;
    const found = company(html, 'https://www.stackfolio.io/organization/ferrolith');
    expect(found?.name?.value).toBe('Ferrolith');
    expect(found?.domain?.value).toBe('ferrolith.de');
    expect(found?.hq?.value.city).toBe('Chemnitz');
  });

  it('takes a linked domain that spells the listed name with its last word cut short', () => {
    const html = `<html><head><title>Brouwer Kunststoftechniek B.V. | Bedrijvengids</title></head><body><main>
      <h1>Brouwer Kunststoftechniek B.V.</h1><p>Spuitgieten en matrijzenbouw in Almelo.</p>
      <p><a href="https://www.brouwer-kunststof.nl">Website</a></p></main>
      <footer><a href="https://www.linkedin.com/company/bedrijvengids">Bedrijvengids B.V.</a>, Amsterdam</footer></body></html>`;
    const found = company(html, 'https://www.bedrijvengids.nl/bedrijf/brouwer-kunststoftechniek-bv/NL004411/');
    expect(found?.name?.value).toBe('Brouwer Kunststoftechniek B.V.');
    expect(found?.domain?.value).toBe('brouwer-kunststof.nl');
  });

  it('reads the facts under a badge that names the directory', () => {
    const html = `<html><head><title>Hafenwerk Commerce – Storefy Experts</title></head><body><nav>Storefy Experts</nav><main>
      <h1>Hafenwerk Commerce</h1><p>Storefy Plus Partner · Kiel, Deutschland</p><p>5,0 ★ (31 Bewertungen)</p>
      <h2>Über uns</h2><p>Wir bauen Shops für Marken aus Lebensmittel und Mode und binden sie an Warenwirtschaften an.</p>
      <h2>Details</h2><p>Standort</p><p>Kiel, Schleswig-Holstein, Deutschland</p><p>Gegründet</p><p>2016</p>
      <p>Website</p><p><a href="https://www.hafenwerk-commerce.de">hafenwerk-commerce.de</a></p></main>
      <footer>Storefy Experts Marketplace · © 2026 Storefy Inc.</footer></body></html>`;
    const found = company(html, 'https://experts.storefy.com/de/hafenwerk-commerce');
    expect(found?.name?.value).toBe('Hafenwerk Commerce');
    expect(found?.founded?.value).toBe(2016);
  });
});

describe("LinkedIn's hResume public profile (2010-2013)", () => {
  const html = `<html><head><title>Dana Whitcombe | LinkedIn</title></head><body>
    <div id="member-1" class="vcard hresume"><div class="masthead vcard contact"><div id="nameplate">
    <h1 id="name"><span class="fn">Dana Whitcombe</span></h1><div class="content">
    <p class="headline title">Operations Leader | Lean | Die Casting</p>
    <div class="adr"><p class="locality">Greater Toledo Area</p></div></div></div></div>
    <div id="overview"><dl id="overview-summary-current"><dt>Current</dt><dd><ul class="current">
    <li>Plant Manager at <span class="org summary">Maumee Die Casting, Inc.</span></li></ul></dd></dl></div>
    <div id="profile-experience" class="section"><div class="position first experience vevent vcard current-position">
    <h3><span class="title">Plant Manager</span></h3><h4><strong><span class="org summary">Maumee Die Casting, Inc.</span></strong></h4>
    <p class="period"><abbr class="dtstart" title="2009-03-01">March 2009</abbr> – <abbr class="dtstamp" title="2012-09-30">Present</abbr></p></div>
    <div class="position experience vevent vcard past-position"><h3><span class="title">Process Engineer</span></h3>
    <h4><span class="org summary">Lakeside Castings</span></h4></div></div></div></body></html>`;

  it('reads the current position, its employer and the location', () => {
    const person = signalsOf(html, 'https://www.linkedin.com/in/danawhitcombe', NOW)?.person;
    expect(person?.title?.value).toBe('Plant Manager');
    expect(person?.employer?.value).toBe('Maumee Die Casting, Inc.');
    expect(person?.location?.value).toBe('Greater Toledo Area');
    expect(person?.department?.value).toBe('operations');
  });
});
