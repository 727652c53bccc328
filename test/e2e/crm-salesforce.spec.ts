/// <reference types="chrome" />
import { TEST_LOOPBACK_KEY } from '../../lib/crm/salesforce/connection';
import { type SalesforceMock, startSalesforceMock } from '../mocks/salesforce-server';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
  CRM_COMPANY,
  expectSecretNowhere,
  pushAgainFromPanel,
  pushOrbitFromPanel,
  readOrbitAndPeople,
} from './support/crm';
import { expect, test } from './support/fixtures';
import { LeadsPage } from './support/leads-page';
import { OptionsPage } from './support/options-page';
import { SidePanel } from './support/side-panel';

const TOKEN = '00D5e000000Ab1C!AQ8AQE2e.Only.Token.For.The.Local.Salesforce.WXYZ';
let mock: SalesforceMock;

test.beforeEach(async () => {
  mock = await startSalesforceMock(TOKEN);
});
test.afterEach(async () => {
  await mock.close();
});

test('connect with a pasted token, preview and push an account with two people from the panel, then a push that changes nothing', async ({
  context,
  worker,
  extensionId,
}, testInfo) => {
  // Tests only: the org's address may be the local Salesforce on a loopback address.
  await worker.evaluate((key) => chrome.storage.local.set({ [key]: true }), TEST_LOOPBACK_KEY);

  const options = await OptionsPage.open(context, extensionId);
  const settings = options.page.getByTestId('salesforce-settings');
  await expect(settings.getByTestId('salesforce-callback')).toHaveText(/^https:\/\/[a-p]{32}\.chromiumapp\.org\/$/);
  await settings.getByLabel('Org address').fill(mock.origin);
  await settings.getByLabel('Salesforce access token').fill(TOKEN);
  await settings.getByRole('button', { name: 'Connect Salesforce' }).click();
  await expect(settings.getByTestId('salesforce-connection')).toContainText(
    `Connected to ${mock.origin} with the token 00D…WXYZ`,
  );
  await expect(settings).not.toContainText(TOKEN);
  await expectNoSeriousA11yViolations(options.page);

  await readOrbitAndPeople(context, worker);
  const { panel } = await SidePanel.forPage(context, worker, extensionId, CRM_COMPANY);
  const salesforce = panel.page.getByTestId('salesforce');
  // HubSpot is not connected: its section is not there.
  await expect(panel.page.getByTestId('hubspot')).toHaveCount(0);
  await pushOrbitFromPanel(salesforce, {
    name: 'Salesforce',
    company: 'Account',
    companyShows: ['Website: https://orbit-example.com', 'ICP Lens Fit: '],
    writes: () => mock.writes(),
    whilePreviewing: () => expectNoSeriousA11yViolations(panel.page),
  });
  const [acct] = mock.org.all('Account');
  expect(acct?.values).toMatchObject({
    Name: 'Orbit Example Labs',
    Website: 'https://orbit-example.com',
    ICP_Lens_Domain__c: 'orbit-example.com',
    YearStarted: '2016',
  });
  expect(mock.org.all('Contact').map((c) => c.values.AccountId)).toEqual([acct?.id, acct?.id]);
  await panel.page.screenshot({ path: testInfo.outputPath('salesforce-pushed.png'), fullPage: true });

  const writes = mock.writes().length;
  await pushAgainFromPanel(salesforce, 'Salesforce');
  expect(mock.writes()).toHaveLength(writes);
  expect(mock.org.all('Account')).toHaveLength(1);
  expect(mock.org.all('Contact')).toHaveLength(2);
  expect(mock.problems).toEqual([]);

  // The token is in no stored table, no backup, and no page.
  await expectSecretNowhere(TOKEN, { worker, options, pages: [panel.page], testInfo });

  await options.page.reload();
  await options.page.getByRole('button', { name: 'Disconnect Salesforce' }).click();
  await expect(options.page.getByLabel('Salesforce access token')).toBeVisible();
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).not.toHaveProperty(['crm.salesforce']);
});

test('a refused token is reported in words, without the token, and nothing is kept', async ({
  worker,
  context,
  extensionId,
}) => {
  await worker.evaluate((key) => chrome.storage.local.set({ [key]: true }), TEST_LOOPBACK_KEY);
  const options = await OptionsPage.open(context, extensionId);
  const settings = options.page.getByTestId('salesforce-settings');
  const wrong = '00D5e000000Ab1C!NotTheTokenTheOrgAccepts0000';
  await settings.getByLabel('Org address').fill(mock.origin);
  await settings.getByLabel('Salesforce access token').fill(wrong);
  await settings.getByRole('button', { name: 'Connect Salesforce' }).click();
  await expect(settings.getByTestId('salesforce-status')).toHaveText(
    'Not connected: Salesforce did not accept the access token (it may have expired: connect again): Session expired or invalid',
  );
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).not.toHaveProperty(['crm.salesforce']);
});

test('push a selection from the Leads page to Salesforce: the totals first, then the accounts and their people', async ({
  context,
  worker,
  extensionId,
}) => {
  await worker.evaluate((key) => chrome.storage.local.set({ [key]: true }), TEST_LOOPBACK_KEY);
  const options = await OptionsPage.open(context, extensionId);
  await options.page.getByLabel('Org address').fill(mock.origin);
  await options.page.getByLabel('Salesforce access token').fill(TOKEN);
  await options.page.getByRole('button', { name: 'Connect Salesforce' }).click();
  await expect(options.page.getByTestId('salesforce-connection')).toBeVisible();
  await readOrbitAndPeople(context, worker);

  const leads = await LeadsPage.open(context, extensionId);
  await leads.select('account:orbit-example.com');
  // HubSpot is not connected: only Salesforce's push is offered.
  await expect(leads.page.getByTestId('bulk-hubspot-push')).toHaveCount(0);
  await leads.page.getByTestId('bulk-salesforce-push').click();
  await expect(leads.page.getByTestId('bulk-salesforce')).toContainText(/1 account and their people: \d+ new\./);
  expect(mock.writes()).toEqual([]);
  await leads.page.getByTestId('bulk-salesforce-confirm').click();
  await expect(leads.page.getByTestId('bulk-salesforce-result')).toHaveText(
    /^1 account created, 2 people created, \d+ fields written\.$/,
  );
  expect(mock.org.all('Contact')).toHaveLength(2);
  expect(mock.problems).toEqual([]);
  await expectNoSeriousA11yViolations(leads.page);
});
