import { describe, expect, it } from 'vitest';
import { planFieldsWith } from '../../../lib/crm/diff';
import { inList, quoted } from '../../../lib/crm/twenty/api';
import { CUSTOM_FIELDS, type Workspace } from '../../../lib/crm/twenty/fields';
import { apiOrigin } from '../../../lib/crm/twenty/hosts';
import { companyFields, fitToWorkspace, personFields, toBody } from '../../../lib/crm/twenty/mapping';
import { asRecord } from '../../../lib/crm/twenty/wire';
import { parseFilter } from '../../mocks/twenty-filter';
import { account } from './fixtures';

const workspace = (custom: boolean): Workspace => {
  const std = {
    companies: ['name', 'domainName', 'employees', 'address', 'linkedinLink'],
    people: ['name', 'emails', 'jobTitle', 'city', 'company', 'linkedinLink'],
  };
  const ws = { objectIds: { companies: 'c', people: 'p' }, fields: {}, missing: {} } as Workspace;
  for (const o of ['companies', 'people'] as const) {
    const own = CUSTOM_FIELDS.filter((f) => f.objects.includes(o));
    ws.fields[o] = new Map(
      [...std[o], ...(custom ? own.map((f) => f.name) : [])].map((n) => [
        n,
        { label: n, type: n === 'employees' || n === 'icpLensFit' ? 'NUMBER' : 'TEXT' },
      ]),
    );
    ws.missing[o] = custom ? [] : own;
  }
  return ws;
};

describe('Twenty mapping', () => {
  it('maps a company to standard fields by dotted path and the score to ICP Lens fields', () => {
    const fields = companyFields(account('orbit.example').company);
    expect(fields).toMatchObject({
      name: 'orbit Example',
      'domainName.primaryLinkUrl': 'https://orbit.example',
      employees: '51',
      'address.addressCity': 'Toronto',
      'address.addressCountry': 'Canada',
      icpLensDomain: 'orbit.example',
      icpLensTier: expect.stringMatching(/^([ABCDX]|Not enough data)$/),
    });
    const person = personFields(account('orbit.example', ['Ada Van Example']).contacts[0] as never);
    expect(person).toMatchObject({ 'name.firstName': 'Ada Van', 'name.lastName': 'Example', jobTitle: 'VP of Sales' });
    expect(person).not.toHaveProperty(['emails.primaryEmail']);
  });

  it('sends a composite whole, numbers as numbers, and nothing a workspace cannot take', () => {
    const ws = workspace(true);
    const body = toBody(
      { 'address.addressCity': 'Toronto', employees: '51', icpLensFit: '72', icpLensTier: 'B' },
      'companies',
      ws,
      { 'address.addressCountry': 'Canada', 'address.addressCity': 'Ottawa', name: 'Orbit' },
    );
    expect(body).toEqual({
      address: { addressCountry: 'Canada', addressCity: 'Toronto' },
      employees: 51,
      icpLensFit: 72,
      icpLensTier: 'B',
    });
    const bare = workspace(false);
    expect(Object.keys(fitToWorkspace({ name: 'x', icpLensFit: '1' }, 'companies', bare))).toEqual([
      'name',
      'icpLensFit',
    ]);
    expect(Object.keys(fitToWorkspace({ name: 'x', icpLensFit: '1' }, 'companies', bare, false))).toEqual(['name']);
  });

  it('reads a record back flat, as the diff compares it: a value Twenty holds as ours is unchanged', () => {
    const record = asRecord({
      id: 'x',
      employees: 51,
      address: { addressCity: 'Toronto', addressLat: null },
      domainName: { primaryLinkUrl: 'https://orbit.example', secondaryLinks: [] },
    });
    expect(record.values).toEqual({
      id: 'x',
      employees: '51',
      'address.addressCity': 'Toronto',
      'address.addressLat': null,
      'domainName.primaryLinkUrl': 'https://orbit.example',
    });
    const rules = { label: (n: string) => n, own: (n: string) => n.startsWith('icpLens') };
    const plan = planFieldsWith(rules, { employees: '51', 'address.addressCity': 'Ottawa' }, record.values, {}, false);
    expect(plan.map((f) => f.status)).toEqual(['unchanged', 'kept']);
  });

  it('quotes filter values so page text can never change the filter', () => {
    for (const hostile of ['a"),id[is]:NOT_NULL,or(b', 'back\\slash"', '[x],y']) {
      const filter = parseFilter(`icpLensDomain[in]:${inList([hostile, 'ok.example'])}`);
      expect(filter).toEqual({ kind: 'cmp', path: 'icpLensDomain', op: 'in', value: [hostile, 'ok.example'] });
      expect(parseFilter(`name[eq]:${quoted(hostile)}`)).toMatchObject({ value: hostile });
    }
  });

  it('takes Twenty cloud by default, a self-hosted https address, and http only for loopback when allowed', () => {
    expect(apiOrigin('')).toBe('https://api.twenty.com');
    expect(apiOrigin('crm.acme.com/settings')).toBe('https://crm.acme.com');
    expect(apiOrigin('http://crm.acme.com')).toBeUndefined();
    expect(apiOrigin('http://127.0.0.1:3000')).toBeUndefined();
    expect(apiOrigin('http://127.0.0.1:3000', true)).toBe('http://127.0.0.1:3000');
    expect(apiOrigin('https://user:pw@crm.acme.com')).toBeUndefined();
  });
});
