import { cleanText, LIMITS } from '../../signals/limits';
import { safeUrl } from '../facts';

// Text that is not content: stylesheets Wikipedia inlines in tables, scripts, and LinkedIn's screen-reader copies.
const SKIP = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'SUP']);
const MAX_NODES = 2_000;

/** Visible-ish text of an element, whitespace collapsed and capped; footnote marks and style blocks left out. */
export function textOf(el: Element | null | undefined, max: number = LIMITS.shortText): string | undefined {
  if (!el) return undefined;
  const parts: string[] = [];
  let budget = MAX_NODES;
  let length = 0;
  const walk = (node: Node) => {
    if (--budget < 0 || length > max * 4) return;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      parts.push(t);
      length += t.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    if (SKIP.has(e.tagName.toUpperCase()) || e.classList.contains('visually-hidden')) return;
    if (e.tagName.toUpperCase() === 'BR' || e.tagName.toUpperCase() === 'LI') parts.push(' ');
    for (const child of Array.from(e.childNodes)) walk(child);
  };
  walk(el);
  return cleanText(parts.join(''), max);
}

/** `querySelector` that answers null for a selector the engine rejects instead of throwing. */
export function query(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function queryAll(root: ParentNode, selector: string, max = 200): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector)).slice(0, max);
  } catch {
    return [];
  }
}

/** The text of the first selector, of several variants most current first, that finds a non-empty element. */
export function firstText(
  root: ParentNode,
  selectors: readonly string[],
  max?: number,
): { text: string; selector: string; el: Element } | undefined {
  for (const selector of selectors) {
    const el = query(root, selector);
    const text = textOf(el, max);
    if (el && text) return { text, selector, el };
  }
  return undefined;
}

/** Label for matching row headings: lower case letters, digits and single spaces ("Company size" -> "company size"). */
export function labelKey(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Label/value rows of a definition list or a table (`dt`+`dd`, `th`+`td`), keyed by `labelKey` of the label; the
 * first row of a label wins. `rows` finds the label elements; the value is the label's next element sibling.
 */
export function labelledValues(root: ParentNode, labelSelector: string, max = 100): Map<string, Element> {
  const values = new Map<string, Element>();
  for (const label of queryAll(root, labelSelector, max)) {
    const key = labelKey(textOf(label, 80));
    const value = label.nextElementSibling;
    if (key && value && !values.has(key)) values.set(key, value);
  }
  return values;
}

/** The href of an element (or its first link), absolute against the page. */
export function hrefOf(el: Element | null | undefined, base: string): string | undefined {
  const a = el?.matches('a[href]') ? el : el?.querySelector('a[href]');
  const href = a?.getAttribute('href');
  return safeUrl(href, base);
}
