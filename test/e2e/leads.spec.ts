import { resolve } from 'node:path';
import Papa from 'papaparse';
import { expectNoSeriousA11yViolations } from './support/axe';
import { readStore } from './support/extension';
import { expect, test } from './support/fixtures';
import { LeadsPage } from './support/leads-page';
import { SidePanel, WorkflowPanel } from './support/side-panel';

const NORTHWIND = 'account:northwind-analytics.example';

/** Visits the Northwind fixture and waits until its account is stored. */
async function visitNorthwind(
  context: import('@playwright/test').BrowserContext,
  worker: import('@playwright/test').Worker,
  origin: string,
) {
  await (await context.newPage()).goto(`${origin}/northwind/`);
  await expect.poll(async () => (await readStore(worker, 'accounts')).length).toBe(1);
}

/** Northwind visited, then the leads page listing it. */
async function leadsWithNorthwind(
  context: import('@playwright/test').BrowserContext,
  worker: import('@playwright/test').Worker,
  extensionId: string,
  origin: string,
): Promise<LeadsPage> {
  await visitNorthwind(context, worker, origin);
  const leads = await LeadsPage.open(context, extensionId);
  await leads.expectCount('1', '1');
  return leads;
}

/** The stored account ids, read with the raw API (cheap even for 10,000 accounts: keys only). */
async function accountIds(worker: import('@playwright/test').Worker): Promise<string[]> {
  return worker.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('icp-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('accounts', 'readonly').objectStore('accounts').getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as string[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

const csvRows = (text: string) => Papa.parse<string[]>(text.trim()).data;

test('a visited company is listed with its fit and tier, filters, searches and exports for HubSpot and Salesforce', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const leads = await leadsWithNorthwind(context, worker, extensionId, sites.origin);
  const row = leads.row(NORTHWIND);
  await expect(row.getByTestId('lead-name')).toHaveText('Northwind Analytics');
  await expect(row.getByTestId('lead-fit')).toHaveText('100');
  await expect(row.getByTestId('lead-tier')).toHaveText('A');
  await expect(row.getByTestId('lead-cell')).toHaveText('A4');
  await expect(row.getByTestId('lead-stage')).toHaveText('Suspect (suggested)');
  await expect(leads.matrixCell('A4')).toHaveAttribute('aria-label', /^A4: 1 lead/);

  await leads.filter('tier', 'B');
  await leads.expectCount('0', '1');
  await expect(leads.page.getByTestId('no-match')).toBeVisible();
  await leads.page.getByRole('button', { name: 'Clear filters' }).click();
  await leads.expectCount('1', '1');
  await leads.search.fill('northwind-analytics');
  await leads.expectCount('1', '1');
  await leads.search.fill('nobody');
  await leads.expectCount('0', '1');
  await leads.search.fill('');

  const hubspot = await leads.export('hubspot-companies');
  expect(hubspot.name).toMatch(/^icp-lens-hubspot-companies-\d{4}-\d{2}-\d{2}\.csv$/);
  const [hHeader, ...hRows] = csvRows(hubspot.text);
  expect(hHeader?.slice(0, 6)).toEqual([
    'Company name',
    'Company Domain Name',
    'Number of Employees',
    'City',
    'Country/Region',
    'Lifecycle Stage',
  ]);
  expect(hRows).toHaveLength(1);
  const h = Object.fromEntries((hHeader ?? []).map((name, i) => [name, hRows[0]?.[i]]));
  expect(h).toMatchObject({
    'Company name': 'Northwind Analytics',
    'Company Domain Name': 'northwind-analytics.example',
    // 201-500 employees: the middle of the range in HubSpot's number field, the range in ours.
    'Number of Employees': '351',
    'ICP Lens Employee Range': '201-500',
    'Country/Region': 'US',
    // A Suspect has no HubSpot lifecycle stage (subscriber means a newsletter opt-in there).
    'Lifecycle Stage': '',
    'ICP Lens Stage': 'Suspect',
    'ICP Lens Fit': '100',
    'ICP Lens Tier': 'A',
    'ICP Lens Matrix Cell': 'A4',
  });

  const salesforce = await leads.export('salesforce-accounts');
  const [sHeader, ...sRows] = csvRows(salesforce.text);
  expect(sHeader?.slice(0, 7)).toEqual([
    'Account Name',
    'Website',
    'Industry',
    'Employees',
    'Billing City',
    'Billing Country',
    'Type',
  ]);
  const s = Object.fromEntries((sHeader ?? []).map((name, i) => [name, sRows[0]?.[i]]));
  expect(s).toMatchObject({
    'Account Name': 'Northwind Analytics',
    Website: 'https://northwind-analytics.example',
    Employees: '351',
    Type: 'Prospect',
  });
  // Salesforce's Industry is a picklist: the group's value there, never the page's own wording.
  expect(s.Industry).toMatch(/^(Technology|)$/);
});

/** A CSV of `count` synthetic domains with a header, the n-th named "Company n". */
function domainsCsv(count: number): string {
  const lines = ['domain,name'];
  for (let i = 1; i <= count; i++) lines.push(`company-${String(i).padStart(5, '0')}.example,Company ${i}`);
  return `${lines.join('\n')}\n`;
}

test('10,000 imported domains are listed, scroll, filter and search; a bad file names its row and changes nothing', async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  // Ten thousand rows through a real browser on a shared two-core machine: generous, and no timing is asserted.
  test.setTimeout(240_000);
  await visitNorthwind(context, worker, sites.origin);
  const leads = await LeadsPage.open(context, extensionId);
  await leads.expectCount('1', '1');

  await leads.importCsv('domains.csv', domainsCsv(10_000));
  await expect(leads.importStatus).toContainText('Imported 10,000 rows: 10,000 new accounts, 0 merged', {
    timeout: 60_000,
  });
  await leads.expectCount('10,001', '10,001');
  // Virtualised: a few dozen rows in the DOM, not ten thousand.
  expect(await leads.rows.count()).toBeLessThan(100);

  // Sorting by keyboard: the fit header, focused, Enter flips the default (fit, descending) to ascending.
  await leads.sortBy('fit').press('Enter');
  await expect(leads.page.locator('th', { has: leads.sortBy('fit') })).toHaveAttribute('aria-sort', 'ascending');
  await expect(leads.rows.first().getByTestId('lead-fit')).toHaveText('0');
  // Imported accounts have only a domain: the default ICP knows nothing else, so they are tier '?' (not enough data
  // yet), never D, and stay out of the matrix.
  await leads.sortBy('name').click();
  await expect(leads.page.locator('th', { has: leads.sortBy('name') })).toHaveAttribute('aria-sort', 'ascending');
  await expect(leads.rows.first().getByTestId('lead-name')).toHaveText('Company 1');
  await leads.scroller.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(leads.row('account:northwind-analytics.example')).toBeVisible();
  await expect(leads.rows.last().getByTestId('lead-name')).toHaveText('Northwind Analytics');

  await leads.filter('tier', 'A');
  await leads.expectCount('1', '10,001');
  await leads.filter('tier', '?');
  await leads.expectCount('10,000', '10,001');
  await leads.search.fill('company-04321.example');
  await leads.expectCount('1', '10,001');
  await expect(leads.rows).toHaveCount(1);
  await expect(leads.rows.first().getByTestId('lead-where')).toHaveText('company-04321.example');
  await expect(leads.rows.first().getByTestId('lead-tier')).toHaveText('?');
  await leads.filter('tier', '');
  await leads.search.fill('');

  // The matrix counts the list and filters by a cell.
  await expect(leads.matrixCell('D4')).toHaveAttribute('aria-label', /^D4: 0 leads/);
  await expect(leads.page.getByTestId('matrix-not-yet-scored')).toContainText(
    'Not yet scored (not enough data for a tier): 10,000',
  );
  await leads.matrixCell('A4').click();
  await leads.expectCount('1', '10,001');
  await leads.matrixCell('A4').press('Enter');
  await leads.expectCount('10,001', '10,001');
  await leads.page.setViewportSize({ width: 1280, height: 900 });
  const shot = testInfo.outputPath('leads-page.png');
  await leads.page.screenshot({ path: shot });
  await testInfo.attach('leads-page', { path: shot, contentType: 'image/png' });

  // A bulk action on every row: the selection goes in parts, the background works in batches in one transaction.
  await leads.page.getByRole('button', { name: 'Select all shown' }).click();
  await expect(leads.selectedCount).toHaveText('10,001 leads selected');
  await leads.bulkTag('everyone');
  await expect(leads.bulkStatus).toHaveText('Tag "everyone" added to 10,001 leads.', { timeout: 60_000 });
  await leads.filter('tag', 'everyone');
  await leads.expectCount('10,001', '10,001');
  await leads.filter('tag', '');
  await leads.page.getByRole('button', { name: 'Clear selection' }).click();

  const before = await accountIds(worker);
  expect(before).toHaveLength(10_001);
  await leads.importCsv('bad.csv', 'domain\nfresh-one.example\nnot a domain\nfresh-two.example\n');
  await expect(leads.importErrors).toContainText('Row 3: "not a domain" is not a valid domain');
  await expect(leads.importErrors).toContainText('Nothing was changed');
  expect(await accountIds(worker)).toEqual(before);
  expect(before).not.toContain('fresh-one.example');
  // Over the size cap: refused by the page before anything is sent.
  await leads.importCsv('huge.csv', `domain\n${'x'.repeat(5_000_001)}`);
  await expect(leads.importErrors).toContainText('file too large');
  await leads.page.reload();
  await leads.expectCount('10,001', '10,001');
  expect(await accountIds(worker)).toHaveLength(10_001);
});

test('the leads page says how to get leads when there are none, and has no serious accessibility violations', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const empty = await LeadsPage.open(context, extensionId);
  await expect(empty.page.getByTestId('no-leads')).toContainText('No leads yet');
  await expectNoSeriousA11yViolations(empty.page);

  const leads = await leadsWithNorthwind(context, worker, extensionId, sites.origin);
  await expectNoSeriousA11yViolations(leads.page);
});

test('a person is listed and exported as a HubSpot contact and a Salesforce lead', async ({
  context,
  worker,
  extensionId,
}) => {
  // The synthetic LinkedIn app (test/fixtures/sites/linkedin-app) served at LinkedIn's address, so the adapter runs.
  await context.route(/^https:\/\/www\.linkedin\.com\//, (route) =>
    route.fulfill({ path: resolve('test/fixtures/sites/linkedin-app/index.html'), contentType: 'text/html' }),
  );
  await (await context.newPage()).goto('https://www.linkedin.com/in/jane-example/');
  await expect.poll(async () => (await readStore(worker, 'contacts')).length).toBe(1);

  const leads = await LeadsPage.open(context, extensionId);
  await leads.filter('kind', 'contact');
  // The employer's account may be listed too: one person among the leads.
  await expect(leads.count).toHaveText(/^1 of \d+ leads$/);
  const row = leads.row('contact:linkedin.com/in/jane-example');
  await expect(row.getByTestId('lead-name')).toHaveText('Jane Example');
  await expect(row.getByTestId('lead-where')).toHaveText('linkedin.com/in/jane-example');

  const hubspot = await leads.export('hubspot-contacts');
  const [hHeader, ...hRows] = csvRows(hubspot.text);
  expect(hHeader?.slice(0, 4)).toEqual(['First Name', 'Last Name', 'Job Title', 'Company Name']);
  expect(hRows.map((r) => r.slice(0, 4))).toEqual([['Jane', 'Example', 'VP of Sales', 'Acme Example Cloud']]);

  const salesforce = await leads.export('salesforce-leads');
  const [sHeader, ...sRows] = csvRows(salesforce.text);
  const lead = Object.fromEntries((sHeader ?? []).map((name, i) => [name, sRows[0]?.[i]]));
  expect(sRows).toHaveLength(1);
  expect(lead).toMatchObject({
    'First Name': 'Jane',
    'Last Name': 'Example',
    Title: 'VP of Sales',
    Company: 'Acme Example Cloud',
    'Lead Status': 'Open - Not Contacted',
  });
});

// Issue 15: a Leads page to work in.

/** Imports synthetic accounts named "Company 1".."Company count" through the page, as a user would. */
async function importCompanies(leads: LeadsPage, count: number) {
  await leads.importCsv('companies.csv', domainsCsv(count));
  await expect(leads.importStatus).toContainText(`Imported ${count.toLocaleString('en-US')} rows`);
}
const companyKey = (i: number) => `account:company-${String(i).padStart(5, '0')}.example`;

test('a Leads row opens its detail: facts with sources in words, score, unknowns; stage and tags edited there', async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  const leads = await leadsWithNorthwind(context, worker, extensionId, sites.origin);
  const detail = await leads.openDetail(NORTHWIND);
  await expect(detail.locator('#lead-detail-title')).toBeFocused();
  await expect(detail.getByTestId('company-name')).toHaveText('Northwind Analytics');
  // The side panel's facts card: each fact with its source in words, never an extractor id.
  const size = detail.locator('[data-fact="employees"]');
  await expect(size).toContainText('201');
  await size.locator('summary').click();
  await expect(size.locator('.source').first()).toContainText(/127\.0\.0\.1\/northwind/);
  await expect(detail.getByTestId('facts')).not.toContainText('jsonld');
  await expect(detail.getByTestId('fit')).toHaveText('100');
  await expect(detail.getByTestId('breakdown')).toBeVisible();
  await expect(detail.getByTestId('detail-people')).toContainText('No person of this company saved yet');
  await leads.page.setViewportSize({ width: 1400, height: 900 });
  const shot = testInfo.outputPath('leads-detail.png');
  await leads.page.screenshot({ path: shot });
  await testInfo.attach('leads-detail', { path: shot, contentType: 'image/png' });

  // Edited in the detail, shown in the list without a reload.
  await detail.getByLabel('Lifecycle stage').selectOption('SQL');
  await expect(leads.row(NORTHWIND).getByTestId('lead-stage')).toHaveText('SQL');
  await detail.getByLabel('Add tag').fill('board-pick');
  await detail.getByLabel('Add tag').press('Enter');
  await expect(leads.row(NORTHWIND).getByTestId('lead-tags')).toHaveText('board-pick');
  await detail.getByLabel('Notes').fill('Met at the fair');
  await detail.getByRole('button', { name: 'Save notes' }).click();
  await expect(detail.getByText('Notes saved.')).toBeVisible();
  const stored = (await readStore(worker, 'accounts'))[0] as { stage?: string; tags: string[]; notes?: string };
  expect(stored).toMatchObject({ stage: 'SQL', tags: ['board-pick'], notes: 'Met at the fair' });

  await leads.page.keyboard.press('Escape');
  await expect(leads.detail).toHaveCount(0);
  await expect(leads.row(NORTHWIND).getByTestId('lead-name')).toBeFocused();
});

test('bulk tag and delete of 3 rows: shift-click and keyboard selection, a confirmation saying what goes', async ({
  context,
  worker,
  extensionId,
}) => {
  const leads = await LeadsPage.open(context, extensionId);
  await importCompanies(leads, 5);
  await leads.sortBy('name').click();
  await leads.expectCount('5', '5');

  // Shift-click selects the range from the last row ticked.
  await leads.select(companyKey(1));
  await leads.select(companyKey(3), true);
  await expect(leads.selectedCount).toHaveText('3 leads selected');
  await leads.bulkTag('q3');
  await expect(leads.bulkStatus).toHaveText('Tag "q3" added to 3 leads.');
  for (const i of [1, 2, 3]) await expect(leads.row(companyKey(i)).getByTestId('lead-tags')).toHaveText('q3');
  await expect(leads.row(companyKey(4)).getByTestId('lead-tags')).toHaveText('');

  // The keyboard: Escape selects none, Shift+Down extends from the focused row, Ctrl+A selects every row shown.
  const first = leads.row(companyKey(1)).getByTestId('lead-select');
  await first.focus();
  await first.press('Escape');
  await expect(leads.selectedCount).toHaveText('No lead selected');
  await first.press('Space');
  await first.press('Shift+ArrowDown');
  await leads.page.keyboard.press('Shift+ArrowDown');
  await expect(leads.row(companyKey(3)).getByTestId('lead-select')).toBeFocused();
  await expect(leads.selectedCount).toHaveText('3 leads selected');
  await leads.page.keyboard.press('Control+a');
  await expect(leads.selectedCount).toHaveText('5 leads selected');
  await leads.page.keyboard.press('Escape');
  await leads.search.fill('q3');
  await leads.expectCount('3', '5');
  await leads.page.getByTestId('select-all').check();
  await expect(leads.selectedCount).toHaveText('3 leads selected');

  const dialog = await leads.askRemoval('delete');
  await expect(dialog.locator('h2')).toHaveText('Delete 3 leads?');
  await expect(dialog.getByTestId('bulk-confirm-counts')).toHaveText('3 companies');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await accountIds(worker)).toHaveLength(5);
  await (await leads.askRemoval('delete')).getByTestId('bulk-confirm-button').click();
  await expect(leads.bulkStatus).toHaveText('Deleted 3 companies.');
  await leads.search.fill('');
  await leads.expectCount('2', '2');
  expect((await accountIds(worker)).sort()).toEqual(['company-00004.example', 'company-00005.example']);
});

test('a change made in the side panel appears in an open Leads page without reload, keeping scroll and selection', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const { panel } = await SidePanel.visit(context, worker, extensionId, `${sites.origin}/northwind/`);
  await expect(panel.companyName).toHaveText('Northwind Analytics');
  const leads = await LeadsPage.open(context, extensionId);
  await importCompanies(leads, 300);
  await leads.expectCount('301', '301');
  await leads.page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  // Sorted by name, Northwind is the last row: scrolled to the bottom, it is in view and the list is scrolled.
  await leads.sortBy('name').click();
  await leads.scroller.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(leads.row(NORTHWIND)).toBeVisible();
  await leads.select(NORTHWIND);
  const scrollTop = await leads.scroller.evaluate((el) => el.scrollTop);
  expect(scrollTop).toBeGreaterThan(1_000);

  const work = new WorkflowPanel(panel.page).work('account');
  await work.addTag('from-panel');
  await expect(leads.row(NORTHWIND).getByTestId('lead-tags')).toHaveText('from-panel');
  await work.stagePicker.selectOption('MQL');
  await expect(leads.row(NORTHWIND).getByTestId('lead-stage')).toHaveText('MQL');
  await expect(leads.page.getByTestId('filter-tag').locator('option', { hasText: 'from-panel' })).toHaveCount(1);
  await expect(leads.row(NORTHWIND).getByTestId('lead-select')).toBeChecked();
  expect(await leads.scroller.evaluate((el) => el.scrollTop)).toBe(scrollTop);
  await expect(leads.selectedCount).toHaveText('1 lead selected');
  expect(await leads.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('"not a company" keeps a re-read page out of the list; hidden leads and marked sites can be brought back', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const url = `${sites.origin}/daily-ledger/markets/`;
  const { site, panel } = await SidePanel.visit(context, worker, extensionId, url);
  await expect(panel.companyName).toHaveText('The Daily Ledger');
  await (await context.newPage()).goto(`${sites.origin}/northwind/`);
  await expect.poll(async () => (await readStore(worker, 'accounts')).length).toBe(2);
  const leads = await LeadsPage.open(context, extensionId);
  await leads.expectCount('2', '2');
  const ledger = leads.rows.filter({ hasText: 'The Daily Ledger' });
  const ledgerKey = (await ledger.getAttribute('data-key')) as string;
  await leads.select(ledgerKey);
  const dialog = await leads.askRemoval('not-company');
  await expect(dialog.locator('h2')).toHaveText('Mark 1 company as not a company?');
  await expect(dialog).toContainText('even when you read them again');
  await dialog.getByTestId('bulk-confirm-button').click();
  await expect(leads.bulkStatus).toHaveText('1 company marked not a company and deleted.');
  await leads.expectCount('1', '1');

  // Read again: nothing is stored, the panel says why, the list stays as it was.
  await site.reload();
  await expect(panel.page.getByTestId('state-excluded')).toContainText(
    'You marked daily-ledger.example as not a company',
  );
  expect(await accountIds(worker)).toEqual(['northwind-analytics.example']);
  await leads.expectCount('1', '1');

  // Hide the other one, see both among the hidden, bring them back.
  await leads.select(NORTHWIND);
  await leads.page.getByTestId('bulk-hide').click();
  await expect(leads.bulkStatus).toHaveText('1 lead hidden.');
  await expect(leads.page.getByTestId('no-match')).toBeVisible();
  await leads.page.getByTestId('show-hidden').click();
  await leads.expectCount('1', '1 hidden');
  const excluded = leads.page.getByTestId('excluded-sites');
  await expect(excluded).toContainText('The Daily Ledger');
  await leads.select(NORTHWIND);
  await leads.page.getByTestId('bulk-unhide').click();
  await expect(leads.bulkStatus).toHaveText('1 lead shown again.');
  await excluded.getByRole('button', { name: 'Count as a company again: The Daily Ledger' }).click();
  await expect(excluded).toContainText('No site is marked not a company');
  await leads.page.getByTestId('show-leads').click();
  await leads.expectCount('1', '1');
  await site.reload();
  await expect.poll(async () => (await accountIds(worker)).length).toBe(2);
  await leads.expectCount('2', '2');
});

test('the leads page with its detail, selection and bulk bar has no serious accessibility violations, light and dark', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const leads = await leadsWithNorthwind(context, worker, extensionId, sites.origin);
  await leads.select(NORTHWIND);
  await leads.openDetail(NORTHWIND);
  await expect(leads.detail.getByTestId('breakdown')).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await leads.setTheme(theme);
    await expectNoSeriousA11yViolations(leads.page);
  }
  const dialog = await leads.askRemoval('delete');
  await expect(dialog.getByTestId('bulk-confirm-counts')).toContainText('1 company');
  await expectNoSeriousA11yViolations(leads.page);
});
