/**
 * Technology traces: what a content script reads from a page's source (never its text) for the background to match
 * against the fingerprint table (lib/extract/tech), which stays out of the content script. Plain data, capped here
 * both when collected and when validated (lib/signals/schema.ts), so a page cannot grow the message past
 * `LIMITS.messageBytes`: about 100 KB at most, a few KB on a typical page.
 */
export interface PageTraces {
  /** Hosts and paths (lower case) of scripts, iframes, stylesheets, preloads and form actions; `strong` unless a hint. */
  resources: Array<{ host: string; path: string; strong: boolean }>;
  /** URLs found inside inline scripts: loader snippets inject the vendor script at run time. */
  inlineUrls: Array<{ host: string; path: string }>;
  /** Absolute links to other hosts (an ATS job board is the company's own instance). */
  anchors: Array<{ host: string; path: string }>;
  /** `<meta name="generator">` contents. */
  generators: string[];
  /** DOM marker selectors (lib/extract/tech/markers.ts) that matched an element. */
  dom: string[];
  /** Inline-code markers (global names, init calls) found in inline scripts. */
  inline: string[];
}

export const TRACE_LIMITS = {
  resources: 250,
  inlineUrls: 100,
  anchors: 100,
  generators: 10,
  generator: 200,
  /** Longer hosts are skipped; longer paths are cut, past the longest fingerprint pattern. */
  host: 100,
  path: 120,
  markers: 200,
  marker: 100,
} as const;
