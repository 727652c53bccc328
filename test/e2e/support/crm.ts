import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Locator, Page, TestInfo, Worker } from '@playwright/test';
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

/**
 * A first push of the invented company and its two people from a CRM's section of the panel: the preview lists the
 * three records as new and nothing is written before the user confirms; then the outcome and the push log.
 */
export async function pushOrbitFromPanel(
  section: Locator,
  crm: {
    name: string;
    company: 'Company' | 'Account';
    /** Lines of the company's preview, in the CRM's own field labels. */
    companyShows: string[];
    writes: () => unknown[];
    /** Checks made while the preview is open (accessibility), before the push is confirmed. */
    whilePreviewing?: () => Promise<void>;
  },
) {
  await section.getByRole('button', { name: `Push to ${crm.name}` }).click();
  await expect(section.getByTestId('push-counts')).toHaveText(/^\d+ new$/);
  const records = section.getByTestId('push-record');
  await expect(records).toHaveCount(3);
  const person = new RegExp(`^Person: (Ada|Ben) Example \\(new in ${crm.name}\\)$`);
  await expect(records.locator('summary')).toHaveText([
    `${crm.company}: Orbit Example Labs (new in ${crm.name})`,
    person,
    person,
  ]);
  for (const line of crm.companyShows) await expect(records.first()).toContainText(line);
  expect(crm.writes()).toEqual([]);
  await crm.whilePreviewing?.();

  await section.getByRole('button', { name: 'Confirm push' }).click();
  await expect(section.getByTestId('push-result')).toHaveText(
    new RegExp(`^1 ${crm.company.toLowerCase()} created, 2 people created, \\d+ fields written\\.$`),
  );
  await expect(section.getByTestId('push-log').locator('li')).toHaveText([/^Pushed \d+ \w+, \d\d:\d\d, \d+ fields$/]);
}

/** The same push again: every field unchanged in the preview, "Nothing needed changing." after it, and in the log. */
export async function pushAgainFromPanel(section: Locator, crmName: string) {
  await section.getByRole('button', { name: `Push to ${crmName}` }).click();
  await expect(section.getByTestId('push-counts')).toHaveText(/^\d+ unchanged$/);
  await section.getByRole('button', { name: 'Confirm push' }).click();
  await expect(section.getByTestId('push-result')).toHaveText('Nothing needed changing.');
  await expect(section.getByTestId('push-log').locator('li').first()).toHaveText(/, nothing to change$/);
}
