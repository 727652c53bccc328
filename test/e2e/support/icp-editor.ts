import type { Page } from '@playwright/test';

/** Page object for the ICP view of the side panel. */
export class IcpEditorPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.getByRole('tab', { name: 'ICP' }).click();
    await this.page.getByTestId('icp-editor').waitFor();
    return this;
  }
  async backToScore(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Score' }).click();
  }
  criterion(id: string) {
    return this.page.locator(`[data-testid="criterion-editor"][data-criterion="${id}"]`);
  }
  get save() {
    return this.page.getByTestId('icp-save');
  }
  get previewFit() {
    return this.page.getByTestId('preview-fit');
  }
  get importErrors() {
    return this.page.getByTestId('import-errors');
  }
  get progress() {
    return this.page.getByTestId('rescore-progress');
  }
}
