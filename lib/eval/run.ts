import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { collectPage } from '../extract/collect/index';
import { interpretPage } from '../extract/index';
import { renderedText } from '../research/rendered-text';
import { normalizePage } from '../signals/normalize';
import type { PageSignals } from '../signals/schema';
import { parseSource } from '../signals/source-schema';
import { comparePage, type Label } from './compare';
import { readFixtures } from './fixtures';
import { buildReport, type EvalReport, type PageOutcome } from './report';

export const UNKNOWN_URL = 'https://unknown.invalid/';

/** A page parsed the way a browser would, without running or fetching anything (its scripts are hostile). */
export function parseHtml(html: string, url: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  renderLikeBrowser(document);
  return { document, close: () => window.happyDOM.close() };
}

/**
 * A parsed document has no layout, and happy-dom's `innerText` runs blocks, list items and table cells together where
 * Chrome ends a line or puts a tab ("Employees 50 - 249Founded 2014", "Weg 112345 Stadt"), which no visitor's
 * browser shows. The body gets the text a browser renders instead (lib/research/rendered-text.ts, the walk research
 * uses for the pages it fetches), so the rules are measured on the lines a seller's Chrome gives them.
 */
export function renderLikeBrowser(document: Document): void {
  const body = document.body;
  if (body) Object.defineProperty(body, 'innerText', { value: renderedText(body), configurable: true });
}

/**
 * The content script's reading and the background's interpretation and validation, as in the extension:
 * `collectPage` on the parsed page with its labelled URL, the message's schema, `interpretPage`, then `normalizePage`
 * (registrable domain with tldts, zod validation).
 */
export async function extractFile(html: string, url: string, now: number): Promise<PageSignals | null> {
  const { document, close } = parseHtml(html, url);
  try {
    // Through the message's own validation and JSON, as the extension sends it.
    const source = parseSource(JSON.parse(JSON.stringify(collectPage(document, url, now))));
    return normalizePage(interpretPage(source));
  } finally {
    await close();
  }
}

type LoadPage = () => { html: string; label: Label };

async function evaluatePages(pages: Array<{ id: string; load: LoadPage }>, now: number): Promise<EvalReport> {
  const outcomes: PageOutcome[] = [];
  const errors: EvalReport['errors'] = [];
  for (const { id, load } of pages) {
    try {
      const { html, label } = load();
      const page = await extractFile(html, label.url ?? UNKNOWN_URL, now);
      outcomes.push({ id, kind: label.kind ?? 'unknown', results: comparePage(label, page) });
    } catch (error) {
      errors.push({ id, error: error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300) });
    }
  }
  return buildReport(outcomes, errors);
}

/** Every `labels/<id>.json` with its `pages/<id>.html` under `dir`, compared by the corpus rules. */
export async function evaluateFolder(dir: string, now: number = Date.now()): Promise<EvalReport> {
  const ids = readdirSync(join(dir, 'labels'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  const load = (id: string) => () => ({
    label: JSON.parse(readFileSync(join(dir, 'labels', `${id}.json`), 'utf8')) as Label,
    html: readFileSync(join(dir, 'pages', `${id}.html`), 'utf8'),
  });
  return evaluatePages(
    ids.map((id) => ({ id, load: load(id) })),
    now,
  );
}

/** The repository's fixtures (`<kind>/<case>.html` and `.expected.json`, lib/eval/fixtures.ts), by the same rules. */
export async function evaluateFixtures(dir: string, now: number = Date.now()): Promise<EvalReport> {
  return evaluatePages(
    readFixtures(dir).map(({ id, html, label }) => ({ id, load: () => ({ html, label }) })),
    now,
  );
}
