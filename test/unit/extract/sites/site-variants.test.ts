import { describe, expect, it } from 'vitest';
import { signalsOf } from '../read-page';

// Invented companies and people on the structures of Crunchbase's and LinkedIn's pages.
const NOW = Date.UTC(2025, 0, 15);
const page = (html: string, url: string) => signalsOf(html, url, NOW);

describe("Crunchbase's state script", () => {
  it('reads an organization whose response names it in its overview card, not in its properties', () => {
    const state = {
      HttpState: {
        'GET/v4/data/entities/organizations/verdemar-labs': {
          data: {
            cards: {
              overview_fields: {
                identifier: { permalink: 'verdemar-labs', value: 'Verdemar Labs', entity_def_id: 'organization' },
                founded_on: { value: '2021-03-01' },
                website: { value: 'https://verdemar.example' },
              },
            },
          },
        },
      },
    };
    const html = `<html><head><title>Verdemar Labs - Crunchbase Company Profile</title></head><body>
      <script id="ng-state" type="application/json">${JSON.stringify(state)}</script></body></html>`;
    const company = page(html, 'https://www.crunchbase.com/organization/verdemar-labs')?.company;
    expect(company?.name?.value).toBe('Verdemar Labs');
    expect(company?.founded?.value).toBe(2021);
  });

  it("reads the website an older profile marks with the 'website' icon, and the group its tags vote for", () => {
    const html = `<html><head><title>Rutavia - Crunchbase</title></head><body><h1 class="profile-name">Rutavia</h1>
      <ul><li><label-with-icon icon="website"><a href="https://www.rutavia.example">www.rutavia.example</a></label-with-icon></li></ul>
      <span class="description">An account-to-account payment platform for online merchants.</span></body></html>`;
    const company = page(html, 'https://www.crunchbase.com/organization/rutavia')?.company;
    expect(company?.domain?.value).toBe('rutavia.example');
  });
});

describe('a Turkish about page', () => {
  it("reads a maker's trade from its Turkish words ('üretiyoruz', 'fabrikamızda', 'imalatı')", () => {
    const html = `<html lang="tr"><head><title>Hakkımızda | Kestane Hidrolik</title></head><body>
      <nav><a href="/">Anasayfa</a><a href="/urunler">Ürünler</a><a href="/iletisim">İletişim</a></nav>
      <h1>Hakkımızda</h1><p>Kestane Hidrolik, Nilüfer OSB içindeki fabrikamızda 140 çalışanımızla hidrolik silindir
      üretiyoruz. Talaşlı imalat ve kaynaklı imalat hatlarımızda tarım makineleri için silindir imalatı yapıyoruz.</p>
      <footer>Kestane Hidrolik Sanayi ve Ticaret A.Ş.</footer></body></html>`;
    expect(page(html, 'https://www.kestanehidrolik.com.tr/hakkimizda')?.company?.industryGroup?.value).toBe(
      'manufacturing',
    );
  });
});

describe('Crunchbase overview rows', () => {
  it('reads the LinkedIn profile a row of its own links', () => {
    const html = `<html><head><title>Ampwell - Crunchbase Company Profile &amp; Funding</title></head><body>
      <h1 class="profile-name">Ampwell</h1><ul>
      <li><span class="label">Website</span><a href="https://www.ampwell.example">www.ampwell.example</a></li>
      <li><span class="label">LinkedIn</span><a href="https://www.linkedin.com/company/ampwell">View on LinkedIn</a></li>
      </ul></body></html>`;
    const company = page(html, 'https://www.crunchbase.com/organization/ampwell')?.company;
    expect(company?.socials?.linkedin?.value).toBe('https://www.linkedin.com/company/ampwell');
  });
});

describe('LinkedIn person pages with two current positions', () => {
  it('takes the position whose employer the headline names, not a side project listed first', () => {
    const html = `<html><head><title>Joost Brand - Kwartel Betalingen | LinkedIn</title></head><body>
      <h1 class="top-card-layout__title">Joost Brand</h1>
      <h2 class="top-card-layout__headline">Backend Engineer bij Kwartel Betalingen | Medeoprichter Rekje.app</h2>
      <section class="experience"><ul>
        <li><h3>Medeoprichter</h3><h4>Rekje.app</h4><span class="date-range"><time>jan. 2023</time> - heden</span></li>
        <li><h3>Backend Engineer</h3><h4>Kwartel Betalingen</h4><span class="date-range"><time>mrt. 2021</time> - heden</span></li>
      </ul></section></body></html>`;
    const person = page(html, 'https://nl.linkedin.com/in/joost-brand')?.person;
    expect(person?.title?.value).toBe('Backend Engineer');
    expect(person?.employer?.value).toBe('Kwartel Betalingen');
  });
});

describe('LinkedIn person pages of 2015 and 2022', () => {
  it("reads the 2015 public top card's heading and the current position's item title, not the headline", () => {
    const html = `<html><head><title>Ruth Abernathy | LinkedIn</title></head><body>
      <div id="top-card" class="profile-card vcard"><h1 id="name" class="fn">Ruth Abernathy</h1>
      <p class="headline title">Builder of calm teams | Payments, risk</p></div>
      <section id="experience" class="profile-section"><ul class="positions">
      <li class="position" data-section="currentPositions"><header><h4 class="item-title">Director of Risk</h4>
      <h5 class="item-subtitle"><a href="https://www.linkedin.com/company/quillpay">Quillpay</a></h5></header>
      <span class="date-range"><time>May 2013</time> – Present</span></li>
      <li class="position" data-section="pastPositions"><header><h4 class="item-title">Risk Analyst</h4>
      <h5 class="item-subtitle">Old Bank</h5></header></li></ul></section></body></html>`;
    const person = page(html, 'https://www.linkedin.com/in/ruthabernathy')?.person;
    expect(person?.name?.value).toBe('Ruth Abernathy');
    expect(person?.title?.value).toBe('Director of Risk');
    expect(person?.employer?.value).toBe('Quillpay');
  });

  it("reads the 2022 logged-in experience list: a single role, and a company's roles grouped under it", () => {
    const card = (items: string) => `<html><head><title>(3) Jonas Feld | LinkedIn</title></head><body><main>
      <h1 class="text-heading-xlarge">Jonas Feld</h1><div class="text-body-medium">Einkauf | Lieferanten</div>
      <section class="artdeco-card" id="experience"><ul class="pvs-list">${items}</ul></section></main></body></html>`;
    const single = `<li class="artdeco-list__item pvs-list__item--line-separated">
      <span class="mr1 t-bold"><span aria-hidden="true">Einkaufsleiter</span></span>
      <span class="t-14 t-normal"><span aria-hidden="true">Feldmann Drehteile GmbH · Vollzeit</span></span></li>`;
    const grouped = `<li class="artdeco-list__item"><span class="mr1 t-bold"><span aria-hidden="true">Feldmann
      Drehteile GmbH</span></span><ul class="pvs-list"><li><span class="t-bold"><span aria-hidden="true">Leiter Einkauf</span>
      </span></li><li><span class="t-bold"><span aria-hidden="true">Einkäufer</span></span></li></ul></li>`;
    const url = 'https://de.linkedin.com/in/jonas-feld';
    expect(page(card(single), url)?.person?.title?.value).toBe('Einkaufsleiter');
    expect(page(card(single), url)?.person?.employer?.value).toBe('Feldmann Drehteile GmbH');
    expect(page(card(grouped), url)?.person?.title?.value).toBe('Leiter Einkauf');
    expect(page(card(grouped), url)?.person?.employer?.value).toBe('Feldmann Drehteile GmbH');
  });
});

describe('LinkedIn person location: structured data and the top card', () => {
  const html = (locality: string, card: string) => `<html><head><title>Wanjiru Otieno | LinkedIn</title>
    <script type="application/ld+json">${JSON.stringify({
      '@type': 'Person',
      name: 'Wanjiru Otieno',
      url: 'https://ke.linkedin.com/in/wanjiru-otieno',
      jobTitle: 'Head of Finance',
      address: { '@type': 'PostalAddress', addressLocality: locality, addressCountry: 'KE' },
    })}</script></head><body>
    <h1 class="top-card-layout__title">Wanjiru Otieno</h1>
    <h3 class="top-card-layout__first-subline"><div class="not-first-middot"><span>${card}</span>
      <span>500+ connections</span></div></h3></body></html>`;
  const location = (locality: string, card: string) =>
    page(html(locality, card), 'https://ke.linkedin.com/in/wanjiru-otieno')?.person?.location?.value;

  it("takes the card's fuller words for the same place, and the data's when the card runs on into other words", () => {
    expect(location('Mombasa, Mombasa County', 'Mombasa, Mombasa County, Kenya')).toBe(
      'Mombasa, Mombasa County, Kenya',
    );
    expect(location('Mombasa, Mombasa County', 'Mombasa, Mombasa County Contact Info')).toBe('Mombasa, Mombasa County');
    expect(location('Mombasa', 'Nairobi, Kenya')).toBe('Mombasa');
  });
});
