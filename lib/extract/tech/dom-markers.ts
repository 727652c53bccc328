import { DOM_MARKERS } from './markers';

const MAX_MATCHES = 2_000;

/**
 * Which DOM markers (lib/extract/tech/markers.ts) a page shows: one `querySelector` per marker. Blink answers a
 * single compound selector on its fast path (an id from its map, a tag, class or attribute in one native walk); the
 * union of all markers in one selector took its slow path and cost ten times the sum of its parts, and testing the
 * markers from JavaScript on the elements that may carry them was slower still on a fresh page, where the content
 * script's code runs unoptimized. `foreign` tells the nodes another extension injected, which never count.
 */
export function findDomMarkers(doc: Document, foreign: (el: Element) => boolean): string[] {
  const found: string[] = [];
  for (const selector of DOM_MARKERS) {
    try {
      const first = doc.querySelector(selector);
      if (first && (!foreign(first) || someOwn(doc.querySelectorAll(selector), foreign))) found.push(selector);
    } catch {
      // A selector the engine refuses finds nothing; the others still run.
    }
  }
  return found;
}

function someOwn(elements: ArrayLike<Element>, foreign: (el: Element) => boolean): boolean {
  for (let i = 0; i < elements.length && i < MAX_MATCHES; i++) {
    const el = elements[i];
    if (el && !foreign(el)) return true;
  }
  return false;
}
