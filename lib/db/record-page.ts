import type { Icp } from '../icp/schema';
import { joinListedContact, recordPeople } from '../people/record';
import { scoreCompany, scorePerson } from '../scoring/fit';
import { accountKeys, contactKey, normalizeProfileUrl } from '../signals/identity';
import { mergeCompany, mergePerson } from '../signals/merge';
import type { CompanySignals, PageSignals, PersonSignals } from '../signals/schema';
import type { AccountRecord, ContactRecord, IcpLensDb } from './db';
import { isExcluded } from './exclusions';

export interface RecordedPage {
  account?: AccountRecord;
  contact?: ContactRecord;
  /** The page's account key, when the user marked it "not a company": no account was made or updated. */
  excluded?: string;
}

/**
 * Stores one page's signals: resolves the account (registrable domain, else profile URL; profile-keyed accounts
 * merge into the domain account once a page links the two), merges field by field, scores against the ICP, keeps
 * the observation. One transaction: twenty tabs of one company loading at once still give one account.
 */
export async function recordPage(db: IcpLensDb, page: PageSignals, icp: Icp, now: number): Promise<RecordedPage> {
  const tables = [db.accounts, db.contacts, db.observations, db.activities, db.answers, db.exclusions];
  return db.transaction('rw', tables, async () => {
    // A site marked "not a company" stays out, however often it is read; a person on it is still a person.
    const key = page.company ? accountKeys(page).id : undefined;
    const excluded = (await isExcluded(db, key)) ? key : undefined;
    const account = page.company && !excluded ? await upsertAccount(db, page, icp, now) : undefined;
    // The page's company is the person's employer unless the page says they work elsewhere: an interview's subject is
    // no contact of the magazine that publishes it.
    const employs = account && page.person && worksAt(page.person, page.company);
    const contact = page.person ? await upsertContact(db, page, icp, now, employs ? account.id : undefined) : undefined;
    // The people the page lists as the company's become its contacts (lib/people).
    if (account && page.people?.length) await recordPeople(db, account.id, page.people, icp, now);
    if (account || contact) {
      await db.observations.add({
        accountId: account?.id,
        contactId: contact?.id,
        url: page.url,
        observedAt: now,
        page,
      });
    }
    return { account, contact, ...(excluded && { excluded }) };
  });
}

async function upsertAccount(db: IcpLensDb, page: PageSignals, icp: Icp, now: number) {
  const keys = accountKeys(page);
  if (!keys.id || !page.company) return undefined;
  const candidateIds = [keys.id, ...keys.aliases.map((a) => `profile:${a}`)];
  const found = new Map<string, AccountRecord>();
  for (const record of await db.accounts.bulkGet(candidateIds)) if (record) found.set(record.id, record);
  if (keys.aliases.length) {
    for (const record of await db.accounts.where('aliases').anyOf(keys.aliases).toArray()) found.set(record.id, record);
  }
  const existing = [...found.values()].sort((a, b) => a.firstSeen - b.firstSeen);
  // A domain wins over a profile key: the profile page of a company already known by its website joins it.
  const targetId = keys.domain ?? existing.find((r) => r.domain)?.id ?? keys.id;

  let signals = {};
  for (const record of existing) signals = mergeCompany(signals, record.signals);
  signals = mergeCompany(signals, page.company);
  const target = found.get(targetId);
  const merged: AccountRecord = {
    id: targetId,
    domain: keys.domain ?? target?.domain ?? existing.find((r) => r.domain)?.domain,
    aliases: [...new Set([...existing.flatMap((r) => r.aliases), ...keys.aliases])],
    signals,
    firstSeen: Math.min(now, ...existing.map((r) => r.firstSeen)),
    lastSeen: now,
    stage: target?.stage ?? existing.find((r) => r.stage)?.stage,
    tags: [...new Set(existing.flatMap((r) => r.tags))],
    // The user's own notes, "saved" and "hidden" marks survive a new visit and a merge.
    notes: target?.notes ?? existing.find((r) => r.notes)?.notes,
    savedAt: existing.find((r) => r.savedAt)?.savedAt,
    hiddenAt: target ? target.hiddenAt : existing.find((r) => r.hiddenAt)?.hiddenAt,
  };
  merged.name = merged.signals.name?.value;
  merged.score = scoreCompany(icp, merged.signals, now);

  const absorbed = existing.filter((r) => r.id !== targetId).map((r) => r.id);
  if (absorbed.length) {
    await db.accounts.bulkDelete(absorbed);
    await db.observations.where('accountId').anyOf(absorbed).modify({ accountId: targetId });
    await db.contacts.where('accountId').anyOf(absorbed).modify({ accountId: targetId });
    await db.activities.where('accountId').anyOf(absorbed).modify({ accountId: targetId });
    await db.answers.where('accountId').anyOf(absorbed).modify({ accountId: targetId });
  }
  await db.accounts.put(merged);
  return merged;
}

async function upsertContact(db: IcpLensDb, page: PageSignals, icp: Icp, now: number, accountId?: string) {
  const id = contactKey(page);
  if (!id || !page.person) return undefined;
  const current = await db.contacts.get(id);
  const signals = mergePerson(current?.signals ?? {}, page.person);
  let contact: ContactRecord = {
    id,
    accountId: accountId ?? (await employerAccountId(db, page)) ?? current?.accountId,
    name: signals.name?.value,
    signals,
    firstSeen: current?.firstSeen ?? now,
    lastSeen: now,
    stage: current?.stage,
    tags: current?.tags ?? [],
    notes: current?.notes,
    savedAt: current?.savedAt,
    hiddenAt: current?.hiddenAt,
    buyingRole: current?.buyingRole,
  };
  // Listed on the employer's team page by name: that contact is this person.
  contact = await joinListedContact(db, contact);
  contact.score = scorePerson(icp, contact.signals, now);
  await db.contacts.put(contact);
  return contact;
}

/** A person page links to the employer's profile: the account known by that profile, if any. */
async function employerAccountId(db: IcpLensDb, page: PageSignals): Promise<string | undefined> {
  const url = page.person?.employerUrl?.value;
  const alias = url && normalizeProfileUrl(url);
  if (!alias) return undefined;
  const account = await db.accounts.where('aliases').equals(alias).first();
  return account?.id;
}

const letters = (text: string | undefined) =>
  (text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The person's stated employer is the page's company (one name holds the other), or no employer is stated. */
function worksAt(person: PersonSignals, company: CompanySignals | undefined): boolean {
  const employer = letters(person.employer?.value);
  if (!employer) return true;
  return [company?.name?.value, company?.legalName?.value].some((name) => {
    const own = letters(name);
    return own.length > 0 && (own.includes(employer) || employer.includes(own));
  });
}
