import { isObject, type JsonObject, own } from '../facts';
import { queryAll } from './dom';

/**
 * LinkedIn's logged-in pages (2023-2025 "voyager" web app) embed the API responses they were rendered from as JSON
 * in hidden `<code>` elements; entities sit in each response's `included` array, typed by `$type`, and refer to each
 * other by URN (`*industry: ["urn:li:fsd_industry:4"]`). This is steadier than the obfuscated class names of the DOM.
 */
const CODE_BLOCKS = 'code[id^="bpr-guid-"], code[style*="display: none"]';
const MAX_BLOCKS = 80;
// The company or profile response is 2-200 KB; feeds embed megabytes that never hold it.
const MAX_CHARS = 1_500_000;
const MAX_ENTITIES = 5_000;
// biome-ignore lint/suspicious/noControlCharactersInRegex: raw line breaks inside JSON strings are what it repairs.
const CONTROL_CHARS = /[\u0000-\u001f]+/g;

export interface VoyagerData {
  /** Every included entity, in document order. */
  entities: JsonObject[];
  byUrn: Map<string, JsonObject>;
}

/**
 * Entities of the embedded API responses whose text mentions `marker` (a `$type` fragment) and the page's `subject`
 * (its URL slug), parsed lazily. A response that never names the subject cannot describe it: feeds embed hundreds of
 * kilobytes about other companies and people, and skipping them is most of the adapter's cost. A slug outside plain
 * ASCII may be escaped in the JSON, so it filters nothing.
 */
export function readVoyager(doc: Document, marker: string, subject?: string): VoyagerData {
  const entities: JsonObject[] = [];
  const byUrn = new Map<string, JsonObject>();
  const names = subject && /^[a-z0-9_-]+$/i.test(subject) ? new RegExp(`[":/]${subject}"`, 'i') : undefined;
  for (const code of queryAll(doc, CODE_BLOCKS, MAX_BLOCKS)) {
    const text = code.textContent ?? '';
    if (text.length > MAX_CHARS || !text.includes(marker) || (names && !names.test(text))) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Saved or re-serialized pages break lines inside strings; as spaces they are valid JSON again.
      try {
        parsed = JSON.parse(text.replace(CONTROL_CHARS, ' '));
      } catch {
        continue;
      }
    }
    const included = isObject(parsed) ? own(parsed, 'included') : undefined;
    if (!Array.isArray(included)) continue;
    for (const entity of included.slice(0, MAX_ENTITIES - entities.length)) {
      if (!isObject(entity)) continue;
      entities.push(entity);
      const urn = own(entity, 'entityUrn');
      // The fuller copy of an entity wins: responses repeat entities with fewer fields.
      const known = typeof urn === 'string' ? byUrn.get(urn) : undefined;
      if (typeof urn === 'string' && (!known || Object.keys(known).length < Object.keys(entity).length))
        byUrn.set(urn, entity);
    }
  }
  return { entities, byUrn };
}

export function typeIs(entity: JsonObject, suffix: string): boolean {
  const type = own(entity, '$type');
  return typeof type === 'string' && type.endsWith(suffix);
}

/** The entity a `*field` reference points to (the first, when it is a list). */
export function deref(data: VoyagerData, entity: JsonObject, field: string): JsonObject | undefined {
  const ref = own(entity, field);
  const urn = Array.isArray(ref) ? ref[0] : ref;
  return typeof urn === 'string' ? data.byUrn.get(urn) : undefined;
}

/** A nested object property, or undefined. */
export function obj(value: unknown, key: string): JsonObject | undefined {
  const v = isObject(value) ? own(value, key) : undefined;
  return isObject(v) ? v : undefined;
}

/** The path segment after `/company/` or `/in/` of a LinkedIn URL, lower case: the page's subject. */
export function linkedinSlug(url: string, kind: 'company' | 'in' | 'school' | 'showcase'): string | undefined {
  const match = new RegExp(`^https?://[^/]*linkedin\\.com/${kind}/([^/?#]+)`, 'i').exec(url);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return match[1].toLowerCase();
  }
}
