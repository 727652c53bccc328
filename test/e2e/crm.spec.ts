/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import type { BrowserContext, Worker } from '@playwright/test';
import { TEST_BASE_KEY } from '../../lib/crm/hubspot/connection';
import { type HubSpotMock, startHubSpotMock } from '../mocks/hubspot-server';
import { CRM_COMPANY, pushAgainFromPanel, pushOrbitFromPanel, readOrbitAndPeople } from './support/crm';
import { readStore } from './support/extension';
import { expect, test } from './support/fixtures';
import { LeadsPage } from './support/leads-page';
import { OptionsPage, STORES } from './support/options-page';
import { SidePanel } from './support/side-panel';

const TOKEN = 'pat-na1-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b5555';
const COMPANY = CRM_COMPANY;
let mock: HubSpotMock;

test.beforeEach(async () => {
  mock = await startHubSpotMock(TOKEN);
});
test.afterEach(async () => {
  await mock.close();
});

/** Points the client at the local HubSpot (tests only) and connects with the token in the real settings page. */
async function connectToMock(context: BrowserContext, worker: Worker, extensionId: string) {
  await worker.evaluate(
    ([key, origin]) => chrome.storage.local.set({ [key as string]: origin }),
    [TEST_BASE_KEY, mock.origin],
  );
  const options = await OptionsPage.open(context, extensionId);
  await options.page.getByLabel('HubSpot access token').fill(TOKEN);
  await options.page.getByRole('button', { name: 'Connect HubSpot' }).click();
  await expect(options.page.getByTestId('hubspot-connection')).toBeVisible();
}

test('connect with a token, preview and push an account with two people from the panel, then a push that changes nothing', async ({
  context,
  worker,
  extensionId,
}, testInfo) => {
  // Tests only: the client talks to the local mock of HubSpot instead of api.hubapi.com.
  await worker.evaluate(
    ([key, origin]) => chrome.storage.local.set({ [key as string]: origin }),
    [TEST_BASE_KEY, mock.origin],
  );

  const options = await OptionsPage.open(context, extensionId);
  const settings = options.page.getByTestId('hubspot-settings');
  await settings.getByLabel('HubSpot access token').fill(TOKEN);
  await settings.getByRole('button', { name: 'Connect HubSpot' }).click();
  await expect(settings.getByTestId('hubspot-connection')).toContainText('Connected with the token pat-na1-…5555');
  await expect(settings).not.toContainText(TOKEN);

  await readOrbitAndPeople(context, worker);
  const { panel } = await SidePanel.forPage(context, worker, extensionId, COMPANY);
  const hubspot = panel.page.getByTestId('hubspot');
  await pushOrbitFromPanel(hubspot, {
    name: 'HubSpot',
    company: 'Company',
    companyShows: ['Company domain name: orbit-example.com'],
    writes: () => mock.writes(),
  });
  expect(mock.state.objects.companies.size).toBe(1);
  expect(mock.state.objects.contacts.size).toBe(2);
  expect(mock.state.associations.size).toBe(2);
  const [company] = mock.state.find('companies', () => true);
  expect(company?.properties).toMatchObject({
    name: 'Orbit Example Labs',
    domain: 'orbit-example.com',
    founded_year: '2016',
  });
  await panel.page.screenshot({ path: testInfo.outputPath('hubspot-pushed.png'), fullPage: true });

  const writes = mock.writes().length;
  await pushAgainFromPanel(hubspot, 'HubSpot');
  // No record was created or updated the second time (the association is re-stated, which HubSpot treats as a no-op).
  expect(
    mock
      .writes()
      .slice(writes)
      .every((r) => r.path.includes('/associate/')),
  ).toBe(true);
  expect(mock.problems).toEqual([]);

  // The token is in no stored table and no backup.
  for (const store of [...STORES, 'crmPushes']) {
    expect(JSON.stringify(await readStore(worker, store))).not.toContain(TOKEN);
  }
  const backup = testInfo.outputPath('backup.json');
  await options.backUp(backup);
  expect(readFileSync(backup, 'utf8')).not.toContain(TOKEN);

  await options.page.reload();
  await options.page.getByRole('button', { name: 'Disconnect HubSpot' }).click();
  await expect(options.page.getByLabel('HubSpot access token')).toBeVisible();
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).not.toHaveProperty(['crm.hubspot']);
});

test('push a selection from the Leads page: the totals first, then the accounts and their people', async ({
  context,
  worker,
  extensionId,
}) => {
  await connectToMock(context, worker, extensionId);
  await readOrbitAndPeople(context, worker);

  const leads = await LeadsPage.open(context, extensionId);
  await leads.select('account:orbit-example.com');
  await leads.page.getByTestId('bulk-hubspot-push').click();
  await expect(leads.page.getByTestId('bulk-hubspot')).toContainText(/1 account and their people: \d+ new\./);
  expect(mock.writes()).toEqual([]);
  await leads.page.getByTestId('bulk-hubspot-confirm').click();
  await expect(leads.page.getByTestId('bulk-hubspot-result')).toHaveText(
    /^1 company created, 2 people created, \d+ fields written\.$/,
  );
  expect(mock.state.objects.contacts.size).toBe(2);
  expect(mock.problems).toEqual([]);
});

test('200 accounts pushed from the Leads page in batches, with a 429 in the middle: every one once, none twice', async ({
  context,
  worker,
  extensionId,
}) => {
  await connectToMock(context, worker, extensionId);

  const leads = await LeadsPage.open(context, extensionId);
  const domains = Array.from({ length: 200 }, (_, i) => `batch-${String(i).padStart(3, '0')}.example`);
  await leads.importCsv('accounts.csv', `domain\n${domains.join('\n')}\n`);
  await expect(leads.importStatus).toContainText('Imported 200 rows');
  await leads.page.getByTestId('select-all').click();
  await expect(leads.selectedCount).toContainText('200');

  // HubSpot's batch endpoints take 100 records: the second batch of companies is refused once with a 429.
  mock.script({ match: 'POST /crm/v3/objects/companies/batch/create', status: 429, retryAfter: '1', skip: 1 });
  await leads.page.getByTestId('bulk-hubspot-push').click();
  await expect(leads.page.getByTestId('bulk-hubspot')).toContainText('200 accounts');
  await leads.page.getByTestId('bulk-hubspot-confirm').click();
  await expect(leads.page.getByTestId('bulk-hubspot-result')).toContainText('200 companies created', {
    timeout: 30_000,
  });

  const creates = mock.requests.filter(
    (r) => r.method === 'POST' && r.path.endsWith('/objects/companies/batch/create'),
  );
  expect(creates.map((r) => r.status)).toEqual([201, 429, 201]);
  const pushed = mock.state.find('companies', () => true).map((c) => c.properties.domain);
  expect(pushed).toHaveLength(200);
  expect(new Set(pushed)).toEqual(new Set(domains));
  expect(mock.problems).toEqual([]);
});
