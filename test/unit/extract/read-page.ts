import { collectPage } from '../../../lib/extract/collect/index';
import { extractPage } from '../../../lib/extract/index';
import { linksOf } from '../../../lib/extract/page-links';
import { type PageTraces, tracesFrom } from '../../../lib/extract/tech/traces';
import { type PageView, viewOf } from '../../../lib/extract/text/read';
import { normalizePage } from '../../../lib/signals/normalize';
import type { PageSample } from '../../../lib/signals/sample';
import type { PageSignals } from '../../../lib/signals/schema';
import type { BodySource, PageSource } from '../../../lib/signals/source';

/** What the content script reads off `doc` at `url` (throws for a page it reads nothing from). */
export function sourceOf(doc: Document, url: string): PageSource {
  const source = collectPage(doc, url, 1);
  if (!source) throw new Error(`nothing read from ${url}`);
  return source;
}

/** The content script's body reads, as the background's rules see them. */
export function bodyOf(doc: Document, url: string): BodySource {
  const body = sourceOf(doc, url).body;
  if (!body) throw new Error(`no body read from ${url} (a platform page?)`);
  return body;
}

/** The page view the background's text rules take, from what the content script read. */
export function readPage(doc: Document, url: string): PageView {
  return viewOf(bodyOf(doc, url), url);
}

/** The technology traces, read in the page and completed in the background. */
export function tracesOf(doc: Document, url: string): PageTraces | undefined {
  const source = collectPage(doc, url, 1);
  if (!source?.body) return undefined;
  return tracesFrom(source.body, linksOf(source.body.hrefs), source.metas, source.url);
}

/** The page's signals as the extension keeps them: read, interpreted and validated (`normalizePage`). */
export function signalsOf(html: string, url: string, now: number): PageSignals | null {
  return normalizePage(extractPage(parse(html), url, now));
}

/** The sample of the page's words the background's classifiers read. */
export function sampleOf(html: string, url: string, now: number): PageSample {
  const sample = extractPage(parse(html), url, now)?.sample;
  if (!sample) throw new Error(`no sample read from ${url}`);
  return sample;
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
