import type { AccountRecord, ActivityRecord, AnswerRecord, ContactRecord, IcpLensDb } from '../db/db';
import { getActiveIcp } from '../db/icps';
import type { Icp } from '../icp/schema';
import { type Offer, offerOf } from '../people/buying-role';
import { buyingRoleOf, personPage } from '../people/view';
import { elementsOf } from '../questions/banks';
import { getSettings } from '../settings/settings';
import { leadStatus } from '../workflow/lead-status';
import type { LeadKind, LeadList, LeadRow } from './types';

type Lead = AccountRecord | ContactRecord;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

interface StatusContext {
  icp: Icp;
  /** What the ICP sells, for people's suggested buying roles. */
  offer: Offer;
  elements: string[];
  now: number;
  activities: Map<string, ActivityRecord[]>;
  answers: Map<string, AnswerRecord[]>;
}

/** The columns both kinds share, with fit, matrix cell and stage from the one function the side panel uses. */
function baseRow(kind: LeadKind, lead: Lead, fallbackName: string, context: StatusContext) {
  // Answers are recorded per account: a person is qualified by their employer's, as the side panel does
  // (lib/workflow/lead-view.ts).
  const answersId = kind === 'account' ? lead.id : (lead as ContactRecord).accountId;
  const status = leadStatus({
    icp: context.icp,
    score: lead.score,
    activities: context.activities.get(`${kind}:${lead.id}`) ?? [],
    answers: (answersId && context.answers.get(answersId)) || [],
    elements: context.elements,
    userStage: lead.stage,
    now: context.now,
  });
  return {
    key: `${kind}:${lead.id}`,
    id: lead.id,
    kind,
    name: lead.name ?? fallbackName,
    fit: lead.score?.fit,
    tier: status.tier,
    grade: status.engagement.grade,
    cell: status.matrix.cell,
    stage: status.stage.stage,
    stageSource: status.stage.source,
    tags: lead.tags,
    lastSeen: lead.lastSeen,
    icpId: lead.score?.icpId,
    ...(lead.hiddenAt !== undefined && { hidden: true as const }),
  };
}

function searchText(...parts: (string | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .join(' ')
    .toLowerCase();
}

export function accountRow(account: AccountRecord, context: StatusContext): LeadRow {
  const profile = account.aliases[0];
  const base = baseRow('account', account, account.domain ?? profile ?? account.id, context);
  const s = account.signals;
  return {
    ...base,
    domain: account.domain,
    profile,
    industry: s.industry?.value,
    industryGroup: s.industryGroup?.value,
    employees: s.employees?.value,
    city: s.hq?.value.city,
    country: s.hq?.value.country,
    text: searchText(base.name, account.domain, profile, ...account.tags),
  };
}

export function contactRow(contact: ContactRecord, accountName: string | undefined, context: StatusContext): LeadRow {
  const base = baseRow('contact', contact, contact.id, context);
  const s = contact.signals;
  const company = accountName ?? s.employer?.value;
  const profile = personPage(contact);
  const role = buyingRoleOf(contact, context.offer);
  return {
    ...base,
    profile,
    title: s.title?.value,
    company,
    city: s.location?.value,
    ...(role && { buyingRole: role.label }),
    text: searchText(base.name, profile, company, ...contact.tags),
  };
}

/** Every table the list is built from, read once in one transaction. */
export function readLeadTables(db: IcpLensDb) {
  return db.transaction('r', [db.accounts, db.contacts, db.activities, db.answers, db.icps, db.exclusions], () =>
    Promise.all([
      db.accounts.toArray(),
      db.contacts.toArray(),
      db.activities.toArray(),
      db.answers.toArray(),
      db.icps.toArray(),
      db.exclusions.toArray(),
    ]),
  );
}

/**
 * Every saved account and person as list rows, built in one pass: one read per table, activities and answers
 * grouped once, then `leadStatus` per lead. `now` is an input so engagement decay is the same for the whole list.
 */
export async function buildLeadList(db: IcpLensDb, now: number): Promise<LeadList> {
  const icp = await getActiveIcp(db, now);
  const settings = await getSettings(db);
  const [accounts, contacts, activities, answers, icps, exclusions] = await readLeadTables(db);
  const context: StatusContext = {
    icp,
    offer: offerOf(icp),
    elements: elementsOf(settings.framework),
    now,
    activities: new Map([
      ...groupBy(activities, (a) => (a.accountId === undefined ? undefined : `account:${a.accountId}`)),
      ...groupBy(activities, (a) => (a.contactId === undefined ? undefined : `contact:${a.contactId}`)),
    ]),
    answers: groupBy(answers, (a) => a.accountId),
  };
  const accountNames = new Map(accounts.map((a) => [a.id, a.name]));
  const rows: LeadRow[] = [
    ...accounts.map((a) => accountRow(a, context)),
    ...contacts.map((c) => contactRow(c, c.accountId ? accountNames.get(c.accountId) : undefined, context)),
  ];
  return {
    rows,
    icps: icps.map((i) => ({ id: i.id, name: i.name })).sort((a, b) => a.name.localeCompare(b.name)),
    activeIcpId: icp.id,
    thresholds: icp.thresholds,
    excluded: exclusions.sort((a, b) => b.at - a.at),
    builtAt: now,
  };
}
