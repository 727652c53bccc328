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
  /** The criterion added last to a list. */
  lastCriterion(list: 'criteria' | 'persona') {
    return this.page.locator(`section[aria-labelledby="${list}-title"] [data-testid="criterion-editor"]`).last();
  }
  async addCriterion(list: 'criteria' | 'persona') {
    await this.page
      .getByRole('button', { name: `Add ${list === 'criteria' ? 'company' : 'persona'} criterion` })
      .click();
    return this.lastCriterion(list);
  }
  get save() {
    return this.page.getByTestId('icp-save');
  }
  get discard() {
    return this.page.getByTestId('icp-discard');
  }
  get saveBar() {
    return this.page.getByTestId('save-bar');
  }
  get saveState() {
    return this.page.getByTestId('save-state');
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
