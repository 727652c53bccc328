import { readScripts } from '../collect/scripts';
import { isObject, type JsonObject, own } from '../facts';
import { parseJsonLdBlocks } from '../jsonld';

/** Top-level and `@graph` JSON-LD nodes of a schema.org type, in document order (profiles put the subject there). */
export function jsonLdNodes(doc: Document, type: string, max = 20): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown) => {
    if (nodes.length >= max) return;
    if (Array.isArray(value)) {
      for (const v of value.slice(0, 100)) visit(v);
      return;
    }
    if (!isObject(value)) return;
    const t = own(value, '@type');
    if (t === type || (Array.isArray(t) && t.includes(type))) nodes.push(value);
    const graph = own(value, '@graph');
    if (Array.isArray(graph)) visit(graph);
  };
  for (const block of parseJsonLdBlocks(readScripts(doc, false).jsonLd)) visit(block);
  return nodes;
}

export function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}
