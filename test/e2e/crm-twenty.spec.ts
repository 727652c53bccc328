/// <reference types="chrome" />
import { TEST_LOOPBACK_KEY } from '../../lib/crm/twenty/connection';
import { startTwentyMock, type TwentyMock } from '../mocks/twenty-server';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
  CRM_COMPANY,
  expectSecretNowhere,
  pushAgainFromPanel,
  pushOrbitFromPanel,
  readOrbitAndPeople,
} from './support/crm';
import { expect, test } from './support/fixtures';
import { OptionsPage } from './support/options-page';
import { SidePanel } from './support/side-panel';
import { approveInBrowserSettings, registeredMatches } from './support/site-access';

const KEY = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlMmUtdHdlbnR5In0.E2eOnlyKeyForTheLocalTwentyWXYZ';
let mock: TwentyMock;

test.beforeEach(async ({ context, extensionId }) => {
  // On [::1], which the development build does not grant (it grants 127.0.0.1 and localhost): connecting needs an
  // optional host permission, as a real workspace does. Approved as the browser's prompt would (headless cannot click
  // it); the settings page's own request then resolves without one.
  mock = await startTwentyMock(KEY, '::1');
  await approveInBrowserSettings(context, extensionId, `${mock.origin}/*`);
});
test.afterEach(async () => {
  await mock.close();
});

test('connect with an API key, preview and push an account with two people from the panel, then a push that changes nothing', async ({
  context,
  worker,
  extensionId,
}, testInfo) => {
  // Tests only: the workspace address may be the local Twenty on a loopback address.
  await worker.evaluate((key) => chrome.storage.local.set({ [key]: true }), TEST_LOOPBACK_KEY);

  const options = await OptionsPage.open(context, extensionId);
  const settings = options.page.getByTestId('twenty-settings');
  await expect(settings.getByLabel('Twenty API address')).toHaveValue('https://api.twenty.com');
  await settings.getByLabel('Twenty API address').fill(mock.origin);
  await settings.getByLabel('Twenty API key').fill(KEY);
  await settings.getByRole('button', { name: 'Connect Twenty' }).click();
  await expect(settings.getByTestId('twenty-connection')).toContainText(
    `Connected to ${mock.origin} with the API key eyJ…WXYZ`,
  );
  await expect(settings).not.toContainText(KEY);
  // One read checked the key before it was kept.
  expect(mock.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /rest/companies 200']);
  // The workspace's host is Twenty's, not a site granted for reading: no content script there, not in the site list.
  const workspace = `${mock.origin}/*`;
  expect(await worker.evaluate(() => chrome.permissions.getAll())).toMatchObject({
    origins: expect.arrayContaining([workspace]),
  });
  expect(await registeredMatches(worker)).not.toContain(workspace);
  await expect(options.page.getByTestId('no-granted-sites')).toBeVisible();
  await expectNoSeriousA11yViolations(options.page);

  await readOrbitAndPeople(context, worker);
  const { panel } = await SidePanel.forPage(context, worker, extensionId, CRM_COMPANY);
  const twenty = panel.page.getByTestId('twenty');
  await expect(panel.page.getByTestId('hubspot')).toHaveCount(0);
  await pushOrbitFromPanel(twenty, {
    name: 'Twenty',
    company: 'Company',
    companyShows: ['Domain: https://orbit-example.com', 'ICP Lens Fit: '],
    writes: () => mock.writes(),
    whilePreviewing: () => expectNoSeriousA11yViolations(panel.page),
  });
  const [company] = mock.all('companies');
  expect(company?.values).toMatchObject({
    name: 'Orbit Example Labs',
    domainName: { primaryLinkUrl: 'https://orbit-example.com' },
    icpLensDomain: 'orbit-example.com',
  });
  expect(mock.all('people').map((p) => p.values.companyId)).toEqual([company?.id, company?.id]);
  await panel.page.screenshot({ path: testInfo.outputPath('twenty-pushed.png'), fullPage: true });

  const writes = mock.writes().length;
  await pushAgainFromPanel(twenty, 'Twenty');
  expect(mock.writes()).toHaveLength(writes);
  expect(mock.all('companies')).toHaveLength(1);
  expect(mock.all('people')).toHaveLength(2);
  expect(mock.problems).toEqual([]);

  // The key is in no stored table, no backup, and no page.
  await expectSecretNowhere(KEY, { worker, options, pages: [panel.page], testInfo });

  await options.page.reload();
  await options.page.getByRole('button', { name: 'Disconnect Twenty' }).click();
  await expect(options.page.getByLabel('Twenty API key')).toBeVisible();
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).not.toHaveProperty(['crm.twenty']);
  // The permission asked for at connect time goes back with the connection.
  expect((await worker.evaluate(() => chrome.permissions.getAll())).origins).not.toContain(workspace);
});

test('a refused key is reported in words, without the key, and nothing is kept', async ({
  worker,
  context,
  extensionId,
}) => {
  await worker.evaluate((key) => chrome.storage.local.set({ [key]: true }), TEST_LOOPBACK_KEY);
  const options = await OptionsPage.open(context, extensionId);
  const settings = options.page.getByTestId('twenty-settings');
  const wrong = 'eyJhbGciOiJIUzI1NiJ9.NotTheKeyTheWorkspaceAccepts.0000';
  await settings.getByLabel('Twenty API address').fill(mock.origin);
  await settings.getByLabel('Twenty API key').fill(wrong);
  await settings.getByRole('button', { name: 'Connect Twenty' }).click();
  await expect(settings.getByTestId('twenty-status')).toHaveText(
    'Not connected: Twenty did not accept the API key (it may have been revoked or expired): Token invalid.',
  );
  await expect(settings).not.toContainText(wrong);
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).not.toHaveProperty(['crm.twenty']);
});
