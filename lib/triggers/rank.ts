import { PERSON_FIELDS } from '../icp/fields';
import type { Icp } from '../icp/schema';
import { decayed } from '../scoring/engagement';
import { evaluate } from '../scoring/ops';
import type { PageSignals, PersonSignals } from '../signals/schema';
import type { PageTrigger } from './schema';

export type TriggerKind = PageTrigger['kind'] | 'hiring';

/** A why-now trigger as the panel shows it: what, when, where it was read, why it matters, and how fresh. */
export interface Trigger {
  kind: TriggerKind;
  /** Epoch ms of the stated day (for hiring growth, the visit that saw it). */
  date: number;
  /** The page it was read on. */
  url: string;
  /** The sentence the page wrote (page text: shown as text only). */
  headline: string;
  /** One line: what happened and why it makes now a good time. */
  reason: string;
  /** Points after decay: what ranks triggers, newest and strongest first. */
  strength: number;
}

/** What each kind is worth when fresh, in engagement points (a demo request is 30). */
export const TRIGGER_POINTS: Record<TriggerKind, number> = {
  funding: 30,
  leader: 25,
  hiring: 20,
  expansion: 15,
  launch: 10,
};

/** Growth between two visits that counts: at least two more roles and a fifth more. */
const MIN_GROWTH = 2;
const MIN_GROWTH_SHARE = 1.2;

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
export const formatDay = (at: number) => day.format(at);

export interface Observed {
  observedAt: number;
  url: string;
  page: Pick<PageSignals, 'company'> & { triggers?: PageTrigger[] };
}

/**
 * A role the ICP's persona names: the role read as a job title (seniority and department, as a person page's title
 * is) matches every persona criterion, and no penalty. A criterion the title cannot tell ("Head of Facilities" names
 * no revenue department) does not count as named. An ICP without persona criteria names no role.
 */
export function personaNames(icp: Icp, role: string, classify: (title: string) => PersonSignals): boolean {
  const person = classify(role);
  const positive = icp.persona.filter((c) => !c.penalty);
  const matches = (c: Icp['persona'][number]) => {
    const value = PERSON_FIELDS[c.field]?.read(person)?.value;
    const m = value === undefined ? null : evaluate(c, value);
    return m !== null && m > 0;
  };
  return positive.length > 0 && positive.every(matches) && !icp.persona.some((c) => c.penalty && matches(c));
}

function reasonOf(t: PageTrigger): string {
  const when = formatDay(t.date);
  switch (t.kind) {
    case 'funding': {
      const what = [t.round, t.amount && `(${t.amount})`].filter(Boolean).join(' ') || 'a funding round';
      return `Raised ${what} on ${when}: fresh budget, usually spent on growth in the months after.`;
    }
    case 'leader':
      return `New ${t.role ?? 'leader'} announced on ${when}: a new leader reviews tools and vendors in the first months, and your persona names this role.`;
    case 'expansion':
      return `Expanding, announced on ${when}: new offices and markets need new people and tools.`;
    case 'launch':
      return `A launch on ${when}: a new product brings new work for sales and marketing.`;
  }
}

/** Open roles that grew between two visits: the latest such growth, dated at the later visit. */
function hiringGrowth(observations: readonly Observed[]): Omit<Trigger, 'strength'> | undefined {
  const counts = observations
    .map((o) => ({ o, roles: o.page.company?.hiring?.value.openRoles }))
    .filter((x): x is { o: Observed; roles: number } => typeof x.roles === 'number')
    .sort((a, b) => a.o.observedAt - b.o.observedAt);
  for (let i = counts.length - 1; i > 0; i--) {
    const later = counts[i];
    const before = counts.slice(0, i).find((c) => later && c.roles < later.roles);
    if (!later || !before) continue;
    if (later.roles - before.roles < MIN_GROWTH || later.roles < before.roles * MIN_GROWTH_SHARE) continue;
    return {
      kind: 'hiring',
      date: later.o.observedAt,
      url: later.o.url,
      headline: `${before.roles} open roles on ${formatDay(before.o.observedAt)}, ${later.roles} on ${formatDay(later.o.observedAt)}`,
      reason: `Open roles grew from ${before.roles} to ${later.roles} between your visits on ${formatDay(before.o.observedAt)} and ${formatDay(later.o.observedAt)}: a team growing fast needs tools that scale with it.`,
    };
  }
  return undefined;
}

/**
 * The account's why-now triggers from every page seen of it (visits and research), strongest first: each kind's
 * points halved every half-life of the ICP's engagement since its date, as logged activities are. The same event read
 * on several pages counts once; a new leader only counts in a role the ICP's persona names.
 */
export function rankTriggers(
  observations: readonly Observed[],
  icp: Icp,
  now: number,
  classify: (title: string) => PersonSignals,
  limit = 3,
): Trigger[] {
  const seen = new Set<string>();
  const found: Array<Omit<Trigger, 'strength'>> = [];
  for (const o of [...observations].sort((a, b) => b.observedAt - a.observedAt)) {
    for (const t of o.page.triggers ?? []) {
      const key = `${t.kind}@${t.date}@${t.round ?? t.role ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (t.kind === 'leader' && !(t.role && personaNames(icp, t.role, classify))) continue;
      found.push({ kind: t.kind, date: t.date, url: t.url, headline: t.headline, reason: reasonOf(t) });
    }
  }
  const growth = hiringGrowth(observations);
  if (growth) found.push(growth);
  return found
    .map((t) => ({ ...t, strength: decayed(TRIGGER_POINTS[t.kind], t.date, now, icp.engagement.halfLifeDays) }))
    .sort((a, b) => b.strength - a.strength || b.date - a.date)
    .slice(0, limit);
}
