import { SOURCE_LIMITS as CAP, type PageSource } from '../../signals/source';
import { EXTENSION_URL, isForeign } from './foreign';

type Resources = NonNullable<PageSource['body']>['resources'];

// Elements that load a resource, by tag: the document's cached tag collections, where the selector list of all five
// took the engine's slow path.
const RESOURCE_TAGS = ['script', 'iframe', 'link', 'form', 'embed'];
const MAX_NODES = 1_000;
// Preconnect hints are often left in templates after a vendor is gone: weak evidence only.
const WEAK_RELS = /\b(preconnect|dns-prefetch)\b/i;
// Absolute or protocol-relative: another host, possibly (only those are checked for another extension's nodes).
const ABSOLUTE = /^\s*(?:https?:)?\/\//i;

/**
 * The URL each resource element loads, as written up to its query (the background parses hosts and paths), and
 * whether it is strong evidence. Translations of the page (`hreflang`), extension URLs and nodes another extension
 * injected are left out.
 */
export function readResources(doc: Document): Resources {
  const out: Resources = [];
  for (const name of RESOURCE_TAGS) {
    const nodes = doc.getElementsByTagName(name);
    const attr = name === 'link' ? 'href' : name === 'form' ? 'action' : 'src';
    for (let i = 0; i < nodes.length && i < MAX_NODES && out.length < CAP.resources; i++) {
      const el = nodes[i];
      const raw = el?.getAttribute(attr);
      if (!el || !raw || (name === 'link' && el.hasAttribute('hreflang')) || EXTENSION_URL.test(raw)) continue;
      const cut = raw.indexOf('?');
      const url = (cut >= 0 ? raw.slice(0, cut) : raw).slice(0, CAP.resource);
      // The ancestor walk only for absolute URLs: an extension mounts its UI with its own vendors, not the page's assets.
      if (ABSOLUTE.test(url) && isForeign(el)) continue;
      out.push({ url, strong: name !== 'link' || !WEAK_RELS.test(el.getAttribute('rel') ?? '') });
    }
  }
  return out;
}
