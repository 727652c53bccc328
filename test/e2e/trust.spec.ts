/// <reference types="chrome" />
import type { Worker } from '@playwright/test';
import { ALL_SITES } from '../../lib/platform/hosts';
import { readStore } from './support/extension';
import { expect, test } from './support/fixtures';
import { SidePanel } from './support/side-panel';
import { approveInBrowserSettings, openInNewTab, registeredMatches, serveFakeSite } from './support/site-access';

const SHOP = 'https://example-shop.test';
const OTHER_SHOP = 'https://other-shop.test';

async function observedUrls(worker: Worker): Promise<string[]> {
  return (await readStore<{ url: string }>(worker, 'observations')).map((o) => o.url);
}

/** A page is not read: after the time a content script takes to report, nothing was observed for it. */
async function expectNotRead(worker: Worker, url: string) {
  await new Promise((r) => setTimeout(r, 2_500));
  expect(await observedUrls(worker)).not.toContain(url);
}

test.describe('site access', () => {
  test.beforeEach(async ({ context }) => {
    await serveFakeSite(context, SHOP, 'example-shop');
    await serveFakeSite(context, OTHER_SHOP, 'example-shop');
  });

  test('a site without access is offered to the user; once allowed it is read on every load; removed, it is not', async ({
    context,
    worker,
    extensionId,
  }) => {
    const { tabId } = await openInNewTab(context, worker, `${SHOP}/`);
    const panel = await SidePanel.open(context, extensionId, tabId);
    await expect(panel.page.getByTestId('state-inaccessible')).toBeVisible();
    await expect(panel.page.getByTestId('grant-access')).toBeVisible();
    await expectNotRead(worker, `${SHOP}/`);

    // The tab's site is hidden from ICP Lens: "this site" is asked through Chrome's toolbar (addHostAccessRequest).
    await panel.page.getByTestId('allow-site').click();
    await expect(panel.page.getByTestId('grant-outcome')).toContainText('Extensions menu');

    await approveInBrowserSettings(context, extensionId, ALL_SITES);
    await panel.page.getByTestId('allow-all').click();
    await expect(panel.companyName).toHaveText('Harbor Ledger');
    await expect.poll(() => registeredMatches(worker)).toEqual([ALL_SITES]);

    // Later page loads are read with no panel open.
    const later = await context.newPage();
    await later.goto(`${OTHER_SHOP}/pricing`);
    await expect.poll(() => observedUrls(worker)).toContain(`${OTHER_SHOP}/pricing`);

    // Removing the grant (what the settings' Site access "Remove" does) unregisters the content script.
    expect(await panel.page.evaluate((site) => chrome.permissions.remove({ origins: [site] }), ALL_SITES)).toBe(true);
    await expect.poll(() => registeredMatches(worker)).toEqual([]);
    await later.goto(`${OTHER_SHOP}/about`);
    await expectNotRead(worker, `${OTHER_SHOP}/about`);
    const again = await openInNewTab(context, worker, `${SHOP}/again`);
    const panelAgain = await SidePanel.open(context, extensionId, again.tabId);
    await expect(panelAgain.page.getByTestId('state-inaccessible')).toBeVisible();
  });

  test('a grant for one site registers the content script for that site only', async ({
    context,
    worker,
    extensionId,
  }) => {
    const site = `${SHOP}/*`;
    await approveInBrowserSettings(context, extensionId, site);
    // The request GrantAccess makes when the tab's site is known, from a click in an extension page.
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=0`);
    await page.evaluate((origin) => {
      const button = document.createElement('button');
      button.id = 'grant-one';
      button.onclick = () => void chrome.permissions.request({ origins: [origin] });
      document.body.prepend(button);
    }, site);
    await page.click('#grant-one');
    await expect.poll(() => registeredMatches(worker)).toEqual([site]);

    const shop = await context.newPage();
    await shop.goto(`${SHOP}/team`);
    await expect.poll(() => observedUrls(worker)).toContain(`${SHOP}/team`);
    await shop.goto(`${OTHER_SHOP}/team`);
    await expectNotRead(worker, `${OTHER_SHOP}/team`);
  });
});
