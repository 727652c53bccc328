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
  get importStatus() {
    return this.page.getByTestId('import-status');
  }
  get importErrors() {
    return this.page.getByTestId('import-errors');
  }
}
