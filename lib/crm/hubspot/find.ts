import type { CrmPushRecord } from '../../db/db';
import type { AccountForPush } from '../gather';
import { BATCH, readCompanyContacts, readObjects, searchCompaniesByDomain } from './api';
import type { HubSpotTransport } from './http';
import type { HubSpotObject } from './wire';

/** The HubSpot records the accounts and people already have, by ICP Lens account id and contact id. */
export interface Found {
  companies: Map<string, HubSpotObject>;
  contacts: Map<string, HubSpotObject>;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const bareDomain = (value: string | null | undefined) =>
  (value ?? '')
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
const normalName = (value: string | null | undefined) => (value ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Finds the companies by the id the last push recorded (HubSpot's search index lags a few seconds behind a write),
 * else by domain; the oldest record wins when several companies share a domain.
 */
async function findCompanies(
  t: HubSpotTransport,
  accounts: readonly AccountForPush[],
  logs: ReadonlyMap<string, CrmPushRecord>,
  properties: readonly string[],
) {
  const found = new Map<string, HubSpotObject>();
  const logged = accounts.filter((a) => logs.get(a.company.accountId)?.companyId);
  const byId = new Map(logged.map((a) => [logs.get(a.company.accountId)?.companyId as string, a.company.accountId]));
  for (const ids of chunks([...byId.keys()], BATCH.objects)) {
    for (const record of await readObjects(t, 'companies', ids, properties)) {
      const accountId = byId.get(record.id);
      if (accountId) found.set(accountId, record);
    }
  }
  const rest = accounts.filter((a) => !found.has(a.company.accountId) && a.company.domain);
  // Each domain is searched bare and with www.: two values per account within the filter's limit.
  for (const group of chunks(rest, BATCH.search / 2)) {
    const domains = group.flatMap((a) => [a.company.domain as string, `www.${a.company.domain}`]);
    const results = await searchCompaniesByDomain(t, domains, properties);
    results.sort((x, y) => Number(x.id) - Number(y.id));
    for (const a of group) {
      const match = results.find((r) => bareDomain(r.properties.domain) === a.company.domain);
      if (match) found.set(a.company.accountId, match);
    }
  }
  return found;
}

/**
 * Finds the people: by the id the last push recorded, by email where one is known, else among the contacts associated
 * with their company, by the profile ICP Lens wrote on them, then by first and last name.
 */
async function findContacts(
  t: HubSpotTransport,
  accounts: readonly AccountForPush[],
  logs: ReadonlyMap<string, CrmPushRecord>,
  companies: ReadonlyMap<string, HubSpotObject>,
  properties: readonly string[],
) {
  const found = new Map<string, HubSpotObject>();
  const people = accounts.flatMap((a) => a.contacts.map((c) => ({ account: a.company.accountId, contact: c })));
  const byId = new Map<string, string>();
  for (const p of people) {
    const crmId = logs.get(p.account)?.contacts[p.contact.contactId]?.crmId;
    if (crmId) byId.set(crmId, p.contact.contactId);
  }
  for (const ids of chunks([...byId.keys()], BATCH.objects)) {
    for (const record of await readObjects(t, 'contacts', ids, properties)) {
      const contactId = byId.get(record.id);
      if (contactId) found.set(contactId, record);
    }
  }
  const withEmail = people.filter((p) => !found.has(p.contact.contactId) && p.contact.email);
  for (const group of chunks(withEmail, BATCH.objects)) {
    const records = await readObjects(
      t,
      'contacts',
      group.map((p) => p.contact.email as string),
      properties,
      'email',
    );
    for (const p of group) {
      const match = records.find((r) => normalName(r.properties.email) === normalName(p.contact.email));
      if (match) found.set(p.contact.contactId, match);
    }
  }
  const rest = people.filter((p) => !found.has(p.contact.contactId) && companies.has(p.account));
  const companyIds = [...new Set(rest.map((p) => companies.get(p.account)?.id as string))];
  const associated = new Map<string, string[]>();
  for (const ids of chunks(companyIds, BATCH.associations)) {
    for (const [company, contacts] of await readCompanyContacts(t, ids)) associated.set(company, contacts);
  }
  const candidates = new Map<string, HubSpotObject>();
  for (const ids of chunks([...new Set([...associated.values()].flat())], BATCH.objects)) {
    for (const record of await readObjects(t, 'contacts', ids, properties)) candidates.set(record.id, record);
  }
  for (const p of rest) {
    const pool = (associated.get(companies.get(p.account)?.id as string) ?? [])
      .map((id) => candidates.get(id))
      .filter((r): r is HubSpotObject => !!r);
    const name = normalName(p.contact.name ?? p.contact.signals.name?.value);
    const match =
      pool.find((r) => r.properties.icp_lens_profile === p.contact.contactId) ??
      pool.find((r) => name && normalName(`${r.properties.firstname ?? ''} ${r.properties.lastname ?? ''}`) === name);
    if (match) found.set(p.contact.contactId, match);
  }
  return found;
}

export async function findExisting(
  t: HubSpotTransport,
  accounts: readonly AccountForPush[],
  logs: ReadonlyMap<string, CrmPushRecord>,
  properties: { companies: readonly string[]; contacts: readonly string[] },
): Promise<Found> {
  const companies = await findCompanies(t, accounts, logs, properties.companies);
  const contacts = await findContacts(t, accounts, logs, companies, properties.contacts);
  return { companies, contacts };
}
