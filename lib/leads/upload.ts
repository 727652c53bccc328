import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging/client';
import type { Payload } from '../messaging/protocol';
import { IMPORT_LIMITS } from './limits';
import { chunkText } from './staging';
import type { ImportReply } from './types';

export type ImportProgress =
  | { phase: 'uploading'; done: number; total: number }
  | Omit<Payload<'bg-ui/import-progress'>, 'importId'>;

/**
 * Sends a CSV file to the background in chunks, then asks for the import and relays the background's progress.
 * A file over the size cap is refused here, before anything is sent.
 */
export async function uploadAccountsCsv(file: File, onProgress: (p: ImportProgress) => void): Promise<ImportReply> {
  const tooLarge = (reason: string): ImportReply => ({ ok: false, errors: [{ row: 0, reason }], errorCount: 1 });
  if (file.size > IMPORT_LIMITS.bytes) {
    return tooLarge(
      `file too large: ${file.size.toLocaleString('en-US')} bytes > ${IMPORT_LIMITS.bytes.toLocaleString('en-US')}`,
    );
  }
  const text = await file.text();
  const importId = crypto.randomUUID();
  const chunks = chunkText(text);
  for (const [index, chunk] of chunks.entries()) {
    onProgress({ phase: 'uploading', done: index, total: chunks.length });
    await sendToBackground('ui-bg/stage-import-chunk', { importId, index, total: chunks.length, text: chunk });
  }
  const listener = (message: unknown) => {
    const m = message as { type?: string; payload?: Payload<'bg-ui/import-progress'> };
    if (m?.type === 'bg-ui/import-progress' && m.payload?.importId === importId) {
      const { importId: _, ...progress } = m.payload;
      onProgress(progress);
    }
  };
  browser.runtime.onMessage.addListener(listener);
  try {
    return await sendToBackground<ImportReply>('ui-bg/import-accounts-csv', { importId });
  } finally {
    browser.runtime.onMessage.removeListener(listener);
  }
}
