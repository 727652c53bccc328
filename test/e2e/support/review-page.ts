import type { BrowserContext, Page } from '@playwright/test';

/** Page object for the ICP review page (`review.html`), opened as a tab of the extension. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<ReviewPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/review.html`);
    return new ReviewPage(page);
  }

  get counts() {
    return this.page.getByTestId('review-counts');
  }
  get auc() {
    return this.page.getByTestId('review-auc');
  }
  criterion(id: string) {
    return this.page.locator(`[data-testid="lift-table"] tr[data-criterion="${id}"]`);
  }
  get sentences() {
    return this.page.getByTestId('criterion-sentence');
  }
  suggestion(criterionId: string) {
    return this.page.locator(`[data-testid="suggestion"][data-criterion="${criterionId}"]`);
  }
  get accepted() {
    return this.page.getByTestId('review-accepted');
  }
  get versions() {
    return this.page.getByTestId('review-versions');
  }
  get lookalikes() {
    return this.page.getByTestId('lookalike');
  }
}
