/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import type { Worker } from '@playwright/test';
import { ALL_SITES } from '../../lib/platform/hosts';
import { tally } from '../trust/tally';
import { expectNoSeriousA11yViolations } from './support/axe';
import { readStore } from './support/extension';
import { expect, test } from './support/fixtures';
import { accountScore, accountScores, cloneAccount, sendFromPage, stopServiceWorker } from './support/lifecycle';
import { SidePanel } from './support/side-panel';
import {
  approveInBrowserSettings,
  openInNewTab,
  registeredMatches,
  requestFromExtensionPage,
  serveFakeSite,
} from './support/site-access';
import { launchWithToolbar } from './support/toolbar';

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
    await expectNoSeriousA11yViolations(panel.page);
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
    await requestFromExtensionPage(page, site);
    await expect.poll(() => registeredMatches(worker)).toEqual([site]);

    const shop = await context.newPage();
    await shop.goto(`${SHOP}/team`);
    await expect.poll(() => observedUrls(worker)).toContain(`${SHOP}/team`);
    await shop.goto(`${OTHER_SHOP}/team`);
    await expectNotRead(worker, `${OTHER_SHOP}/team`);
  });
});

// Its own browser, with a DevTools endpoint to press the toolbar button: not the site-access fixtures.
test('the toolbar button reads a site without access once; leaving the site ends it', async () => {
  const { context, worker, clickToolbarButton } = await launchWithToolbar();
  try {
    await serveFakeSite(context, SHOP, 'example-shop');
    await serveFakeSite(context, OTHER_SHOP, 'example-shop');
    const page = await context.newPage();
    await page.goto(`${SHOP}/`);
    await expectNotRead(worker, `${SHOP}/`);
    await clickToolbarButton(`${SHOP}/`);
    await expect.poll(() => observedUrls(worker)).toContain(`${SHOP}/`);
    // Another site in the same tab: the one-time access (activeTab) is gone.
    await page.goto(`${OTHER_SHOP}/`);
    await expectNotRead(worker, `${OTHER_SHOP}/`);
  } finally {
    await context.close();
  }
});

test('a page whose data carries script and HTML payloads is shown as text, and nothing runs', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const beacons: string[] = [];
  await context.route('https://beacon.test/**', (route) => {
    beacons.push(route.request().url());
    return route.fulfill({ status: 204 });
  });
  const url = `${sites.origin}/hostile/`;
  // Each payload aims at its own beacon path: that many hostile inputs.
  const fixture = readFileSync('test/fixtures/sites/hostile/index.html', 'utf8');
  tally({ test: 'e2e hostile page', hostileInputs: fixture.match(/beacon\.test\//g)?.length ?? 0 });
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => observedUrls(worker)).toContain(url);
  const { panel } = await SidePanel.forPage(context, worker, extensionId, url);
  const [account] = await readStore<{
    name: string;
    signals: { description?: { value: string }; socials?: { github?: { value: string } } };
  }>(worker, 'accounts');
  expect(account?.name).toMatch(/^Payload Systems/);
  // The link at the bottom of the 5,000-level DOM was reached.
  expect(account?.signals.socials?.github?.value).toBe('https://github.com/payload-systems-example');
  // What is stored is what the panel shows, character for character, as text.
  await expect(panel.companyName).toHaveText(account?.name ?? '');
  // The script's source, as words on screen.
  await expect(panel.companyName).toContainText("window.pwned=1;fetch('https://beacon.test/name-script')");
  const description = account?.signals.description?.value ?? '';
  expect(description).toContain('secure');
  await expect(panel.page.getByText(description, { exact: false }).first()).toBeVisible();
  const injected = await panel.page.evaluate(() => ({
    elements: document.querySelectorAll(
      'main script, main img, main iframe, main svg[onload], main style, main [onerror]',
    ).length,
    pwned: (window as { pwned?: unknown }).pwned,
    polluted: ({} as { polluted?: unknown }).polluted,
  }));
  expect(injected).toEqual({ elements: 0, pwned: undefined, polluted: undefined });
  // Give anything injected time to load, then count: the page itself never requests the beacon either.
  await panel.page.waitForTimeout(1_000);
  expect(beacons).toEqual([]);
});

interface StoredScore {
  id: string;
  score?: { icpId: string };
}
interface StoredJob {
  key: string;
  value: { icpId: string; done: number; total: number; phase: string };
}

test('the service worker stopped in the middle of a rescoring: nothing is lost, scoring resumes', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  test.setTimeout(120_000);
  const CLONES = 12_000;
  const page = await context.newPage();
  await page.goto(`${sites.origin}/northwind/`);
  await expect.poll(async () => (await readStore<StoredScore>(worker, 'accounts')).length).toBe(1);
  const [source] = await readStore<StoredScore>(worker, 'accounts');
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=0`);
  await cloneAccount(panel, source?.id ?? '', CLONES);
  const expected = CLONES + 1;

  const created = await sendFromPage(panel, 'ui-bg/create-icp', { presetId: 'b2b-saas-mid-market' });
  const icpId = (created.data as { id: string }).id;
  expect((await sendFromPage(panel, 'ui-bg/set-active-icp', { id: icpId })).ok).toBe(true);
  // Stop the worker while the job is part way: its state is in IndexedDB, readable from the page.
  await expect
    .poll(async () => (await readStore<StoredJob>(panel, 'settings')).find((s) => s.key === 'rescoreJob')?.value.done, {
      intervals: [20],
    })
    .toBeGreaterThan(0);
  await stopServiceWorker(context, panel, worker);
  const interrupted = (await readStore<StoredJob>(panel, 'settings')).find((s) => s.key === 'rescoreJob')?.value;
  expect(interrupted, 'the job was still under way when the worker stopped').toBeDefined();
  expect(interrupted?.done).toBeLessThan(expected);
  // Stopped means stopped: no batch lands while no worker runs.
  await panel.waitForTimeout(1_000);
  expect((await readStore<StoredJob>(panel, 'settings')).find((s) => s.key === 'rescoreJob')?.value).toEqual(
    interrupted,
  );

  // Any event wakes the worker; its start picks the job up at its cursor.
  expect((await sendFromPage(panel, 'ui-bg/list-icps', {})).ok).toBe(true);
  await expect
    .poll(async () => (await readStore<StoredJob>(panel, 'settings')).some((s) => s.key === 'rescoreJob'), {
      timeout: 60_000,
    })
    .toBe(false);
  const accounts = await accountScores(panel);
  tally({
    test: 'e2e service worker stopped mid-rescoring',
    faults: 1,
    recordsLost: Math.max(expected - accounts.length, 0),
  });
  expect(accounts.length).toBe(expected);
  expect(accounts.filter(([, scoredWith]) => scoredWith !== icpId)).toEqual([]);

  // A page visited after the restart, while the worker is stopped once more: its report wakes the worker, and the
  // page is read and scored against the new ICP.
  await stopServiceWorker(context, panel, worker);
  tally({ test: 'e2e service worker stopped before a page visit', faults: 1 });
  await page.goto(`${sites.origin}/acme/`);
  await expect.poll(() => accountScore(panel, 'acme-example.com')).toEqual(['acme-example.com', icpId]);
});

test('twenty tabs of one company loading at once give one account with all twenty observations', async ({
  context,
  worker,
  sites,
}) => {
  const TABS = 20;
  const pages = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
  await Promise.all(pages.map((p, i) => p.goto(`${sites.origin}/acme/?tab=${i}`)));
  await expect.poll(async () => (await observedUrls(worker)).length, { timeout: 30_000 }).toBe(TABS);
  const accounts = await readStore<StoredScore>(worker, 'accounts');
  const observations = await readStore<{ accountId: string; url: string }>(worker, 'observations');
  tally({ test: 'e2e twenty tabs at once', recordsLost: TABS - observations.length });
  expect(accounts.map((a) => a.id)).toEqual(['acme-example.com']);
  expect(new Set(observations.map((o) => o.accountId))).toEqual(new Set(['acme-example.com']));
  expect(new Set(observations.map((o) => o.url)).size).toBe(TABS);
});
