/**
 * The text a browser would render for an element of a document that is parsed but not displayed. Such a document
 * (DOMParser's, an offscreen page's) has no layout, so `innerText` there is `textContent`: scripts, styles and
 * templates included, and no line break between blocks, where the imprint and address rules read lines. This walk
 * gives what `innerText` gives on a displayed page closely enough for those rules: hidden subtrees skipped, a line
 * break around every block, tabs between table cells.
 */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'CANVAS',
]);
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TR UL BODY HTML CAPTION'.split(
    ' ',
  ),
);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Past this many characters the walk stops: the collector keeps only the text's head and tail anyway. */
const MAX_CHARS = 2_000_000;
const MAX_DEPTH = 512;

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

export function renderedText(root: Element): string {
  const out: string[] = [];
  let length = 0;
  const push = (s: string) => {
    out.push(s);
    length += s.length;
  };
  const walk = (node: Node, depth: number) => {
    if (length > MAX_CHARS || depth > MAX_DEPTH) return;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = (child.nodeValue ?? '').replace(/[\t\n\r ]+/g, ' ');
        if (text) push(text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIPPED.has(el.tagName) || SKIPPED.has(tag) || hidden(el)) continue;
      if (tag === 'BR') {
        push('\n');
        continue;
      }
      const block = BLOCKS.has(tag);
      if (block) push('\n');
      walk(el, depth + 1);
      if (tag === 'TD' || tag === 'TH') push('\t');
      else if (block) push('\n');
    }
  };
  walk(root, 0);
  return out
    .join('')
    .replace(/[ \t]*\n[ \t\n]*/g, '\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}
