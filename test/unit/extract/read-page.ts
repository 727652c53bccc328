import { collectPage } from '../../../lib/extract/collect/index';
import { linksOf } from '../../../lib/extract/page-links';
import { type PageTraces, tracesFrom } from '../../../lib/extract/tech/traces';
import { type PageView, viewOf } from '../../../lib/extract/text/read';
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
