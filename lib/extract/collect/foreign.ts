const MAX_DEPTH = 40;
export const EXTENSION_URL = /^\s*(chrome|moz|safari-web|ms-browser)-extension:/i;

/**
 * True for nodes another extension injected: inside a custom element that hosts a shadow root (how extensions
 * mount their UI), or loaded from an extension URL. The page's own shadow hosts are rarely ancestors of its scripts.
 */
export function isForeign(el: Element, url?: string): boolean {
  if (url && EXTENSION_URL.test(url)) return true;
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    if (node.tagName.includes('-') && node.shadowRoot) return true;
  }
  return false;
}
