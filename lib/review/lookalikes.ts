import type { Icp } from '../icp/schema';
import type { CompanySignals } from '../signals/schema';
import { LOOKALIKES_SHOWN } from './limits';
import { type Trait, traitReader } from './traits';

export interface LookalikeInput {
  id: string;
  name: string;
  signals: CompanySignals;
}

export interface Lookalike {
  id: string;
  name: string;
  /** 0..1: the ICP-weighted share of fields on which it is like most customers. */
  similarity: number;
  /** What it shares with the customers, most shared first: "Software (like 90% of your customers)". */
  traits: string[];
  /** The customer it shares most traits with. */
  like?: { id: string; name: string };
}

/** One field of the customers' profile: its ICP weight, how many won accounts know it, how many share each trait. */
interface FieldProfile {
  weight: number;
  known: number;
  counts: Map<string, number>;
}

/**
 * Accounts like your customers: every candidate (accounts without an outcome) is compared with the won accounts on
 * the ICP's fields. For each field it scores the share of customers (with that field known) that share its trait;
 * the shares are weighed by the ICP's points on that field (a must with no points counts as 5) and summed over every
 * field the customers show, so an account known on one field only cannot look like a perfect match. Traits shared by
 * at least half the customers are named. Linear in the number of accounts.
 */
export function findLookalikes(
  icp: Icp,
  won: readonly LookalikeInput[],
  candidates: readonly LookalikeInput[],
  limit = LOOKALIKES_SHOWN,
): Lookalike[] {
  if (!won.length || !candidates.length) return [];
  const { fields, read } = traitReader(icp);
  const profiles: FieldProfile[] = fields.map((f) => ({
    weight: icp.criteria.filter((c) => c.field === f && !c.penalty).reduce((s, c) => s + Math.max(c.weight, 5), 0),
    known: 0,
    counts: new Map(),
  }));
  const wonTraits = won.map((w) => read(w.signals));
  for (const traits of wonTraits) {
    traits.forEach((list, f) => {
      const profile = profiles[f];
      if (!profile || !list.length) return;
      profile.known++;
      for (const key of new Set(list.map((t) => t.key))) profile.counts.set(key, (profile.counts.get(key) ?? 0) + 1);
    });
  }
  const possible = profiles.reduce((s, p) => s + (p.known ? p.weight : 0), 0);
  if (possible === 0) return [];
  const scored = candidates.map((candidate) => {
    const traits = read(candidate.signals);
    let sum = 0;
    const shared: Array<{ trait: Trait; share: number }> = [];
    traits.forEach((list, f) => {
      const profile = profiles[f];
      if (!profile?.known) return;
      let best: { trait: Trait; share: number } | undefined;
      for (const trait of list) {
        const share = (profile.counts.get(trait.key) ?? 0) / profile.known;
        if (!best || share > best.share) best = { trait, share };
      }
      if (!best) return;
      sum += profile.weight * best.share;
      if (best.share >= 0.5) shared.push(best);
    });
    return { candidate, traits, similarity: sum / possible, shared };
  });
  scored.sort((a, b) => b.similarity - a.similarity || a.candidate.id.localeCompare(b.candidate.id));
  return scored
    .filter((s) => s.similarity > 0)
    .slice(0, limit)
    .map(({ candidate, traits, similarity, shared }) => {
      shared.sort((a, b) => b.share - a.share || a.trait.label.localeCompare(b.trait.label));
      return {
        id: candidate.id,
        name: candidate.name,
        similarity,
        traits: shared.map((s) => `${s.trait.label} (like ${Math.round(s.share * 100)}% of your customers)`),
        like: closest(traits, won, wonTraits),
      };
    });
}

/** The customer sharing the most traits with an account (ties: the first by id), for the top lookalikes only. */
function closest(traits: Trait[][], won: readonly LookalikeInput[], wonTraits: Trait[][][]): Lookalike['like'] {
  const mine = new Set(traits.flat().map((t) => t.key));
  let best: { account: LookalikeInput; shared: number } | undefined;
  wonTraits.forEach((list, index) => {
    const account = won[index];
    const shared = new Set(
      list
        .flat()
        .map((t) => t.key)
        .filter((k) => mine.has(k)),
    ).size;
    if (!account || shared === 0) return;
    if (!best || shared > best.shared || (shared === best.shared && account.id < best.account.id))
      best = { account, shared };
  });
  return best && { id: best.account.id, name: best.account.name };
}
