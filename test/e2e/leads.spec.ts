import { resolve } from 'node:path';
import Papa from 'papaparse';
import { expectNoSeriousA11yViolations } from './support/axe';
import { readStore } from './support/extension';
import { expect, test } from './support/fixtures';
import { LeadsPage } from './support/leads-page';

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
  await visitNorthwind(context, worker, sites.origin);
  const leads = await LeadsPage.open(context, extensionId);
  await leads.expectCount('1', '1');
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
    'Number of Employees': '201',
    'Country/Region': 'US',
    'Lifecycle Stage': 'subscriber',
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
    Type: 'Prospect',
  });
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

  await visitNorthwind(context, worker, sites.origin);
  const leads = await LeadsPage.open(context, extensionId);
  await leads.expectCount('1', '1');
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
