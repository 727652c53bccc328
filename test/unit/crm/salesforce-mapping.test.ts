// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFieldsWith, toWrite } from '../../../lib/crm/diff';
import { bareDomain, chunks } from '../../../lib/crm/match';
import { CUSTOM_FIELDS, missingNotes, type OrgField, orgFieldsOf } from '../../../lib/crm/salesforce/fields';
import { orgOrigin } from '../../../lib/crm/salesforce/hosts';
import { accountFields, contactFields, fitToOrg, typed } from '../../../lib/crm/salesforce/mapping';
import { containsPattern, quote } from '../../../lib/crm/salesforce/soql';
import { SALESFORCE_INDUSTRY_VALUES } from '../../../lib/leads/crm-values';
import { INDUSTRY_GROUPS } from '../../../lib/signals/enums';
import { likeMatches, parseSoql } from '../../mocks/salesforce-soql';
import { account, fact } from './fixtures';

describe('Salesforce field mapping', () => {
  it('maps an account to standard fields and ICP Lens custom fields', () => {
    const fields = accountFields(account('orbit.example').company);
    expect(fields).toMatchObject({
      Name: 'orbit Example',
      Website: 'https://orbit.example',
      Industry: 'Technology',
      NumberOfEmployees: '51',
      BillingCity: 'Toronto',
      BillingCountry: 'Canada',
      Type: 'Prospect',
      ICP_Lens_Domain__c: 'orbit.example',
      ICP_Lens_Tier__c: expect.stringMatching(/^([ABCDX]|Not enough data)$/),
    });
    // Every field written is Salesforce's or one of the documented custom fields.
    const custom = new Set(CUSTOM_FIELDS.map((f) => f.name));
    expect(Object.keys(fields).filter((k) => k.endsWith('__c') && !custom.has(k))).toEqual([]);
  });

  it('writes Industry only with a value of the default picklist, for every industry group', () => {
    for (const group of INDUSTRY_GROUPS) {
      const input = account('x.example', [], { industryGroup: fact(group) }).company;
      const industry = accountFields(input).Industry;
      if (industry !== undefined) expect(SALESFORCE_INDUSTRY_VALUES).toContain(industry);
    }
  });

  it('maps a person with a last name (Salesforce requires one) and never an AccountId (set on create only)', () => {
    const [ada] = account('orbit.example', ['Ada Example']).contacts;
    const fields = contactFields(ada as NonNullable<typeof ada>);
    expect(fields).toMatchObject({ FirstName: 'Ada', LastName: 'Example', Title: 'VP of Sales' });
    expect(fields).not.toHaveProperty('AccountId');
  });

  it('fits values to the org: missing or read-only fields left out, picklists checked, text cut to length', () => {
    const org = new Map<string, OrgField>([
      ['Name', { label: 'Account Name', writable: true, length: 5 }],
      ['Industry', { label: 'Industry', writable: true, picklist: ['Finance'] }],
      ['Type', { label: 'Type', writable: false }],
      ['NumberOfEmployees', { label: 'Employees', writable: true, numeric: true }],
    ]);
    const fitted = fitToOrg(
      { Name: 'Orbit Labs', Industry: 'Technology', Type: 'Prospect', NumberOfEmployees: '51', X__c: '1' },
      org,
    );
    expect(fitted).toEqual({ Name: 'Orbi…', NumberOfEmployees: '51' });
    expect(typed(fitted, org)).toEqual({ Name: 'Orbi…', NumberOfEmployees: 51 });
  });

  it('reads a describe into writable fields, picklists and lengths, and names missing custom fields in words', () => {
    const fields = orgFieldsOf({
      name: 'Account',
      fields: [
        { name: 'Name', label: 'Account Name', type: 'string', createable: true, updateable: true, length: 255 },
        {
          name: 'Industry',
          label: 'Industry',
          type: 'picklist',
          createable: true,
          updateable: true,
          picklistValues: [
            { value: 'Finance', active: true },
            { value: 'Old', active: false },
          ],
        },
      ],
    });
    expect(fields.get('Industry')?.picklist).toEqual(['Finance']);
    const notes = missingNotes({
      fields: { Account: fields, Contact: new Map() },
      missing: { Account: CUSTOM_FIELDS.filter((f) => f.name === 'ICP_Lens_Fit__c'), Contact: [] },
    });
    expect(notes).toEqual([
      'Salesforce has no field ICP Lens Fit (ICP_Lens_Fit__c) on Accounts that you may write: those values are left out. Ask your Salesforce admin to create them (see the README, Push to Salesforce)',
    ]);
  });

  it('accepts only Salesforce addresses as an org (loopback only for the tests)', () => {
    expect(orgOrigin('acme.my.salesforce.com')).toBe('https://acme.my.salesforce.com');
    expect(orgOrigin('https://acme--dev.sandbox.my.salesforce.com/lightning/page/home')).toBe(
      'https://acme--dev.sandbox.my.salesforce.com',
    );
    expect(orgOrigin('https://salesforce.com.evil.example')).toBeUndefined();
    expect(orgOrigin('http://acme.my.salesforce.com')).toBeUndefined();
    expect(orgOrigin('https://user:pw@acme.my.salesforce.com')).toBeUndefined();
    expect(orgOrigin('http://127.0.0.1:4000')).toBeUndefined();
    expect(orgOrigin('http://127.0.0.1:4000', true)).toBe('http://127.0.0.1:4000');
  });
});

describe('SOQL built from page values', () => {
  it('quotes any text so that it reads back as the same single value', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const q = parseSoql(`SELECT Id FROM Account WHERE Name IN (${quote(value)}, 'x')`);
        expect(q.where).toEqual([{ field: 'Name', op: 'IN', values: [value, 'x'] }]);
      }),
      { numRuns: 1_000 },
    );
  });

  it('a LIKE pattern finds the text anywhere, and its own % and _ match only themselves', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (before, value, after) => {
        const [term] = parseSoql(`SELECT Id FROM Account WHERE Website LIKE ${containsPattern(value)}`).where;
        expect(likeMatches(term?.values[0] as string, `${before}${value}${after}`)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
    const [term] = parseSoql(`SELECT Id FROM Account WHERE Website LIKE ${containsPattern('a_b%')}`).where;
    expect(likeMatches(term?.values[0] as string, 'xxaXbYxx')).toBe(false);
  });

  it('compares websites as bare domains', () => {
    expect(bareDomain('HTTPS://www.Orbit.example:443/about?x=1')).toBe('orbit.example');
    expect(bareDomain('orbit.example')).toBe('orbit.example');
  });
});

describe('diff and batching', () => {
  const rules = { label: (n: string) => n, own: (n: string) => n.endsWith('__c') };
  const text = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '' && !Number.isFinite(Number(s)));

  it('never writes over a value a person set unless told to; always writes its own fields', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (before, after, overwrite) => {
        fc.pre(before.trim() !== after.trim());
        const [standard, own] = planFieldsWith(
          rules,
          { Name: after, Fit__c: after },
          { Name: before, Fit__c: before },
          {},
          overwrite,
        );
        expect(standard?.status).toBe(overwrite ? 'changed' : 'kept');
        expect(own?.status).toBe('changed');
        expect(Object.keys(toWrite([standard, own].filter((f) => !!f)))).toEqual(
          overwrite ? ['Name', 'Fit__c'] : ['Fit__c'],
        );
      }),
    );
  });

  it('replaces a value it pushed itself, and treats numbers written as 51 and 51.0 as the same', () => {
    const [name] = planFieldsWith(rules, { Name: 'New' }, { Name: 'Old' }, { Name: 'Old' }, false);
    expect(name?.status).toBe('changed');
    const [size] = planFieldsWith(rules, { Size: '51' }, { Size: '51.0' }, undefined, false);
    expect(size?.status).toBe('unchanged');
  });

  it('cuts any list into batches of at most the size, in order, losing nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 700 }), fc.integer({ min: 1, max: 250 }), (items, size) => {
        const batches = chunks(items, size);
        expect(batches.every((b) => b.length >= 1 && b.length <= size)).toBe(true);
        expect(batches.flat()).toEqual(items);
      }),
    );
  });
});
