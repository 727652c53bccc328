import { DOM_MARKERS } from './markers';

/**
 * Which DOM markers (lib/extract/tech/markers.ts) a page shows, found the cheapest way each marker's shape allows.
 * On a freshly loaded page every distinct selector string costs Blink a parse before its first use, and every query
 * a walk of the tree: markers are simple compound selectors, so most are tested here as plain attribute and class
 * reads on the few elements that can carry them (an id from the engine's map, an app's root near the top of the
 * document, a tag's elements), and only the rest are queried.
 */

type AttrTest = { name: string; op?: '=' | '*=' | '^='; value?: string };

interface Marker {
  selector: string;
  tag?: string;
  id?: string;
  classes: string[];
  attrs: AttrTest[];
}

// `tag#id.class[attr][attr="v"][attr*="v"]`: the grammar of the generated markers; anything else is queried as is.
const SIMPLE = /^([a-z][a-z0-9-]*)?(?:#([\w-]+))?((?:\.[\w-]+)*)((?:\[[\w-]+(?:[*^]?="[^"\\]*")?\])*)$/i;
const ATTR = /\[([\w-]+)(?:([*^]?=)"([^"\\]*)")?\]/g;

// Attributes and classes an app sets on its root element (React's first server-rendered node, Vue's and Angular's
// mount points, SvelteKit's and Ember's body): looked for near the top of the document only.
const APP_ROOT = new Set([
  'data-reactroot',
  'data-reactid',
  'data-v-app',
  'data-server-rendered',
  'ng-version',
  'ng-app',
  'data-sveltekit-preload-data',
  'ember-application',
  'ember-view',
]);
const NEAR_ROOT_DEPTH = 2;
const MAX_NEAR_ROOT = 30;
const MAX_MATCHES = 2_000;

export function compileMarker(selector: string): Marker | undefined {
  const m = SIMPLE.exec(selector);
  if (!m) return undefined;
  const [, tag, id, classes = '', attrs = ''] = m;
  return {
    selector,
    tag: tag?.toLowerCase(),
    id,
    classes: classes.split('.').filter(Boolean),
    attrs: [...attrs.matchAll(ATTR)].map(([, name = '', op, value]) => ({
      name: name.toLowerCase(),
      op: op as AttrTest['op'],
      value,
    })),
  };
}

const COMPILED = DOM_MARKERS.map((selector) => compileMarker(selector) ?? selector);

/** The compiled marker's test: what `el.matches(marker.selector)` answers, without the engine's selector parse. */
export function matchesMarker(el: Element, marker: Marker): boolean {
  if (marker.tag && el.localName !== marker.tag) return false;
  if (marker.id && el.id !== marker.id) return false;
  for (const c of marker.classes) if (!el.classList.contains(c)) return false;
  for (const { name, op, value = '' } of marker.attrs) {
    const actual = el.getAttribute(name);
    if (actual === null) return false;
    if (op === '=' && actual !== value) return false;
    if (op === '*=' && !actual.includes(value)) return false;
    if (op === '^=' && !actual.startsWith(value)) return false;
  }
  return true;
}

/** `<html>`, `<body>` and the elements a level or two below the body, shallowest first, capped. */
function nearRoot(doc: Document): Element[] {
  const near: Element[] = doc.documentElement ? [doc.documentElement] : [];
  let level: Element[] = doc.body ? [doc.body] : [];
  for (let depth = 0; depth <= NEAR_ROOT_DEPTH && level.length; depth++) {
    const next: Element[] = [];
    for (const el of level) {
      if (near.length >= MAX_NEAR_ROOT) return near;
      near.push(el);
      for (let c = el.firstElementChild; c && next.length < MAX_NEAR_ROOT; c = c.nextElementSibling) next.push(c);
    }
    level = next;
  }
  return near;
}

function isAppRoot(marker: Marker): boolean {
  const only = [...marker.attrs.map((a) => a.name), ...marker.classes];
  return !marker.tag && !marker.id && only.length === 1 && APP_ROOT.has(only[0] ?? '');
}

/** The elements a marker can be on: a short list where its shape allows one, else undefined (query the page). */
function candidates(doc: Document, marker: Marker, near: () => Element[]): ArrayLike<Element> | undefined {
  if (marker.id) {
    const el = doc.getElementById(marker.id);
    return el ? [el] : [];
  }
  if (isAppRoot(marker)) return near();
  if (marker.tag === 'html') return doc.documentElement ? [doc.documentElement] : [];
  if (marker.tag) return doc.getElementsByTagName(marker.tag);
  return undefined;
}

/** True when one of `elements` passes `test` and is the page's own, not another extension's. */
function firstOwn(elements: ArrayLike<Element>, test: (el: Element) => boolean, foreign: (el: Element) => boolean) {
  for (let i = 0; i < elements.length && i < MAX_MATCHES; i++) {
    const el = elements[i];
    if (el && test(el) && !foreign(el)) return true;
  }
  return false;
}

/** The markers the page shows; `foreign` tells the nodes another extension injected, which never count. */
export function findDomMarkers(doc: Document, foreign: (el: Element) => boolean): string[] {
  const found: string[] = [];
  let near: Element[] | undefined;
  const nearOnce = () => {
    near ??= nearRoot(doc);
    return near;
  };
  for (const marker of COMPILED) {
    try {
      if (typeof marker !== 'string') {
        const list = candidates(doc, marker, nearOnce);
        if (list) {
          if (firstOwn(list, (el) => matchesMarker(el, marker), foreign)) found.push(marker.selector);
          continue;
        }
      }
      const selector = typeof marker === 'string' ? marker : marker.selector;
      const first = doc.querySelector(selector);
      if (first && (!foreign(first) || firstOwn(doc.querySelectorAll(selector), () => true, foreign))) {
        found.push(selector);
      }
    } catch {
      // A selector the engine refuses finds nothing; the others still run.
    }
  }
  return found;
}
