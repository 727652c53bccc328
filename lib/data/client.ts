import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging/client';
import { RESTORE_PIECE_CHARS } from '../messaging/messages/data';
import { protocol } from '../messaging/protocol';
import type { TableCounts } from './backup';
import { splitForMessages } from './chunks';

/**
 * The settings page's side of backup and restore. Dexie lives in the background (DESIGN.md), so the page never opens
 * IndexedDB: the file travels in pieces over validated messages, each under the size cap.
 */
export type Progress = (done: number, total: number) => void;

export interface RestoreCheck {
  restoreId: string;
  counts: TableCounts;
  total: number;
  databaseVersion: number;
}

/** The whole database as backup text, fetched piece by piece. */
export async function fetchBackup(onProgress: Progress): Promise<{ text: string; counts: TableCounts }> {
  const started = await sendToBackground<
    { backupId: string; pieces: number; counts: TableCounts },
    'ui-bg/backup-create'
  >('ui-bg/backup-create', {});
  const pieces: string[] = [];
  for (let index = 0; index < started.pieces; index++) {
    onProgress(index, started.pieces);
    const piece = await sendToBackground<{ text: string }, 'ui-bg/backup-piece'>('ui-bg/backup-piece', {
      backupId: started.backupId,
      index,
    });
    pieces.push(piece.text);
  }
  onProgress(started.pieces, started.pieces);
  return { text: pieces.join(''), counts: started.counts };
}

export function backupFileName(now: Date): string {
  return `icp-lens-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** Hands a text to the browser as a file download (an extension page may create object URLs). */
export function saveAsFile(text: string, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; keep it a moment for slow browsers, then free it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Sends a backup file to the background and has it checked, writing nothing; throws the refusal's reason. */
export async function sendForCheck(text: string, onProgress: Progress): Promise<RestoreCheck> {
  const pieces = splitForMessages(text, RESTORE_PIECE_CHARS);
  const { restoreId } = await sendToBackground<{ restoreId: string }, 'ui-bg/restore-begin'>('ui-bg/restore-begin', {
    pieces: pieces.length,
    chars: text.length,
  });
  for (const [index, piece] of pieces.entries()) {
    onProgress(index, pieces.length);
    await sendToBackground('ui-bg/restore-piece', { restoreId, index, text: piece });
  }
  onProgress(pieces.length, pieces.length);
  const check = await sendToBackground<Omit<RestoreCheck, 'restoreId'>, 'ui-bg/restore-check'>('ui-bg/restore-check', {
    restoreId,
  });
  return { restoreId, ...check };
}

/** Replaces everything with the checked backup, reporting rows written as the background broadcasts them. */
export async function commitRestore(restoreId: string, onProgress: Progress): Promise<{ total: number }> {
  const listener = (message: unknown) => {
    const { type, payload } = (message ?? {}) as { type?: unknown; payload?: unknown };
    if (type !== 'bg-ui/restore-progress') return undefined;
    const parsed = protocol['bg-ui/restore-progress'].payload.safeParse(payload);
    if (parsed.success && parsed.data.restoreId === restoreId) onProgress(parsed.data.done, parsed.data.total);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  try {
    return await sendToBackground<{ total: number }, 'ui-bg/restore-commit'>('ui-bg/restore-commit', { restoreId });
  } finally {
    browser.runtime.onMessage.removeListener(listener);
  }
}

export async function cancelRestore(restoreId: string): Promise<void> {
  await sendToBackground('ui-bg/restore-cancel', { restoreId }).catch(() => undefined);
}
