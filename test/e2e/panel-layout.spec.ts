import { expectCleanAtWidthsAndThemes } from './support/axe';
import { expect, test } from './support/fixtures';
import { SidePanel, WorkflowPanel } from './support/side-panel';

// A readable, compact panel (issue 15, part 2): a real type scale, one Tab stop per question, a skip link to the
// lead's stage, and a layout that holds at the side panel's narrowest width.

test('the panel reads at 13 px or more, and Tab reaches the stage picker in at most 10 presses', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const { panel } = await SidePanel.visit(context, worker, extensionId, `${sites.origin}/northwind/`);
  const flow = new WorkflowPanel(panel.page);
  await expect(panel.questions).toHaveCount(5);
  const px = (selector: string) =>
    panel.page
      .locator(selector)
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(await px('body')).toBeGreaterThanOrEqual(13);
  expect(await px('.question')).toBeGreaterThanOrEqual(13);
  expect(await px('[data-answer="confirmed"]')).toBeGreaterThanOrEqual(13);

  const picker = flow.work('account').stagePicker;
  await panel.page.locator('body').focus();
  let presses = 0;
  for (; presses < 10; presses++) {
    if (await picker.evaluate((el) => el === document.activeElement)) break;
    const focused = await panel.page.evaluate(() => document.activeElement?.textContent ?? '');
    // The skip link is taken, as a keyboard user would.
    await panel.page.keyboard.press(focused === 'Skip to stage, tags and notes' ? 'Enter' : 'Tab');
  }
  await expect(picker).toBeFocused();
  expect(presses).toBeLessThanOrEqual(10);

  // Without the skip link, the five questions cost five Tab stops, not 25.
  const stops = await panel.page.locator('[data-testid="questions"] [tabindex="0"], [data-testid="questions"] input');
  await expect(stops).toHaveCount(5);
});

test('at 320 px the answers stay on one line, nothing scrolls sideways, and axe is clean in light and dark', async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  const { panel } = await SidePanel.visit(context, worker, extensionId, `${sites.origin}/northwind/`);
  const flow = new WorkflowPanel(panel.page);
  await expect(panel.questions).toHaveCount(5);
  await expectCleanAtWidthsAndThemes(
    panel.page,
    (theme) => flow.saveSettings({ theme }),
    async (width, theme) => {
      const heights = await flow
        .question(0)
        .locator('.segmented button')
        .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().height)));
      expect(new Set(heights).size, `"Not a fit" wraps at ${width} px`).toBe(1);
      if (width === 420) return;
      await panel.page.screenshot({ path: testInfo.outputPath(`panel-320-${theme}.png`), fullPage: true });
    },
  );
});
