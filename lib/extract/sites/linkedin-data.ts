import { isObject, type JsonObject, own } from '../facts';

/**
 * LinkedIn's logged-in pages (2023-2025 "voyager" web app) embed the API responses they were rendered from as JSON
 * in hidden `<code>` elements; entities sit in each response's `included` array, typed by `$type`, and refer to each
 * other by URN (`*industry: ["urn:li:fsd_industry:4"]`). This is steadier than the obfuscated class names of the DOM.
 */
const GUID = 'bpr-guid-';
const HIDDEN = 'display: none';
const MAX_BLOCKS = 80;
// The company or profile response is 2-200 KB; feeds embed megabytes that never hold it.
const MAX_CHARS = 1_500_000;
const MAX_ENTITIES = 5_000;
// biome-ignore lint/suspicious/noControlCharactersInRegex: raw line breaks inside JSON strings are what it repairs.
const CONTROL_CHARS = /[\u0000-\u001f]+/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the same test, to repair only what needs it.
const CONTROL_TEST = /[\u0000-\u001f]/;

export interface VoyagerData {
  /** Every included entity, in document order. */
  entities: JsonObject[];
  byUrn: Map<string, JsonObject>;
}

// A `datalet-<id>` block describes the request behind the response `<id>`: `{"request": "/voyager/api/...", "body": id}`.
const DATALET = 'datalet-';
const MAX_REQUEST = 4_000;

/** JSON that may hold raw line breaks inside strings (saved or re-serialized pages): as spaces it is valid again. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(CONTROL_TEST.test(text) ? text.replace(CONTROL_CHARS, ' ') : text);
  } catch {
    return undefined;
  }
}

/**
 * The ids of the responses whose request names the subject (`universalName:acme`, `memberIdentity=jane-doe`), from
 * the small datalet blocks; undefined when the page has no datalets (an older or re-saved page), so every response is
 * a candidate. The app asks for the page's subject by the name in its URL, so a response about it is one of these.
 */
function requestedFor(blocks: Element[], subject: string | undefined): Set<string> | undefined {
  if (!subject) return undefined;
  let requested: Set<string> | undefined;
  for (const block of blocks) {
    if (!block.id.startsWith(DATALET)) continue;
    requested ??= new Set();
    const text = block.textContent ?? '';
    if (text.length > MAX_REQUEST) continue;
    const datalet = parseJson(text);
    const request = isObject(datalet) ? own(datalet, 'request') : undefined;
    const body = isObject(datalet) ? own(datalet, 'body') : undefined;
    if (typeof request !== 'string' || typeof body !== 'string') continue;
    let decoded = request;
    try {
      decoded = decodeURIComponent(request);
    } catch {
      // A malformed escape: the raw request is still worth a look.
    }
    if (decoded.toLowerCase().includes(subject)) requested.add(body);
  }
  return requested;
}

/**
 * The hidden `<code>` blocks, in document order: one tag collection filtered here, where the selector list
 * (`code[id^=...], code[style*=...]`) took the engine's slow path and cost a company page a tenth of its extraction.
 */
function codeBlocks(doc: Document, max: number): Element[] {
  const blocks: Element[] = [];
  const codes = doc.getElementsByTagName('code');
  for (let i = 0; i < codes.length && blocks.length < max; i++) {
    const el = codes[i];
    if (el && (el.id.startsWith(GUID) || (el.getAttribute('style') ?? '').includes(HIDDEN))) blocks.push(el);
  }
  return blocks;
}

/** A block's response: its text, or until about 2019 an HTML comment inside it (`<code><!--{"data":...}--></code>`). */
function blockText(code: Element): string {
  const text = code.textContent?.trim();
  if (text) return text;
  for (const node of Array.from(code.childNodes).slice(0, 3)) if (node.nodeType === 8) return node.nodeValue ?? '';
  return '';
}

/**
 * Whether a response names the subject as a JSON string or its last path part (`"acme"`, `:acme"`, `/acme"`). Found by
 * plain search first, as the app writes names in lower case; only a response without that spelling pays for the
 * case-insensitive scan, which on a 190 KB company response cost as much as a third of its parse.
 */
function namesSubject(text: string, plain: string, names: RegExp): boolean {
  const spelled = `${plain}"`;
  for (let i = text.indexOf(spelled); i !== -1; i = text.indexOf(spelled, i + 1)) {
    const before = i > 0 ? text[i - 1] : undefined;
    if (before === '"' || before === ':' || before === '/') return true;
  }
  return names.test(text);
}

/**
 * Entities of the embedded API responses whose text mentions `marker` (a `$type` fragment) and the page's `subject`
 * (its URL slug, lower case), parsed lazily. Feeds embed hundreds of kilobytes about other companies and people:
 * where the page pairs responses with their requests, only the responses asked for by the subject's name are read;
 * otherwise a response that never names the subject is skipped. A slug outside plain ASCII may be escaped in the
 * JSON, so it filters nothing.
 */
export function readVoyager(doc: Document, marker: string, subject?: string): VoyagerData {
  const entities: JsonObject[] = [];
  const byUrn = new Map<string, JsonObject>();
  const plain = subject && /^[a-z0-9_-]+$/i.test(subject) ? subject.toLowerCase() : undefined;
  const names = plain ? new RegExp(`[":/]${plain}"`, 'i') : undefined;
  const blocks = codeBlocks(doc, MAX_BLOCKS * 2);
  const requested = requestedFor(blocks, plain);
  let read = 0;
  for (const code of blocks) {
    if (code.id.startsWith(DATALET) || (requested && !requested.has(code.id))) continue;
    if (++read > MAX_BLOCKS) break;
    const text = blockText(code);
    if (text.length > MAX_CHARS || !text.includes(marker) || (plain && names && !namesSubject(text, plain, names)))
      continue;
    const parsed = parseJson(text);
    const included = isObject(parsed) ? own(parsed, 'included') : undefined;
    // A response for one entity (2019-2021) gives it as its `data`, untyped, beside any others it includes.
    const data = isObject(parsed) ? own(parsed, 'data') : undefined;
    const subject = isObject(data) && typeof own(data, 'entityUrn') === 'string' ? [data] : [];
    const responseEntities = subject.concat(Array.isArray(included) ? included : []);
    for (const entity of responseEntities.slice(0, MAX_ENTITIES - entities.length)) {
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

/**
 * The path segment after `/company/` or `/in/` of a LinkedIn URL, lower case: the page's subject. Logged-out company
 * pages were served under `/organization-guest/company/<slug>` in 2020-2021.
 */
export function linkedinSlug(url: string, kind: 'company' | 'in' | 'school' | 'showcase'): string | undefined {
  const match = new RegExp(`^https?://[^/]*linkedin\\.com/(?:organization-guest/)?${kind}/([^/?#]+)`, 'i').exec(url);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return match[1].toLowerCase();
  }
}
