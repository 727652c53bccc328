import type { ContactRecord, IcpLensDb } from '../db/db';
import type { Icp } from '../icp/schema';
import type { AccountPeople, AccountPerson } from '../messaging/views';
import { evidenceInWords } from '../panel/evidence';
import type { QuestionContext } from '../questions/types';
import { DEPARTMENT_LABELS, SENIORITY_LABELS } from '../signals/enum-labels';
import {
  BUYING_ROLE_LABELS,
  BUYING_ROLES,
  type BuyingRole,
  type Offer,
  offerOf,
  suggestBuyingRole,
} from './buying-role';
import { isNameKey } from './record';

/** People shown under an account in the panel: the best persona fits; the Leads page lists them all. */
export const PEOPLE_SHOWN = 30;

/** A contact's buying role: the user's choice, else the suggestion; with the suggestion and its reason either way. */
export function buyingRoleOf(contact: ContactRecord, offer: Offer): AccountPerson['role'] {
  const suggested = suggestBuyingRole(contact.signals, offer);
  const chosen = contact.buyingRole;
  if (chosen) {
    return {
      value: chosen,
      label: BUYING_ROLE_LABELS[chosen],
      byUser: true,
      reason: suggested ? `Set by you. Suggested: ${suggested.reason}` : 'Set by you.',
      ...(suggested && { suggested: suggested.role }),
    };
  }
  return (
    suggested && {
      value: suggested.role,
      label: BUYING_ROLE_LABELS[suggested.role],
      byUser: false,
      reason: suggested.reason,
      suggested: suggested.role,
    }
  );
}

/**
 * Where to find a person, for the Leads page and the CRM files: their profile's address when known (a profile's
 * contact key is its address), else the page that lists them. Never the internal key of a person known by name only.
 */
export function personPage(contact: ContactRecord): string {
  if (!isNameKey(contact.id)) return contact.id;
  return (contact.signals.name ?? contact.signals.title)?.url ?? contact.name ?? '';
}

/** One contact as the panel lists it under its account: who, their role, persona fit, and the page they were read on. */
export function accountPerson(contact: ContactRecord, offer: Offer): AccountPerson {
  const s = contact.signals;
  const evidence = s.name ?? s.title ?? s.profileUrl;
  const person: AccountPerson = {
    id: contact.id,
    name: contact.name ?? s.name?.value ?? 'Unnamed person',
    source: evidence ? evidenceInWords(evidence) : { source: 'from a page' },
  };
  if (s.title) person.title = s.title.value;
  const seniority = s.seniority?.value;
  const department = s.department?.value;
  if (seniority && seniority !== 'unknown') person.seniority = SENIORITY_LABELS[seniority];
  if (department && department !== 'other') person.department = DEPARTMENT_LABELS[department];
  if (contact.score) {
    person.fit = contact.score.fit;
    person.tier = contact.score.tier;
  }
  if (s.profileUrl) person.profileUrl = s.profileUrl.value;
  const role = buyingRoleOf(contact, offer);
  if (role) person.role = role;
  return person;
}

const roleRank = (p: AccountPerson) => (p.role ? BUYING_ROLES.indexOf(p.role.value) : BUYING_ROLES.length);

/** Best persona fit first; among equals, the buying role that weighs most, then by name. */
export function byPersonaFit(a: AccountPerson, b: AccountPerson): number {
  return (b.fit ?? -1) - (a.fit ?? -1) || roleRank(a) - roleRank(b) || a.name.localeCompare(b.name);
}

/** The account's people for the panel, best persona fit first, with their buying roles against the active ICP. */
export async function accountPeople(db: IcpLensDb, accountId: string, icp: Icp): Promise<AccountPeople> {
  const contacts = await db.contacts.where('accountId').equals(accountId).toArray();
  const offer = offerOf(icp);
  const people = contacts
    .filter((c) => c.hiddenAt === undefined)
    .map((c) => accountPerson(c, offer))
    .sort(byPersonaFit);
  return { shown: people.slice(0, PEOPLE_SHOWN), total: people.length, offer: offer.phrase };
}

/** The first person of a role (the user's choice or the suggestion), best fit first: "Dana Whitfield (CFO)". */
export function namedFor(people: readonly AccountPerson[], role: BuyingRole): string | undefined {
  const person = people.find((p) => p.role?.value === role);
  if (!person) return undefined;
  return person.title ? `${person.name} (${person.title})` : person.name;
}

/** What the qualifying questions may name: the account's likely economic buyer and champion, when known. */
export function questionContext(people: AccountPeople | undefined): QuestionContext | undefined {
  if (!people) return undefined;
  const named: NonNullable<QuestionContext['named']> = {};
  const buyer = namedFor(people.shown, 'economic-buyer');
  const champion = namedFor(people.shown, 'champion');
  if (buyer) named['economic-buyer'] = buyer;
  if (champion) named.champion = champion;
  return { named };
}
