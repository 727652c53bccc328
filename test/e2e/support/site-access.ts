/// <reference types="chrome" />
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';

/** Answers every request to `origin` with one fixture page: a web site the manifest grants no access to. */
export async function serveFakeSite(context: BrowserContext, origin: string, fixture: string): Promise<void> {
  await context.route(`${origin}/**`, (route) =>
    route.fulfill({ path: resolve('test/fixtures/sites', fixture, 'index.html'), contentType: 'text/html' }),
  );
}

/**
 * Records the user's approval of a site the way Chrome's own extension settings do (chrome://extensions, "Site
 * access", "Add a site"), through that page's API. Needed because headless Chromium shows the extension's
 * `permissions.request` prompt with no way to click it; once approved there, the extension's own request, made from
 * its own click handler, resolves without a prompt and grants the permission, firing `permissions.onAdded`.
 */
export async function approveInBrowserSettings(context: BrowserContext, extensionId: string, pattern: string) {
  const settings = await context.newPage();
  await settings.goto(`chrome://extensions/?id=${extensionId}`);
  await settings.evaluate(
    ([id, host]) =>
      (
        chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }
      ).developerPrivate.addHostPermission(id, host),
    [extensionId, pattern] as const,
  );
  await settings.close();
}

/** The sites the content script is registered for at run time (lib/platform/registered-scripts.ts). */
export async function registeredMatches(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const scripts = await chrome.scripting.getRegisteredContentScripts();
    return scripts.flatMap((s) => s.matches ?? []);
  });
}

/**
 * Opens a page and returns its tab id. Where the extension has no access it cannot see a tab's address or title, so
 * the new tab is told apart from those open before.
 */
export async function openInNewTab(context: BrowserContext, worker: Worker, url: string) {
  const listIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
  const before = new Set(await listIds());
  const page = await context.newPage();
  await page.goto(url);
  for (let i = 0; i < 50; i++) {
    const added = (await listIds()).filter((id) => !before.has(id));
    if (added.length === 1 && added[0] !== undefined) return { page, tabId: added[0] };
    await page.waitForTimeout(100);
  }
  throw new Error(`no new tab for ${url}`);
}

/**
 * The grant as the panel asks for it: `permissions.request` from a click in an extension page (`page`). Approved
 * first in the browser's settings (`approveInBrowserSettings`), it resolves without a prompt.
 */
export async function requestFromExtensionPage(page: Page, origin: string): Promise<void> {
  await page.evaluate((o) => {
    const button = document.createElement('button');
    button.id = 'grant-one';
    button.onclick = () => void chrome.permissions.request({ origins: [o] });
    document.body.prepend(button);
  }, origin);
  await page.click('#grant-one');
}
