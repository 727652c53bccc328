import { expectNoSeriousA11yViolations } from './support/axe';
import { readStore } from './support/extension';
import { expect, test } from './support/fixtures';
import { IcpEditorPage } from './support/icp-editor';
import { LeadsPage } from './support/leads-page';
import { outcomeCompanies, outcomesCsv, serveCompanies } from './support/outcome-sites';
import { ReviewPage } from './support/review-page';
import { SidePanel, WorkflowPanel } from './support/side-panel';

interface StoredAccount {
  id: string;
  stage?: string;
  outcome?: { result: string };
  score?: { icpVersion: number };
}

test('60 accounts with outcomes imported: the review shows the lift table and AUC, an accepted suggestion makes v2 and rescores every account, lookalikes are listed', async ({
  context,
  worker,
  extensionId,
}, testInfo) => {
  // Sixty-six page visits and a rescoring in a real browser on a shared two-core machine: no timing is asserted.
  test.setTimeout(240_000);
  const companies = outcomeCompanies();
  const server = await serveCompanies(companies);
  try {
    const tab = await context.newPage();
    for (const [i, company] of companies.entries()) {
      await tab.goto(`${server.origin}/${company.slug}/`);
      await expect.poll(async () => (await readStore(worker, 'accounts')).length).toBe(i + 1);
    }
  } finally {
    await server.close();
  }

  const leads = await LeadsPage.open(context, extensionId);
  await leads.expectCount('66', '66');
  await leads.importCsv('outcomes.csv', outcomesCsv(companies));
  await expect(leads.importStatus).toContainText(
    'Imported 60 rows: 0 new accounts, 60 merged into accounts already saved, 60 with an outcome.',
  );
  const stored = await readStore<StoredAccount>(worker, 'accounts');
  expect(stored.find((a) => a.id === 'won-01.example')).toMatchObject({
    stage: 'Customer',
    outcome: { result: 'won' },
  });
  expect(stored.find((a) => a.id === 'dq-01.example')).toMatchObject({ stage: 'Disqualified' });

  // The Leads page links to the review.
  await leads.page.getByTestId('review-link').click();
  const review = new ReviewPage(leads.page);
  await expect(review.counts).toHaveText(
    '60 accounts with an outcome: 24 won, 30 lost, 6 disqualified; 6 without one yet.',
  );
  // The default ICP already ranks these customers well (software, their size): the AUC says so.
  await expect(review.auc).toContainText(/AUC [01]\.\d\d: the fit separates won from lost/);
  const aucText = (await review.auc.textContent()) ?? '';
  expect(Number(/AUC (\d\.\d\d)/.exec(aucText)?.[1])).toBeGreaterThan(0.75);

  // Size separates (every customer; 12 of 36 others, the city departments of 11-50 touching its lower end); the
  // country never does (every account is in the US).
  await expect(review.criterion('size')).toHaveAttribute('data-verdict', 'separates-well');
  await expect(review.criterion('geo')).toHaveAttribute('data-verdict', 'never');
  await expect(review.sentences.first()).not.toBeEmpty();
  await expect(review.page.getByTestId('lift-table')).toContainText(
    'Of 24 won accounts, 24 matched "50 to 1,000 employees"; of 36 lost or disqualified accounts, 12 did: this criterion separates well.',
  );
  await expect(review.suggestion('geo')).toContainText('remove (20 points)');
  await expect(review.suggestion('geo')).toContainText('never separates won from lost');
  await expect(review.suggestion('size')).toContainText(/weight 20 -> \d+/);
  await expectNoSeriousA11yViolations(review.page);
  await review.page.screenshot({ path: testInfo.outputPath('icp-review.png'), fullPage: true });

  // Nothing changed yet: still version 1.
  expect((await readStore<{ version: number }>(worker, 'icps'))[0]?.version).toBe(1);
  await review
    .suggestion('size')
    .getByRole('button', { name: /^Accept/ })
    .click();
  await expect(review.accepted).toContainText(/^Saved version 2: v1 -> v2: employees weight 20 -> \d+\./);
  await expect(review.accepted).toContainText(/Rescored \d+ accounts and people with version 2\./, { timeout: 60_000 });
  await expect(review.versions).toContainText(/v1 -> v2: employees weight 20 -> \d+ \(review suggestions accepted/);
  const icps = await readStore<{ version: number; criteria: Array<{ id: string; weight: number }> }>(worker, 'icps');
  expect(icps[0]?.version).toBe(2);
  expect(icps[0]?.criteria.find((c) => c.id === 'size')?.weight).toBeGreaterThan(20);
  expect(await readStore(worker, 'icpVersions')).toHaveLength(1);
  const rescored = await readStore<StoredAccount>(worker, 'accounts');
  expect(rescored).toHaveLength(66);
  expect(rescored.filter((a) => a.score?.icpVersion !== 2).map((a) => a.id)).toEqual([]);

  // Accounts without an outcome, most like the customers first, with what they share.
  await expect(review.lookalikes).toHaveCount(6);
  const top = await review.lookalikes.evaluateAll((items) =>
    items.slice(0, 3).map((li) => li.getAttribute('data-account')),
  );
  expect(top.sort()).toEqual(['like-01.example', 'like-02.example', 'like-03.example']);
  await expect(review.lookalikes.first()).toContainText('201–500 people (like 100% of your customers)');
  await expect(review.page.getByTestId('review-icp')).toHaveText('B2B SaaS, mid-market, version 2 (active)');
});

test("a press page's dated funding round shows in the panel's Why now with its date, and the ICP tab opens the review", async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const { panel } = await SidePanel.visit(context, worker, extensionId, `${sites.origin}/fundly/press/`);
  await expect(panel.companyName).toHaveText('Fundly');
  const whyNow = panel.page.getByTestId('why-now');
  const funding = whyNow.locator('[data-testid="trigger"][data-kind="funding"]');
  await expect(funding.getByTestId('trigger-date')).toHaveAttribute('datetime', '2026-09-08');
  await expect(funding.getByTestId('trigger-date')).toContainText('2026');
  await expect(funding.getByTestId('trigger-reason')).toContainText('Raised Series B ($25M) on 8 Sep');
  await expect(funding).toContainText('Fundly raises $25M Series B to grow its payroll platform');
  await expect(funding).toContainText('from 127.0.0.1/fundly/press');
  // The expansion is older and weighs less: second.
  await expect(whyNow.getByTestId('trigger').nth(1)).toHaveAttribute('data-kind', 'expansion');
  // The strongest trigger leads the timing question, when the panel shows one.
  const workflow = new WorkflowPanel(panel.page);
  const texts = await workflow.page.locator('[data-testid="questions"] > li .question').allTextContents();
  const timing = texts.find((t) => t.startsWith('Since the funding round'));
  expect(timing ?? texts.join(' | ')).toMatch(/^Since the funding round announced on 8 Sep\w* 2026, /);
  await expectNoSeriousA11yViolations(panel.page);

  const editor = await new IcpEditorPage(panel.page).open();
  const opening = context.waitForEvent('page');
  await editor.page.getByTestId('icp-review-link').click();
  const reviewTab = await opening;
  await reviewTab.waitForLoadState();
  expect(reviewTab.url()).toBe(`chrome-extension://${extensionId}/review.html?icp=default-b2b-saas`);
  await expect(reviewTab.getByTestId('review-shortfall')).toContainText('there are 0 (0 won, 0 lost or disqualified)');
});
