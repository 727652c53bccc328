import { describe, expect, it } from 'vitest';
import { classifyTitle } from '../../../lib/extract/classify/title';
import { personName } from '../../../lib/extract/people/names';
import { signalsOf } from './read-page';

/**
 * Shapes read since the blind sets of 7 December, midday (holdout73, holdout74): a location of a business with
 * several, a site name the domain spells with gaps, a "Meet Dr. X" bio, clinicians' credentials after a name, the
 * Baltic heads of a company, a practice's owner who treats patients. Invented people and companies.
 */
const NOW = Date.UTC(2026, 11, 7);
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('a location of a business with several locations', () => {
  const page = (name: string, parent: string) =>
    `<html lang="en"><head><title>Locations | Ridgeview Smiles</title>${jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Dentist',
      name,
      url: 'https://www.ridgeviewsmiles.com/locations#east',
      parentOrganization: { '@type': 'Organization', name: parent, url: 'https://www.ridgeviewsmiles.com/' },
    })}</head><body><h1>Our locations</h1></body></html>`;

  it("gives the business's name, the part before the place, where the parent is named the same way", () => {
    const signals = signalsOf(
      page('Ridgeview Smiles - East Side', 'Ridgeview Smiles, PLLC'),
      'https://www.ridgeviewsmiles.com/locations',
      NOW,
    );
    expect(signals?.company?.name?.value).toBe('Ridgeview Smiles');
  });

  it('keeps the whole name where the parent is another business', () => {
    const signals = signalsOf(
      page('Ridgeview Smiles - East Side', 'Summit Dental Partners'),
      'https://www.ridgeviewsmiles.com/locations',
      NOW,
    );
    expect(signals?.company?.name?.value).toBe('Ridgeview Smiles - East Side');
  });
});

describe('a site name the domain spells with gaps', () => {
  it('keeps its closing descriptor', () => {
    const html = `<html lang="en"><head><title>About Us - Bluestem Farm Insurance Agency</title>
      <meta property="og:site_name" content="Bluestem Farm Insurance Agency"></head><body><h1>About us</h1></body></html>`;
    const signals = signalsOf(html, 'https://www.bluestemfarmins.com/about-us.html', NOW);
    expect(signals?.company?.name?.value).toBe('Bluestem Farm Insurance Agency');
  });
});

describe('a "Meet Dr. X" bio', () => {
  const URL = 'https://www.junipercreekeye.com/meet-dr-okafor/';
  const bio = (heading: string, nameLine: string) => `<html lang="en"><head>
    <title>${heading} | Juniper Creek Eye Care</title></head><body><nav>Our Team</nav>
    <h1>${heading}</h1><h2>${nameLine}</h2><p>Owner &amp; Optometrist</p>
    <p>Dr. Okafor grew up in Sheridan and joined the practice in 2012.</p></body></html>`;

  it('reads the full name under the heading, with its credentials, and the title under it', () => {
    const signals = signalsOf(bio('Meet Dr. Okafor', 'Adaeze Okafor, O.D.'), URL, NOW);
    expect(signals?.person?.name?.value).toBe('Adaeze Okafor');
    expect(signals?.person?.title?.value).toBe('Owner & Optometrist');
  });

  it('reads no one where the line under the heading is another family name', () => {
    const signals = signalsOf(bio('Meet Dr. Okafor', 'Grace Lindqvist, O.D.'), URL, NOW);
    expect(signals?.person).toBeUndefined();
  });
});

describe("clinicians' credentials after a name", () => {
  it('are not part of the name', () => {
    expect(personName('Adaeze Okafor, O.D.')).toBe('Adaeze Okafor');
    expect(personName('Martin Kessler DDS')).toBe('Martin Kessler');
    expect(personName('Lena Brandt, PharmD')).toBe('Lena Brandt');
  });

  it('leave a family name spelled like one alone', () => {
    expect(personName('Minh Do')).toBe('Minh Do');
  });
});

describe('titles', () => {
  it('reads the Baltic heads of a company as chief executives', () => {
    expect(classifyTitle('generalinis direktorius')).toEqual({ seniority: 'c-level', department: 'executive' });
    expect(classifyTitle('Valdes priekšsēdētājs')).toEqual({ seniority: 'c-level', department: 'executive' });
    expect(classifyTitle('Juhatuse liige')).toEqual({ seniority: 'c-level', department: 'executive' });
    expect(classifyTitle('gamybos direktorius').seniority).toBe('director');
  });

  it("files a practice's owner who treats patients under health care, a founder and CEO under the executive", () => {
    expect(classifyTitle('Owner & Optometrist')).toEqual({ seniority: 'owner', department: 'healthcare' });
    expect(classifyTitle('Founder & CEO')).toEqual({ seniority: 'owner', department: 'executive' });
  });

  it('files tax partners under finance and branch managers under sales', () => {
    expect(classifyTitle('Associée, fiscalité').department).toBe('finance');
    expect(classifyTitle('Branch Manager').department).toBe('sales');
  });
});

describe("a US payroll suite's job board", () => {
  it('names the suite among the technologies, from the scripts it loads from its own host', () => {
    const html = `<html lang="en"><head><title>Quality Inspector - Ozark Trailer Works</title>
      <script src="https://www.paycomonline.net/v4/ats/js/ats-careers.min.js?v=1"></script></head>
      <body><h1>Quality Inspector</h1><p>Ozark Trailer Works</p></body></html>`;
    const signals = signalsOf(html, 'https://www.paycomonline.net/v4/ats/web.php/jobs/ViewJobDetails?job=1', NOW);
    expect(JSON.stringify(signals?.company?.technologies)).toContain('Paycom');
  });
});

describe("an ATS posting's employer site", () => {
  it('is the linked domain that spells the leading words of its name', () => {
    const html = `<html lang="en"><head><title>Store Manager</title>${jsonLd({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Store Manager',
      hiringOrganization: { '@type': 'Organization', name: 'Prairie Feed & Seed Supply' },
    })}</head><body><a href="https://www.prairiefeedseed.com">Company Website</a><h1>Store Manager</h1>
      <a href="https://www.example-partner.com">Our partner</a></body></html>`;
    const signals = signalsOf(
      html,
      'https://recruiting.ultipro.com/PRA1001PFS/JobBoard/abc/OpportunityDetail?opportunityId=1',
      NOW,
    );
    expect(signals?.company?.domain?.value).toBe('prairiefeedseed.com');
  });
});
