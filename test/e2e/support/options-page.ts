import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readStore } from './extension';

/** The stores a backup holds, in the order the database declares them. */
export const STORES = ['accounts', 'contacts', 'observations', 'icps', 'activities', 'answers', 'settings'] as const;

/** Page object for the settings page (options.html, opened as a tab). */
export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const options = new OptionsPage(page);
    // The preferences are loaded once the radios are enabled.
    await options.framework('BANT').and(page.locator(':enabled')).waitFor();
    return options;
  }

  framework(name: string) {
    return this.page.getByRole('radio', { name, exact: true });
  }
  theme(name: 'Same as the system' | 'Light' | 'Dark') {
    return this.page.getByRole('radio', { name, exact: true });
  }
  get settingsStatus() {
    return this.page.getByTestId('settings-status');
  }
  get restoreStatus() {
    return this.page.getByTestId('restore-status');
  }
  get restoreDialog() {
    return this.page.getByTestId('restore-dialog');
  }
  get deleteDialog() {
    return this.page.getByTestId('delete-dialog');
  }
  get deleteStatus() {
    return this.page.getByTestId('delete-status');
  }
  async dataTheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }

  /** Downloads a backup and saves it at `path`. */
  async backUp(path: string): Promise<void> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Download a backup' }).click();
    await (await download).saveAs(path);
    await this.page.getByTestId('backup-status').getByText('Backup saved as').waitFor();
  }

  /** Chooses a backup file; the page checks it and, if it is valid, asks for confirmation. */
  async chooseBackup(path: string): Promise<void> {
    await this.page.getByLabel('Restore from a backup file').setInputFiles(path);
  }

  async openDeleteDialog(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete all my data…' }).click();
    await this.deleteDialog.getByRole('listitem').first().waitFor();
  }
}

/** Every row of every store, read with the raw IndexedDB API in the extension's worker. */
export async function readAllStores(worker: Worker): Promise<Record<(typeof STORES)[number], unknown[]>> {
  const out = {} as Record<(typeof STORES)[number], unknown[]>;
  for (const store of STORES) out[store] = await readStore(worker, store);
  return out;
}
