import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging/client';
import { protocol } from '../messaging/protocol';
import type { Target } from '../workflow/limits';
import type { BulkAction, BulkOutcome, RemovedCounts } from './bulk-action';
import { chunkSelection } from './selection';

/** A selection sent to the background and held there under `bulkId` until an action takes it. */
export async function stageSelection(targets: readonly Target[]): Promise<string> {
  const bulkId = crypto.randomUUID();
  const chunks = chunkSelection(targets);
  for (const [index, chunk] of chunks.entries()) {
    await sendToBackground('ui-bg/stage-selection', { bulkId, index, total: chunks.length, targets: chunk });
  }
  return bulkId;
}

/** What deleting (or marking "not a company") a staged selection would remove. */
export function previewRemoval(bulkId: string, action: 'delete' | 'not-a-company'): Promise<RemovedCounts> {
  return sendToBackground<RemovedCounts>('ui-bg/preview-bulk', { bulkId, action });
}

/** Applies an action to a staged selection, relaying the background's progress (leads done of the total). */
export async function applyToSelection(
  bulkId: string,
  action: BulkAction,
  onProgress: (done: number, total: number) => void,
): Promise<BulkOutcome> {
  const listener = (message: unknown) => {
    const m = message as { type?: unknown; payload?: unknown };
    if (m?.type !== 'bg-ui/bulk-progress') return undefined;
    const parsed = protocol['bg-ui/bulk-progress'].payload.safeParse(m.payload);
    if (parsed.success && parsed.data.bulkId === bulkId) onProgress(parsed.data.done, parsed.data.total);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  try {
    return await sendToBackground<BulkOutcome>('ui-bg/apply-bulk', { bulkId, action });
  } finally {
    browser.runtime.onMessage.removeListener(listener);
  }
}
