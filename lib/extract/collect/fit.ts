import { LIMITS } from '../../signals/limits';
import { SOURCE_LIMITS as CAP, type PageSource } from '../../signals/source';
import { chromeIndices } from './links';

// Room left in the message for its envelope and the URL beside the source.
const BUDGET = LIMITS.messageBytes - 8_000;

function chars(source: PageSource): number {
  let n = source.title.length;
  for (const block of source.jsonLd) n += block?.length ?? 0;
  for (const meta of source.metas) n += meta.content.length;
  for (const card of source.people ?? []) for (const t of card.texts) n += t.length;
  const body = source.body;
  if (!body) return n;
  n += body.text.length + body.footer.length + body.article.length + body.badges.length + body.headings.length;
  // Index loops over the per-link lists: the fresh page's unoptimized code pays for each iterator step.
  for (let i = 0; i < body.hrefs.length; i++) n += body.hrefs[i]?.length ?? 0;
  for (let i = 0; i < body.labels.length; i++) n += body.labels[i]?.[1].length ?? 0;
  for (const label of body.controls) n += label.length;
  for (const r of body.resources) n += r.url.length;
  return n;
}

// What goes first when a page is too large to send: the parts the fewest rules read, then the larger ones.
const SHEDDING: Array<(s: PageSource) => void> = [
  (s) => {
    if (s.body) s.body.article = '';
  },
  (s) => {
    if (s.body) s.body.footer = s.body.footer.slice(0, 2_000);
  },
  (s) => {
    s.jsonLd = s.jsonLd.map(() => null);
  },
  (s) => {
    if (!s.body) return;
    // The navigation's and footer's links stay, as their texts do.
    const kept = s.body.hrefs.map(() => '');
    for (const i of chromeIndices(kept.length)) kept[i] = s.body.hrefs[i] ?? '';
    s.body.hrefs = kept;
  },
  (s) => {
    if (s.body) s.body.text = s.body.text.slice(0, 8_000);
  },
  (s) => {
    if (s.people) s.people = s.people.slice(0, 10);
  },
];

/**
 * The source as it fits in one message. The caps keep most pages far below it; only a page past `fitChars` in all
 * is measured as JSON (escaped quotes and non-ASCII make it longer), and trimmed part by part until it fits.
 */
export function fitMessage(source: PageSource): PageSource | null {
  if (chars(source) <= CAP.fitChars) return source;
  for (const shed of [() => {}, ...SHEDDING]) {
    shed(source);
    if (JSON.stringify(source).length <= BUDGET) return source;
  }
  return null;
}
