import { describe, expect, it, vi } from 'vitest';
import { signalsOf } from './read-page';

// Invented companies, boards and snippets only: the held-out pages are the measurement, never copied here.
const NOW = Date.UTC(2026, 0, 15);
vi.setConfig({ testTimeout: 30_000 });
const page = (html: string, url: string) => signalsOf(html, url, NOW);
const value = <T>(fact: { value: T } | undefined) => fact?.value;

const crunchbase = (slug: string, body: string, head = '') => `<!DOCTYPE html><html lang="en"><head>
<title>${slug} - Crunchbase Company Profile &amp; Funding</title>${head}</head>
<body><app-root><h1 class="profile-name">${slug}</h1>${body}
<footer><a href="https://www.linkedin.com/company/crunchbase">LinkedIn</a>
<p>© 2025 Crunchbase Inc. 564 Market St, San Francisco, CA 94104</p></footer></app-root></body></html>`;

describe('Crunchbase organization layouts', () => {
  it('reads 2019 icon rows named by their icon element\'s class, and a social card\'s "View on" titles', () => {
    const html = crunchbase(
      'Brumel',
      `<ul class="icon_and_value">
  <li title="Graz, Steiermark, Austria"><icon class="location"></icon><a>Graz</a>, <a>Steiermark</a>, <a>Austria</a></li>
  <li><icon class="employees"></icon>11-50</li>
  <li><icon class="website"></icon><a href="http://www.brumel-gmbh.at">www.brumel-gmbh.at</a></li></ul>
<div class="social"><a href="https://www.linkedin.com/company/brumel-gmbh" title="View on LinkedIn">LinkedIn</a></div>
<section><h2>Similar Companies</h2><ul><li><a>Other</a> — Linz, Oberösterreich, Austria — 51-100</li></ul></section>`,
    );
    const company = page(html, 'https://www.crunchbase.com/organization/brumel')?.company;
    expect(value(company?.hq)).toMatchObject({ city: 'Graz', country: 'AT' });
    expect(value(company?.domain)).toBe('brumel-gmbh.at');
    expect(value(company?.socials?.linkedin)).toBe('https://www.linkedin.com/company/brumel-gmbh');
  });

  it('reads a Material ligature icon row: the website beside the location link, in the about list', () => {
    const html = crunchbase(
      'Norvik Labs',
      `<ul class="fields"><li><icon>location_on</icon><span>
  <a href="/search/organizations/field/organizations/location_identifiers/bergen">Bergen</a>, <a>Vestland</a>, <a>Norway</a></span></li>
  <li><icon>people</icon><a>1-10</a></li>
  <li><icon>public</icon><a href="https://norviklabs.no" rel="nofollow">norviklabs.no</a></li></ul>
<section><h2>News</h2><a href="https://news.example.com/norvik">Norvik raises</a></section>`,
    );
    const company = page(html, 'https://www.crunchbase.com/organization/norvik-labs')?.company;
    expect(value(company?.domain)).toBe('norviklabs.no');
    expect(value(company?.hq)).toMatchObject({ city: 'Bergen', country: 'NO' });
  });

  it("reads a fields-only state response: the organization's properties without cards", () => {
    const state = {
      'HttpState:GET/v4/data/entities/organizations/kalmo-data?field_ids=x': {
        body: {
          properties: {
            identifier: { permalink: 'kalmo-data', value: 'Kalmo Data', entity_def_id: 'organization' },
            num_employees_enum: 'c_00051_00100',
            last_funding_type: 'series_b',
            website_url: 'https://kalmo-data.ee',
            linkedin: { value: 'https://www.linkedin.com/company/kalmo-data' },
          },
        },
      },
    };
    const html = crunchbase(
      'Kalmo Data',
      '',
      `<script id="ng-state" type="application/json">${JSON.stringify(state)}</script>`,
    );
    const company = page(html, 'https://www.crunchbase.com/organization/kalmo-data')?.company;
    expect(value(company?.employees)).toEqual({ min: 51, max: 100 });
    expect(value(company?.fundingStage)).toBe('series-b');
    expect(value(company?.domain)).toBe('kalmo-data.ee');
    expect(value(company?.socials?.linkedin)).toBe('https://www.linkedin.com/company/kalmo-data');
  });

  it("guard: another organization's properties in the state are not the page's", () => {
    const state = {
      'HttpState:GET/v4/data/entities/organizations/other-co': {
        body: { properties: { identifier: { permalink: 'other-co' }, website_url: 'https://other-co.com' } },
      },
    };
    const html = crunchbase('Pellin', '', `<script id="ng-state">${JSON.stringify(state)}</script>`);
    const company = page(html, 'https://www.crunchbase.com/organization/pellin')?.company;
    expect(company?.domain).toBeUndefined();
  });
});
