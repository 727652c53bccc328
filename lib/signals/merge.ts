import { type CompanySignals, type Evidence, LAYERS, type PersonSignals } from './schema';

const rank = (e: Evidence) => LAYERS.indexOf(e.layer);

/**
 * Picks the fact to keep: the more trusted layer wins (user > site > structured > heuristic); within a layer the
 * more recent observation wins.
 */
export function preferFact<F extends Evidence>(current: F | undefined, incoming: F | undefined): F | undefined {
  if (!current) return incoming;
  if (!incoming) return current;
  const byLayer = rank(incoming) - rank(current);
  if (byLayer !== 0) return byLayer < 0 ? incoming : current;
  return incoming.observedAt >= current.observedAt ? incoming : current;
}

function mergeFacts<T extends Record<string, Evidence | undefined>>(current: T, incoming: T): T {
  const out: Record<string, Evidence | undefined> = { ...current };
  for (const key of Object.keys(incoming)) {
    const kept = preferFact(current[key], incoming[key]);
    if (kept) out[key] = kept;
  }
  return out as T;
}

/** Field-by-field merge of company signals; socials merge per network. */
export function mergeCompany(current: CompanySignals, incoming: CompanySignals): CompanySignals {
  const { socials: currentSocials, ...currentRest } = current;
  const { socials: incomingSocials, ...incomingRest } = incoming;
  const merged: CompanySignals = mergeFacts(currentRest, incomingRest);
  if (currentSocials || incomingSocials) merged.socials = mergeFacts(currentSocials ?? {}, incomingSocials ?? {});
  return merged;
}

export function mergePerson(current: PersonSignals, incoming: PersonSignals): PersonSignals {
  return mergeFacts(current, incoming);
}
