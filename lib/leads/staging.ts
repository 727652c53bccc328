import { IMPORT_LIMITS } from './limits';

/**
 * A file too big for one message arrives in chunks (lib/messaging/validate.ts caps a message at 256 kB); the
 * background holds them here until the last one, then parses the whole text. Held in memory only: a worker stopped
 * mid-upload loses the chunks and the import is refused as incomplete, with nothing stored.
 */
/** An upload left unfinished this long is dropped. */
const STALE_MS = 10 * 60_000;
const MAX_UPLOADS = 4;

interface Upload {
  total: number;
  chunks: (string | undefined)[];
  chars: number;
  touched: number;
}

export class ImportStaging {
  private uploads = new Map<string, Upload>();

  /** Keeps one chunk; throws when the upload breaks a cap or disagrees with itself. */
  add(importId: string, index: number, total: number, text: string, now: number): { received: number } {
    for (const [id, upload] of this.uploads) if (now - upload.touched > STALE_MS) this.uploads.delete(id);
    let upload = this.uploads.get(importId);
    if (!upload) {
      if (this.uploads.size >= MAX_UPLOADS) throw new Error('too many imports at once: finish or reload the others');
      upload = { total, chunks: new Array(total).fill(undefined), chars: 0, touched: now };
      this.uploads.set(importId, upload);
    }
    if (upload.total !== total || index >= total)
      throw new Error(`chunk ${index} of ${total} does not fit this import`);
    upload.chars += text.length - (upload.chunks[index]?.length ?? 0);
    if (upload.chars > IMPORT_LIMITS.chars) {
      this.uploads.delete(importId);
      throw new Error(`file too large: more than ${IMPORT_LIMITS.chars.toLocaleString('en-US')} characters`);
    }
    upload.chunks[index] = text;
    upload.touched = now;
    return { received: upload.chunks.filter((c) => c !== undefined).length };
  }

  /** The whole text, and forgets the upload; throws when a chunk is missing. */
  take(importId: string): string {
    const upload = this.uploads.get(importId);
    this.uploads.delete(importId);
    if (!upload) throw new Error('this import is unknown or expired: choose the file again');
    const missing = upload.chunks.indexOf(undefined);
    if (missing >= 0)
      throw new Error(
        `the upload is incomplete (chunk ${missing + 1} of ${upload.total} missing): choose the file again`,
      );
    return upload.chunks.join('');
  }
}

/** Splits text into chunks for `ui-bg/stage-import-chunk`, never between the two halves of a surrogate pair. */
export function chunkText(text: string, size: number = IMPORT_LIMITS.chunkChars): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks.length ? chunks : [''];
}
