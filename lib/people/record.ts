import type { ContactRecord, IcpLensDb } from '../db/db';
import { normalizeName } from '../extract/facts';
import type { Icp } from '../icp/schema';
import { scorePerson } from '../scoring/fit';
import { normalizeProfileUrl } from '../signals/identity';
import { mergePerson } from '../signals/merge';
import type { PersonSignals } from '../signals/schema';

/**
 * A listed person's contact key: their LinkedIn profile when the page links it (the key a visit of that profile
 * gives, so both meet), else the account and the name: the same person listed on the team page and the about page
 * is one contact. Internal: never shown (lib/people/view.ts gives the page instead).
 */
export function listedContactKey(accountId: string, person: PersonSignals): string | undefined {
  const profile = person.profileUrl ? normalizeProfileUrl(person.profileUrl.value) : undefined;
  if (profile) return profile;
  const name = person.name ? normalizeName(person.name.value) : '';
  return name ? nameKey(accountId, name) : undefined;
}

function nameKey(accountId: string, normalizedName: string): string {
  return `${accountId}#${normalizedName}`;
}

/** A contact known by the account and a name only (no profile): its key is no address to show. */
export function isNameKey(id: string): boolean {
  return id.includes('#');
}

/** The user's own fields and dates of a contact, carried over when its signals change or two contacts become one. */
function kept(current: ContactRecord | undefined, also?: ContactRecord) {
  const from = current ?? also;
  return {
    firstSeen: Math.min(...[current?.firstSeen, also?.firstSeen].filter((t): t is number => t !== undefined)),
    stage: current?.stage ?? also?.stage,
    tags: [...new Set([...(current?.tags ?? []), ...(also?.tags ?? [])])],
    notes: current?.notes ?? also?.notes,
    savedAt: current?.savedAt ?? also?.savedAt,
    hiddenAt: from?.hiddenAt,
    buyingRole: current?.buyingRole ?? also?.buyingRole,
  };
}

/**
 * A person known by their name on the company's pages, and now by a profile (a LinkedIn link on the team page, or a
 * visit of their profile): the name-keyed contact joins the profile-keyed one, with the user's work on it.
 */
async function absorbNamed(db: IcpLensDb, accountId: string, name: string, into: string) {
  const id = nameKey(accountId, normalizeName(name));
  if (id === into) return undefined;
  const named = await db.contacts.get(id);
  if (!named) return undefined;
  await db.contacts.delete(id);
  await db.activities.where('contactId').equals(id).modify({ contactId: into });
  await db.observations.where('contactId').equals(id).modify({ contactId: into });
  return named;
}

/** The account's contact of this name known by a page of their own, not by the name alone. */
async function ownPageContact(db: IcpLensDb, accountId: string, name: string): Promise<string | undefined> {
  const wanted = normalizeName(name);
  const found = await db.contacts
    .where('accountId')
    .equals(accountId)
    .filter((c) => !isNameKey(c.id) && !!c.name && normalizeName(c.name) === wanted)
    .first();
  return found?.id;
}

/**
 * Stores the people a page lists as the company's (DESIGN.md "People") as contacts of its account: merged field by
 * field with what is known of them (a profile visit outranks a team page), scored against the ICP's persona, the
 * user's stage, tags, notes and buying role kept. Runs inside the caller's transaction (accounts' pages and research
 * alike), which must include contacts, activities and observations.
 */
export async function recordPeople(
  db: IcpLensDb,
  accountId: string,
  people: readonly PersonSignals[],
  icp: Icp,
  now: number,
): Promise<ContactRecord[]> {
  const saved: ContactRecord[] = [];
  for (const person of people) {
    const listed = listedContactKey(accountId, person);
    if (!listed || !person.name) continue;
    // Known already by a page of their own (their profile, the company's page about them): the listing adds to it.
    const id = isNameKey(listed) ? ((await ownPageContact(db, accountId, person.name.value)) ?? listed) : listed;
    const named = person.profileUrl ? await absorbNamed(db, accountId, person.name.value, id) : undefined;
    const current = await db.contacts.get(id);
    let signals = mergePerson(named?.signals ?? {}, current?.signals ?? {});
    signals = mergePerson(signals, person);
    const contact: ContactRecord = {
      id,
      accountId: current?.accountId ?? accountId,
      name: signals.name?.value,
      signals,
      ...kept(current ?? named, current ? named : undefined),
      lastSeen: now,
    };
    if (!Number.isFinite(contact.firstSeen)) contact.firstSeen = now;
    contact.score = scorePerson(icp, signals, now);
    saved.push(contact);
  }
  if (saved.length) await db.contacts.bulkPut(saved);
  return saved;
}

/**
 * A person page linked to its employer's account: the contact the company's pages made of the same name joins it,
 * so the seller sees one person with the team page's role and the profile's details.
 */
export async function joinListedContact(db: IcpLensDb, contact: ContactRecord): Promise<ContactRecord> {
  if (!contact.accountId || !contact.name) return contact;
  const named = await absorbNamed(db, contact.accountId, contact.name, contact.id);
  if (!named) return contact;
  const signals = mergePerson(named.signals, contact.signals);
  return { ...contact, signals, ...kept(contact, named), lastSeen: contact.lastSeen };
}
