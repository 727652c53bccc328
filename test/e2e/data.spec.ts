import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Worker } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { launchWithExtension } from './support/browser';
import { badgeFor, readStore, tabIdFor } from './support/extension';
import { expect, test } from './support/fixtures';
import { OptionsPage, readAllStores } from './support/options-page';
import { SidePanel } from './support/side-panel';

/** Two fixture companies scored and stored, so every data test starts from a real pipeline. */
async function scoreTwoCompanies(context: BrowserContext, worker: Worker, extensionId: string, origin: string) {
  for (const path of ['northwind', 'brightside']) {
    const { panel } = await SidePanel.visit(context, worker, extensionId, `${origin}/${path}/`);
    await expect(panel.tier).toHaveText(/[A-D]/);
    await panel.page.close();
  }
  await expect.poll(async () => (await readStore(worker, 'accounts')).length).toBe(2);
}

test('settings: the framework and theme are saved, applied on every page, and accessible in light and dark', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  await expect(options.framework('BANT')).toBeChecked();
  await expect(options.theme('Same as the system')).toBeChecked();
  await expect.poll(() => options.dataTheme()).toBe('system');

  // Keyboard only: Tab into the framework group, arrows move the choice (and save it).
  await options.framework('BANT').focus();
  await options.page.keyboard.press('ArrowDown');
  await expect(options.framework('ANUM')).toBeChecked();
  await expect(options.settingsStatus).toHaveText('Saved.');
  await options.framework('MEDDICC').check();
  await options.theme('Dark').check();
  await expect.poll(() => options.dataTheme()).toBe('dark');
  await expect(options.settingsStatus).toHaveText('Saved.');
  const background = () => options.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(17, 24, 39)');
  await expectNoSeriousA11yViolations(options.page);

  const stored = await readStore<{ key: string; value: unknown }>(worker, 'settings');
  expect(stored.find((row) => row.key === 'preferences')?.value).toMatchObject({ framework: 'meddicc', theme: 'dark' });

  // Persisted: a reload shows the same choices; the side panel opened now is dark too.
  await options.page.reload();
  await expect(options.framework('MEDDICC')).toBeChecked();
  await expect(options.theme('Dark')).toBeChecked();
  const { panel } = await SidePanel.visit(context, worker, extensionId, `${sites.origin}/northwind/`);
  await expect(panel.page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Switching on the settings page reaches the open panel at once (the settings-changed broadcast).
  await options.theme('Light').check();
  await expect(panel.page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(255, 255, 255)');
  await expectNoSeriousA11yViolations(options.page);

  // "Same as the system" follows the system's preference.
  await options.theme('Same as the system').check();
  await options.page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe('rgb(17, 24, 39)');
  await options.page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).toBe('rgb(255, 255, 255)');

  // The delete dialog, in dark, is accessible too.
  await options.theme('Dark').check();
  await options.openDeleteDialog();
  await expectNoSeriousA11yViolations(options.page);
});

/** Many synthetic accounts written straight into the extension's IndexedDB: a backup that travels in many pieces. */
async function seedAccounts(worker: Worker, count: number) {
  await worker.evaluate(
    (n) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('icp-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('accounts', 'readwrite');
          for (let i = 0; i < n; i++) {
            tx.objectStore('accounts').put({
              id: `seed-${i}.example`,
              domain: `seed-${i}.example`,
              aliases: [],
              name: `Seeded "company" ${i}: ünïcødé, emoji 🚀, a\nnewline`,
              signals: {},
              firstSeen: i,
              lastSeen: i,
              stage: i % 3 ? 'Lead' : undefined,
              tags: i % 2 ? ['seeded', `batch-${i % 7}`] : [],
            });
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    count,
  );
}

test('backup then restore into a fresh browser profile gives identical data', async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  await scoreTwoCompanies(context, worker, extensionId, sites.origin);
  await seedAccounts(worker, 3_000);
  const options = await OptionsPage.open(context, extensionId);
  await options.framework('CHAMP').check();
  await expect(options.settingsStatus).toHaveText('Saved.');
  const path = testInfo.outputPath('backup.json');
  await options.backUp(path);
  const original = await readAllStores(worker);
  expect(original.observations.length).toBeGreaterThanOrEqual(2);
  // Larger than one message may carry: the restore travels in several pieces.
  expect(statSync(path).size).toBeGreaterThan(2 * 256_000);

  const fresh = await launchWithExtension();
  try {
    // The fresh profile seeded its own default ICP on install: the restore must replace it.
    await expect.poll(async () => (await readStore(fresh.worker, 'icps')).length).toBe(1);
    const restoring = await OptionsPage.open(fresh.context, fresh.extensionId);
    await restoring.chooseBackup(path);
    await expect(restoring.restoreDialog).toBeVisible();
    await expect(restoring.restoreDialog).toContainText('3,002 companies');
    await restoring.restoreDialog.getByRole('button', { name: 'Replace my data' }).click();
    await expect(restoring.restoreStatus).toContainText('Restored');
    expect(await readAllStores(fresh.worker)).toEqual(original);
    // The restored preferences apply: the page shows CHAMP.
    await restoring.page.reload();
    await expect(restoring.framework('CHAMP')).toBeChecked();
  } finally {
    await fresh.context.close();
  }
});

test('fault: a corrupt, truncated or foreign backup is refused with its reason and nothing changes', async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  await scoreTwoCompanies(context, worker, extensionId, sites.origin);
  const options = await OptionsPage.open(context, extensionId);
  const good = testInfo.outputPath('backup.json');
  await options.backUp(good);
  const text = readFileSync(good, 'utf8');
  const before = await readAllStores(worker);

  const cases: [string, string, RegExp][] = [
    ['truncated.json', text.slice(0, Math.floor(text.length * 0.7)), /not valid JSON, so it is truncated or corrupt/],
    ['foreign.json', JSON.stringify({ tasks: [{ id: 1, title: 'not ours' }] }), /not an ICP Lens backup/],
    ['edited.json', text.replace(/"rowCount":2/, '"rowCount":3'), /the "accounts" table should have 3 rows but has 2/],
  ];
  for (const [name, content, reason] of cases) {
    const path = testInfo.outputPath(name);
    writeFileSync(path, content);
    await options.chooseBackup(path);
    await expect(options.restoreStatus).toHaveAttribute('role', 'alert');
    await expect(options.restoreStatus).toContainText('nothing was changed');
    await expect(options.restoreStatus).toContainText(reason);
    await expect(options.restoreDialog).not.toBeVisible();
  }
  expect(await readAllStores(worker)).toEqual(before);
});

test('delete all my data: named, confirmed by typing, cancellable; afterwards the default ICP scores again', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  await scoreTwoCompanies(context, worker, extensionId, sites.origin);
  const northwind = await tabIdFor(worker, `${sites.origin}/northwind/`);
  expect((await badgeFor(worker, northwind)).text).toBe('A');
  const options = await OptionsPage.open(context, extensionId);
  const before = await readAllStores(worker);

  // Escape cancels; nothing is deleted.
  await options.openDeleteDialog();
  await expect(options.deleteDialog).toContainText('2 companies');
  await expect(options.deleteDialog).toContainText('1 ICP');
  const confirm = options.deleteDialog.getByRole('button', { name: 'Delete everything' });
  await expect(confirm).toBeDisabled();
  await options.page.keyboard.press('Escape');
  await expect(options.deleteDialog).not.toBeVisible();
  expect(await readAllStores(worker)).toEqual(before);

  // Typing the word is the second, explicit action.
  await options.openDeleteDialog();
  await options.deleteDialog.getByLabel('Type DELETE to confirm').fill('DELETE');
  await confirm.click();
  await expect(options.deleteStatus).toContainText('All your data was deleted');
  const after = await readAllStores(worker);
  expect(after.accounts).toEqual([]);
  expect(after.contacts).toEqual([]);
  expect(after.observations).toEqual([]);
  expect(after.icps).toHaveLength(1);
  // The badge of a tab whose account is gone is cleared.
  await expect.poll(async () => (await badgeFor(worker, northwind)).text).toBe('');

  // The product still works: reading the page again scores it with the re-seeded default ICP.
  const { panel } = await SidePanel.forPage(context, worker, extensionId, `${sites.origin}/northwind/`);
  await expect(panel.tier).toHaveText('A');
  await expect.poll(async () => (await readStore(worker, 'accounts')).length).toBe(1);
});

/**
 * The browser refusing writes for lack of space, injected in the extension's service worker: IndexedDB's add and put
 * throw QuotaExceededError, as a full disk makes them fail. Reads still work. Undone by `restore`.
 */
async function fillStorage(worker: Worker) {
  await worker.evaluate(() => {
    const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
    for (const method of ['add', 'put']) {
      proto[`__real_${method}`] = proto[method];
      proto[method] = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
  });
  return {
    restore: () =>
      worker.evaluate(() => {
        const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
        for (const method of ['add', 'put']) proto[method] = proto[`__real_${method}`];
      }),
  };
}

test('fault: storage full reaches the user as a clear message, and a restore that hits it changes nothing', async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  await scoreTwoCompanies(context, worker, extensionId, sites.origin);
  const options = await OptionsPage.open(context, extensionId);
  const path = testInfo.outputPath('backup.json');
  await options.backUp(path);
  const before = await readAllStores(worker);

  const full = await fillStorage(worker);
  await options.theme('Dark').click();
  await expect(options.settingsStatus).toHaveAttribute('role', 'alert');
  await expect(options.settingsStatus).toContainText(
    "Not saved: Your browser's storage for ICP Lens is full: free space by deleting old leads or exporting a backup",
  );
  // The choice and the colours stay what is stored.
  await expect(options.theme('Same as the system')).toBeChecked();
  await expect.poll(() => options.dataTheme()).toBe('system');
  await options.chooseBackup(path);
  await options.restoreDialog.getByRole('button', { name: 'Replace my data' }).click();
  await expect(options.restoreStatus).toContainText(
    "The restore failed, and nothing was changed: Your browser's storage for ICP Lens is full",
  );

  // A page read while the disk is full: the panel's error state says so, instead of waiting for a score.
  const { panel } = await SidePanel.visit(context, worker, extensionId, `${sites.origin}/acme/`);
  const error = panel.page.getByTestId('state-error');
  await expect(error).toContainText("Your browser's storage for ICP Lens is full");
  await full.restore();
  expect(await readAllStores(worker)).toEqual(before);

  // Space again: "Try again" reads and stores the page.
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(panel.tier).toHaveText(/[A-DX]/);
  await expect.poll(async () => (await readStore(worker, 'accounts')).length).toBe(3);
});
