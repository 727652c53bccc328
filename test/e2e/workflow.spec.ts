import type { BrowserContext, Worker } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { readStore } from './support/extension';
import { expect, test } from './support/fixtures';
import { LeadsPage } from './support/leads-page';
import { fakeLinkedIn, SidePanel, WorkflowPanel } from './support/side-panel';

interface StoredLead {
  id: string;
  stage?: string;
  tags: string[];
  notes?: string;
}

async function openNorthwind(context: BrowserContext, worker: Worker, extensionId: string, origin: string) {
  const { panel } = await SidePanel.visit(context, worker, extensionId, `${origin}/northwind/`);
  await expect(panel.companyName).toHaveText('Northwind Analytics');
  return { panel, flow: new WorkflowPanel(panel.page) };
}

test('SDR: read and copy the five questions, answer two, log the call, set SQL, export the lead as CSV', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  // Granted for every origin: Chromium refuses an explicit chrome-extension:// origin as opaque.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { panel, flow } = await openNorthwind(context, worker, extensionId, sites.origin);
  await expect(flow.questionsTitle).toHaveText('Ask next (BANT)');
  await expect(panel.questions).toHaveCount(5);
  await expect(flow.question(0)).toContainText('Why this question');
  const first = await flow.questionText(0);
  expect(first).toContain('Northwind Analytics');

  await flow.question(1).getByRole('button', { name: 'Copy question 2' }).click();
  await expect(flow.copyStatus).toHaveText('Copied question 2.');
  expect(await panel.page.evaluate(() => navigator.clipboard.readText())).toBe(await flow.questionText(1));
  await flow.copyAll.click();
  await expect(flow.copyStatus).toHaveText('Copied 5 questions.');
  const all = await panel.page.evaluate(() => navigator.clipboard.readText());
  expect(all.split('\n')).toHaveLength(5);
  expect(all.split('\n')[0]).toBe(first);

  const account = flow.work('account');
  await expect(account.matrix).toHaveText('A4');
  await expect(account.stage).toHaveText('Suspect');
  const firstElement = (await flow.question(0).getAttribute('data-element')) ?? '';
  await flow.answer(0, 'confirmed', 'Budget approved in May');
  await expect(flow.element(firstElement)).toHaveAttribute('data-status', 'confirmed');
  // The answered element leaves the ranking at once.
  await expect(panel.page.locator(`[data-testid="questions"] [data-element="${firstElement}"]`)).toHaveCount(0);
  const secondElement = (await flow.question(0).getAttribute('data-element')) ?? '';
  expect(secondElement).not.toBe(firstElement);
  await flow.answer(0, 'partial');
  await expect(flow.element(secondElement)).toHaveAttribute('data-status', 'partial');
  // Answers are engagement too (a confirmed 10 and a partial 5 points): warm, so a tier A account is an MQL.
  await expect(account.matrix).toHaveText('A2');
  await expect(account.stage).toHaveText('MQL');
  await expect(account.section.getByTestId('engagement-reason')).toContainText('2 answers and stages you recorded');
  await expect(panel.page.getByTestId('answers')).toContainText('Budget approved in May');

  // The call where they answered: a meeting makes the engagement hot, and the matrix cell moves.
  await account.logActivity('meeting-booked');
  await expect(account.matrix).toHaveText('A1');
  await expect(account.stage).toHaveText('MQL');

  await account.stagePicker.selectOption('SQL');
  await expect(account.stage).toHaveText('SQL');
  await expect(account.stageReason).toHaveText('chosen by you; suggested: MQL');
  await panel.page.reload();
  await expect(account.stage).toHaveText('SQL');
  const stored = await readStore<StoredLead>(worker, 'accounts');
  expect(stored[0]?.stage).toBe('SQL');
  const answers = await readStore<{ element: string; status: string; note?: string }>(worker, 'answers');
  expect(answers.map((a) => [a.element, a.status]).sort()).toEqual(
    [
      [firstElement, 'confirmed'],
      [secondElement, 'partial'],
    ].sort(),
  );

  // The lead goes to the CRM: the leads list exports it with the stage, fit and matrix cell just set.
  const leads = await LeadsPage.open(context, extensionId);
  await expect(leads.row('account:northwind-analytics.example').getByTestId('lead-stage')).toHaveText('SQL');
  const hubspot = await leads.exportRecords('hubspot-companies');
  expect(hubspot.header).toEqual(expect.arrayContaining(['Company name', 'Company Domain Name', 'Lifecycle Stage']));
  expect(hubspot.records).toEqual([
    expect.objectContaining({
      'Company name': 'Northwind Analytics',
      'Company Domain Name': 'northwind-analytics.example',
      'Lifecycle Stage': 'salesqualifiedlead',
      'ICP Lens Tier': 'A',
      'ICP Lens Matrix Cell': 'A1',
    }),
  ]);
  const salesforce = await leads.exportRecords('salesforce-accounts');
  expect(salesforce.records).toEqual([
    expect.objectContaining({ 'Account Name': 'Northwind Analytics', Website: 'https://northwind-analytics.example' }),
  ]);
  await leads.page.close();

  // The framework chosen in settings drives the questions and the qualification.
  await flow.saveSettings({ framework: 'meddicc' });
  await panel.page.reload();
  await expect(flow.questionsTitle).toHaveText('Ask next (MEDDICC)');
  await expect(panel.questions).toHaveCount(5);
  await expect(flow.element('economic-buyer')).toHaveAttribute('data-status', 'unknown');
});

test('marketer: tag a visitor account, log two activities; engagement and matrix move, tags and notes persist', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const { site, panel } = await SidePanel.visit(context, worker, extensionId, `${sites.origin}/brightside/`);
  await expect(panel.companyName).toHaveText('Padaria Brightside');
  const flow = new WorkflowPanel(panel.page);
  const account = flow.work('account');
  await expect(account.matrix).toHaveText('D4');
  await expect(account.grade).toHaveText('4');

  // Keyboard only: tab to the tag box, type, Enter.
  await account.addTag('webinar-2026');
  await expect(account.tags).toHaveText(['webinar-2026×']);
  await account.addTag('retail');
  await expect(account.tags).toHaveCount(2);
  await account.section.getByRole('button', { name: 'Remove tag retail' }).focus();
  await panel.page.keyboard.press('Enter');
  await expect(account.tags).toHaveCount(1);
  await expect(account.section.getByLabel('Add tag')).toBeFocused();

  await account.notes.fill('Visited the pricing page twice; asked about delivery.');
  await account.saveNotes.click();
  await expect(account.section.getByText('Notes saved.')).toBeVisible();

  await account.logActivity('webinar-attended');
  await expect(account.grade).toHaveText('3');
  await expect(account.matrix).toHaveText('D3');
  const yesterday = new Date(Date.now() - 86_400_000);
  const day = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
  await account.logActivity('demo-request', day);
  await expect(account.activities).toHaveCount(2);
  await expect(account.grade).toHaveText('1');
  await expect(account.matrix).toHaveText('D1');
  await expect(account.section.getByTestId('engagement-reason')).toContainText('from 2 activities');

  await account.stagePicker.selectOption('MQL');
  await panel.page.reload();
  await expect(account.tags).toHaveText(['webinar-2026×']);
  await expect(account.notes).toHaveValue('Visited the pricing page twice; asked about delivery.');
  await expect(account.stage).toHaveText('MQL');

  // Deleting an activity takes its points back.
  await account.section.getByRole('button', { name: /^Delete Demo request/ }).click();
  await expect(account.activities).toHaveCount(1);
  await expect(account.grade).toHaveText('3');

  const [stored] = await readStore<StoredLead>(worker, 'accounts');
  expect(stored).toMatchObject({ tags: ['webinar-2026'], stage: 'MQL' });
  const activities = await readStore<{ accountId: string; type: string }>(worker, 'activities');
  expect(activities.map((a) => [a.accountId, a.type])).toEqual([['brightside-bakery.example', 'webinar-attended']]);

  // Site navigation keeps the user's work: a new read of the page does not wipe notes or tags.
  await site.reload();
  await expect.poll(async () => (await readStore<StoredLead>(worker, 'accounts'))[0]?.notes).toContain('pricing page');
});

test("a person page shows the employer's fit beside the persona fit, and the person can be tagged", async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  await fakeLinkedIn(context);
  const page = await context.newPage();
  await page.goto(`${sites.origin}/acme/`);
  await expect.poll(async () => (await readStore(worker, 'observations')).length).toBe(1);
  const companyUrl = 'https://www.linkedin.com/company/acme-example-cloud/';
  await page.goto(companyUrl);
  const { panel } = await SidePanel.forPage(context, worker, extensionId, companyUrl);
  await expect(panel.companyName).toHaveText('Acme Example Cloud');
  const fit = (await panel.fit.textContent()) ?? '';

  await page.click('#to-person');
  await expect(panel.page.getByTestId('person-name')).toHaveText('Jane Example');
  await expect(panel.page.getByTestId('employer-name')).toHaveText('Acme Example Cloud');
  await expect(panel.page.getByTestId('employer-fit')).toHaveText(fit);
  const flow = new WorkflowPanel(panel.page);
  // Questions about the employer, asked of the person.
  await expect(panel.questions).toHaveCount(5);
  const person = flow.work('contact');
  await person.stagePicker.selectOption('SQL');
  await expect(person.stage).toHaveText('SQL');
  await person.addTag('champion');
  await expect(person.tags).toHaveCount(1);
  const contacts = await readStore<StoredLead>(worker, 'contacts');
  expect(contacts[0]).toMatchObject({ stage: 'SQL', tags: ['champion'] });

  await flow.question(0).locator('[data-answer="confirmed"]').focus();
  await expectNoSeriousA11yViolations(panel.page);
});

test('the panel with its workflow sections open has no serious accessibility violations', async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  const { panel, flow } = await openNorthwind(context, worker, extensionId, sites.origin);
  await flow.answer(0, 'partial', 'a note');
  await flow.work('account').logActivity('email-reply');
  await flow.work('account').addTag('vip');
  await expect(flow.work('account').activities).toHaveCount(1);
  await expectNoSeriousA11yViolations(panel.page);

  await panel.page.setViewportSize({ width: 400, height: 900 });
  const shot = testInfo.outputPath('workflow-panel.png');
  await panel.page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('workflow-panel', { path: shot, contentType: 'image/png' });
});

test('questions are filled from the careers page: hiring by department, in the framework chosen', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const { panel } = await SidePanel.visit(context, worker, extensionId, `${sites.origin}/acme/careers/`);
  const flow = new WorkflowPanel(panel.page);
  await expect(panel.questions).toHaveCount(5);
  await flow.saveSettings({ framework: 'anum' });
  await panel.page.reload();
  await expect(flow.questionsTitle).toHaveText('Ask next (ANUM)');
  const urgency = panel.page.locator('[data-testid="questions"] [data-element="urgency"] .question');
  // The careers page lists two sales roles and one engineering role.
  await expect(urgency).toHaveText(
    'You are hiring 2 in sales and 1 in engineering: does this need to work before those people start?',
  );
});
