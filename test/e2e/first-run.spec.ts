import { expect, test } from '@playwright/test';
import { expectCleanAtWidthsAndThemes } from './support/axe';
import { launchWithExtension } from './support/browser';
import { readStore, tabIdFor } from './support/extension';
import { sendFromPage } from './support/lifecycle';
import { SidePanel } from './support/side-panel';

// First run (issue 15, part 1): installing opens the welcome page; from it, the demo company is scored in the panel.

test('install opens the welcome page; its choices apply, and its demo button gets the demo company scored', async () => {
  const testInfo = test.info();
  const { context, worker, extensionId, welcome } = await launchWithExtension({ keepWelcome: true });
  try {
    if (!welcome) throw new Error('no welcome page');
    await expect(welcome).toHaveTitle('Welcome to ICP Lens');
    await expect(welcome.getByTestId('welcome-steps').locator('li')).toHaveCount(3);
    await expect(welcome.getByTestId('welcome-steps')).toContainText('sends nothing anywhere');

    // A preset and a framework: the preset's ICP becomes the active one, once, however often it is chosen.
    await expect(welcome.getByLabel('B2B SaaS, mid-market')).toBeChecked();
    await welcome.getByLabel('Enterprise').check();
    await expect(welcome.getByTestId('welcome-status')).toHaveText('Scoring with the ICP "Enterprise".');
    await welcome.getByLabel('B2B SaaS, mid-market').check();
    await expect(welcome.getByTestId('welcome-status')).toHaveText('Scoring with the ICP "B2B SaaS, mid-market".');
    const icps = await readStore<{ id: string; name: string }>(worker, 'icps');
    expect(icps.map((i) => i.name).sort()).toEqual(['B2B SaaS, mid-market', 'Enterprise']);
    await welcome.getByLabel('MEDDICC').check();
    await expect(welcome.getByTestId('welcome-status')).toHaveText('Questions from MEDDICC.');
    const settings = await readStore<{ key: string; value: { framework?: string } }>(worker, 'settings');
    expect(settings.find((s) => s.key === 'preferences')?.value.framework).toBe('meddicc');

    // A panel on the welcome tab is never stuck "Reading": it says what to do, and offers the demo too.
    const welcomeTab = await tabIdFor(worker, welcome.url());
    const onWelcome = await SidePanel.open(context, extensionId, welcomeTab);
    await expect(onWelcome.page.getByTestId('state-extension-page')).toContainText('No company on this page');
    await expect(onWelcome.page.getByTestId('state-pending')).toHaveCount(0);
    await onWelcome.page.close();

    const shot = testInfo.outputPath('welcome.png');
    await welcome.setViewportSize({ width: 1280, height: 800 });
    await welcome.evaluate(() => window.scrollTo(0, 0));
    await welcome.screenshot({ path: shot });
    await testInfo.attach('welcome', { path: shot, contentType: 'image/png' });

    // The demo company: a tab of its own, read and scored, its explanation in the panel, with MEDDICC's questions.
    const demoUrl = `chrome-extension://${extensionId}/demo.html`;
    const opened = context.waitForEvent('page', (p) => p.url() === demoUrl || p.url() === 'about:blank');
    await welcome.getByTestId('open-demo').click();
    await opened;
    const demoTab = await tabIdFor(worker, demoUrl);
    const panel = await SidePanel.open(context, extensionId, demoTab);
    await expect(panel.companyName).toHaveText('Lumen Ledger');
    await expect(panel.fit).toHaveText(/^\d+$/);
    await expect(panel.page.getByTestId('breakdown')).toContainText(
      "51–200 from the page's structured data on lumen-ledger.example",
    );
    await expect(panel.page.getByTestId('questions')).toBeVisible();
    const accounts = await readStore<{ id: string; score?: { fit: number } }>(worker, 'accounts');
    expect(accounts).toEqual([expect.objectContaining({ id: 'lumen-ledger.example' })]);
    const panelShot = testInfo.outputPath('demo-panel.png');
    await panel.page.setViewportSize({ width: 420, height: 900 });
    await panel.page.screenshot({ path: panelShot });
    await testInfo.attach('demo-panel', { path: panelShot, contentType: 'image/png' });
  } finally {
    await context.close();
  }
});

test('the welcome page is axe clean in light and dark at 320 and 420 px', async () => {
  test.setTimeout(120_000);
  const { context, welcome } = await launchWithExtension({ keepWelcome: true });
  try {
    if (!welcome) throw new Error('no welcome page');
    await expect(welcome.getByLabel('Enterprise')).toBeEnabled();
    await expectCleanAtWidthsAndThemes(welcome, async (theme) => {
      const reply = await sendFromPage(welcome, 'ui-bg/save-settings', { theme });
      if (!reply.ok) throw new Error(reply.error);
    });
  } finally {
    await context.close();
  }
});
