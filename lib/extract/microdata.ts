import { LIMITS } from '../signals/limits';
import { attrSelector, type CompanyDraft, type FactContext, isSafeKey, type JsonObject } from './facts';
import { isOrgType, isPageType, type OrgCandidate, pageRole, pickSubject, shortType } from './org-pick';
import { orgLinks, orgToCompany } from './organization';

const MAX_SCOPES = 200;
const MAX_PROPS = 300;
const MAX_DEPTH = 3;

const URL_ATTR: Record<string, string> = {
  A: 'href',
  AREA: 'href',
  LINK: 'href',
  IMG: 'src',
  AUDIO: 'src',
  VIDEO: 'src',
  SOURCE: 'src',
  IFRAME: 'src',
  EMBED: 'src',
  OBJECT: 'data',
  META: 'content',
  TIME: 'datetime',
  DATA: 'value',
  METER: 'value',
};

function itemTypes(el: Element): string[] {
  const raw = el.getAttribute('itemtype') ?? '';
  return raw.split(/\s+/).filter(Boolean).slice(0, 5).map(shortType);
}

/** The item's properties as JSON, so microdata and JSON-LD organizations share one field mapping. */
function readItem(scope: Element, depth: number): JsonObject {
  const item: JsonObject = Object.create(null);
  item['@type'] = itemTypes(scope);
  const props = scope.querySelectorAll('[itemprop]');
  const n = Math.min(props.length, MAX_PROPS);
  for (let i = 0; i < n; i++) {
    const el = props[i];
    // Properties of a nested item belong to that item, not to this one.
    if (!el || el.parentElement?.closest('[itemscope]') !== scope) continue;
    let value: unknown;
    if (el.hasAttribute('itemscope')) value = depth < MAX_DEPTH ? readItem(el, depth + 1) : undefined;
    else {
      const attr = URL_ATTR[el.tagName.toUpperCase()];
      value =
        (attr && el.getAttribute(attr)) ?? el.getAttribute('content') ?? el.textContent?.slice(0, LIMITS.text * 2);
    }
    if (value === undefined || value === null) continue;
    for (const name of (el.getAttribute('itemprop') ?? '').split(/\s+/).slice(0, 5)) {
      if (!name || !isSafeKey(name)) continue;
      // Repeated properties (several sameAs links) become a list, as in JSON-LD.
      const known = item[name];
      if (known === undefined) item[name] = value;
      else if (Array.isArray(known)) known.length < LIMITS.list && known.push(value);
      else item[name] = [known, value];
    }
  }
  return item;
}

/** Company fields of the page's subject organization in its microdata (itemscope/itemprop). */
export function extractMicrodata(
  doc: Document,
  ctx: FactContext,
  pageDomain: string | undefined,
  platform: boolean,
): CompanyDraft | undefined {
  const scopes = doc.querySelectorAll('[itemscope][itemtype]');
  const candidates: Array<OrgCandidate<{ item: JsonObject; selector: string }>> = [];
  const n = Math.min(scopes.length, MAX_SCOPES);
  for (let i = 0; i < n; i++) {
    const scope = scopes[i];
    if (!scope || !isOrgType(itemTypes(scope))) continue;
    const item = readItem(scope, 0);
    const role = scope.getAttribute('itemprop')?.trim().split(/\s+/)[0];
    const parent = scope.parentElement?.closest('[itemscope]');
    const referenced = parent && isPageType(itemTypes(parent)) ? pageRole(role) : undefined;
    const selector = attrSelector('', 'itemtype', scope.getAttribute('itemtype') ?? '');
    candidates.push({ org: { item, selector }, role, referenced, ...orgLinks(item, ctx.url) });
  }
  const subject = pickSubject(candidates, pageDomain, platform)?.org;
  if (!subject) return undefined;
  const where = (key: string) => `${subject.selector} [itemprop~="${key}"]`;
  return orgToCompany(subject.item, where, ctx, 'microdata');
}
