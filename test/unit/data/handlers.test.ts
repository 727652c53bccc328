import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dataRoutes } from '../../../lib/background/data-handlers';
import { getTabView, onPageSignals } from '../../../lib/background/handlers';
import type { Route } from '../../../lib/background/route-types';
import { getTabState, setTabState } from '../../../lib/background/tab-state';
import { splitForMessages } from '../../../lib/data/chunks';
import { STORAGE_FULL_MESSAGE } from '../../../lib/data/storage-errors';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp } from '../../../lib/db/icps';
import { RESTORE_PIECE_CHARS } from '../../../lib/messaging/messages/data';
import type { MessageType, Payload } from '../../../lib/messaging/protocol';
import { validateMessage } from '../../../lib/messaging/validate';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { fillStorage } from './faults';
import { populate, snapshot } from './populate';

const opened: IcpLensDb[] = [];
let n = 0;
let sent: { type: string; payload: unknown }[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
    sent.push(m as (typeof sent)[number]);
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});
function fresh(): IcpLensDb {
  const db = openDb(`data-handlers-${++n}`);
  opened.push(db);
  return db;
}

/** A message as the settings page sends it: validated like the background does, then routed. */
async function send<R>(db: IcpLensDb, type: MessageType, payload: Payload<MessageType>): Promise<R> {
  const message = validateMessage({ type, payload }, 'ui');
  if (!message.ok) throw new Error(message.error);
  const route = dataRoutes[message.type] as Route<typeof message.type>;
  return (await route(message.payload, { db })) as R;
}

async function download(db: IcpLensDb): Promise<string> {
  const { backupId, pieces } = await send<{ backupId: string; pieces: number }>(db, 'ui-bg/backup-create', {});
  let text = '';
  for (let index = 0; index < pieces; index++)
    text += (await send<{ text: string }>(db, 'ui-bg/backup-piece', { backupId, index })).text;
  return text;
}

async function upload(db: IcpLensDb, text: string): Promise<string> {
  const pieces = splitForMessages(text, RESTORE_PIECE_CHARS);
  const { restoreId } = await send<{ restoreId: string }>(db, 'ui-bg/restore-begin', {
    pieces: pieces.length,
    chars: text.length,
  });
  for (const [index, piece] of pieces.entries())
    await send(db, 'ui-bg/restore-piece', { restoreId, index, text: piece });
  return restoreId;
}

describe('data messages, as the settings page uses them', () => {
  it('backs up in pieces and restores in pieces under the message cap, with progress and refreshed tabs', async () => {
    const source = fresh();
    await populate(source, 40);
    const text = await download(source);
    expect(splitForMessages(text, RESTORE_PIECE_CHARS).length).toBeGreaterThan(1);
    const db = fresh();
    await setTabState(3, { status: 'scored', url: 'https://gone.example/', accountId: 'gone.example' });
    const restoreId = await upload(db, text);
    const check = await send<{ total: number; counts: { accounts: number } }>(db, 'ui-bg/restore-check', { restoreId });
    expect(check.counts.accounts).toBe(40);
    const done = await send<{ total: number }>(db, 'ui-bg/restore-commit', { restoreId });
    expect(done.total).toBe(check.total);
    expect(await snapshot(db)).toEqual(await snapshot(source));
    const progress = sent.filter((m) => m.type === 'bg-ui/restore-progress').map((m) => m.payload);
    expect(progress.at(-1)).toEqual({ restoreId, done: check.total, total: check.total });
    expect(sent).toContainEqual({
      type: 'bg-ui/settings-changed',
      payload: { ...DEFAULT_SETTINGS, framework: 'meddicc', theme: 'dark' },
    });
    // The tab showed an account the backup does not have: its state is dropped and its panel told to reload.
    expect(await getTabState(3)).toBeUndefined();
    expect(sent).toContainEqual({ type: 'bg-ui/tab-changed', payload: { tabId: 3 } });
    await expect(send(db, 'ui-bg/restore-commit', { restoreId })).rejects.toThrow(/start again/);
  });

  it('fault: a refused file ends its transfer, and nothing changes', async () => {
    const db = fresh();
    await populate(db, 2);
    const before = await snapshot(db);
    const restoreId = await upload(db, '{"formatName":"dexie","formatVersion":1,"data":{}}');
    await expect(send(db, 'ui-bg/restore-check', { restoreId })).rejects.toThrow(/structure is damaged/);
    await expect(send(db, 'ui-bg/restore-commit', { restoreId })).rejects.toThrow(/start again/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('fault: oversized pieces and unconfirmed deletes are refused by validation', () => {
    const big = validateMessage(
      { type: 'ui-bg/restore-piece', payload: { restoreId: crypto.randomUUID(), index: 0, text: 'x'.repeat(300_000) } },
      'ui',
    );
    expect(big.ok).toBe(false);
    expect(validateMessage({ type: 'ui-bg/delete-all-data', payload: { confirm: 'yes' } }, 'ui').ok).toBe(false);
    expect(validateMessage({ type: 'ui-bg/delete-all-data', payload: { confirm: 'DELETE' } }, 'content').ok).toBe(
      false,
    );
    expect(validateMessage({ type: 'ui-bg/backup-create', payload: {} }, 'content').ok).toBe(false);
  });

  it('deletes everything on confirmation and announces the default settings', async () => {
    const db = fresh();
    await populate(db, 2);
    const { deleted } = await send<{ deleted: { accounts: number } }>(db, 'ui-bg/delete-all-data', {
      confirm: 'DELETE',
    });
    expect(deleted.accounts).toBe(2);
    expect(await db.accounts.count()).toBe(0);
    expect(await db.icps.count()).toBe(1);
    expect(sent).toContainEqual({
      type: 'bg-ui/settings-changed',
      payload: { ...DEFAULT_SETTINGS, framework: 'bant', theme: 'system' },
    });
  });

  it('announces saved settings so open pages switch theme', async () => {
    const db = fresh();
    await send(db, 'ui-bg/save-settings', { theme: 'light' });
    expect(sent).toContainEqual({
      type: 'bg-ui/settings-changed',
      payload: { ...DEFAULT_SETTINGS, framework: 'bant', theme: 'light' },
    });
  });

  it('fault: a page visit that cannot be stored (storage full) puts the message in the panel, nothing half-written', async () => {
    const db = fresh();
    await ensureDefaultIcp(db, 1);
    const before = await snapshot(db);
    fillStorage('observations');
    const url = 'https://full.example/';
    const evidence = { source: 'jsonld', layer: 'structured' as const, url, confidence: 0.9, observedAt: 5 };
    const page = { url, extractedAt: 5, company: { domain: { ...evidence, value: 'full.example' } } };
    await expect(onPageSignals(db, 4, { url, page })).rejects.toThrow();
    vi.mocked(IDBObjectStore.prototype.add).mockRestore();
    vi.mocked(IDBObjectStore.prototype.put).mockRestore();
    await expect(getTabView(db, 4)).rejects.toThrow(STORAGE_FULL_MESSAGE);
    expect(sent).toContainEqual({ type: 'bg-ui/tab-changed', payload: { tabId: 4 } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a page whose signals name no company or person, or whose lead was deleted since, shows as empty, not blank', async () => {
    const db = fresh();
    await ensureDefaultIcp(db, 1);
    const url = 'http://127.0.0.1:8080/article.html';
    const evidence = { source: 'meta', layer: 'structured' as const, url, confidence: 0.5, observedAt: 5 };
    const anonymous = { url, extractedAt: 5, company: { industry: { ...evidence, value: 'Publishing' } } };
    await onPageSignals(db, 7, { url, page: anonymous });
    expect(await getTabView(db, 7)).toMatchObject({ status: 'empty' });

    const known = { url, extractedAt: 6, company: { domain: { ...evidence, value: 'acme.example' } } };
    await onPageSignals(db, 8, { url, page: known });
    expect(await getTabView(db, 8)).toMatchObject({ status: 'scored' });
    await db.accounts.clear();
    expect(await getTabView(db, 8)).toMatchObject({ status: 'empty' });
  });
});
