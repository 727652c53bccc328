/** Caps of an accounts file: what a browser handles comfortably in one all-or-nothing transaction. */
export const IMPORT_LIMITS = {
  /** Bytes of the file, checked by the page before reading it. */
  bytes: 5_000_000,
  /** Characters of CSV text, checked again by the background (never more than the bytes). */
  chars: 5_000_000,
  rows: 50_000,
  /** Errors listed in full; the rest are counted. */
  listedErrors: 100,
  /**
   * Characters per upload chunk: even if every character were escaped as `\uXXXX` in JSON (6 bytes), a chunk stays
   * under the 256 kB message cap (LIMITS.messageBytes in lib/signals/limits.ts).
   */
  chunkChars: 40_000,
} as const;

export const MAX_CHUNKS = Math.ceil(IMPORT_LIMITS.chars / IMPORT_LIMITS.chunkChars);
