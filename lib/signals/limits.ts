/**
 * Size caps for anything that comes from a page. Page content is hostile input: every string and list that crosses
 * from a content script to the background is bounded by these, both when extracted and when validated.
 */
export const LIMITS = {
  shortText: 200,
  text: 2_000,
  url: 2_048,
  selector: 300,
  list: 50,
  /** Largest JSON-LD block parsed; larger blocks are skipped rather than parsed (10 MB pages exist). */
  jsonLdChars: 500_000,
  /** Largest serialized message accepted by the background. */
  messageBytes: 256_000,
} as const;

/** Collapses whitespace, trims and caps a string; returns undefined when nothing is left. */
export function cleanText(input: unknown, max: number = LIMITS.shortText): string | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
