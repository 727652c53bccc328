import { type CheckedBackup, checkBackup } from './backup-file';

/** A transfer left alone this long is dropped (the page was closed mid-way). */
const IDLE_MS = 10 * 60_000;
/** Transfers kept at once; a new one drops the oldest. One page at a time is the normal case. */
const MAX_OPEN = 2;

interface Download {
  pieces: string[];
  touched: number;
}
interface Upload {
  pieces: (string | undefined)[];
  chars: number;
  checked?: CheckedBackup;
  touched: number;
}

const GONE =
  'This backup transfer is no longer known to the background (it was idle too long, or the browser restarted the ' +
  'extension): start again.';

/**
 * Backups travel between the settings page and the background in pieces (each message under the size cap). The
 * background keeps the pieces of a transfer in memory by id between messages; a stopped service worker loses them,
 * and the page is told to start again rather than getting half a file.
 */
export function createTransfers(now: () => number = Date.now) {
  const downloads = new Map<string, Download>();
  const uploads = new Map<string, Upload>();

  function open<T extends { touched: number }>(map: Map<string, T>, value: T): string {
    for (const [id, t] of map) if (now() - t.touched > IDLE_MS) map.delete(id);
    while (map.size >= MAX_OPEN) map.delete(map.keys().next().value as string);
    const id = crypto.randomUUID();
    map.set(id, value);
    return id;
  }
  function get<T extends { touched: number }>(map: Map<string, T>, id: string): T {
    const found = map.get(id);
    if (!found || now() - found.touched > IDLE_MS) throw new Error(GONE);
    found.touched = now();
    return found;
  }

  return {
    startDownload(pieces: string[]): string {
      return open(downloads, { pieces, touched: now() });
    },
    /** One piece of a download; the last one ends the transfer. */
    downloadPiece(id: string, index: number): string {
      const download = get(downloads, id);
      const piece = download.pieces[index];
      if (piece === undefined) throw new Error(`this backup has no piece ${index}`);
      if (index === download.pieces.length - 1) downloads.delete(id);
      return piece;
    },
    startUpload(pieces: number, chars: number): string {
      return open(uploads, { pieces: new Array(pieces).fill(undefined), chars, touched: now() });
    },
    uploadPiece(id: string, index: number, text: string): number {
      const upload = get(uploads, id);
      if (index >= upload.pieces.length)
        throw new Error(`this restore has ${upload.pieces.length} pieces, not ${index + 1}`);
      upload.pieces[index] = text;
      return upload.pieces.filter((p) => p !== undefined).length;
    },
    /** Joins the pieces and checks the whole file (lib/data/backup-file.ts); the result waits for the commit. */
    check(id: string): CheckedBackup {
      const upload = get(uploads, id);
      const missing = upload.pieces.indexOf(undefined);
      if (missing >= 0)
        throw new Error(`The file did not arrive whole: piece ${missing + 1} of ${upload.pieces.length} is missing.`);
      const text = upload.pieces.join('');
      if (text.length !== upload.chars)
        throw new Error(`The file did not arrive whole: ${text.length} of ${upload.chars} characters.`);
      upload.pieces = [];
      upload.checked = checkBackup(text);
      return upload.checked;
    },
    checked(id: string): CheckedBackup {
      const checked = get(uploads, id).checked;
      if (!checked) throw new Error('This backup was not checked yet: check it before restoring.');
      return checked;
    },
    end(id: string): void {
      uploads.delete(id);
      downloads.delete(id);
    },
  };
}

export type Transfers = ReturnType<typeof createTransfers>;
