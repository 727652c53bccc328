import { SOCIAL_NETWORKS } from '../signals/enums';
import { registrableDomain } from '../signals/identity';
import type { CompanySignals, Evidence } from '../signals/schema';
import { LAYERS } from '../signals/schema';
import type { PageKind } from './kinds';

type Field = Exclude<keyof CompanySignals, 'socials'>;

/**
 * Which kind of page is the authority on which facts, among facts of the same layer: the imprint on the legal name
 * and address, the careers page on open roles, the home page on what the company is. Another page's fact of the same
 * layer only fills a gap: research fills the unknowns, it does not overwrite what the visited page said.
 */
const AUTHORITY: Record<PageKind, readonly Field[]> = {
  imprint: ['legalName', 'hq'],
  contact: ['hq'],
  about: ['founded', 'employees'],
  careers: ['hiring'],
  pricing: ['pricingPage', 'freeTrial', 'contactSales'],
  home: ['name', 'description', 'industry', 'industryGroup', 'keywords', 'technologies'],
};

const rank = (e: Evidence) => LAYERS.indexOf(e.layer);

function keep<F extends Evidence>(current: F | undefined, incoming: F | undefined, authority: boolean): F | undefined {
  if (!incoming) return current;
  if (!current) return incoming;
  const byLayer = rank(incoming) - rank(current);
  if (byLayer !== 0) return byLayer < 0 ? incoming : current;
  // The authority's fact wins unless it is a weaker reading (a contact page's country guessed from the domain
  // against the imprint's full address).
  return authority && incoming.confidence >= current.confidence ? incoming : current;
}

/**
 * Merges one researched page's company facts into the account's: a more trusted layer wins, a gap is filled, and
 * within a layer the page wins only on the facts its kind is the authority on, and only with a reading as confident. A domain other than the account's is
 * dropped (a page may describe a parent or a partner); the account's key never changes through research.
 */
export function mergeResearched(
  current: CompanySignals,
  incoming: CompanySignals,
  kind: PageKind,
  domain: string,
): CompanySignals {
  const authority = new Set<string>(AUTHORITY[kind]);
  const { socials: currentSocials, ...currentRest } = current;
  const { socials: incomingSocials, ...incomingRest } = incoming;
  const out: Record<string, Evidence | undefined> = { ...currentRest };
  for (const key of Object.keys(incomingRest) as Field[]) {
    if (key === 'domain' && registrableDomain(incomingRest.domain?.value) !== domain) continue;
    const kept = keep(currentRest[key], incomingRest[key], authority.has(key));
    if (kept) out[key] = kept;
  }
  const merged = out as CompanySignals;
  if (currentSocials || incomingSocials) {
    const socials: NonNullable<CompanySignals['socials']> = { ...currentSocials };
    for (const network of SOCIAL_NETWORKS) {
      const kept = keep(currentSocials?.[network], incomingSocials?.[network], kind === 'home');
      if (kept) socials[network] = kept;
    }
    merged.socials = socials;
  }
  return merged;
}
