import type { Worker } from '@playwright/test';
import { readStore } from './support/extension';
import { expect, test } from './support/fixtures';
import { fakeLinkedIn, SidePanel } from './support/side-panel';

async function observedUrls(worker: Worker): Promise<string[]> {
  return (await readStore<{ url: string }>(worker, 'observations')).map((o) => o.url);
}

interface StoredAccount {
  id: string;
  aliases: string[];
  signals: Record<string, { value: unknown; source: string; url: string } | undefined>;
}

test('a company site, its careers page and its LinkedIn page build one account with provenance', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  await fakeLinkedIn(context);
  const page = await context.newPage();
  // A reader stays on a page longer than a test does: wait until each page has been read before moving on.
  for (const path of ['/acme/', '/acme/careers/']) {
    await page.goto(`${sites.origin}${path}`);
    await expect.poll(() => observedUrls(worker)).toContain(`${sites.origin}${path}`);
  }
  const linkedin = 'https://www.linkedin.com/company/acme-example-cloud/';
  await page.goto(linkedin);
  const { panel } = await SidePanel.forPage(context, worker, extensionId, linkedin);
  await expect(panel.companyName).toHaveText('Acme Example Cloud');
  await expect(panel.criterion('size')).toContainText("from LinkedIn's company page");

  await expect
    .poll(async () => (await readStore<StoredAccount>(worker, 'accounts')).map((a) => a.id))
    .toEqual(['acme-example.com']);
  const [account] = await readStore<StoredAccount>(worker, 'accounts');
  expect(account?.aliases).toContain('linkedin.com/company/acme-example-cloud');
  const s = account?.signals ?? {};
  // Each field keeps where it came from: the site for what only the site says, LinkedIn for the rest.
  expect(s.employees).toMatchObject({ value: { min: 201, max: 500 }, source: 'linkedin-company', url: linkedin });
  expect(s.industry).toMatchObject({ value: 'Software Development', source: 'linkedin-company' });
  expect(s.description).toMatchObject({ source: 'jsonld', url: `${sites.origin}/acme/` });
  expect(s.hiring?.url).toBe(`${sites.origin}/acme/careers/`);
  const observations = await readStore<{ accountId: string; url: string }>(worker, 'observations');
  expect(observations.map((o) => [o.accountId, o.url])).toEqual([
    ['acme-example.com', `${sites.origin}/acme/`],
    ['acme-example.com', `${sites.origin}/acme/careers/`],
    ['acme-example.com', linkedin],
  ]);
});

test('single-page navigation re-reads the page and the panel follows; the person joins the employer', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  await fakeLinkedIn(context);
  const page = await context.newPage();
  await page.goto(`${sites.origin}/acme/`);
  await expect.poll(() => observedUrls(worker)).toContain(`${sites.origin}/acme/`);
  const companyUrl = 'https://www.linkedin.com/company/acme-example-cloud/';
  await page.goto(companyUrl);
  const { panel } = await SidePanel.forPage(context, worker, extensionId, companyUrl);
  await expect(panel.companyName).toHaveText('Acme Example Cloud');

  // pushState: no reload, the URL and the content change.
  await page.click('#to-person');
  await expect(page).toHaveURL('https://www.linkedin.com/in/jane-example/');
  await expect(panel.page.getByTestId('person-name')).toHaveText('Jane Example');

  const contacts = await readStore<{ id: string; accountId: string; signals: { seniority?: { value: string } } }>(
    worker,
    'contacts',
  );
  expect(contacts).toHaveLength(1);
  expect(contacts[0]).toMatchObject({ id: 'linkedin.com/in/jane-example', accountId: 'acme-example.com' });
  expect(contacts[0]?.signals.seniority?.value).toBe('vp');

  await page.click('#to-company');
  await expect(panel.companyName).toHaveText('Acme Example Cloud');
});
