import type { CrmPushRecord } from '../../db/db';
import type { AccountForPush } from '../gather';
import { bareDomain, chunks, normalName } from '../match';
import { BATCH, findRecords, inList, quoted } from './api';
import type { TwentyTransport } from './http';
import type { TwentyRecord } from './wire';

/** The Twenty records the accounts and people already have, by ICP Lens account id and contact id. */
export interface Found {
  companies: Map<string, TwentyRecord>;
  people: Map<string, TwentyRecord>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Records by the ids the last push recorded (a deleted record is simply not found). */
async function byIds(t: TwentyTransport, object: 'companies' | 'people', ids: readonly string[]) {
  const out = new Map<string, TwentyRecord>();
  for (const group of chunks(
    ids.filter((id) => UUID.test(id)),
    BATCH.filterValues,
  )) {
    for (const r of await findRecords(t, object, `id[in]:${inList(group)}`)) out.set(r.id, r);
  }
  return out;
}

/**
 * Companies by the id the last push recorded, else by ICP Lens Domain (when the workspace has the field), else by a
 * Domain containing the domain, compared as a bare domain (`https://www.acme.com/` is acme.com); the oldest wins.
 */
async function findCompanies(
  t: TwentyTransport,
  accounts: readonly AccountForPush[],
  logs: ReadonlyMap<string, CrmPushRecord>,
  hasDomainField: boolean,
) {
  const found = new Map<string, TwentyRecord>();
  const logged = new Map<string, string>();
  for (const a of accounts) {
    const id = logs.get(a.company.accountId)?.companyId;
    if (id) logged.set(id, a.company.accountId);
  }
  for (const [id, record] of await byIds(t, 'companies', [...logged.keys()])) {
    found.set(logged.get(id) as string, record);
  }
  const rest = accounts.filter((a) => !found.has(a.company.accountId) && a.company.domain);
  for (const group of chunks(rest, BATCH.filterValues)) {
    const domains = group.map((a) => a.company.domain as string);
    const filter = `or(${[
      ...(hasDomainField ? [`icpLensDomain[in]:${inList(domains)}`] : []),
      ...domains.map((d) => `domainName.primaryLinkUrl[ilike]:${quoted(`%${d.replace(/[%_\\]/g, '\\$&')}%`)}`),
    ].join(',')})`;
    const records = await findRecords(t, 'companies', filter);
    for (const a of group) {
      const domain = a.company.domain as string;
      const match =
        records.find((r) => hasDomainField && bareDomain(r.values.icpLensDomain) === domain) ??
        records.find((r) => bareDomain(r.values['domainName.primaryLinkUrl']) === domain);
      if (match) found.set(a.company.accountId, match);
    }
  }
  return found;
}

/**
 * People by the id the last push recorded, by email where a page showed one, else among their company's people by the
 * profile ICP Lens wrote on them (when the field exists), then by first and last name.
 */
async function findPeople(
  t: TwentyTransport,
  accounts: readonly AccountForPush[],
  logs: ReadonlyMap<string, CrmPushRecord>,
  companies: ReadonlyMap<string, TwentyRecord>,
  hasProfileField: boolean,
) {
  const out = new Map<string, TwentyRecord>();
  const people = accounts.flatMap((a) => a.contacts.map((c) => ({ account: a.company.accountId, contact: c })));
  const logged = new Map<string, string>();
  for (const p of people) {
    const id = logs.get(p.account)?.contacts[p.contact.contactId]?.crmId;
    if (id) logged.set(id, p.contact.contactId);
  }
  for (const [id, record] of await byIds(t, 'people', [...logged.keys()])) out.set(logged.get(id) as string, record);
  const withEmail = people.filter((p) => !out.has(p.contact.contactId) && p.contact.email);
  for (const group of chunks(withEmail, BATCH.filterValues)) {
    const records = await findRecords(
      t,
      'people',
      `emails.primaryEmail[in]:${inList(group.map((p) => p.contact.email as string))}`,
    );
    for (const p of group) {
      const match = records.find((r) => normalName(r.values['emails.primaryEmail']) === normalName(p.contact.email));
      if (match) out.set(p.contact.contactId, match);
    }
  }
  const rest = people.filter((p) => !out.has(p.contact.contactId) && companies.has(p.account));
  const companyIds = [...new Set(rest.map((p) => companies.get(p.account)?.id as string))];
  const pool: TwentyRecord[] = [];
  for (const group of chunks(companyIds, BATCH.filterValues)) {
    pool.push(...(await findRecords(t, 'people', `companyId[in]:${inList(group)}`)));
  }
  for (const p of rest) {
    const companyId = companies.get(p.account)?.id;
    const mine = pool.filter((r) => r.values.companyId === companyId);
    const name = normalName(p.contact.name ?? p.contact.signals.name?.value);
    const match =
      (hasProfileField ? mine.find((r) => r.values.icpLensProfile === p.contact.contactId) : undefined) ??
      mine.find(
        (r) => name && normalName(`${r.values['name.firstName'] ?? ''} ${r.values['name.lastName'] ?? ''}`) === name,
      );
    if (match) out.set(p.contact.contactId, match);
  }
  return out;
}

export async function findExisting(
  t: TwentyTransport,
  accounts: readonly AccountForPush[],
  logs: ReadonlyMap<string, CrmPushRecord>,
  has: { domainField: boolean; profileField: boolean },
): Promise<Found> {
  const companies = await findCompanies(t, accounts, logs, has.domainField);
  return { companies, people: await findPeople(t, accounts, logs, companies, has.profileField) };
}
