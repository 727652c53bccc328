// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findRecords } from '../../../lib/crm/twenty/api';
import { callTwenty, TwentyError, type TwentyTransport } from '../../../lib/crm/twenty/http';
import { applyPush, planPush } from '../../../lib/crm/twenty/push';
import { createManySchema } from '../../../lib/crm/twenty/wire';
import type { CrmPushRecord } from '../../../lib/db/db';
import { startTwentyMock, type TwentyMock } from '../../mocks/twenty-server';
import { account, fact, NOW } from './fixtures';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const KEY = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsb2NhbC10d2VudHkifQ.FakeKeyForTheLocalTwentyOnly1234';
const BATCH_COMPANIES = 'POST /rest/batch/companies';
let mock: TwentyMock;
let waits: number[];
let t: TwentyTransport;

beforeEach(async () => {
  mock = await startTwentyMock(KEY);
  waits = [];
  t = { baseUrl: mock.origin, apiKey: KEY, sleep: async (ms) => void waits.push(ms) };
});
afterEach(async () => {
  // Every request the client made, and every reply, matched the documented shapes (test/contracts/twenty).
  expect(mock.problems).toEqual([]);
  await mock.close();
});

const logsFrom = (log: CrmPushRecord[]) => new Map(log.map((row) => [row.accountId, row]));
const creates = () => mock.requests.filter((r) => r.method === 'POST' && r.path === '/rest/batch/companies');

describe('Twenty client against the documented REST shapes', () => {
  it('first push creates the score fields, the company and two people on it; a second push writes nothing', async () => {
    const accounts = [account('orbit.example', ['Ada Example', 'Ben Example'])];
    const preview = await planPush(t, accounts, new Map(), false);
    // 10 score fields on both objects, the domain and industry on companies, the profile on people.
    expect(preview.createsProperties).toBe(23);
    expect(mock.writes()).toEqual([]);
    expect(preview.accounts[0]?.company.fields.every((f) => f.status === 'new')).toBe(true);

    const first = await applyPush(t, await planPush(t, accounts, new Map(), false), NOW);
    expect(first.failures).toEqual([]);
    expect(first.companies).toEqual({ created: 1, updated: 0 });
    expect(first.contacts).toEqual({ created: 2, updated: 0 });
    expect(mock.fields.companies.filter((f) => f.isCustom).map((f) => f.name)).toContain('icpLensFit');
    const [company] = mock.all('companies');
    expect(company?.values).toMatchObject({
      name: 'orbit Example',
      domainName: { primaryLinkUrl: 'https://orbit.example' },
      employees: 51,
      address: { addressCity: 'Toronto', addressState: 'Ontario', addressCountry: 'Canada' },
      icpLensDomain: 'orbit.example',
      icpLensIndustry: 'Software Development',
      icpLensFit: expect.any(Number),
    });
    expect(company?.values.icpLensExplanation).toMatch(/^Tier .*\.$/);
    const people = mock.all('people');
    expect(people.map((p) => p.values.name)).toEqual([
      { firstName: 'Ada', lastName: 'Example' },
      { firstName: 'Ben', lastName: 'Example' },
    ]);
    expect(people.every((p) => p.values.companyId === company?.id)).toBe(true);
    expect(first.log[0]).toMatchObject({ crm: 'twenty', companyId: company?.id, fields: first.fields });
    expect(mock.requests.every((r) => r.authorization === `Bearer ${KEY}`)).toBe(true);

    const writes = mock.writes().length;
    const again = await planPush(t, accounts, logsFrom(first.log), false);
    expect(again.createsProperties).toBe(0);
    const statuses = [
      ...(again.accounts[0]?.company.fields ?? []),
      ...(again.accounts[0]?.contacts ?? []).flatMap((c) => c.fields),
    ];
    expect(new Set(statuses.map((f) => f.status))).toEqual(new Set(['unchanged']));
    const second = await applyPush(t, again, NOW + 60_000);
    expect(second.fields).toBe(0);
    expect(mock.writes()).toHaveLength(writes);
    expect(mock.all('companies')).toHaveLength(1);
    expect(mock.all('people')).toHaveLength(2);
  });

  it('finds a company a person created by its domain and a person by name, and keeps their values unless told to overwrite', async () => {
    const existing = mock.create('companies', {
      name: 'Orbit Labs Inc.',
      domainName: { primaryLinkUrl: 'http://www.Orbit.example/' },
      address: { addressCity: 'Ottawa', addressCountry: 'Canada' },
    });
    mock.create('companies', { name: 'Not Orbit', domainName: { primaryLinkUrl: 'https://notorbit.example' } });
    const ada = mock.create('people', {
      name: { firstName: 'Ada', lastName: 'Example' },
      jobTitle: 'CRO',
      companyId: existing.id,
    });
    const accounts = [account('orbit.example', ['Ada Example'])];

    const plan = await planPush(t, accounts, new Map(), false);
    const fields = Object.fromEntries(plan.accounts[0]?.company.fields.map((f) => [f.property, f]) ?? []);
    expect(plan.accounts[0]?.company.crmId).toBe(existing.id);
    expect(plan.accounts[0]?.contacts[0]?.crmId).toBe(ada.id);
    expect(fields.name).toMatchObject({ status: 'kept', label: 'Name', before: 'Orbit Labs Inc.' });
    expect(fields['address.addressCity']?.status).toBe('kept');
    expect(fields['address.addressState']?.status).toBe('new');
    expect(fields.employees?.status).toBe('new');
    await applyPush(t, plan, NOW);
    // The address is written whole: the new state beside the city and country a person set.
    expect(existing.values).toMatchObject({
      name: 'Orbit Labs Inc.',
      employees: 51,
      address: { addressCity: 'Ottawa', addressState: 'Ontario', addressCountry: 'Canada' },
    });
    expect(ada.values.jobTitle).toBe('CRO');

    await applyPush(t, await planPush(t, accounts, new Map(), true), NOW);
    expect(existing.values).toMatchObject({ name: 'orbit Example', address: { addressCity: 'Toronto' } });
    expect(ada.values.jobTitle).toBe('VP of Sales');
    expect(mock.all('companies')).toHaveLength(2);
    expect(mock.all('people')).toHaveLength(1);
  });

  it('replaces its own earlier value, but not one a person changed since', async () => {
    const first = await applyPush(t, await planPush(t, [account('orbit.example')], new Map(), false), NOW);
    const [company] = mock.all('companies');
    mock.setByHand(company?.id as string, 'address.addressCity', 'Montreal');
    const moved = [
      account('orbit.example', [], {
        hq: fact({ city: 'Vancouver', country: 'CA' }),
        employees: fact({ min: 201, max: 500 }),
      }),
    ];
    const plan = await planPush(t, moved, logsFrom(first.log), false);
    const fields = Object.fromEntries(plan.accounts[0]?.company.fields.map((f) => [f.property, f]) ?? []);
    expect(fields['address.addressCity']).toMatchObject({ status: 'kept', before: 'Montreal', after: 'Vancouver' });
    expect(fields.employees).toMatchObject({ status: 'changed', before: '51', after: '201' });
  });

  it('waits out 429 (Retry-After) and 5xx, and creates each record once', async () => {
    mock.script({ match: BATCH_COMPANIES, status: 429, retryAfter: '2' });
    mock.script({ match: 'GET /rest/companies', status: 503 });
    const outcome = await applyPush(t, await planPush(t, [account('orbit.example')], new Map(), false), NOW);
    expect(outcome.failures).toEqual([]);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits).toContain(2_000);
    expect(creates().map((r) => r.status)).toEqual([429, 201]);
    expect(mock.all('companies')).toHaveLength(1);
  });

  it('does not create again after a server error (the next push finds the record first)', async () => {
    mock.script({ match: BATCH_COMPANIES, status: 500 });
    const outcome = await applyPush(t, await planPush(t, [account('orbit.example')], new Map(), false), NOW);
    expect(creates().map((r) => r.status)).toEqual([500]);
    expect(outcome.failures).toEqual([
      { who: 'orbit Example', message: 'Twenty had a problem on its side: Internal server error' },
    ]);
  });

  it("names a record Twenty refuses (400) with Twenty's message and pushes the rest of its batch", async () => {
    mock.rules.push({ path: 'name', value: 'bad Example', message: 'Company names may not say bad' });
    const accounts = ['good.example', 'bad.example', 'fine.example'].map((d) => account(d, ['Ada Example']));
    const outcome = await applyPush(t, await planPush(t, accounts, new Map(), false), NOW);
    expect(outcome.failures).toEqual([
      { who: 'bad Example', message: 'Twenty refused it: Company names may not say bad' },
    ]);
    expect(outcome.companies.created).toBe(2);
    expect(outcome.contacts.created).toBe(2);
    expect(outcome.skipped).toEqual([{ who: 'Ada Example (bad Example)', reason: 'their company is not in Twenty' }]);
    expect(outcome.log.find((r) => r.accountId === 'bad.example')?.failures).toEqual([
      'bad Example: Twenty refused it: Company names may not say bad',
    ]);
  });

  it('pushes 130 companies in batches of at most 60 with a 429 in the middle: every one once, none twice', async () => {
    const accounts = Array.from({ length: 130 }, (_, i) => account(`co${i}.example`));
    mock.script({ match: BATCH_COMPANIES, status: 429, retryAfter: '1', skip: 1 });
    const outcome = await applyPush(t, await planPush(t, accounts, new Map(), false), NOW);
    expect(creates().map((r) => r.status)).toEqual([201, 429, 201, 201]);
    expect(creates().map((r) => (r.body as unknown[]).length)).toEqual([60, 60, 60, 10]);
    expect(outcome.companies.created).toBe(130);
    const domains = mock.all('companies').map((c) => c.values.icpLensDomain);
    expect(new Set(domains).size).toBe(130);
    expect(domains).toHaveLength(130);
  });

  it('leaves the score out, saying why, when the key may not create fields', async () => {
    mock.readOnlyModel = true;
    const outcome = await applyPush(t, await planPush(t, [account('orbit.example')], new Map(), false), NOW);
    expect(outcome.failures).toEqual([
      {
        who: 'ICP Lens fields',
        message:
          "ICP Lens's score fields could not be created, so the score is left out: This API key may not do this in Twenty (its role lacks a permission): This role may not change the data model",
      },
    ]);
    expect(outcome.companies.created).toBe(1);
    const [company] = mock.all('companies');
    expect(Object.keys(company?.values ?? {}).filter((k) => k.startsWith('icpLens'))).toEqual([]);
  });

  it('finds a person by email when one is known, follows pages, and keeps the company a person gave them', async () => {
    mock.pageSize = 1;
    const holder = mock.create('companies', { name: 'Elsewhere' });
    const existing = mock.create('people', {
      name: { firstName: 'A.', lastName: 'E.' },
      emails: { primaryEmail: 'ada@orbit.example' },
      companyId: holder.id,
    });
    mock.create('people', {
      name: { firstName: 'Twin', lastName: 'X' },
      emails: { primaryEmail: 'ada2@orbit.example' },
    });
    const input = account('orbit.example', ['Ada Example']);
    (input.contacts[0] as { email?: string }).email = 'ada@orbit.example';
    const plan = await planPush(t, [input], new Map(), false);
    expect(plan.accounts[0]?.contacts[0]?.crmId).toBe(existing.id);
    await applyPush(t, plan, NOW);
    expect(existing.values.companyId).toBe(holder.id);
    const many = await findRecords(t, 'companies', 'id[is]:NOT_NULL');
    expect(many).toHaveLength(2);
    expect(mock.requests.some((r) => r.query.starting_after)).toBe(true);
  });

  it('reports 401 in words without the key, and keeps quotes in a domain from changing the filter', async () => {
    const wrong = { ...t, apiKey: 'eyJ.not-the-key-the-workspace-accepts.0000' };
    const refused = await findRecords(wrong, 'companies', 'id[is]:NOT_NULL').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TwentyError);
    expect((refused as TwentyError).status).toBe(401);
    expect((refused as Error).message).toBe(
      'Twenty did not accept the API key (it may have been revoked or expired): Token invalid.',
    );
    expect((refused as Error).message).not.toContain('not-the-key');

    const plan = await planPush(t, [account('a"),name[is]:NOT_NULL,or(x.example')], new Map(), false);
    expect(plan.accounts[0]?.company.crmId).toBeUndefined();
  });

  it('gets a 400 in the documented error shape for a request that breaks the documented shape', async () => {
    const refused = await callTwenty(
      t,
      { method: 'POST', path: '/rest/batch/companies', body: [], idempotent: false },
      createManySchema('createCompanies'),
    ).catch((e: unknown) => e);
    expect((refused as TwentyError).status).toBe(400);
    expect((refused as Error).message).toMatch(/^Twenty refused it: The request does not match the documented shape: /);
    expect(mock.problems.splice(0)).toHaveLength(1);
  });
});
