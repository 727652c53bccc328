import type { CrmPushRecord } from '../../db/db';
import type { AccountForPush } from '../gather';
import { bareDomain, chunks, normalName } from '../match';
import { BATCH, query } from './api';
import type { SalesforceTransport } from './http';
import { containsPattern, isSalesforceId, list } from './soql';
import type { SalesforceRecord } from './wire';

/** The Salesforce records the accounts and people already have, by ICP Lens account id and contact id. */
export interface Found {
  accounts: Map<string, SalesforceRecord>;
  contacts: Map<string, SalesforceRecord>;
}

const select = (fields: readonly string[], from: string, where: string) =>
  `SELECT ${['Id', ...fields.filter((f) => f !== 'Id')].join(', ')} FROM ${from} WHERE ${where}`;

/** Records by id, for the ids the last push recorded (a deleted record is simply not found). */
async function byIds(
  t: SalesforceTransport,
  from: 'Account' | 'Contact',
  ids: readonly string[],
  fields: readonly string[],
) {
  const out = new Map<string, SalesforceRecord>();
  for (const group of chunks(ids.filter(isSalesforceId), BATCH.ids)) {
    for (const r of await query(t, select(fields, from, `Id IN ${list(group)}`))) out.set(r.id, r);
  }
  return out;
}

/**
 * Accounts by the id the last push recorded, else by ICP Lens Domain (when the org has the field), else by Website
 * containing the domain, compared as a bare domain (`https://www.acme.com/` is acme.com); the oldest record wins.
 */
async function findAccounts(
  t: SalesforceTransport,
  accounts: readonly AccountForPush[],
  logs: ReadonlyMap<string, CrmPushRecord>,
  fields: readonly string[],
  hasDomainField: boolean,
) {
  const found = new Map<string, SalesforceRecord>();
  const logged = new Map<string, string>();
  for (const a of accounts) {
    const id = logs.get(a.company.accountId)?.companyId;
    if (id) logged.set(id, a.company.accountId);
  }
  for (const [id, record] of await byIds(t, 'Account', [...logged.keys()], fields)) {
    found.set(logged.get(id) as string, record);
  }
  const rest = accounts.filter((a) => !found.has(a.company.accountId) && a.company.domain);
  const read = [...new Set([...fields, 'Website', 'CreatedDate', ...(hasDomainField ? ['ICP_Lens_Domain__c'] : [])])];
  for (const group of chunks(rest, BATCH.domains)) {
    const domains = group.map((a) => a.company.domain as string);
    const where = [
      ...(hasDomainField ? [`ICP_Lens_Domain__c IN ${list(domains)}`] : []),
      ...domains.map((d) => `Website LIKE ${containsPattern(d)}`),
    ].join(' OR ');
    const records = await query(t, `${select(read, 'Account', where)} ORDER BY CreatedDate ASC`);
    for (const a of group) {
      const domain = a.company.domain as string;
      const match =
        records.find((r) => hasDomainField && bareDomain(r.values.ICP_Lens_Domain__c) === domain) ??
        records.find((r) => bareDomain(r.values.Website) === domain);
      if (match) found.set(a.company.accountId, match);
    }
  }
  return found;
}

/**
 * People by the id the last push recorded, by email where a page showed one, else among their account's contacts by
 * the profile ICP Lens wrote on them (when the org has the field), then by first and last name.
 */
async function findContacts(
  t: SalesforceTransport,
  accounts: readonly AccountForPush[],
  logs: ReadonlyMap<string, CrmPushRecord>,
  found: ReadonlyMap<string, SalesforceRecord>,
  fields: readonly string[],
  hasProfileField: boolean,
) {
  const out = new Map<string, SalesforceRecord>();
  const people = accounts.flatMap((a) => a.contacts.map((c) => ({ account: a.company.accountId, contact: c })));
  const logged = new Map<string, string>();
  for (const p of people) {
    const id = logs.get(p.account)?.contacts[p.contact.contactId]?.crmId;
    if (id) logged.set(id, p.contact.contactId);
  }
  for (const [id, record] of await byIds(t, 'Contact', [...logged.keys()], fields)) {
    out.set(logged.get(id) as string, record);
  }
  const withEmail = people.filter((p) => !out.has(p.contact.contactId) && p.contact.email);
  for (const group of chunks(withEmail, BATCH.ids)) {
    const emails = group.map((p) => p.contact.email as string);
    const records = await query(t, `${select(fields, 'Contact', `Email IN ${list(emails)}`)} ORDER BY CreatedDate ASC`);
    for (const p of group) {
      const match = records.find((r) => normalName(r.values.Email) === normalName(p.contact.email));
      if (match) out.set(p.contact.contactId, match);
    }
  }
  const rest = people.filter((p) => !out.has(p.contact.contactId) && found.has(p.account));
  const accountIds = [...new Set(rest.map((p) => found.get(p.account)?.id as string))];
  const read = [...new Set([...fields, 'AccountId', 'FirstName', 'LastName', 'CreatedDate'])];
  const pool: SalesforceRecord[] = [];
  for (const group of chunks(accountIds, BATCH.ids)) {
    pool.push(
      ...(await query(t, `${select(read, 'Contact', `AccountId IN ${list(group)}`)} ORDER BY CreatedDate ASC`)),
    );
  }
  for (const p of rest) {
    const accountId = found.get(p.account)?.id;
    const mine = pool.filter((r) => r.values.AccountId === accountId);
    const name = normalName(p.contact.name ?? p.contact.signals.name?.value);
    const match =
      (hasProfileField ? mine.find((r) => r.values.ICP_Lens_Profile__c === p.contact.contactId) : undefined) ??
      mine.find((r) => name && normalName(`${r.values.FirstName ?? ''} ${r.values.LastName ?? ''}`) === name);
    if (match) out.set(p.contact.contactId, match);
  }
  return out;
}

export async function findExisting(
  t: SalesforceTransport,
  accounts: readonly AccountForPush[],
  logs: ReadonlyMap<string, CrmPushRecord>,
  fields: { Account: readonly string[]; Contact: readonly string[] },
): Promise<Found> {
  const found = await findAccounts(t, accounts, logs, fields.Account, fields.Account.includes('ICP_Lens_Domain__c'));
  const contacts = await findContacts(
    t,
    accounts,
    logs,
    found,
    fields.Contact,
    fields.Contact.includes('ICP_Lens_Profile__c'),
  );
  return { accounts: found, contacts };
}
