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

/*
 * A selector list ("a, b") takes the engine's slow path: every element of the page is matched against each selector
 * in turn, 0.1-0.4 ms on a large page. A single selector keyed by a tag or a class only looks at the elements that
 * carry it, and one under an id only inside that element. The helpers below query a list one selector at a time and
 * give what the list would have given: the matches in document order.
 */
// Node.DOCUMENT_POSITION_FOLLOWING, spelled out: the constant's global is not there in every test environment.
const FOLLOWING = 4;
const inDocumentOrder = (a: Element, b: Element) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1);

/** The first element in document order that any of the selectors finds, as `querySelector` of their list. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  let first: Element | null = null;
  for (const selector of selectors) {
    const el = query(root, selector);
    if (el && (!first || inDocumentOrder(el, first) < 0)) first = el;
  }
  return first;
}

/** The first `max` elements in document order that any of the selectors finds, as `querySelectorAll` of their list. */
export function queryAllOf(root: ParentNode, selectors: readonly string[], max = 200): Element[] {
  const found = new Set<Element>();
  for (const selector of selectors) for (const el of queryAll(root, selector, max)) found.add(el);
  return [...found].sort(inDocumentOrder).slice(0, max);
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
 * first row of a label wins. `labelSelector` finds the label elements (several selectors: see `queryAllOf`); the
 * value is the label's next element sibling.
 */
export function labelledValues(
  root: ParentNode,
  labelSelector: string | readonly string[],
  max = 100,
): Map<string, Element> {
  const values = new Map<string, Element>();
  const labels =
    typeof labelSelector === 'string' ? queryAll(root, labelSelector, max) : queryAllOf(root, labelSelector, max);
  for (const label of labels) {
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
