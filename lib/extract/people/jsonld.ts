import { normalizeProfileUrl } from '../../signals/identity';
import { LIMITS } from '../../signals/limits';
import { type FactContext, isObject, type JsonObject, normalizeName, own, safeUrl } from '../facts';
import type { JsonLd } from '../jsonld';
import { isOrgType, shortType } from '../org-pick';
import { siteKey } from '../site-key';

/** A person the page's structured data states works for the company, with what it says of them. */
export interface StatedPerson {
  name: string;
  title: string;
  profileUrl?: string;
  /** JSON path of the Person. */
  selector: string;
}

// Properties of an Organization that list its own people; a founder needs no job title to be one.
const STAFF_KEYS = ['employee', 'employees', 'founder', 'founders', 'member', 'members'] as const;
const MAX_STAFF = 100;

/** A non-empty trimmed string, else undefined. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function typesOf(node: JsonObject): string[] {
  const raw = own(node, '@type');
  return (Array.isArray(raw) ? raw.slice(0, 10) : [raw])
    .filter((t): t is string => typeof t === 'string')
    .map(shortType);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value.slice(0, MAX_STAFF) : value === undefined ? [] : [value];
}

/** A Person's name: `name`, else its given and family names. */
export function nameOf(node: JsonObject): string | undefined {
  const name = str(own(node, 'name'));
  if (name) return name;
  const given = str(own(node, 'givenName'));
  const family = str(own(node, 'familyName'));
  return given && family ? `${given} ${family}` : undefined;
}

/** `jobTitle` as text, a list's first, or a DefinedTerm's or Role's name. */
function titleOf(node: JsonObject): string | undefined {
  for (const item of listOf(own(node, 'jobTitle'))) {
    const title = str(item) ?? (isObject(item) ? str(own(item, 'name')) : undefined);
    if (title) return title;
  }
  return undefined;
}

function linkedinOf(node: JsonObject, base: string): string | undefined {
  for (const link of listOf(own(node, 'sameAs')).concat(listOf(own(node, 'url')))) {
    const profile = normalizeProfileUrl(safeUrl(link, base) ?? '');
    if (profile?.startsWith('linkedin.com/in/')) return `https://www.${profile}`;
  }
  return undefined;
}

/**
 * Persons of the page's JSON-LD that work for the page's company: a Person whose `worksFor` is it, or one its
 * Organization lists as employee, founder or member. The company is the organization on the page's own domain or
 * with the company's name. A Person without a job title is left out (nobody to place), but a founder is a founder.
 */
export function jsonLdPeople(
  { entities }: JsonLd,
  { ctx, companyName, pageDomain }: { ctx: FactContext; companyName?: string; pageDomain?: string },
): StatedPerson[] {
  const byId = new Map<string, JsonObject>();
  for (const e of entities) {
    const id = str(own(e.node, '@id'));
    const known = id ? byId.get(id) : undefined;
    if (id && (!known || Object.keys(known).length < Object.keys(e.node).length)) byId.set(id, e.node);
  }
  const resolve = (value: unknown): JsonObject | undefined => {
    if (!isObject(value)) return undefined;
    const id = str(own(value, '@id'));
    return (id && byId.get(id)) || value;
  };
  const company = companyName ? normalizeName(companyName) : undefined;
  const isCompany = (value: unknown): boolean => {
    const node = resolve(value);
    if (!node) return typeof value === 'string' && !!company && normalizeName(value) === company;
    const name = str(own(node, 'name'));
    if (company && name && normalizeName(name) === company) return true;
    const url = safeUrl(str(own(node, 'url')), ctx.url);
    return isOrgType(typesOf(node)) && !!pageDomain && !!url && siteKey(url) === pageDomain;
  };

  const people = new Map<JsonObject, StatedPerson>();
  const add = (value: unknown, path: string, founder: boolean) => {
    const node = resolve(value);
    if (!node || people.has(node) || !typesOf(node).includes('Person')) return;
    const name = nameOf(node);
    const title = titleOf(node) ?? (founder ? 'Founder' : undefined);
    if (!name || !title) return;
    const person: StatedPerson = { name, title, selector: path.slice(0, LIMITS.selector) };
    const profileUrl = linkedinOf(node, ctx.url);
    if (profileUrl) person.profileUrl = profileUrl;
    people.set(node, person);
  };
  for (const e of entities) {
    if (e.types.includes('Person') && listOf(own(e.node, 'worksFor')).some(isCompany)) add(e.node, e.path, false);
    if (!isOrgType(e.types) || !isCompany(e.node)) continue;
    for (const key of STAFF_KEYS) {
      listOf(own(e.node, key)).forEach((item, i) => {
        add(item, `${e.path}.${key}[${i}]`, key.startsWith('founder'));
      });
    }
  }
  return [...people.values()];
}
