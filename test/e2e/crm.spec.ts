/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { TEST_BASE_KEY } from '../../lib/crm/hubspot/connection';
import { type HubSpotMock, startHubSpotMock } from '../mocks/hubspot-server';
import { readStore } from './support/extension';
import { expect, test } from './support/fixtures';
import { LeadsPage } from './support/leads-page';
import { OptionsPage, STORES } from './support/options-page';
import { SidePanel } from './support/side-panel';

const TOKEN = 'pat-na1-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b5555';
const COMPANY = 'https://www.linkedin.com/company/orbit-example-labs/';
let mock: HubSpotMock;

test.beforeEach(async () => {
  mock = await startHubSpotMock(TOKEN);
});
test.afterEach(async () => {
  await mock.close();
});

/** The invented company and its two people, read from the synthetic LinkedIn pages served at LinkedIn's address. */
async function readOrbitAndPeople(context: BrowserContext, worker: Worker) {
  await context.route(/^https:\/\/www\.linkedin\.com\//, (route) =>
    route.fulfill({ path: resolve('test/fixtures/sites/crm-linkedin/index.html'), contentType: 'text/html' }),
  );
  const page = await context.newPage();
  await page.goto(COMPANY);
  await expect.poll(async () => (await readStore(worker, 'accounts')).length).toBe(1);
  for (const person of ['ada-example', 'ben-example']) await page.goto(`https://www.linkedin.com/in/${person}/`);
  await expect
    .poll(async () => (await readStore<{ accountId?: string }>(worker, 'contacts')).filter((c) => c.accountId).length)
    .toBe(2);
  await page.goto(COMPANY);
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
  await hubspot.getByRole('button', { name: 'Push to HubSpot' }).click();
  await expect(hubspot.getByTestId('push-counts')).toHaveText(/^\d+ new$/);
  const records = hubspot.getByTestId('push-record');
  await expect(records).toHaveCount(3);
  await expect(records.locator('summary')).toHaveText([
    'Company: Orbit Example Labs (new in HubSpot)',
    /^Person: (Ada|Ben) Example \(new in HubSpot\)$/,
    /^Person: (Ada|Ben) Example \(new in HubSpot\)$/,
  ]);
  await expect(records.first()).toContainText('Company domain name: orbit-example.com');
  // Nothing is written before the user confirms.
  expect(mock.writes()).toEqual([]);

  await hubspot.getByRole('button', { name: 'Confirm push' }).click();
  await expect(hubspot.getByTestId('push-result')).toHaveText(
    /^1 company created, 2 people created, \d+ fields written\.$/,
  );
  await expect(hubspot.getByTestId('push-log').locator('li')).toHaveText([/^Pushed \d+ \w+, \d\d:\d\d, \d+ fields$/]);
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

  await hubspot.getByRole('button', { name: 'Push to HubSpot' }).click();
  await expect(hubspot.getByTestId('push-counts')).toHaveText(/^\d+ unchanged$/);
  const writes = mock.writes().length;
  await hubspot.getByRole('button', { name: 'Confirm push' }).click();
  await expect(hubspot.getByTestId('push-result')).toHaveText('Nothing needed changing.');
  await expect(hubspot.getByTestId('push-log').locator('li').first()).toHaveText(/, nothing to change$/);
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
  await worker.evaluate(
    ([key, origin]) => chrome.storage.local.set({ [key as string]: origin }),
    [TEST_BASE_KEY, mock.origin],
  );
  const options = await OptionsPage.open(context, extensionId);
  await options.page.getByLabel('HubSpot access token').fill(TOKEN);
  await options.page.getByRole('button', { name: 'Connect HubSpot' }).click();
  await expect(options.page.getByTestId('hubspot-connection')).toBeVisible();
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
