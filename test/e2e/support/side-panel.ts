/// <reference types="chrome" />
import { resolve } from 'node:path';
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

  /** Opens `url` in a new tab, then the panel pinned to it. */
  static async visit(context: BrowserContext, worker: Worker, extensionId: string, url: string) {
    const site = await context.newPage();
    await site.goto(url);
    return { site, ...(await SidePanel.forPage(context, worker, extensionId, url)) };
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

/** The seller's workflow sections of the panel: questions, qualification, and the account's or person's work. */
export class WorkflowPanel {
  constructor(readonly page: Page) {}

  get questionsTitle() {
    return this.page.locator('#questions-title');
  }
  question(n: number) {
    return this.page.locator('[data-testid="questions"] > li').nth(n);
  }
  async questionText(n: number): Promise<string> {
    return (await this.question(n).locator('.question').textContent()) ?? '';
  }
  /** Records an answer to the n-th question shown (0-based), with an optional note. */
  async answer(n: number, status: 'confirmed' | 'partial' | 'not-a-fit', note?: string) {
    const item = this.question(n);
    if (note) {
      await item.locator('[data-action="note"]').click();
      await item.getByLabel('Note', { exact: true }).fill(note);
    }
    await item.locator(`[data-answer="${status}"]`).click();
  }
  get copyAll() {
    return this.page.getByTestId('copy-all');
  }
  get copyStatus() {
    return this.page.getByTestId('copy-status');
  }
  element(id: string) {
    return this.page.locator(`[data-testid="qualification"] [data-element="${id}"]`);
  }
  /** The stage, tags, notes and activities section of the page's account or person. */
  work(kind: 'account' | 'contact') {
    const section = this.page.getByTestId(`${kind}-work`);
    return {
      section,
      matrix: section.getByTestId('matrix-cell'),
      grade: section.getByTestId('engagement-grade'),
      stage: section.getByTestId('stage'),
      stageReason: section.getByTestId('stage-reason'),
      stagePicker: section.getByLabel('Lifecycle stage'),
      tags: section.locator('[data-testid="tags"] .chip'),
      addTag: async (tag: string) => {
        await section.getByLabel('Add tag').fill(tag);
        await section.getByLabel('Add tag').press('Enter');
      },
      notes: section.getByLabel('Notes'),
      saveNotes: section.getByRole('button', { name: 'Save notes' }),
      activities: section.locator('[data-testid="activities"] li'),
      logActivity: async (type: string, day?: string) => {
        await section.getByLabel('Activity').selectOption(type);
        if (day) await section.getByLabel('Date').fill(day);
        await section.getByRole('button', { name: 'Log activity' }).click();
      },
    };
  }
  /** Changes a setting the way the settings page does (`ui-bg/save-settings`), from the panel page. */
  async saveSettings(change: { framework?: string; theme?: string }) {
    await this.page.evaluate(async (payload) => {
      const reply = await chrome.runtime.sendMessage({ type: 'ui-bg/save-settings', payload });
      if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
    }, change);
  }
}

/** LinkedIn itself is never reached: its URLs are answered with the synthetic single-page app (fixtures/sites). */
export async function fakeLinkedIn(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/www\.linkedin\.com\//, (route) =>
    route.fulfill({ path: resolve('test/fixtures/sites/linkedin-app/index.html'), contentType: 'text/html' }),
  );
}
