import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, TestInfo, Worker } from '@playwright/test';
import { readStore } from './extension';
import { expect } from './fixtures';
import { type OptionsPage, STORES } from './options-page';

/** The invented company the CRM specs push, on synthetic LinkedIn pages served at LinkedIn's address. */
export const CRM_COMPANY = 'https://www.linkedin.com/company/orbit-example-labs/';

/** Reads the invented company and its two people, and leaves the page on the company. */
export async function readOrbitAndPeople(context: BrowserContext, worker: Worker) {
  await context.route(/^https:\/\/www\.linkedin\.com\//, (route) =>
    route.fulfill({ path: resolve('test/fixtures/sites/crm-linkedin/index.html'), contentType: 'text/html' }),
  );
  const page = await context.newPage();
  await page.goto(CRM_COMPANY);
  await expect.poll(async () => (await readStore(worker, 'accounts')).length).toBe(1);
  for (const person of ['ada-example', 'ben-example']) await page.goto(`https://www.linkedin.com/in/${person}/`);
  await expect
    .poll(async () => (await readStore<{ accountId?: string }>(worker, 'contacts')).filter((c) => c.accountId).length)
    .toBe(2);
  await page.goto(CRM_COMPANY);
}

/** A CRM's secret is in no stored table, no backup file, and none of these pages. */
export async function expectSecretNowhere(
  secret: string,
  { worker, options, pages, testInfo }: { worker: Worker; options: OptionsPage; pages: Page[]; testInfo: TestInfo },
) {
  for (const store of [...STORES, 'crmPushes']) {
    expect(JSON.stringify(await readStore(worker, store))).not.toContain(secret);
  }
  for (const page of pages) expect(await page.content()).not.toContain(secret);
  const backup = testInfo.outputPath('backup.json');
  await options.backUp(backup);
  expect(readFileSync(backup, 'utf8')).not.toContain(secret);
}
