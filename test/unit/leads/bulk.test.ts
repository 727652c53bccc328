import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { removeExclusions } from '../../../lib/db/exclusions';
import { ensureDefaultIcp } from '../../../lib/db/icps';
import { recordPage } from '../../../lib/db/record-page';
import type { Icp } from '../../../lib/icp/schema';
import { applyBulk, BULK_BATCH, previewDelete } from '../../../lib/leads/bulk';
import { parseAccountsCsv } from '../../../lib/leads/csv-import';
import { importAccounts } from '../../../lib/leads/import-accounts';
import { filterLeads } from '../../../lib/leads/query';
import { buildLeadList } from '../../../lib/leads/rows';
import type { PageSignals } from '../../../lib/signals/schema';
import type { Target } from '../../../lib/workflow/limits';
import { saveLead } from '../../../lib/workflow/records';

let db: IcpLensDb;
let icp: Icp;
let n = 0;
beforeEach(async () => {
  db = openDb(`bulk-${++n}`);
  icp = await ensureDefaultIcp(db, 1);
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

const ev = (url: string, at: number) => ({
  source: 'jsonld',
  layer: 'structured' as const,
  url,
  confidence: 0.9,
  observedAt: at,
});

function companyPage(domain: string, at = 10): PageSignals {
  const url = `https://${domain}/`;
  return {
    url,
    extractedAt: at,
    company: { name: { ...ev(url, at), value: `Name of ${domain}` }, domain: { ...ev(url, at), value: domain } },
  };
}

function personPage(slug: string, employerSite: string, at = 10): PageSignals {
  const url = `https://www.linkedin.com/in/${slug}`;
  const e = { ...ev(url, at), layer: 'site' as const };
  return {
    url,
    extractedAt: at,
    person: {
      name: { ...e, value: `Person ${slug}` },
      title: { ...e, value: 'Head of Sales' },
      employerUrl: { ...e, value: `https://${employerSite}/` },
    },
  };
}

const account = (id: string): Target => ({ kind: 'account', id });
const contact = (id: string): Target => ({ kind: 'contact', id });

/** Three companies, a person linked to the first (by a page that is both), activities and answers on each. */
async function seed() {
  for (const domain of ['a.example', 'b.example', 'c.example']) {
    await recordPage(db, companyPage(domain), icp, 10);
    await db.activities.add({ accountId: domain, type: 'demo-request', at: 20 });
    await db.answers.add({ accountId: domain, questionId: 'q', element: 'budget', status: 'partial', at: 30 });
  }
  // A team page of a.example naming a person: one observation that is both the company's and the person's.
  const both = { ...companyPage('a.example', 40), person: personPage('pat', 'a.example').person };
  const { contact: pat } = await recordPage(db, both, icp, 40);
  await db.contacts.update(pat?.id as string, { accountId: 'a.example' });
  await db.activities.add({ contactId: pat?.id, type: 'meeting-booked', at: 50 });
  return pat?.id as string;
}

describe('bulk tag and stage', () => {
  it('adds a tag to every selected lead once, whatever its case, and skips a lead whose tag list is full', async () => {
    const pat = await seed();
    await db.accounts.update('a.example', { tags: ['VIP'] });
    await db.accounts.update('c.example', { tags: Array.from({ length: 20 }, (_, i) => `t${i}`) });
    const targets = [account('a.example'), account('b.example'), account('c.example'), contact(pat)];
    const outcome = await applyBulk(db, targets, { type: 'add-tag', tag: 'vip' }, 100);
    expect(outcome).toEqual({ total: 4, changed: 2, unchanged: 1, missing: 0, skipped: 1 });
    expect((await db.accounts.get('b.example'))?.tags).toEqual(['vip']);
    expect((await db.contacts.get(pat))?.tags).toEqual(['vip']);
    expect((await db.accounts.get('a.example'))?.tags).toEqual(['VIP']);

    const removed = await applyBulk(db, targets, { type: 'remove-tag', tag: 'VIP' }, 101);
    expect(removed.changed).toBe(3);
    expect((await db.accounts.get('a.example'))?.tags).toEqual([]);
  });

  it('sets and clears the stage; a lead deleted meanwhile is counted as missing', async () => {
    await seed();
    const targets = [account('a.example'), account('b.example'), account('gone.example')];
    expect(await applyBulk(db, targets, { type: 'set-stage', stage: 'SQL' }, 100)).toMatchObject({
      changed: 2,
      missing: 1,
    });
    expect((await db.accounts.get('b.example'))?.stage).toBe('SQL');
    await applyBulk(db, targets, { type: 'set-stage', stage: null }, 101);
    const b = await db.accounts.get('b.example');
    expect(b && 'stage' in b).toBe(false);
  });
});

describe('hide', () => {
  it('leaves hidden leads out of the list until shown, keeps them hidden when read again, and unhides', async () => {
    await seed();
    await applyBulk(db, [account('b.example')], { type: 'hide' }, 100);
    const list = await buildLeadList(db, 200);
    expect(filterLeads(list.rows, {}).map((r) => r.id)).not.toContain('b.example');
    expect(filterLeads(list.rows, { hidden: true }).map((r) => r.id)).toEqual(['b.example']);

    await recordPage(db, companyPage('b.example', 300), icp, 300);
    expect((await db.accounts.get('b.example'))?.hiddenAt).toBe(100);
    expect((await db.accounts.get('b.example'))?.lastSeen).toBe(300);

    await applyBulk(db, [account('b.example')], { type: 'unhide' }, 400);
    const shown = await buildLeadList(db, 500);
    expect(filterLeads(shown.rows, {}).map((r) => r.id)).toContain('b.example');
  });

  it('"Save lead" brings a hidden lead back', async () => {
    await seed();
    await applyBulk(db, [account('c.example')], { type: 'hide' }, 100);
    await saveLead(db, account('c.example'), 200);
    expect((await db.accounts.get('c.example'))?.hiddenAt).toBeUndefined();
  });
});

describe('bulk delete', () => {
  it('deletes companies with their page visits, activities and answers, and unlinks their people', async () => {
    const pat = await seed();
    const targets = [account('a.example'), account('b.example')];
    const preview = await previewDelete(db, targets);
    const outcome = await applyBulk(db, targets, { type: 'delete' }, 100);
    expect(outcome.removed).toEqual(preview);
    expect(preview).toEqual({
      accounts: 2,
      contacts: 0,
      // a.example's own visit and b.example's; the team page stays as the person's page visit.
      observations: 2,
      activities: 2,
      answers: 2,
      unlinkedContacts: 1,
    });
    expect(await db.accounts.toCollection().primaryKeys()).toEqual(['c.example']);
    const person = await db.contacts.get(pat);
    expect(person?.accountId).toBeUndefined();
    const kept = await db.observations.where('contactId').equals(pat).toArray();
    expect(kept).toHaveLength(1);
    expect(kept[0]?.accountId).toBeUndefined();
    expect(await db.activities.where('contactId').equals(pat).count()).toBe(1);
    expect(await db.answers.where('accountId').anyOf('a.example', 'b.example').count()).toBe(0);
  });

  it('deleting a company with its person removes the page they shared and every activity of both', async () => {
    const pat = await seed();
    const outcome = await applyBulk(db, [account('a.example'), contact(pat)], { type: 'delete' }, 100);
    expect(outcome.removed).toEqual({
      accounts: 1,
      contacts: 1,
      observations: 2,
      activities: 2,
      answers: 1,
      unlinkedContacts: 0,
    });
    expect(await db.observations.count()).toBe(2);
  });

  it('deletes thousands in batches with progress, in one transaction: a failure part-way changes nothing', async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => `bulk-${i}.example`);
    const parsed = parseAccountsCsv(`domain\n${rows.join('\n')}\n`);
    if (!parsed.ok) throw new Error('bad fixture');
    await importAccounts(db, parsed.entries, icp, 5);
    const targets = rows.map(account);
    const failing = vi.spyOn(db.answers, 'bulkDelete');
    failing.mockImplementationOnce((() => Promise.resolve()) as never).mockRejectedValueOnce(new Error('disk full'));
    await expect(applyBulk(db, targets, { type: 'delete' }, 100)).rejects.toThrow('disk full');
    expect(await db.accounts.count()).toBe(1_200);
    failing.mockRestore();

    const steps: number[] = [];
    const outcome = await applyBulk(db, targets, { type: 'delete' }, 100, (done) => steps.push(done));
    expect(steps).toEqual([BULK_BATCH, 2 * BULK_BATCH, 1_200]);
    expect(outcome).toMatchObject({ total: 1_200, changed: 1_200, missing: 0 });
    expect(await db.accounts.count()).toBe(0);
  });
});

describe('not a company', () => {
  it('deletes the company, keeps its pages out when read again, leaves people alone, and can be lifted', async () => {
    const pat = await seed();
    const outcome = await applyBulk(db, [account('b.example'), contact(pat)], { type: 'not-a-company' }, 100);
    expect(outcome).toMatchObject({ changed: 1, skipped: 1 });
    expect(await db.exclusions.toArray()).toEqual([{ key: 'b.example', name: 'Name of b.example', at: 100 }]);
    expect(await db.contacts.get(pat)).toBeDefined();
    expect(await db.observations.where('accountId').equals('b.example').count()).toBe(0);

    const again = await recordPage(db, companyPage('b.example', 200), icp, 200);
    expect(again).toEqual({ account: undefined, contact: undefined, excluded: 'b.example' });
    expect(await db.accounts.get('b.example')).toBeUndefined();
    expect((await buildLeadList(db, 300)).rows.map((r) => r.id)).not.toContain('b.example');
    expect((await buildLeadList(db, 300)).excluded.map((x) => x.name)).toEqual(['Name of b.example']);
    // A person named on that site is still a person; the site's company is not made.
    const mixed = { ...companyPage('b.example', 210), person: personPage('sam', 'b.example').person };
    const read = await recordPage(db, mixed, icp, 210);
    expect(read.contact?.name).toBe('Person sam');
    expect(read.account).toBeUndefined();
    // Another site linking to it is not affected: only the page's own key counts.
    expect((await recordPage(db, companyPage('d.example', 220), icp, 220)).account?.id).toBe('d.example');

    expect(await removeExclusions(db, ['b.example'])).toBe(1);
    expect((await recordPage(db, companyPage('b.example', 400), icp, 400)).account?.id).toBe('b.example');
  });

  it('a CSV import naming a marked site lifts the mark', async () => {
    await seed();
    await applyBulk(db, [account('c.example')], { type: 'not-a-company' }, 100);
    const parsed = parseAccountsCsv('domain\nc.example\n');
    if (!parsed.ok) throw new Error('bad fixture');
    await importAccounts(db, parsed.entries, icp, 200);
    expect(await db.exclusions.count()).toBe(0);
    expect(await db.accounts.get('c.example')).toBeDefined();
  });
});
