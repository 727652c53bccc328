import { expectNoSeriousA11yViolations } from './support/axe';
import { badgeFor } from './support/extension';
import { expect, test } from './support/fixtures';
import { LeadsPage } from './support/leads-page';
import { fakeLinkedIn, SidePanel, WorkflowPanel } from './support/side-panel';

// A score a seller believes (issue 12): no evidence is unknown, too little data is its own state, facts come first,
// and every source is named in words.

test("a software company's blog post does not lose the software criterion: too little data is '?', not D", async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  const url = `${sites.origin}/quanta/blog/five-ways/`;
  const { tabId, panel } = await SidePanel.visit(context, worker, extensionId, url);
  await expect(panel.companyName).toHaveText('Quanta Ledgerworks');
  // The teaser says nothing about what Quanta sells: the criterion is still unknown, never a red 0.
  await expect(panel.criterion('focus')).toHaveCount(0);
  await expect(panel.unknown('focus')).toContainText('Sells software or a platform');
  await expect(panel.unknown('focus')).toContainText('Usually on the home or about page');
  await expect(panel.page.getByTestId('not-enough')).toHaveText('Not enough data yet');
  await expect(panel.tier).toHaveText('?');
  await expect(panel.page.getByTestId('fit-range')).toHaveText(/^\d+–100$/);
  await expect(panel.page.getByTestId('tier-reason')).toContainText("of the ICP's weight is known; a tier needs 50%");
  const badge = await badgeFor(worker, tabId);
  expect(badge.text).toBe('?');
  expect(badge.color).toEqual([100, 116, 139, 255]);
  await panel.page.screenshot({ path: testInfo.outputPath('panel-not-enough-data.png'), fullPage: true });
});

test('a careers page shows open roles by department in the facts card, its sources reachable by keyboard', async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  const { panel } = await SidePanel.visit(context, worker, extensionId, `${sites.origin}/acme/careers/`);
  const hiring = panel.page.locator('[data-fact="hiring"]');
  await expect(hiring.getByTestId('fact-hiring')).toHaveText('3 open roles: 2 in sales, 1 in engineering');
  // The source is a disclosure: Tab reaches it, Enter opens it, and it names the page in words.
  const summary = hiring.locator('summary');
  await summary.focus();
  await expect(summary).toBeFocused();
  await summary.press('Enter');
  await expect(hiring.locator('details')).toHaveAttribute('open', '');
  await expect(hiring.locator('.source')).toContainText(/^from the page .* on 127.0.0.1\/acme\/careers$/);
  await expect(panel.page.getByTestId('facts')).not.toContainText('jsonld');
  await panel.page.screenshot({ path: testInfo.outputPath('panel-facts.png'), fullPage: true });
  await expectNoSeriousA11yViolations(panel.page);
  await panel.page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(panel.page);
});

test("imported domains not read yet are '?' in the Leads list and outside the matrix, never D4", async ({
  context,
  extensionId,
}) => {
  const leads = await LeadsPage.open(context, extensionId);
  await leads.importCsv('visitors.csv', 'domain\nunread-one.example\nunread-two.example\n');
  await leads.expectCount('2', '2');
  await expect(leads.rows.first().getByTestId('lead-tier')).toHaveText('?');
  await expect(leads.matrixCell('D4')).toHaveAttribute('aria-label', /^D4: 0 leads/);
  await expect(leads.page.getByTestId('matrix-not-yet-scored')).toContainText('not enough data for a tier): 2');
  await leads.filter('tier', '?');
  await leads.expectCount('2', '2');
  // Opened, it says why: nothing is known yet, not a bad fit.
  const detail = await leads.openDetail('account:unread-one.example');
  await expect(detail.getByTestId('not-enough')).toHaveText('Not enough data yet');
  const { records } = await leads.exportRecords('hubspot-companies');
  expect(records.map((r) => r['ICP Lens Tier'])).toEqual(['', '']);
});

test("a person page explains the persona fit and shows the employer's fit beside it", async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  await fakeLinkedIn(context);
  const page = await context.newPage();
  await page.goto(`${sites.origin}/acme/`);
  const companyUrl = 'https://www.linkedin.com/company/acme-example-cloud/';
  await page.goto(companyUrl);
  const { panel } = await SidePanel.forPage(context, worker, extensionId, companyUrl);
  await expect(panel.companyName).toHaveText('Acme Example Cloud');
  await page.click('#to-person');
  await expect(panel.page.getByTestId('person-name')).toHaveText('Jane Example');
  const persona = panel.page.getByTestId('persona');
  await expect(persona.getByTestId('fit')).toHaveText('100');
  await expect(persona.locator('[data-criterion="seniority"]')).toContainText('Vice president');
  await expect(persona.locator('[data-criterion="seniority"]')).toContainText('classified from the job title');
  await expect(panel.page.getByTestId('employer-name')).toHaveText('Acme Example Cloud');
  await expect(panel.page.getByTestId('employer-fit')).toHaveText(/\d/);
  await expect(new WorkflowPanel(panel.page).work('contact').section.getByTestId('matrix-reason')).toContainText(
    "the employer's",
  );
  await panel.page.screenshot({ path: testInfo.outputPath('panel-person.png'), fullPage: true });
});
