import { LIMITS } from '../signals/limits';
import type { Address } from '../signals/schema';
import { groupOfCode } from './classify/codes';
import {
  type CompanyDraft,
  type FactContext,
  isObject,
  isSafeKey,
  type JsonObject,
  makeFact,
  own,
  pathKey,
} from './facts';
import { isOrgType, isPageType, type OrgCandidate, PAGE_ROLES, pageRole, pickSubject, shortType } from './org-pick';
import { type LineReader, orgLinks, orgToCompany, toAddress } from './organization';
import { profiledBy } from './profile-slug';
import { jsonText } from './text';

// Real JSON-LD nests 3-5 levels (@graph > WebPage > publisher > address); deeper is noise or an attack.
const MAX_DEPTH = 8;
const MAX_NODES = 10_000;
const MAX_ARRAY = 1_000;
const MAX_BLOCKS = 50;

interface Entity {
  node: JsonObject;
  types: string[];
  path: string;
  role?: string;
}

function typesOf(node: JsonObject): string[] {
  const raw = own(node, '@type');
  const list = Array.isArray(raw) ? raw.slice(0, 10) : [raw];
  return list.filter((t): t is string => typeof t === 'string' && t.length < 200).map(shortType);
}

/** The parsed JSON-LD blocks (texts the content script read); oversized and broken blocks are undefined. */
export function parseJsonLdBlocks(texts: ReadonlyArray<string | null>): unknown[] {
  const blocks: unknown[] = [];
  for (const text of texts.slice(0, MAX_BLOCKS)) {
    if (text === null || text.length > LIMITS.jsonLdChars) {
      blocks.push(undefined);
      continue;
    }
    try {
      // CMSs wrap blocks in HTML comments or CDATA markers that JSON.parse refuses.
      blocks.push(
        JSON.parse(text.replace(/^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/)|(?:-->|\/\*\s*\]\]>\s*\*\/)\s*$/g, '')),
      );
    } catch {
      // Broken JSON is common (trailing commas, unescaped quotes); the index keeps paths of later blocks right.
      blocks.push(undefined);
    }
  }
  return blocks;
}

/** Every typed object in the blocks, in document order, with its JSON path and the property it is the value of. */
function collectEntities(blocks: unknown[]): Entity[] {
  const entities: Entity[] = [];
  let budget = MAX_NODES;
  const walk = (value: unknown, path: string, depth: number, role: string | undefined) => {
    if (depth > MAX_DEPTH || --budget < 0) return;
    if (Array.isArray(value)) {
      const n = Math.min(value.length, MAX_ARRAY);
      for (let i = 0; i < n; i++) walk(value[i], `${path}[${i}]`, depth + 1, role);
      return;
    }
    if (!isObject(value)) return;
    const types = typesOf(value);
    if (types.length) entities.push({ node: value, types, path, role });
    for (const key of Object.keys(value)) {
      if (!isSafeKey(key)) continue;
      const child = value[key];
      if (typeof child !== 'object' || child === null) continue;
      // @graph members are top-level entities, not values of a property.
      walk(child, `${path}${pathKey(key)}`, depth + 1, key === '@graph' ? role : key);
    }
  };
  blocks.forEach((block, i) => {
    walk(block, `$[${i}]`, 0, undefined);
  });
  return entities;
}

/**
 * Objects that a page or site entity names as its publisher or subject (inline or by `@id`), and the one employer of
 * the page's job postings among them.
 */
function pageReferences(entities: Entity[]): {
  refs: Map<JsonObject, 'publisher' | 'subject'>;
  employers: Set<JsonObject>;
} {
  const byId = new Map<string, JsonObject>();
  for (const e of entities) {
    const id = own(e.node, '@id');
    if (typeof id !== 'string') continue;
    // A typed stub (`{"@type": "Organization", "@id": "#org"}`) may come before the full node: keep the fuller one.
    const known = byId.get(id);
    if (!known || Object.keys(known).length < Object.keys(e.node).length) byId.set(id, e.node);
  }
  const refs = new Map<JsonObject, 'publisher' | 'subject'>();
  const employers = new Set<JsonObject>();
  const add = (value: unknown, role: 'publisher' | 'subject', employer = false) => {
    const list = Array.isArray(value) ? value.slice(0, 20) : [value];
    for (const item of list) {
      if (!isObject(item)) continue;
      const id = own(item, '@id');
      const target = typeof id === 'string' ? byId.get(id) : undefined;
      // Being a page's subject says more than being its publisher.
      for (const node of [item, target]) {
        if (node && refs.get(node) !== 'subject') refs.set(node, role);
        if (node && employer) employers.add(node);
      }
    }
  };
  // A job posting is about its employer: on a job board or an ATS the host is nobody's employer. A page listing
  // several employers' postings has no one subject.
  const postingEmployers = entities
    .filter((e) => e.types.includes('JobPosting'))
    .map((e) => own(e.node, 'hiringOrganization'));
  const names = new Set(
    postingEmployers.map((o) => (isObject(o) ? String(own(o, 'name') ?? own(o, '@id') ?? '') : '')),
  );
  if (names.size === 1 && !names.has('')) for (const o of postingEmployers) add(o, 'subject', true);
  for (const e of entities) {
    if (isOrgType(e.types) && own(e.node, 'mainEntityOfPage') !== undefined) refs.set(e.node, 'subject');
    if (!isPageType(e.types)) continue;
    for (const key of Object.keys(PAGE_ROLES)) {
      const role = pageRole(key);
      if (role) add(own(e.node, key), role);
    }
  }
  return { refs, employers };
}

/**
 * Company fields of the page's subject organization in its JSON-LD. Fields come from that one organization only:
 * merging a partner's employee count into the subject would be worse than leaving it unknown.
 */
/** The page's JSON-LD, parsed and walked once per extraction for every layer that reads it. */
export interface JsonLd {
  blocks: unknown[];
  entities: Entity[];
}

export function readJsonLd(texts: ReadonlyArray<string | null>): JsonLd {
  const blocks = parseJsonLdBlocks(texts);
  return { blocks, entities: collectEntities(blocks) };
}

// A person's schools (`alumniOf`, on a bio or profile page) are their history, not the page's business: a
// CollegeOrUniversity there says nothing of the company that publishes the bio.
const HISTORY_ROLES = new Set(['alumniOf']);

/** The schema.org types the page's JSON-LD names (short form, document order, each once), but a person's schools'. */
export function jsonLdTypes({ entities }: JsonLd): string[] {
  return [...new Set(entities.filter((e) => !HISTORY_ROLES.has(e.role ?? '')).flatMap((e) => e.types))];
}

/** How many job postings the page's JSON-LD holds: a board's posting page has one, a careers page may list many. */
export function jobPostingCount({ entities }: JsonLd): number {
  return entities.filter((e) => e.types.includes('JobPosting')).length;
}

/** The one employer the page's job postings name (their hiringOrganization's name); undefined for none or several. */
export function postingEmployerName({ entities }: JsonLd): string | undefined {
  const names = new Set<string>();
  for (const e of entities) {
    if (!e.types.includes('JobPosting')) continue;
    const employer = own(e.node, 'hiringOrganization');
    const name = isObject(employer) ? own(employer, 'name') : employer;
    if (typeof name === 'string' && name.trim()) names.add(name.trim().slice(0, 200));
  }
  return names.size === 1 ? [...names][0] : undefined;
}

export function extractJsonLd(
  { entities }: JsonLd,
  ctx: FactContext,
  pageDomain: string | undefined,
  platform: boolean,
  // The background's address reader (../address-draft.ts): site adapters on the page share this module.
  readLine?: LineReader,
): CompanyDraft | undefined {
  const { refs, employers } = pageReferences(entities);
  const candidates: Array<OrgCandidate<Entity>> = [];
  for (const e of entities) {
    if (!isOrgType(e.types)) continue;
    // A bare reference (`{"@type": "Organization", "@id": "#org"}`) stands for a node described elsewhere.
    if (Object.keys(e.node).every((k) => k === '@id' || k === '@type')) continue;
    candidates.push({
      org: e,
      role: e.role,
      referenced: refs.get(e.node),
      hires: employers.has(e.node),
      ...orgLinks(e.node, ctx.url),
      // Read in the background only: a directory's profile page states its subject in JSON-LD.
      profiled: profiledBy(e.node, ctx.url),
    });
  }
  const picked = pickSubject(candidates, pageDomain, platform);
  if (!picked) return undefined;
  const subject = fullerTwin(picked, candidates).org;
  const where = (key: string, index?: number) =>
    `${subject.path}${pathKey(key)}${index === undefined ? '' : `[${index}]`}`;
  const company = orgToCompany(subject.node, where, ctx, 'jsonld', readLine);
  company.industryGroup ??= codeGroup(subject.node, where, ctx);
  const others = candidates.filter((c) => c.org !== subject && c.role === undefined).map((c) => c.org);
  if (company.hq) company.hq = { ...company.hq, value: filledAddress(company.hq.value, others, readLine) };
  if (!company.industry) Object.assign(company, postingIndustry(entities, subject.node, ctx));
  return company;
}

/**
 * An official activity code is the group as the organization states it (schema.org `isicV4`, `naics`). Read here, in
 * the background: the code table stays out of the content script.
 */
function codeGroup(org: JsonObject, where: (key: string) => string, ctx: FactContext): CompanyDraft['industryGroup'] {
  for (const [key, system] of [
    ['isicV4', 'isic'],
    ['naics', 'naics'],
  ] as const) {
    const value = own(org, key);
    const group = groupOfCode(system, Array.isArray(value) ? value[0] : value);
    if (group) return makeFact(ctx, 'jsonld', group, where(key), 0.8);
  }
  return undefined;
}

const lowerName = (node: JsonObject) =>
  String(own(node, 'name') ?? '')
    .trim()
    .toLowerCase();

// What a bare mention of an organization states: who it is and where it is online, nothing about it.
const MENTION_KEYS = new Set(['@type', '@id', 'name', 'url', 'logo', 'image', 'sameAs']);

/**
 * An article names its publisher in a few words ({"name", "url"}) and the site describes the same organization in
 * full beside it (its address, founding date, profiles): the full description is the one to read. The same
 * organization: the same name on the same domain, at the top level.
 */
function fullerTwin(picked: OrgCandidate<Entity>, candidates: Array<OrgCandidate<Entity>>): OrgCandidate<Entity> {
  const node = picked.org.node;
  if (!Object.keys(node).every((k) => MENTION_KEYS.has(k))) return picked;
  const name = lowerName(node);
  if (!name || !picked.ownDomain) return picked;
  const twin = candidates.find(
    (c) =>
      c !== picked &&
      c.role === undefined &&
      c.ownDomain === picked.ownDomain &&
      lowerName(c.org.node) === name &&
      Object.keys(c.org.node).some((k) => !MENTION_KEYS.has(k)),
  );
  return twin ?? picked;
}

const placeKey = (a: Address) => (a.postalCode ?? a.city ?? '').replace(/\s+/g, '').toLowerCase();

/**
 * One organization described twice (an Organization and its LocalBusiness, as a site builder and an SEO plugin each
 * print it): what the subject's address leaves out, a top-level address of the same postcode or city fills in.
 */
function filledAddress(hq: Address, others: Entity[], readLine?: LineReader): Address {
  for (const e of others) {
    const other = toAddress(own(e.node, 'address'), readLine);
    if (!other || !placeKey(hq) || placeKey(other) !== placeKey(hq)) continue;
    if (!other.country || !hq.country || other.country === hq.country) return { ...other, ...hq };
  }
  return hq;
}

/**
 * A job posting states its employer's industry (schema.org JobPosting `industry`, a text or a DefinedTerm): read it
 * when the posting's hiringOrganization is the page's subject.
 */
function postingIndustry(entities: Entity[], subject: JsonObject, ctx: FactContext): CompanyDraft {
  const name = own(subject, 'name');
  for (const e of entities) {
    if (!e.types.includes('JobPosting')) continue;
    const employer = own(e.node, 'hiringOrganization');
    if (employer !== subject && !(isObject(employer) && name !== undefined && own(employer, 'name') === name)) continue;
    const raw = own(e.node, 'industry');
    const value = jsonText(isObject(raw) ? own(raw, 'name') : Array.isArray(raw) ? raw[0] : raw, 80);
    if (value) return { industry: makeFact(ctx, 'jsonld', value, `${e.path}${pathKey('industry')}`) };
  }
  return {};
}
