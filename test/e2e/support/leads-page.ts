/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { type BrowserContext, expect, type Page } from '@playwright/test';
import Papa from 'papaparse';

/** Page object for the leads page (`leads.html`), opened as a tab of the extension. */
export class LeadsPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<LeadsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/leads.html`);
    return new LeadsPage(page);
  }

  get count() {
    return this.page.getByTestId('lead-count');
  }
  get rows() {
    return this.page.getByTestId('lead-row');
  }
  row(key: string) {
    return this.page.locator(`[data-testid="lead-row"][data-key="${key}"]`);
  }
  get search() {
    return this.page.getByTestId('lead-search');
  }
  get scroller() {
    return this.page.getByTestId('leads-scroll');
  }
  matrixCell(cell: string) {
    return this.page.locator(`[data-testid="matrix-chart"] [data-cell="${cell}"]`);
  }
  sortBy(key: string) {
    return this.page.locator(`button[data-sort="${key}"]`);
  }

  /** Waits until the count reads "<shown> of <total> leads". */
  async expectCount(shown: string, total: string): Promise<void> {
    await expect(this.count).toHaveText(`${shown} of ${total} leads`);
  }

  async filter(name: 'tier' | 'stage' | 'tag' | 'icp' | 'kind', value: string): Promise<void> {
    await this.page.getByTestId(`filter-${name}`).selectOption(value);
  }

  /** Exports for one CRM target and returns the downloaded file's name and text. */
  async export(target: string): Promise<{ name: string; text: string }> {
    await this.page.getByTestId('export-target').selectOption(target);
    const downloading = this.page.waitForEvent('download');
    await this.page.getByTestId('export-csv').click();
    const download = await downloading;
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  /** Exports for one CRM target and returns the file's header and its rows as records keyed by column. */
  async exportRecords(target: string): Promise<{ header: string[]; records: Record<string, string>[] }> {
    const { text } = await this.export(target);
    const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
    return { header: parsed.meta.fields ?? [], records: parsed.data };
  }

  /** Chooses a CSV file (as text) in the import field. */
  async importCsv(name: string, text: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  }
  /** Ticks a row's checkbox; with `range`, shift-clicks it (the range from the last row ticked). */
  async select(key: string, range = false): Promise<void> {
    await this.row(key)
      .getByTestId('lead-select')
      .click({ modifiers: range ? ['Shift'] : [] });
  }
  get selectedCount() {
    return this.page.getByTestId('selected-count');
  }
  get bulkStatus() {
    return this.page.getByTestId('bulk-status');
  }
  /**
   * Adds a tag to the selected rows and waits for the outcome. Ten thousand rows take a while on a busy machine (the
   * status counts them as they go): the wait is for the outcome, not a speed limit.
   */
  async bulkTag(tag: string): Promise<void> {
    await this.page.getByTestId('bulk-tag').fill(tag);
    await this.page.getByTestId('bulk-add-tag').click();
    await expect(this.bulkStatus).toContainText(`Tag "${tag}" added`, { timeout: 60_000 });
  }
  /** Opens the confirmation of "Delete…" or "Not a company…" for the selection; returns the dialog. */
  async askRemoval(which: 'delete' | 'not-company') {
    await this.page.getByTestId(`bulk-${which}`).click();
    const dialog = this.page.getByTestId('bulk-confirm');
    await expect(dialog).toBeVisible();
    return dialog;
  }
  /** The detail view, opened by a row's name. */
  get detail() {
    return this.page.getByTestId('lead-detail');
  }
  async openDetail(key: string) {
    await this.row(key).getByTestId('lead-name').click();
    await expect(this.detail).toBeVisible();
    return this.detail;
  }
  /** Sets the active tab's theme through the extension, as the settings page does. */
  async setTheme(theme: 'light' | 'dark') {
    await this.page.evaluate(async (value) => {
      const reply = await chrome.runtime.sendMessage({ type: 'ui-bg/save-settings', payload: { theme: value } });
      if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
    }, theme);
    await expect(this.page.locator('html')).toHaveAttribute('data-theme', theme);
  }

  get importStatus() {
    return this.page.getByTestId('import-status');
  }
  get importErrors() {
    return this.page.getByTestId('import-errors');
  }
}
