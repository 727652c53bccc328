/** Bounds of research (lib/research): what one site may cost the user's browser and the site itself. */
export const RESEARCH_LIMITS = {
  /** Pages read per company beyond the one the user opened (settings "pages per company"). */
  defaultPages: 6,
  maxPages: 12,
  /** A page not answered in this time is given up. */
  timeoutMs: 15_000,
  /** Bytes of a page read at most; the rest is not downloaded (the body is streamed and cut). */
  maxBytes: 2 * 1024 * 1024,
  /** robots.txt read at most (Google reads 500 KiB; a longer one is cut and read as far as it goes). */
  maxRobotsBytes: 512 * 1024,
  /** Redirects followed for one page, all on the same registrable domain. */
  maxRedirects: 4,
  /** A page read (or tried) within this time is not fetched again. */
  refetchAfterMs: 7 * 24 * 60 * 60 * 1000,
} as const;
