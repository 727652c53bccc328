import { mkdirSync } from 'node:fs';
import { expectNoSeriousA11yViolations } from './support/axe';
import { activeTabId, badgeFor, readStore } from './support/extension';
import { expect, test } from './support/fixtures';
import { SidePanel } from './support/side-panel';

test('a company that fits the default ICP scores high, with its breakdown, badge and stored account', async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  const url = `${sites.origin}/northwind/`;
  const { tabId, panel } = await SidePanel.visit(context, worker, extensionId, url);
  await expect(panel.companyName).toHaveText('Northwind Analytics');
  await expect(panel.fit).toHaveText('100');
  await expect(panel.tier).toHaveText('A');
  await expect(panel.page.getByTestId('best-case')).toHaveText('Every criterion is known.');
  await expect(panel.page.getByTestId('confidence')).toHaveText('100%');
  // The industry group is classified from the description the page gives.
  await expect(panel.criterion('industry')).toContainText('Software');
  await expect(panel.criterion('size').getByTestId('points')).toHaveText('20 / 20');
  await expect(panel.criterion('size')).toContainText('201–500');
  await expect(panel.criterion('size')).toContainText("from the page's structured data");
  await expect(panel.criterion('geo')).toContainText('US');
  await expect(panel.questions).toHaveCount(5);

  const badge = await badgeFor(worker, tabId);
  expect(badge.text).toBe('A');
  expect(badge.color).toEqual([21, 128, 61, 255]);

  const accounts = await readStore<{ id: string; name: string; score: { tier: string; fit: number } }>(
    worker,
    'accounts',
  );
  expect(accounts).toHaveLength(1);
  expect(accounts[0]).toMatchObject({ id: 'northwind-analytics.example', name: 'Northwind Analytics' });
  expect(accounts[0]?.score).toMatchObject({ tier: 'A', fit: 100 });
  const observations = await readStore<{ accountId: string; url: string }>(worker, 'observations');
  expect(observations.map((o) => o.accountId)).toEqual(['northwind-analytics.example']);

  mkdirSync(testInfo.outputDir, { recursive: true });
  const shot = testInfo.outputPath('side-panel.png');
  await panel.page.setViewportSize({ width: 400, height: 900 });
  await panel.page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('side-panel', { path: shot, contentType: 'image/png' });
});

test('a company that does not fit scores low and says why', async ({ context, worker, extensionId, sites }) => {
  const url = `${sites.origin}/brightside/`;
  const { tabId, panel } = await SidePanel.visit(context, worker, extensionId, url);
  await expect(panel.companyName).toHaveText('Padaria Brightside');
  await expect(panel.tier).toHaveText('D');
  await expect(panel.fit).toHaveText('12');
  await expect(panel.criterion('size').getByTestId('points')).toHaveText('12 / 20');
  await expect(panel.criterion('geo').getByTestId('points')).toHaveText('0 / 20');
  await expect(panel.criterion('geo')).toContainText('PT');
  await expect(panel.criterion('age')).toContainText('1952');

  expect((await badgeFor(worker, tabId)).text).toBe('D');
  const accounts = await readStore<{ id: string; score: { tier: string } }>(worker, 'accounts');
  expect(accounts.map((a) => [a.id, a.score.tier])).toEqual([['brightside-bakery.example', 'D']]);
});

test('the panel follows navigation and says when a page has nothing to read', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const site = await context.newPage();
  await site.goto(`${sites.origin}/northwind/`);
  const { tabId, panel } = await SidePanel.forPage(context, worker, extensionId, `${sites.origin}/northwind/`);
  await expect(panel.companyName).toHaveText('Northwind Analytics');

  await site.goto(`${sites.origin}/blank/`);
  await expect(panel.page.getByTestId('state-empty')).toBeVisible();
  expect((await badgeFor(worker, tabId)).text).toBe('');

  await site.goto(`${sites.origin}/brightside/`);
  await expect(panel.companyName).toHaveText('Padaria Brightside');
});

test('a page the extension cannot read is shown as not accessible', async ({ context, worker, extensionId }) => {
  const site = await context.newPage();
  await site.goto('about:blank');
  const tabId = await activeTabId(worker);
  const panel = await SidePanel.open(context, extensionId, tabId);
  await expect(panel.page.getByTestId('state-inaccessible')).toBeVisible();
});

test('the panel follows the active tab of its window', async ({ context, worker, extensionId, sites }) => {
  const northwind = await context.newPage();
  await northwind.goto(`${sites.origin}/northwind/`);
  const brightside = await context.newPage();
  await brightside.goto(`${sites.origin}/brightside/`);
  const windowId = await worker.evaluate(async () => (await chrome.windows.getLastFocused()).id as number);

  // The panel in a window of its own, following the browser window as the side panel follows its own.
  const opened = context.waitForEvent('page');
  await worker.evaluate(
    (url) => chrome.windows.create({ url, type: 'popup', width: 420, height: 800 }),
    `chrome-extension://${extensionId}/sidepanel.html?windowId=${windowId}`,
  );
  const panel = new SidePanel(await opened);
  await expect(panel.companyName).toHaveText('Padaria Brightside');
  await northwind.bringToFront();
  await expect(panel.companyName).toHaveText('Northwind Analytics');
  await brightside.bringToFront();
  await expect(panel.companyName).toHaveText('Padaria Brightside');
});

test('the scored side panel has no serious accessibility violations', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const { panel } = await SidePanel.visit(context, worker, extensionId, `${sites.origin}/northwind/`);
  await expect(panel.fit).toBeVisible();
  await expectNoSeriousA11yViolations(panel.page);
});
