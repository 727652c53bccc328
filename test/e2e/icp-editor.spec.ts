import { expectCleanAtWidthsAndThemes } from './support/axe';
import { expect, test } from './support/fixtures';
import { IcpEditorPage } from './support/icp-editor';
import { SidePanel, WorkflowPanel } from './support/side-panel';

// An ICP editor a seller can use without training (issue 15, part 4).

test('add, refield, fix and discard a criterion: sensible defaults, words not codes, sentences not schema errors', async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  const { panel } = await SidePanel.visit(context, worker, extensionId, `${sites.origin}/northwind/`);
  await expect(panel.fit).toBeVisible();
  const editor = await new IcpEditorPage(panel.page).open();
  const page = editor.page;
  await expect(editor.saveState).toHaveText('No unsaved changes.');
  await expect(editor.save).toBeDisabled();
  await expect(page.getByTestId('criteria-weight-total')).toContainText('Weights total 100 points');

  // Labels in words: industry groups and seniorities, never their codes.
  await expect(editor.criterion('industry').getByText('IT services', { exact: true })).toBeVisible();
  await expect(page.getByTestId('icp-editor')).not.toContainText('it-services');
  await expect(page.getByTestId('icp-editor')).not.toContainText('c-level');

  // A new criterion starts on a field the ICP does not test yet: no double count, a valid draft at once.
  const added = await editor.addCriterion('criteria');
  await expect(added.getByLabel('Field')).toHaveValue('hiring.openRoles');
  await expect(added.getByLabel('Criterion')).toHaveValue('Open roles');
  await expect(added.getByLabel('At least')).toHaveValue('5');
  await expect(page.locator('[data-code="double-count"]')).toHaveCount(0);
  await expect(page.getByTestId('criterion-errors')).toHaveCount(0);
  await expect(editor.saveState).toHaveText('Unsaved changes.');
  await expect(page.getByTestId('criteria-weight-total')).toContainText('Weights total 110 points');
  await expect(added.getByTestId('weight-share')).toHaveText('9% of the fit (10 of 110 points).');

  // A new field starts afresh: the values of the old one do not carry over.
  await added.getByLabel('Field').selectOption('fundingStage');
  await expect(added.getByLabel('Criterion')).toHaveValue('Funding stage');
  await expect(added.getByLabel('Series D or later')).toBeVisible();
  await expect(added.locator('input[type="checkbox"]:checked')).toHaveCount(1);
  await added.getByLabel('Field').selectOption('technologies');
  await expect(added.locator('[data-chip]')).toHaveCount(0);

  // Technology chips suggest what ICP Lens detects, in the vendor's spelling.
  const chipInput = added.getByLabel('Add value');
  expect(await chipInput.getAttribute('list')).toBeTruthy();
  expect(await page.locator(`datalist#${await chipInput.getAttribute('list')} option[value="HubSpot"]`).count()).toBe(
    1,
  );
  await chipInput.fill('hubspot');
  await chipInput.press('Enter');
  await expect(added.locator('[data-chip="HubSpot"]')).toBeVisible();

  // Errors in sentences; Save waits until they are fixed, and the bar says why.
  await added.getByLabel('Weight').fill('-5');
  await expect(added.getByTestId('criterion-errors')).toHaveText('Weight must be 0 or more.');
  await expect(editor.save).toBeDisabled();
  await expect(editor.saveState).toHaveText('Unsaved changes. Fix the error marked in red to save.');
  await added.getByLabel('Weight').fill('');
  await expect(added.getByTestId('criterion-errors')).toHaveText('Weight needs a number.');
  await added.getByLabel('Weight').fill('10');
  await expect(added.getByTestId('criterion-errors')).toHaveCount(0);
  await expect(editor.save).toBeEnabled();

  // Help in one line on weight, margin, must and penalty.
  const size = editor.criterion('size');
  await expect(size.getByTestId('weight-share')).toContainText('% of the fit');
  await expect(size.getByText(/Soft margin: a value up to 50% beyond a limit/)).toBeVisible();
  await expect(size.getByText('Known to fail it: disqualified (tier X).')).toBeVisible();
  await expect(size.getByText('A match takes its points off instead of adding them.')).toBeVisible();

  // Save and Discard stay in view wherever the editor is scrolled, at the narrowest width too.
  await page.setViewportSize({ width: 320, height: 700 });
  for (const where of ['top', 'middle', 'bottom'] as const) {
    await page.evaluate((w) => {
      const max = document.documentElement.scrollHeight;
      window.scrollTo(0, w === 'top' ? 0 : w === 'middle' ? max / 2 : max);
    }, where);
    await expect(editor.save).toBeInViewport();
    await expect(editor.discard).toBeInViewport();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.setViewportSize({ width: 420, height: 900 });
  const shot = testInfo.outputPath('icp-editor-unsaved.png');
  await page.screenshot({ path: shot });
  await testInfo.attach('icp-editor-unsaved', { path: shot, contentType: 'image/png' });

  await editor.discard.click();
  await expect(editor.saveState).toHaveText('No unsaved changes.');
  await expect(page.locator('[data-criterion="hiring-openroles"]')).toHaveCount(0);
  await expect(page.getByTestId('criteria-weight-total')).toContainText('Weights total 100 points');
});

test('the editor is axe clean in light and dark at 320 and 420 px', async ({ context, worker, extensionId, sites }) => {
  // Four axe passes over every criterion's controls: slow on a shared two-core machine, not a speed test.
  test.setTimeout(240_000);
  const { panel } = await SidePanel.visit(context, worker, extensionId, `${sites.origin}/northwind/`);
  await expect(panel.fit).toBeVisible();
  const editor = await new IcpEditorPage(panel.page).open();
  // With a draft: the bar in its unsaved state and a criterion in error are part of what is checked.
  const added = await editor.addCriterion('criteria');
  await added.getByLabel('Weight').fill('-1');
  await expect(added.getByTestId('criterion-errors')).toBeVisible();
  const flow = new WorkflowPanel(panel.page);
  await expectCleanAtWidthsAndThemes(panel.page, (theme) => flow.saveSettings({ theme }));
});
