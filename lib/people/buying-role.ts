import type { Icp } from '../icp/schema';
import { DEPARTMENT_LABELS, SENIORITY_LABELS } from '../signals/enum-labels';
import { DEPARTMENTS, type Department, SENIORITIES, type Seniority } from '../signals/enums';
import type { PersonSignals } from '../signals/schema';

/** The parts people play in a purchase (MEDDICC and the buying-committee literature), in the order a seller asks. */
export const BUYING_ROLES = ['economic-buyer', 'decision-maker', 'champion', 'influencer', 'user'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

export const BUYING_ROLE_LABELS: Record<BuyingRole, string> = {
  'economic-buyer': 'economic buyer',
  'decision-maker': 'decision maker',
  champion: 'champion',
  influencer: 'influencer',
  user: 'user',
};

/** What the active ICP sells to, read from its persona: the teams it targets and the levels it calls buyers. */
export interface Offer {
  /** Departments the persona targets, without `executive` (every offer's budget ends there) and `other`. */
  departments: Department[];
  /** Seniorities the persona targets. */
  levels: Seniority[];
  /** "a sales or marketing tool"; "your offer" when the persona names no team. */
  phrase: string;
}

export interface SuggestedRole {
  role: BuyingRole;
  /** "VP Sales: decision maker for a sales tool (leads a team that would use it)". */
  reason: string;
}

const LEADERS: ReadonlySet<Seniority> = new Set(['vp', 'head', 'director']);
const TOP: ReadonlySet<Seniority> = new Set(['owner', 'c-level']);
/** Teams that review a purchase made for another team: systems and security, spend, contracts, process. */
const REVIEWERS: Partial<Record<Department, string>> = {
  it: 'reviews how it fits the systems and security',
  engineering: 'reviews how it fits the systems and security',
  data: 'reviews how it fits the data and systems',
  finance: 'reviews the spend',
  legal: 'reviews the contract',
  operations: 'reviews how it changes the process',
};

function targets<T extends string>(icp: Icp, field: string, known: readonly T[]): T[] {
  const out = new Set<T>();
  for (const c of icp.persona) {
    if (c.field !== field || c.penalty || (c.op !== 'in' && c.op !== 'includesAny')) continue;
    for (const value of c.target) if ((known as readonly string[]).includes(value)) out.add(value as T);
  }
  return [...out];
}

function teamWord(d: Department): string {
  return d === 'it' ? 'IT' : d === 'hr' ? 'HR' : DEPARTMENT_LABELS[d].toLowerCase();
}

/** "a sales tool", "a sales, marketing or customer success tool", "an IT tool". */
function offerPhrase(departments: readonly Department[]): string {
  const words = departments.map(teamWord);
  if (words.length === 0) return 'your offer';
  const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
  return `${/^(?:[aeiou]|IT\b|HR\b)/i.test(list ?? '') ? 'an' : 'a'} ${list} tool`;
}

/** What the ICP sells to, from its persona criteria (`in`/`includesAny` on department and seniority). */
export function offerOf(icp: Icp): Offer {
  const departments = targets(icp, 'department', DEPARTMENTS).filter((d) => d !== 'executive' && d !== 'other');
  return { departments, levels: targets(icp, 'seniority', SENIORITIES), phrase: offerPhrase(departments) };
}

function pick(role: BuyingRole, why: string): { role: BuyingRole; why: string } {
  return { role, why };
}

/** The role and why, from the person's level and team against what the ICP sells. */
function decide(s: Seniority, d: Department, offer: Offer): { role: BuyingRole; why: string } {
  const inTarget = offer.departments.length === 0 || offer.departments.includes(d);
  if (TOP.has(s) && (d === 'executive' || d === 'finance')) return pick('economic-buyer', 'signs off the budget');
  if (TOP.has(s) && inTarget) return pick('economic-buyer', 'owns the budget of the team that would use it');
  if (inTarget && d !== 'executive' && d !== 'other') {
    // The levels the ICP calls buyers decide; below them, the people who work with it.
    if (LEADERS.has(s) || (offer.levels.includes(s) && s !== 'entry' && s !== 'intern' && s !== 'unknown'))
      return pick('decision-maker', 'leads a team that would use it');
    if (s === 'manager' || s === 'senior') return pick('champion', 'works where it would be used and can argue for it');
    return pick('user', 'would use it day to day');
  }
  const review = REVIEWERS[d];
  if (review) return pick('influencer', review);
  if (TOP.has(s) || LEADERS.has(s)) return pick('influencer', 'has a say across the company');
  return pick('influencer', 'works outside the teams your ICP sells to');
}

/**
 * The buying role a person would likely play for what the active ICP sells, with the reason in words ("VP Sales:
 * decision maker for a sales tool (leads a team that would use it)"). From seniority and department, as classified
 * from the job title; undefined when the title tells neither a level above entry nor a team. A suggestion: the user's choice, when made, wins.
 */
export function suggestBuyingRole(person: PersonSignals, offer: Offer): SuggestedRole | undefined {
  const s = person.seniority?.value ?? 'unknown';
  const d = person.department?.value ?? 'other';
  // "Individual contributor" of no known team: a title that says nothing usable.
  if (d === 'other' && (s === 'unknown' || s === 'entry' || s === 'intern')) return undefined;
  const { role, why } = decide(s, d, offer);
  const who = person.title?.value.slice(0, 80) ?? (s !== 'unknown' ? SENIORITY_LABELS[s] : DEPARTMENT_LABELS[d]);
  return { role, reason: `${who}: ${BUYING_ROLE_LABELS[role]} for ${offer.phrase} (${why})` };
}
