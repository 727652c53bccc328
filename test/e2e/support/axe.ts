import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Fails on serious or critical accessibility violations of the page as it is now (WCAG 2.1 A and AA rules), listing
 * each rule and the nodes it hit; minor and moderate findings are left to review.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious, 'serious accessibility violations').toEqual([]);
}

/**
 * The page in light and dark at the side panel's narrowest and a common width: nothing scrolls sideways and axe finds
 * nothing serious. `setTheme` saves the theme the way the page under test would; `each` adds checks per step.
 */
export async function expectCleanAtWidthsAndThemes(
  page: Page,
  setTheme: (theme: 'light' | 'dark') => Promise<void>,
  each?: (width: number, theme: 'light' | 'dark') => Promise<void>,
): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (const width of [320, 420]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
      await each?.(width, theme);
      await expectNoSeriousA11yViolations(page);
    }
  }
}
