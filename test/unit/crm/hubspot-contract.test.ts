// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkAccess } from '../../../lib/crm/hubspot/api';
import { callHubSpot, HubSpotError, type HubSpotTransport } from '../../../lib/crm/hubspot/http';
import { applyPush, planPush } from '../../../lib/crm/hubspot/push';
import { searchSchema } from '../../../lib/crm/hubspot/wire';
import type { CrmPushRecord } from '../../../lib/db/db';
import { type HubSpotMock, startHubSpotMock } from '../../mocks/hubspot-server';
import { account, fact, NOW } from './fixtures';

// Real HTTP to a local server validating against five OpenAPI documents: slower than a unit test on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const TOKEN = 'pat-na1-11111111-2222-3333-4444-555555555555';
let mock: HubSpotMock;
let waits: number[];
let t: HubSpotTransport;

beforeEach(async () => {
  mock = await startHubSpotMock(TOKEN);
  waits = [];
  t = { baseUrl: mock.origin, token: TOKEN, sleep: async (ms) => void waits.push(ms) };
});
afterEach(async () => {
  // Every request the client made matched an operation of HubSpot's documents and its schema, and so did every reply.
  expect(mock.problems).toEqual([]);
  expect(mock.requests.every((r) => r.operationId)).toBe(true);
  await mock.close();
});

const logsFrom = (log: CrmPushRecord[]) => new Map(log.map((row) => [row.accountId, row]));

// Each test starts a validating mock over the OpenAPI documents: slow on a loaded machine, so a generous limit.
describe('HubSpot client against HubSpot OpenAPI documents', { timeout: 60_000 }, () => {
  it('first push creates the property group, the company, two people and their association; a second push writes nothing', async () => {
    const accounts = [account('orbit.example', ['Ada Example', 'Ben Example'])];
    const preview = await planPush(t, accounts, new Map(), false);
    expect(preview.createsProperties).toBeGreaterThan(10);
    expect(mock.writes()).toEqual([]);
    expect(preview.accounts[0]?.company.fields.every((f) => f.status === 'new')).toBe(true);

    const first = await applyPush(t, await planPush(t, accounts, new Map(), false), NOW);
    expect(first.failures).toEqual([]);
    expect(first.companies).toEqual({ created: 1, updated: 0 });
    expect(first.contacts).toEqual({ created: 2, updated: 0 });
    const [company] = mock.state.find('companies', (p) => p.domain === 'orbit.example');
    expect(company?.properties).toMatchObject({
      name: 'orbit Example',
      numberofemployees: '51',
      city: 'Toronto',
      country: 'Canada',
      founded_year: '2014',
      industry: 'COMPUTER_SOFTWARE',
      icp_lens_industry: 'Software Development',
      icp_lens_icp_name: expect.any(String),
    });
    // A Suspect has no lifecycle stage in HubSpot (subscriber is a newsletter opt-in): the property stays unset.
    expect(company?.properties.lifecyclestage).toBeUndefined();
    expect(company?.properties.icp_lens_explanation).toMatch(/^Tier .*\.$/);
    expect(mock.state.groups.companies.has('icp_lens')).toBe(true);
    const people = mock.state.find('contacts', () => true);
    expect(people.map((p) => `${p.properties.firstname} ${p.properties.lastname}`).sort()).toEqual([
      'Ada Example',
      'Ben Example',
    ]);
    expect([...mock.state.associations].every((pair) => pair.endsWith(`:${company?.id}`))).toBe(true);
    expect(mock.state.associations.size).toBe(2);
    expect(first.log[0]?.fields).toBe(first.fields);

    const writesBefore = mock.writes().length;
    const again = await planPush(t, accounts, logsFrom(first.log), false);
    const statuses = again.accounts[0]?.contacts
      .flatMap((c) => c.fields)
      .concat(again.accounts[0]?.company.fields ?? []);
    expect(new Set(statuses?.map((f) => f.status))).toEqual(new Set(['unchanged']));
    const second = await applyPush(t, again, NOW + 60_000);
    expect(second.fields).toBe(0);
    // Only the (idempotent) association is sent again; no record is created or updated.
    expect(
      mock
        .writes()
        .slice(writesBefore)
        .map((r) => r.path),
    ).toEqual(['/crm/v4/associations/contacts/companies/batch/associate/default']);
    expect(mock.state.objects.companies.size).toBe(1);
    expect(mock.state.objects.contacts.size).toBe(2);
  });

  it('finds an existing company by domain and its person by name, and keeps a value a person set unless told to overwrite', async () => {
    const existing = mock.state.create(
      'companies',
      { name: 'Orbit Labs Inc.', domain: 'www.orbit.example', city: 'Ottawa' },
      '2024-01-01T00:00:00Z',
    );
    const ada = mock.state.create(
      'contacts',
      { firstname: 'Ada', lastname: 'Example', jobtitle: 'CRO' },
      '2024-01-01T00:00:00Z',
    );
    mock.state.associations.add(`${ada.id}:${existing.id}`);
    const accounts = [account('orbit.example', ['Ada Example'])];

    const plan = await planPush(t, accounts, new Map(), false);
    const fields = Object.fromEntries(plan.accounts[0]?.company.fields.map((f) => [f.property, f.status]) ?? []);
    expect(plan.accounts[0]?.company.crmId).toBe(existing.id);
    expect(plan.accounts[0]?.contacts[0]?.crmId).toBe(ada.id);
    expect(fields).toMatchObject({ name: 'kept', city: 'kept', numberofemployees: 'new', icp_lens_fit: 'new' });
    await applyPush(t, plan, NOW);
    expect(existing.properties).toMatchObject({ name: 'Orbit Labs Inc.', city: 'Ottawa', numberofemployees: '51' });
    expect(ada.properties.jobtitle).toBe('CRO');

    const overwrite = await planPush(t, accounts, new Map(), true);
    await applyPush(t, overwrite, NOW);
    expect(existing.properties).toMatchObject({ name: 'orbit Example', city: 'Toronto' });
    expect(ada.properties.jobtitle).toBe('VP of Sales');
    expect(mock.state.objects.companies.size).toBe(1);
  });

  it('replaces its own earlier value, but not one a person changed since', async () => {
    const accounts = [account('orbit.example')];
    const first = await applyPush(t, await planPush(t, accounts, new Map(), false), NOW);
    const [company] = mock.state.find('companies', () => true);
    mock.state.setByHand('companies', company?.id as string, 'city', 'Montreal');
    const moved = [
      account('orbit.example', [], {
        hq: fact({ city: 'Vancouver', country: 'CA' }),
        employees: fact({ min: 201, max: 500 }),
      }),
    ];
    const plan = await planPush(t, moved, logsFrom(first.log), false);
    const fields = Object.fromEntries(plan.accounts[0]?.company.fields.map((f) => [f.property, f]) ?? []);
    expect(fields.city).toMatchObject({ status: 'kept', before: 'Montreal', after: 'Vancouver' });
    expect(fields.numberofemployees).toMatchObject({ status: 'changed', before: '51', after: '201' });
  });

  it('waits as Retry-After says after a 429 and pushes each record once', async () => {
    mock.script({ match: 'POST /crm/v3/objects/companies/batch/create', status: 429, retryAfter: '2' });
    const outcome = await applyPush(t, await planPush(t, [account('orbit.example')], new Map(), false), NOW);
    expect(outcome.failures).toEqual([]);
    expect(waits).toContain(2_000);
    expect(
      mock.requests.filter((r) => r.path === '/crm/v3/objects/companies/batch/create').map((r) => r.status),
    ).toEqual([429, 201]);
    expect(mock.state.objects.companies.size).toBe(1);
  });

  it('retries a read after a server error, but never a create (the next push searches first)', async () => {
    mock.script({ match: 'POST /crm/v3/objects/companies/search', status: 503 });
    const plan = await planPush(t, [account('orbit.example')], new Map(), false);
    expect(waits).toHaveLength(1);
    mock.script({ match: 'POST /crm/v3/objects/companies/batch/create', status: 500 });
    const outcome = await applyPush(t, plan, NOW);
    expect(outcome.failures).toEqual([
      { who: 'orbit Example', message: 'HubSpot had a problem on its side: Internal error' },
    ]);
    expect(mock.state.objects.companies.size).toBe(0);
  });

  it('names the record HubSpot refuses with its own message and pushes the rest of the batch', async () => {
    mock.state.refusals.push({ property: 'name', value: 'bad Example', message: 'Name contains a forbidden word' });
    const accounts = ['good.example', 'bad.example', 'fine.example'].map((d) => account(d, ['Ada Example']));
    const outcome = await applyPush(t, await planPush(t, accounts, new Map(), false), NOW);
    expect(outcome.failures).toEqual([
      { who: 'bad Example', message: expect.stringContaining('Name contains a forbidden word') },
    ]);
    expect(outcome.companies.created).toBe(2);
    expect(outcome.contacts.created).toBe(2);
    expect(outcome.skipped).toEqual([{ who: 'Ada Example (bad Example)', reason: 'their company is not in HubSpot' }]);
    expect(mock.requests.some((r) => r.status === 400)).toBe(true);
  });

  it('pushes 200 accounts in batches of 100 with a 429 in the middle: every one once, none twice', async () => {
    const accounts = Array.from({ length: 200 }, (_, i) => account(`co${i}.example`));
    // The first batch goes through, the second is refused once.
    mock.script({ match: 'POST /crm/v3/objects/companies/batch/create', status: 429, retryAfter: '1', skip: 1 });
    const outcome = await applyPush(t, await planPush(t, accounts, new Map(), false), NOW);
    const creates = mock.requests.filter((r) => r.path === '/crm/v3/objects/companies/batch/create');
    expect(creates.map((r) => r.status)).toEqual([201, 429, 201]);
    expect(waits).toContain(1_000);
    expect(creates.every((r) => (r.body as { inputs: unknown[] }).inputs.length <= 100)).toBe(true);
    expect(outcome.companies.created).toBe(200);
    const domains = mock.state.find('companies', () => true).map((c) => c.properties.domain);
    expect(new Set(domains).size).toBe(200);
    expect(domains).toHaveLength(200);
  });

  it('finds a person by email when one is known', async () => {
    const existing = mock.state.create(
      'contacts',
      { email: 'ada@orbit.example', firstname: 'Ada', lastname: 'E.' },
      '2024-01-01T00:00:00Z',
    );
    const input = account('orbit.example', ['Ada Example']);
    (input.contacts[0] as { email?: string }).email = 'ada@orbit.example';
    const plan = await planPush(t, [input], new Map(), false);
    expect(plan.accounts[0]?.contacts[0]?.crmId).toBe(existing.id);
    expect(mock.requests.some((r) => (r.body as { idProperty?: string })?.idProperty === 'email')).toBe(true);
  });

  it('reports a refused token in words, without the token', async () => {
    const wrong = { ...t, token: 'pat-na1-wrong-token-0000' };
    const refused = await checkAccess(wrong).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HubSpotError);
    expect((refused as HubSpotError).status).toBe(401);
    expect((refused as Error).message).toBe(
      'HubSpot did not accept the access token: Authentication credentials not found or invalid.',
    );
    expect((refused as Error).message).not.toContain('wrong-token');
  });

  it('gets a 400 with the validation errors for a request that breaks the document', async () => {
    // A search without its required `sorts` and `after`: the client never sends it, the server must refuse it.
    const refused = await callHubSpot(
      t,
      {
        method: 'POST',
        path: '/crm/v3/objects/companies/search',
        body: { filterGroups: [], properties: [], limit: 1 },
        idempotent: true,
      },
      searchSchema,
    ).catch((e: unknown) => e);
    expect((refused as HubSpotError).status).toBe(400);
    expect((refused as Error).message).toMatch(
      /^HubSpot refused it: Invalid input: .*must have required property 'after'/,
    );
    expect(mock.problems.splice(0)).toHaveLength(1);
  });
});
