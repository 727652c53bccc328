import type { BrowserContext, Page, Worker } from '@playwright/test';
import { tabIdFor } from './extension';

/** Page object for the side panel, opened as a tab pinned to the tab it describes. */
export class SidePanel {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, tabId: number): Promise<SidePanel> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    return new SidePanel(page);
  }

  /** The panel pinned to the tab that shows `url` (already opened by the test). */
  static async forPage(context: BrowserContext, worker: Worker, extensionId: string, url: string) {
    const tabId = await tabIdFor(worker, url);
    return { tabId, panel: await SidePanel.open(context, extensionId, tabId) };
  }

  get fit() {
    return this.page.getByTestId('fit');
  }
  get tier() {
    return this.page.locator('.summary').getByTestId('tier');
  }
  get companyName() {
    return this.page.getByTestId('company-name');
  }
  criterion(id: string) {
    return this.page.locator(`[data-testid="breakdown"] [data-criterion="${id}"]`);
  }
  unknown(id: string) {
    return this.page.locator(`[data-testid="unknowns"] [data-criterion="${id}"]`);
  }
  get questions() {
    return this.page.locator('[data-testid="questions"] li');
  }
}
