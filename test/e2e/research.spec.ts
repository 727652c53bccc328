/// <reference types="chrome" />
import { expect, test } from '@playwright/test';
import { launchWithExtension } from './support/browser';
import { readStore, tabIdFor } from './support/extension';
import { sendFromPage } from './support/lifecycle';
import { type ResearchSites, startResearchSites } from './support/research-sites';
import { SidePanel } from './support/side-panel';
import { approveInBrowserSettings, requestFromExtensionPage } from './support/site-access';
import { launchWithToolbar } from './support/toolbar';

const HOME = 'http://www.nordlicht-analytics.de/';
const HOSTS = ['www.nordlicht-analytics.de', 'nordlicht-analytics.de', 'partner-holding.com'];
// Pages the user never opens: any request for them is research's.
const RESEARCHED = ['/impressum', '/kontakt', '/ueber-uns/', '/karriere/', '/preise', '/preise/'];

let sites: ResearchSites;
test.beforeEach(async () => {
  // The price page redirects to another domain: research must not follow it there.
  sites = await startResearchSites((_req, res, host, path) => {
    if (host.endsWith('nordlicht-analytics.de') && path.startsWith('/preise')) {
      res.writeHead(301, { location: 'http://partner-holding.com/preise' }).end();
      return true;
    }
    return false;
  });
});
test.afterEach(() => sites.close());

/** What research asked of the sites: the pages the user never opened. */
const researchRequests = () => sites.requests.filter((r) => RESEARCHED.includes(r.path));

test('research reads the imprint and careers pages of a granted site, without cookies, never another domain', async () => {
  const { context, worker, extensionId } = await launchWithExtension({ args: [sites.resolverRule(HOSTS)] });
  try {
    const origin = 'http://www.nordlicht-analytics.de/*';
    await approveInBrowserSettings(context, extensionId, origin);
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${extensionId}/options.html`);
    // The homepage alone first: research off.
    expect((await sendFromPage(settings, 'ui-bg/save-settings', { research: false })).ok).toBe(true);
    // The grant as the panel asks for it, from a click in an extension page (approved above, so no prompt).
    await requestFromExtensionPage(settings, origin);
    await expect
      .poll(async () => (await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length)
      .toBe(1);

    const site = await context.newPage();
    await site.goto(HOME);
    const tabId = await tabIdFor(worker, HOME);
    const panel = await SidePanel.open(context, extensionId, tabId);
    await expect(panel.companyName).toHaveText('Nordlicht Analytics');
    await expect(panel.unknown('size')).toBeVisible();
    await expect(panel.page.getByTestId('fact-hq')).not.toContainText('Berlin');
    expect(researchRequests()).toEqual([]);
    await expect(panel.page.getByTestId('research-why')).toContainText('Research is off');

    // "Research this company": the site is granted, so no prompt; the facts fill in with their pages.
    await panel.page.getByTestId('research-start').click();
    await expect(panel.page.getByTestId('research-done')).toBeVisible({ timeout: 30_000 });
    await expect(panel.page.getByTestId('fact-hq')).toContainText('Berlin');
    await expect(panel.page.locator('[data-fact="hq"] .source a')).toHaveText('nordlicht-analytics.de/impressum');
    await expect(panel.page.getByTestId('fact-hiring')).toContainText('3');
    await expect(panel.page.locator('[data-fact="hiring"] .source a')).toHaveText('nordlicht-analytics.de/karriere');
    // Criteria a page settled moved from "Still unknown" to "Why", with that page as evidence.
    await expect(panel.criterion('geo')).toBeVisible();
    await expect(panel.criterion('size')).toBeVisible();
    await expect(panel.criterion('size').locator('.source a')).toHaveText('nordlicht-analytics.de/ueber-uns');
    await expect(panel.unknown('size')).toHaveCount(0);
    await panel.page.getByText('Pages tried').click();
    await expect(panel.page.getByTestId('research-pages')).toContainText('/preise');
    await expect(panel.page.getByTestId('research-pages')).toContainText('redirects');

    const asked = researchRequests();
    expect(asked.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/impressum', '/kontakt', '/ueber-uns/', '/karriere/']),
    );
    // No request of research carried the cookie the site set on the page load (which the browser does send).
    expect(sites.requests.some((r) => r.path === '/' && r.cookie)).toBe(false);
    await site.reload();
    expect(sites.requests.filter((r) => r.path === '/' && r.cookie?.includes('visitor=seen')).length).toBeGreaterThan(
      0,
    );
    expect(asked.every((r) => !r.cookie)).toBe(true);
    // Another domain is never asked: neither the holding's imprint linked from the footer, nor where /preise redirects.
    expect(sites.requests.filter((r) => r.host !== 'www.nordlicht-analytics.de')).toEqual([]);
    // Each page once.
    const paths = asked.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);

    // The pages are observations of the account, each its own evidence.
    const observations = await readStore<{ url: string; accountId?: string }>(worker, 'observations');
    expect(observations.map((o) => o.url)).toEqual(
      expect.arrayContaining([`${HOME}impressum`, `${HOME}karriere/`, `${HOME}ueber-uns/`]),
    );
    expect(new Set(observations.map((o) => o.accountId))).toEqual(new Set(['nordlicht-analytics.de']));

    // Read again within the week: nothing is fetched again.
    const before = researchRequests().length;
    expect((await sendFromPage(panel.page, 'ui-bg/research-tab', { tabId })).ok).toBe(true);
    await expect(panel.page.getByTestId('research-done')).toBeVisible();
    await panel.page.waitForTimeout(500);
    expect(researchRequests().length).toBe(before);
  } finally {
    await context.close();
  }
});

test('a toolbar click (activeTab) lets research read the same site, with the progress in the panel', async () => {
  const launched = await launchWithToolbar(sites.resolverRule(HOSTS));
  const { context, worker, extensionId, clickToolbarButton } = launched;
  try {
    const site = await context.newPage();
    await site.goto(HOME);
    await clickToolbarButton(HOME);
    const tabId = await tabIdFor(worker, HOME);
    const panel = await SidePanel.open(context, extensionId, tabId);
    await expect(panel.page.getByTestId('research-done')).toBeVisible({ timeout: 30_000 });
    await expect(panel.page.getByTestId('fact-hq')).toContainText('Berlin');
    expect(researchRequests().map((r) => r.path)).toEqual(expect.arrayContaining(['/impressum', '/karriere/']));
    expect(sites.requests.filter((r) => r.host !== 'www.nordlicht-analytics.de')).toEqual([]);
  } finally {
    await context.close();
  }
});
