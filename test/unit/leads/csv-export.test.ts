import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  employeeCount,
  employeeRange,
  HUBSPOT_LIFECYCLE_VALUES,
  HUBSPOT_STAGE,
  SALESFORCE_INDUSTRY,
  SALESFORCE_INDUSTRY_VALUES,
  SALESFORCE_LEAD_STATUS,
} from '../../../lib/leads/crm-values';
import {
  EXPORT_TARGETS,
  exportFileName,
  leadsCsv,
  MAPPINGS,
  neutralizeCell,
  splitName,
} from '../../../lib/leads/csv-export';
import { STAGES } from '../../../lib/scoring/stage';
import { INDUSTRY_GROUPS } from '../../../lib/signals/enums';
import { plural } from '../../../lib/util/plural';
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
  industry: 'Computer Software',
  industryGroup: 'software',
  employees: { min: 51, max: 200 },
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
      'Company name,Company Domain Name,Number of Employees,City,Country/Region,Lifecycle Stage,' +
        'ICP Lens Employee Range,ICP Lens Industry,ICP Lens Industry Group,' +
        'ICP Lens Fit,ICP Lens Tier,ICP Lens Matrix Cell,ICP Lens Stage,ICP Lens Tags',
    );
    expect(records(text)).toEqual([
      {
        'Company name': 'Acme',
        'Company Domain Name': 'acme.com',
        'Number of Employees': '126',
        City: 'Lisbon',
        'Country/Region': 'PT',
        'Lifecycle Stage': 'marketingqualifiedlead',
        'ICP Lens Employee Range': '51-200',
        'ICP Lens Industry': 'Computer Software',
        'ICP Lens Industry Group': 'Software',
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
      Industry: 'Technology',
      Employees: '126',
      'Billing City': 'Lisbon',
      'Billing Country': 'PT',
      Type: 'Prospect',
      'ICP Lens Employee Range': '51-200',
      'ICP Lens Industry': 'Computer Software',
      'ICP Lens Industry Group': 'Software',
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
    for (const stage of STAGES) expect(SALESFORCE_LEAD_STATUS[stage]).toBeTruthy();
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

describe('HubSpot lifecycle stage', () => {
  it('a Suspect has none: subscriber is a newsletter opt-in in HubSpot, which a browsed company is not', () => {
    expect(HUBSPOT_STAGE.Suspect).toBeUndefined();
    const [record] = records(leadsCsv([leadRow({ id: 'a.com', stage: 'Suspect' })], 'hubspot-companies').text);
    expect(record?.['Lifecycle Stage']).toBe('');
    expect(record?.['ICP Lens Stage']).toBe('Suspect');
    expect(Object.values(HUBSPOT_STAGE)).not.toContain('subscriber');
  });

  it.each(['hubspot-companies', 'hubspot-contacts'] as const)(
    '%s: the file read back holds only HubSpot lifecycle values or an empty cell, for every stage',
    (target) => {
      const kind = MAPPINGS[target].kind;
      const rows = STAGES.map((stage) => leadRow({ id: `${stage}.example`, kind, name: `${stage} Co`, stage }));
      const parsed = Papa.parse<Record<string, string>>(leadsCsv(rows, target).text, {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).toHaveLength(STAGES.length);
      const allowed: readonly string[] = ['', ...HUBSPOT_LIFECYCLE_VALUES];
      for (const record of parsed.data) expect(allowed).toContain(record['Lifecycle Stage']);
      expect(parsed.data.map((r) => r['Lifecycle Stage'])).toContain('salesqualifiedlead');
    },
  );
});

describe('employees', () => {
  it('one figure for the CRM: exact, else the middle of the range, else the lower end of an open range', () => {
    expect(employeeCount({ min: 42, max: 42 })).toBe(42);
    expect(employeeCount({ min: 51, max: 200 })).toBe(126);
    expect(employeeCount({ min: 1000, max: 5000 })).toBe(3000);
    expect(employeeCount({ min: 10_001 })).toBe(10_001);
    expect(employeeCount(undefined)).toBeUndefined();
  });

  it('the range in its own column, empty for an exact figure', () => {
    expect(employeeRange({ min: 51, max: 200 })).toBe('51-200');
    expect(employeeRange({ min: 10_001 })).toBe('10001+');
    expect(employeeRange({ min: 42, max: 42 })).toBeUndefined();
    const exact = leadRow({ id: 'x.com', employees: { min: 42, max: 42 } });
    const [record] = records(leadsCsv([exact], 'salesforce-accounts').text);
    expect(record).toMatchObject({ Employees: '42', 'ICP Lens Employee Range': '' });
  });
});

describe('industry', () => {
  it("Salesforce's Industry holds only its picklist values, whatever the page stated", () => {
    for (const group of INDUSTRY_GROUPS) {
      const value = SALESFORCE_INDUSTRY[group];
      if (value !== undefined) expect(SALESFORCE_INDUSTRY_VALUES).toContain(value);
    }
    fc.assert(
      fc.property(fc.string(), fc.option(fc.constantFrom(...INDUSTRY_GROUPS), { nil: undefined }), (stated, group) => {
        const row = leadRow({ id: 'x.com', industry: stated, industryGroup: group });
        const [record] = records(leadsCsv([row], 'salesforce-accounts').text);
        expect(['', ...SALESFORCE_INDUSTRY_VALUES]).toContain(record?.Industry);
      }),
    );
  });

  it('the group in words in its own column, never as an internal code', () => {
    const row = leadRow({ id: 'x.com', industryGroup: 'it-services' });
    for (const target of ['hubspot-companies', 'salesforce-accounts'] as const) {
      const [record] = records(leadsCsv([row], target).text);
      expect(record).toMatchObject({ 'ICP Lens Industry Group': 'IT services', 'ICP Lens Industry': '' });
    }
  });
});

describe('plural', () => {
  it('agrees with the count', () => {
    expect(plural(1, 'company', 'companies')).toBe('1 company');
    expect(plural(0, 'company', 'companies')).toBe('0 companies');
    expect(plural(2048, 'person', 'people')).toBe('2,048 people');
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
