import { badgeFor, readStore, tabIdFor } from './support/extension';
import { expect, test } from './support/fixtures';
import { IcpEditorPage } from './support/icp-editor';
import { SidePanel } from './support/side-panel';

interface StoredAccount {
  id: string;
  score: { icpId: string; icpVersion: number; tier: string; fit: number };
}

test('editing a criterion changes the page score, its breakdown and the badge', async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  const url = `${sites.origin}/northwind/`;
  const { tabId, panel } = await SidePanel.visit(context, worker, extensionId, url);
  await expect(panel.criterion('geo').getByTestId('points')).toHaveText('20 / 20');
  // Relative to the score before: the extractors improve, this test is about the editor.
  const before = Number(await panel.fit.textContent());

  const editor = await new IcpEditorPage(panel.page).open();
  await expect(editor.previewFit).toHaveText(String(before));
  // Northwind is in the US: taking the US out of the core markets costs it the 20 geography points, and making the
  // market a must disqualifies it.
  const geo = editor.criterion('geo');
  await geo.getByRole('button', { name: 'Remove US' }).click();
  await expect(editor.previewFit).toHaveText(String(before - 20));
  await geo.getByLabel('Must (knockout)').check();
  await expect(editor.page.getByTestId('icp-preview').getByTestId('tier')).toHaveText('X');
  const shot = testInfo.outputPath('icp-editor.png');
  await panel.page.setViewportSize({ width: 400, height: 900 });
  await panel.page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('icp-editor', { path: shot, contentType: 'image/png' });
  await editor.save.click();
  await expect(panel.page.getByTestId('icp-notice')).toHaveText('Saved "B2B SaaS, mid-market".');

  await editor.backToScore();
  await expect(panel.fit).toHaveText(String(before - 20));
  await expect(panel.tier).toHaveText('X');
  await expect(panel.page.getByTestId('tier-reason')).toHaveText('Disqualified: must be "HQ in a core market", saw US');
  await expect(panel.criterion('geo').getByTestId('points')).toHaveText('0 / 20');
  await expect.poll(async () => (await badgeFor(worker, tabId)).text).toBe('X');
  const [account] = await readStore<StoredAccount>(worker, 'accounts');
  expect(account?.score).toMatchObject({ icpId: 'default-b2b-saas', icpVersion: 2, fit: before - 20, tier: 'X' });
});

test('a malformed ICP file is refused with each error by path, and the old ICP stays active', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const site = await context.newPage();
  await site.goto(`${sites.origin}/northwind/`);
  const { panel } = await SidePanel.forPage(context, worker, extensionId, `${sites.origin}/northwind/`);
  await expect(panel.fit).toBeVisible();
  const before = await panel.fit.textContent();
  const editor = await new IcpEditorPage(panel.page).open();

  const bad = {
    format: 'icp-lens/icp',
    formatVersion: 1,
    icp: { id: 'x', name: '<b>Bad</b>', version: 1, criteria: [{ id: 'a', label: 'A', field: 'employees' }] },
  };
  bad.icp.criteria.push({ id: 'b', label: 'B', field: 'nowhere' }, { id: 'c', label: 'C', field: 'founded' });
  Object.assign(bad.icp.criteria[2] as object, { op: 'gte', target: 2000, weight: 'ten' });
  await panel.page.getByTestId('icp-import').setInputFiles({
    name: 'bad.icp.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(editor.importErrors).toContainText('Company criterion 3 ("C"): Weight needs a number.');
  await expect(editor.importErrors).toContainText('The persona criteria list is missing.');
  await expect(editor.importErrors).not.toContainText('icp.');
  await expect(panel.page.getByTestId('icp-active')).toBeVisible();
  await expect(panel.page.getByTestId('icp-pick')).toHaveValue('default-b2b-saas');

  const icps = await readStore<{ id: string }>(worker, 'icps');
  expect(icps.map((i) => i.id)).toEqual(['default-b2b-saas']);
  const settings = await readStore<{ key: string; value: unknown }>(worker, 'settings');
  expect(settings.find((s) => s.key === 'activeIcpId')?.value).toBe('default-b2b-saas');
  await editor.backToScore();
  await expect(panel.fit).toHaveText(before as string);
});

test('switching the active ICP rescores every saved account, with progress and badges', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  const tabs: number[] = [];
  for (const site of ['northwind', 'brightside']) {
    const page = await context.newPage();
    await page.goto(`${sites.origin}/${site}/`);
    tabs.push(await tabIdFor(worker, `${sites.origin}/${site}/`));
  }
  await expect.poll(async () => (await readStore(worker, 'accounts')).length).toBe(2);
  const panel = await SidePanel.open(context, extensionId, tabs[0] as number);
  await expect(panel.fit).toBeVisible();
  const editor = await new IcpEditorPage(panel.page).open();

  await panel.page.getByLabel('New from preset').selectOption('local-services');
  await panel.page.getByRole('button', { name: 'Create' }).click();
  await expect(panel.page.getByTestId('icp-pick')).toHaveValue('local-services');
  await panel.page.getByTestId('icp-activate').click();
  await expect(editor.progress).toHaveText('Rescored 2 accounts and contacts.');
  await expect(panel.page.getByTestId('icp-active')).toBeVisible();

  const accounts = await readStore<StoredAccount>(worker, 'accounts');
  expect(accounts.map((a) => a.score.icpId)).toEqual(['local-services', 'local-services']);
  for (const [i, tabId] of tabs.entries()) {
    const id = i === 0 ? 'northwind-analytics.example' : 'brightside-bakery.example';
    const stored = accounts.find((a) => a.id === id);
    await expect.poll(async () => (await badgeFor(worker, tabId)).text).toBe(stored?.score.tier);
  }
  await editor.backToScore();
  const northwind = accounts.find((a) => a.id === 'northwind-analytics.example');
  await expect(panel.fit).toHaveText(String(northwind?.score.fit));
  await expect(panel.page.locator('.icp-name')).toHaveText('Local services');
});
