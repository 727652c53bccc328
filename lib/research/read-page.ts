import { collectPage } from '../extract/collect/index';
import { interpretPage } from '../extract/index';
import { normalizePage } from '../signals/normalize';
import type { PageSignals } from '../signals/schema';
import type { PageSource } from '../signals/source';
import { parseSource } from '../signals/source-schema';
import { renderedText } from './rendered-text';

/**
 * What a visited page's content script does, on a document research fetched and parsed: `collectPage`, the same
 * code, after giving the body the text a browser would render (lib/research/rendered-text.ts), which a parsed document
 * without layout does not have. The document is research's own copy; nothing in it runs or loads.
 */
export function collectParsed(doc: Document, url: string, now: number): PageSource | null {
  const body = doc.body;
  if (body) {
    try {
      const text = renderedText(body);
      Object.defineProperty(body, 'innerText', { value: text, configurable: true });
    } catch {
      // A body that cannot be walked is read by collectPage as it is.
    }
  }
  return collectPage(doc, url, now);
}

/**
 * The background's half, as for a content script's report: the material validated by the message's schema,
 * interpreted, then normalized field by field.
 */
export function signalsOf(source: unknown): PageSignals | null {
  if (!source) return null;
  const checked = parseSource(source);
  return checked ? normalizePage(interpretPage(checked)) : null;
}

/** Parses HTML into a Document and collects it: the DOMParser of the page it runs in (Firefox's background, tests). */
export type HtmlReader = (html: string, url: string, now: number) => Promise<PageSource | null>;

export function domParserReader(parser: { parseFromString(html: string, type: 'text/html'): Document }): HtmlReader {
  return async (html, url, now) => collectParsed(parser.parseFromString(html, 'text/html'), url, now);
}
