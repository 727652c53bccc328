// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describe as describeObject, query } from '../../../lib/crm/salesforce/api';
import { DATA } from '../../../lib/crm/salesforce/hosts';
import { callSalesforce, SalesforceError, type SalesforceTransport } from '../../../lib/crm/salesforce/http';
import { refresh, signIn } from '../../../lib/crm/salesforce/oauth';
import { applyPush, planPush } from '../../../lib/crm/salesforce/push';
import { saveResultsSchema } from '../../../lib/crm/salesforce/wire';
import type { CrmPushRecord } from '../../../lib/db/db';
import { type SalesforceMock, startSalesforceMock } from '../../mocks/salesforce-server';
import { account, fact, NOW } from './fixtures';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const TOKEN = '00D000000000001!AQ4AQFakeTokenForTheLocalSalesforceOnly0001';
const COLLECTIONS = `${DATA}/composite/sobjects`;
let mock: SalesforceMock;
let waits: number[];
let t: SalesforceTransport;

async function start(options?: Parameters<typeof startSalesforceMock>[1]) {
  mock = await startSalesforceMock(TOKEN, options);
  waits = [];
  t = { instanceUrl: mock.origin, token: TOKEN, sleep: async (ms) => void waits.push(ms) };
}
beforeEach(() => start());
afterEach(async () => {
  // Every request the client made, and every reply, matched the documented shapes (test/contracts/salesforce).
  expect(mock.problems).toEqual([]);
  await mock.close();
});

const logsFrom = (log: CrmPushRecord[]) => new Map(log.map((row) => [row.accountId, row]));
const writesOf = (method: 'POST' | 'PATCH') =>
  mock.requests.filter((r) => r.path === COLLECTIONS && r.method === method);

describe('Salesforce client against the documented REST shapes', () => {
  it('first push creates the account and two contacts on it; a second push writes nothing', async () => {
    const accounts = [account('orbit.example', ['Ada Example', 'Ben Example'])];
    const preview = await planPush(t, accounts, new Map(), false);
    expect(preview.notes).toEqual([]);
    expect(mock.writes()).toEqual([]);
    expect(preview.accounts[0]?.company.fields.every((f) => f.status === 'new')).toBe(true);

    const first = await applyPush(t, await planPush(t, accounts, new Map(), false), NOW);
    expect(first.failures).toEqual([]);
    expect(first.companies).toEqual({ created: 1, updated: 0 });
    expect(first.contacts).toEqual({ created: 2, updated: 0 });
    const [acct] = mock.org.all('Account');
    expect(acct?.values).toMatchObject({
      Name: 'orbit Example',
      Website: 'https://orbit.example',
      Industry: 'Technology',
      NumberOfEmployees: 51,
      BillingCity: 'Toronto',
      BillingState: 'Ontario',
      BillingCountry: 'Canada',
      YearStarted: '2014',
      Type: 'Prospect',
      ICP_Lens_Domain__c: 'orbit.example',
      ICP_Lens_Industry__c: 'Software Development',
      ICP_Lens_Fit__c: expect.any(Number),
    });
    expect(acct?.values.ICP_Lens_Explanation__c).toMatch(/^Tier .*\.$/);
    const people = mock.org.all('Contact');
    expect(people.map((p) => `${p.values.FirstName} ${p.values.LastName}`).sort()).toEqual([
      'Ada Example',
      'Ben Example',
    ]);
    expect(people.every((p) => p.values.AccountId === acct?.id)).toBe(true);
    expect(first.log[0]).toMatchObject({ crm: 'salesforce', companyId: acct?.id, fields: first.fields });

    const writes = mock.writes().length;
    const again = await planPush(t, accounts, logsFrom(first.log), false);
    const statuses = [
      ...(again.accounts[0]?.company.fields ?? []),
      ...(again.accounts[0]?.contacts ?? []).flatMap((c) => c.fields),
    ];
    expect(new Set(statuses.map((f) => f.status))).toEqual(new Set(['unchanged']));
    const second = await applyPush(t, again, NOW + 60_000);
    expect(second.fields).toBe(0);
    expect(mock.writes()).toHaveLength(writes);
    expect(mock.org.all('Account')).toHaveLength(1);
    expect(mock.org.all('Contact')).toHaveLength(2);
  });

  it('finds an account a person created by its Website and a contact by name, and keeps their values unless told to overwrite', async () => {
    const existing = mock.org.create('Account', {
      Name: 'Orbit Labs Inc.',
      Website: 'http://www.Orbit.example/',
      BillingCity: 'Ottawa',
    });
    mock.org.create('Account', { Name: 'Not Orbit', Website: 'https://notorbit.example' });
    const ada = mock.org.create('Contact', {
      FirstName: 'Ada',
      LastName: 'Example',
      Title: 'CRO',
      AccountId: existing.id,
    });
    const accounts = [account('orbit.example', ['Ada Example'])];

    const plan = await planPush(t, accounts, new Map(), false);
    const fields = Object.fromEntries(plan.accounts[0]?.company.fields.map((f) => [f.property, f]) ?? []);
    expect(plan.accounts[0]?.company.crmId).toBe(existing.id);
    expect(plan.accounts[0]?.contacts[0]?.crmId).toBe(ada.id);
    expect(fields.Name).toMatchObject({ status: 'kept', label: 'Account Name', before: 'Orbit Labs Inc.' });
    expect(fields.BillingCity?.status).toBe('kept');
    expect(fields.NumberOfEmployees?.status).toBe('new');
    await applyPush(t, plan, NOW);
    expect(existing.values).toMatchObject({ Name: 'Orbit Labs Inc.', BillingCity: 'Ottawa', NumberOfEmployees: 51 });
    expect(ada.values.Title).toBe('CRO');

    await applyPush(t, await planPush(t, accounts, new Map(), true), NOW);
    expect(existing.values).toMatchObject({ Name: 'orbit Example', BillingCity: 'Toronto' });
    expect(ada.values.Title).toBe('VP of Sales');
    expect(mock.org.all('Account')).toHaveLength(2);
    expect(mock.org.all('Contact')).toHaveLength(1);
  });

  it('replaces its own earlier value, but not one a person changed since', async () => {
    const first = await applyPush(t, await planPush(t, [account('orbit.example')], new Map(), false), NOW);
    const [acct] = mock.org.all('Account');
    mock.org.setByHand(acct?.id as string, 'BillingCity', 'Montreal');
    const moved = [
      account('orbit.example', [], {
        hq: fact({ city: 'Vancouver', country: 'CA' }),
        employees: fact({ min: 201, max: 500 }),
      }),
    ];
    const plan = await planPush(t, moved, logsFrom(first.log), false);
    const fields = Object.fromEntries(plan.accounts[0]?.company.fields.map((f) => [f.property, f]) ?? []);
    expect(fields.BillingCity).toMatchObject({ status: 'kept', before: 'Montreal', after: 'Vancouver' });
    expect(fields.NumberOfEmployees).toMatchObject({ status: 'changed', before: '51', after: '201' });
  });

  it('finds the account by ICP Lens Domain even when a person changed its Website', async () => {
    const existing = mock.org.create('Account', {
      Name: 'Orbit',
      Website: 'https://orbit-group.example',
      ICP_Lens_Domain__c: 'orbit.example',
    });
    const plan = await planPush(t, [account('orbit.example')], new Map(), false);
    expect(plan.accounts[0]?.company.crmId).toBe(existing.id);
  });

  it('waits out 429 (Retry-After), 503 and REQUEST_LIMIT_EXCEEDED, and creates each record once', async () => {
    mock.script({ match: `POST ${COLLECTIONS}`, status: 429, retryAfter: '2' });
    mock.script({ match: `POST ${COLLECTIONS}`, status: 403 });
    mock.script({ match: `POST ${COLLECTIONS}`, status: 503 });
    const outcome = await applyPush(t, await planPush(t, [account('orbit.example')], new Map(), false), NOW);
    expect(outcome.failures).toEqual([]);
    expect(waits[0]).toBe(2_000);
    expect(writesOf('POST').map((r) => r.status)).toEqual([429, 403, 503, 200]);
    expect(mock.org.all('Account')).toHaveLength(1);
  });

  it('says in words when the request limit is still reached after five tries, and pushes nothing twice', async () => {
    mock.script({ match: `POST ${COLLECTIONS}`, status: 403, times: 5 });
    const outcome = await applyPush(t, await planPush(t, [account('orbit.example')], new Map(), false), NOW);
    expect(outcome.failures).toEqual([
      {
        who: 'orbit Example',
        message:
          "Salesforce's API request limit was still reached after several tries; push again later: TotalRequests Limit exceeded.",
      },
    ]);
    expect(mock.org.all('Account')).toHaveLength(0);
  });

  it("names a record Salesforce refuses with Salesforce's message and pushes the rest", async () => {
    mock.org.rules.push({ field: 'Name', value: 'bad Example', message: 'Account names may not say bad' });
    const accounts = ['good.example', 'bad.example', 'fine.example'].map((d) => account(d, ['Ada Example']));
    const outcome = await applyPush(t, await planPush(t, accounts, new Map(), false), NOW);
    expect(outcome.failures).toEqual([
      { who: 'bad Example', message: 'Salesforce refused it: Account names may not say bad' },
    ]);
    expect(outcome.companies.created).toBe(2);
    expect(outcome.contacts.created).toBe(2);
    expect(outcome.skipped).toEqual([
      { who: 'Ada Example (bad Example)', reason: 'their account is not in Salesforce' },
    ]);
    expect(outcome.log.find((r) => r.accountId === 'bad.example')?.failures).toEqual([
      'bad Example: Salesforce refused it: Account names may not say bad',
    ]);
  });

  it('pushes 450 accounts in collections of at most 200 with a 429 in the middle: every one once, none twice', async () => {
    const accounts = Array.from({ length: 450 }, (_, i) => account(`co${i}.example`));
    mock.script({ match: `POST ${COLLECTIONS}`, status: 429, retryAfter: '1', skip: 1 });
    const outcome = await applyPush(t, await planPush(t, accounts, new Map(), false), NOW);
    const creates = writesOf('POST');
    expect(creates.map((r) => r.status)).toEqual([200, 429, 200, 200]);
    expect(creates.map((r) => (r.body as { records: unknown[] }).records.length)).toEqual([200, 200, 200, 50]);
    expect(outcome.companies.created).toBe(450);
    const domains = mock.org.all('Account').map((a) => a.values.ICP_Lens_Domain__c);
    expect(new Set(domains).size).toBe(450);
    expect(domains).toHaveLength(450);
  });

  it('leaves out the custom fields the admin has not created, and says which in words', async () => {
    await mock.close();
    await start({ withCustom: (name) => name === 'ICP_Lens_Domain__c' });
    const plan = await planPush(t, [account('orbit.example', ['Ada Example'])], new Map(), false);
    expect(plan.notes).toHaveLength(2);
    expect(plan.notes[0]).toMatch(
      /^Salesforce has no field ICP Lens Fit \(ICP_Lens_Fit__c\), ICP Lens Tier \(ICP_Lens_Tier__c\), .* on Accounts that you may write: those values are left out\./,
    );
    expect(plan.notes[1]).toContain('ICP Lens Profile (ICP_Lens_Profile__c)');
    const outcome = await applyPush(t, plan, NOW);
    expect(outcome.failures).toEqual([]);
    const [acct] = mock.org.all('Account');
    expect(Object.keys(acct?.values ?? {}).filter((k) => k.endsWith('__c'))).toEqual(['ICP_Lens_Domain__c']);
  });

  it('finds a person by email when one is known, and follows query pages', async () => {
    mock.pageSize = 1;
    const holder = mock.org.create('Account', { Name: 'Elsewhere' });
    const existing = mock.org.create('Contact', { Email: 'ada@orbit.example', LastName: 'E.', AccountId: holder.id });
    mock.org.create('Contact', { Email: 'ADA@orbit.example', LastName: 'Twin', AccountId: holder.id });
    const input = account('orbit.example', ['Ada Example']);
    (input.contacts[0] as { email?: string }).email = 'ada@orbit.example';
    const plan = await planPush(t, [input], new Map(), false);
    expect(plan.accounts[0]?.contacts[0]?.crmId).toBe(existing.id);
    expect(mock.requests.some((r) => /\/query\/01g/.test(r.path))).toBe(true);
    await applyPush(t, plan, NOW);
    // A person found by email keeps the account a person gave them.
    expect(existing.values.AccountId).toBe(holder.id);
  });

  it('reports INVALID_SESSION_ID in words without the token, and renews a signed-in token once', async () => {
    const wrong = { ...t, token: '00D000000000001!wrong-token-000000000' };
    const refused = await describeObject(wrong, 'Account').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SalesforceError);
    expect((refused as SalesforceError).status).toBe(401);
    expect((refused as Error).message).toBe(
      'Salesforce did not accept the access token (it may have expired: connect again): Session expired or invalid',
    );
    expect((refused as Error).message).not.toContain('wrong-token');

    const fresh = mock.rotateToken();
    let renewed = 0;
    const rows = await query(
      {
        ...t,
        renew: async () => {
          renewed++;
          return fresh;
        },
      },
      "SELECT Id FROM Account WHERE Name IN ('x')",
    );
    expect(rows).toEqual([]);
    expect(renewed).toBe(1);
  });

  it('signs in with the web server flow and PKCE, then refreshes the token', async () => {
    const redirectUri = 'https://abcdefghijklmnop.chromiumapp.org/';
    const launch = async (url: string) => {
      const r = await fetch(url, { redirect: 'manual' });
      return r.headers.get('location') ?? undefined;
    };
    const tokens = await signIn({ loginUrl: mock.origin, clientId: '3MVG9fakeConsumerKey', redirectUri }, launch);
    expect(tokens).toMatchObject({ accessToken: TOKEN, instanceUrl: mock.origin, refreshToken: expect.any(String) });
    const token = mock.requests.find((r) => r.path === '/services/oauth2/token');
    expect(token?.body).toMatchObject({ grant_type: 'authorization_code', code_verifier: expect.any(String) });
    expect(token?.body).not.toHaveProperty('client_secret');

    const again = await refresh(mock.origin, '3MVG9fakeConsumerKey', tokens.refreshToken as string);
    expect(again.accessToken).toBe(TOKEN);
    const bad = await refresh(mock.origin, '3MVG9fakeConsumerKey', 'not-the-refresh-token').catch(
      (e: Error) => e.message,
    );
    expect(bad).toBe('Salesforce did not sign you in: expired access/refresh token');
  });

  it('gets a 400 in the documented error shape for a request that breaks the documented shape', async () => {
    const refused = await callSalesforce(
      t,
      {
        method: 'POST',
        path: COLLECTIONS,
        body: { records: [{ attributes: { type: 'Account' }, id: '001000000000001AAA', Name: 'x' }] },
        idempotent: false,
      },
      saveResultsSchema,
    ).catch((e: unknown) => e);
    expect((refused as SalesforceError).status).toBe(400);
    expect((refused as Error).message).toMatch(
      /^Salesforce refused it: The request does not match the documented shape: /,
    );
    expect(mock.problems.splice(0)).toHaveLength(1);
  });
});
