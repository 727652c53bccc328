import { registrableDomain } from './identity';
import { type PageSignals, pageSignalsSchema } from './schema';

/** Passes enough to drop every invalid field of a page (each pass drops what zod reported). */
const MAX_PASSES = 5;

/**
 * Validates what a content script (or the corpus evaluation) extracted, field by field: an invalid field is dropped,
 * so one odd value never costs the whole page; an invalid page (not an object, no URL) gives null. The domain is
 * made authoritative here with the public suffix list, which the content script does not carry.
 */
export function normalizePage(raw: unknown): PageSignals | null {
  if (!raw || typeof raw !== 'object') return null;
  let page = structuredClone(raw) as Record<string, unknown>;
  const company = page.company as Record<string, { value?: unknown }> | undefined;
  if (company?.domain && typeof company.domain === 'object') {
    const domain = registrableDomain(typeof company.domain.value === 'string' ? company.domain.value : undefined);
    if (domain) company.domain.value = domain;
    else delete company.domain;
  }
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = pageSignalsSchema.safeParse(page);
    if (result.success) return result.data;
    const next = dropInvalid(page, result.error.issues);
    if (!next) return null;
    page = next;
  }
  return null;
}

function dropInvalid(page: Record<string, unknown>, issues: ReadonlyArray<{ path: PropertyKey[] }>) {
  for (const { path } of issues) {
    const [top, field, network] = path;
    if ((top === 'company' || top === 'person') && typeof field === 'string') {
      const group = page[top] as Record<string, unknown> | undefined;
      if (!group || typeof group !== 'object') delete page[top];
      else if (
        field === 'socials' &&
        typeof network === 'string' &&
        group.socials &&
        typeof group.socials === 'object'
      ) {
        delete (group.socials as Record<string, unknown>)[network];
      } else delete group[field];
    } else if (top === 'title' || top === 'canonicalUrl' || top === 'company' || top === 'person') delete page[top];
    else return undefined;
  }
  return page;
}
