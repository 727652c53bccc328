import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_TARGETS,
  exportFileName,
  HUBSPOT_STAGE,
  leadsCsv,
  MAPPINGS,
  neutralizeCell,
  SALESFORCE_LEAD_STATUS,
  splitName,
} from '../../../lib/leads/csv-export';
import { STAGES } from '../../../lib/scoring/stage';
import { leadRow } from './helpers';

const acme = leadRow({
  id: 'acme.com',
  name: 'Acme',
  domain: 'acme.com',
  fit: 85,
  tier: 'A',
  cell: 'A2',
  stage: 'MQL',
  tags: ['q3', 'events'],
  industry: 'Software',
  employees: 201,
  city: 'Lisbon',
  country: 'PT',
});
const ana = leadRow({
  id: 'linkedin.com/in/ana',
  kind: 'contact',
  name: 'Ana Maria Lima',
  profile: 'linkedin.com/in/ana',
  title: 'VP Sales',
  company: 'Acme',
  stage: 'SQL',
  stageSource: 'user',
});

/** The CSV as objects keyed by header. */
function records(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('CRM mappings', () => {
  it('HubSpot companies: the headers HubSpot maps, lifecycle stage as its internal value', () => {
    const { text, count } = leadsCsv([acme, ana], 'hubspot-companies');
    expect(count).toBe(1);
    expect(text.split('\r\n')[0]).toBe(
      'Company name,Company Domain Name,Number of Employees,City,Country/Region,Lifecycle Stage,ICP Lens Industry,' +
        'ICP Lens Fit,ICP Lens Tier,ICP Lens Matrix Cell,ICP Lens Stage,ICP Lens Tags',
    );
    expect(records(text)).toEqual([
      {
        'Company name': 'Acme',
        'Company Domain Name': 'acme.com',
        'Number of Employees': '201',
        City: 'Lisbon',
        'Country/Region': 'PT',
        'Lifecycle Stage': 'marketingqualifiedlead',
        'ICP Lens Industry': 'Software',
        'ICP Lens Fit': '85',
        'ICP Lens Tier': 'A',
        'ICP Lens Matrix Cell': 'A2',
        'ICP Lens Stage': 'MQL',
        'ICP Lens Tags': 'q3; events',
      },
    ]);
  });

  it("leaves the tier empty for a lead with not enough data yet ('?'), outside the matrix", () => {
    const [record] = records(leadsCsv([{ ...acme, tier: '?', cell: undefined }], 'hubspot-companies').text);
    expect(record).toMatchObject({ 'ICP Lens Tier': '', 'ICP Lens Matrix Cell': '' });
  });

  it('HubSpot contacts: first and last name, job title, company', () => {
    const [record] = records(leadsCsv([acme, ana], 'hubspot-contacts').text);
    expect(record).toMatchObject({
      'First Name': 'Ana Maria',
      'Last Name': 'Lima',
      'Job Title': 'VP Sales',
      'Company Name': 'Acme',
      'Lifecycle Stage': 'salesqualifiedlead',
      'ICP Lens Profile': 'linkedin.com/in/ana',
    });
  });

  it('Salesforce accounts and leads: the Data Import Wizard labels', () => {
    const [account] = records(leadsCsv([acme, ana], 'salesforce-accounts').text);
    expect(account).toMatchObject({
      'Account Name': 'Acme',
      Website: 'https://acme.com',
      Industry: 'Software',
      Employees: '201',
      'Billing City': 'Lisbon',
      'Billing Country': 'PT',
      Type: 'Prospect',
    });
    const [lead] = records(leadsCsv([acme, ana], 'salesforce-leads').text);
    expect(lead).toMatchObject({
      'First Name': 'Ana Maria',
      'Last Name': 'Lima',
      Title: 'VP Sales',
      Company: 'Acme',
      'Lead Status': 'Working - Contacted',
    });
    const [unknownEmployer] = records(leadsCsv([{ ...ana, company: undefined }], 'salesforce-leads').text);
    expect(unknownEmployer?.Company).toBe('[not provided]');
  });

  it('maps every stage for every CRM, and every mapping has unique headers', () => {
    for (const stage of STAGES) {
      expect(HUBSPOT_STAGE[stage]).toMatch(
        /^(subscriber|lead|marketingqualifiedlead|salesqualifiedlead|opportunity|customer|evangelist|other)$/,
      );
      expect(SALESFORCE_LEAD_STATUS[stage]).toBeTruthy();
    }
    for (const target of EXPORT_TARGETS) {
      const headers = MAPPINGS[target].columns.map((c) => c.header);
      expect(new Set(headers).size).toBe(headers.length);
    }
  });

  it('keeps the order of the list it is given and only the target kind', () => {
    const other = leadRow({ id: 'b.com', name: 'Beta', domain: 'b.com' });
    const names = records(leadsCsv([other, ana, acme], 'salesforce-accounts').text).map((r) => r['Account Name']);
    expect(names).toEqual(['Beta', 'Acme']);
  });

  it('names the file after the target and the day', () => {
    expect(exportFileName('hubspot-contacts', new Date(Date.UTC(2026, 10, 23, 15)))).toBe(
      'icp-lens-hubspot-contacts-2026-11-23.csv',
    );
  });

  it('splits a name on its last word', () => {
    expect(splitName('Cher')).toEqual({ first: '', last: 'Cher' });
    expect(splitName('  Ana   Lima ')).toEqual({ first: 'Ana', last: 'Lima' });
  });
});

describe('formula injection', () => {
  it.each(['=HYPERLINK("http://evil")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralizes %j with a leading apostrophe',
    (value) => {
      expect(neutralizeCell(value)).toBe(`'${value}`);
    },
  );

  it('leaves ordinary text and our numbers alone', () => {
    expect(neutralizeCell('Acme = good')).toBe('Acme = good');
    expect(neutralizeCell(-3)).toBe(-3);
    expect(neutralizeCell(undefined)).toBe('');
  });

  it('a hostile company name comes out as text in the exported file', () => {
    const evil = leadRow({ id: 'evil.com', name: '=cmd|" /C calc"!A0', domain: 'evil.com', tags: ['@tag'] });
    const [record] = records(leadsCsv([evil], 'hubspot-companies').text);
    expect(record?.['Company name']).toBe(`'=cmd|" /C calc"!A0`);
    expect(record?.['ICP Lens Tags']).toBe(`'@tag`);
  });

  it('no exported cell ever starts with a formula character (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), (name, tags) => {
        const row = leadRow({ id: 'x.com', name, domain: 'x.com', tags });
        const parsed = Papa.parse<string[]>(leadsCsv([row], 'hubspot-companies').text).data;
        for (const cell of parsed[1] ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
