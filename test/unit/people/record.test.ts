import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp } from '../../../lib/db/icps';
import { recordPage } from '../../../lib/db/record-page';
import { extractPage } from '../../../lib/extract/index';
import type { Icp } from '../../../lib/icp/schema';
import { leadsCsv } from '../../../lib/leads/csv-export';
import { buildLeadList } from '../../../lib/leads/rows';
import { setBuyingRole } from '../../../lib/people/edit';
import { recordPeople } from '../../../lib/people/record';
import { accountPeople, questionContext } from '../../../lib/people/view';
import { bankFor } from '../../../lib/questions/banks';
import { rankQuestions } from '../../../lib/questions/rank';
import { storeResearchedPage } from '../../../lib/research/store';
import { normalizePage } from '../../../lib/signals/normalize';
import type { PageSignals } from '../../../lib/signals/schema';

const URL = 'https://www.corvane-robotics.example/about';
const ACCOUNT = 'corvane-robotics.example';
let db: IcpLensDb;
let icp: Icp;
let n = 0;

/** The English team page, read as the extension reads it (content script, then the background's validation). */
function teamPage(at: number, url = URL): PageSignals {
  const html = readFileSync(join(__dirname, '../../fixtures/people/en-grid.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const page = normalizePage(JSON.parse(JSON.stringify(extractPage(doc as unknown as Document, url, at))));
  if (!page) throw new Error('the team page yields nothing');
  return page;
}

const fact = (value: string) => ({
  value,
  source: 'jsonld' as const,
  layer: 'structured' as const,
  confidence: 0.9,
  observedAt: 1_500,
  url: 'https://www.corvane-robotics.example/team/tomasz-wierzbicki',
});

beforeEach(async () => {
  db = openDb(`people-${++n}`);
  icp = await ensureDefaultIcp(db, 1_000);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('people of a team page', () => {
  it('become contacts of the account, scored, best persona fit first, with a buying role and their page', async () => {
    await recordPage(db, teamPage(2_000), icp, 2_000);
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(4);
    expect(contacts.every((c) => c.accountId === ACCOUNT && c.score)).toBe(true);
    // A LinkedIn link on the card keys the person by profile, as a visit of that profile would.
    expect(contacts.map((c) => c.id)).toContain('linkedin.com/in/priya-raman-example');

    const people = await accountPeople(db, ACCOUNT, icp);
    expect(people.total).toBe(4);
    expect(people.shown.map((p) => p.name)).toEqual([
      'Priya Raman',
      'Tomasz Wierzbicki',
      "Grace O'Donnell",
      'Samuel Achebe',
    ]);
    const fits = people.shown.map((p) => p.fit ?? -1);
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
    expect(people.shown.map((p) => p.role?.value)).toEqual(['economic-buyer', 'decision-maker', 'influencer', 'user']);
    const vp = people.shown[1];
    expect(vp?.role?.reason).toBe(
      'VP of Sales: decision maker for a sales, marketing or customer success tool (leads a team that would use it)',
    );
    expect(vp?.source).toEqual({
      source: "from the page's list of its team",
      page: 'corvane-robotics.example/about',
      url: URL,
    });
    expect(vp?.seniority).toBe('Vice president');
    expect(vp?.department).toBe('Sales');
  });

  it("keeps the user's buying role, stage and tags when the page is read again", async () => {
    await recordPage(db, teamPage(2_000), icp, 2_000);
    const id = `${ACCOUNT}#tomaszwierzbicki`;
    await setBuyingRole(db, id, 'champion');
    await db.contacts.update(id, { tags: ['met at fair'], stage: 'MQL' });
    await recordPage(db, teamPage(3_000), icp, 3_000);
    const contact = await db.contacts.get(id);
    expect(contact).toMatchObject({ buyingRole: 'champion', tags: ['met at fair'], stage: 'MQL', lastSeen: 3_000 });
    expect(await db.contacts.count()).toBe(4);
    const vp = (await accountPeople(db, ACCOUNT, icp)).shown.find((p) => p.id === id);
    expect(vp?.role).toMatchObject({ value: 'champion', byUser: true, suggested: 'decision-maker' });
    // Back to the suggestion.
    await setBuyingRole(db, id, null);
    expect((await db.contacts.get(id))?.buyingRole).toBeUndefined();
  });

  it('joins a person known by name with their profile when a page links it, keeping the user role', async () => {
    await recordPage(db, teamPage(2_000), icp, 2_000);
    await setBuyingRole(db, `${ACCOUNT}#tomaszwierzbicki`, 'champion');
    const tomasz = (await db.contacts.get(`${ACCOUNT}#tomaszwierzbicki`))?.signals;
    const profileUrl = {
      ...(tomasz?.name as NonNullable<typeof tomasz>['name'] & object),
      value: 'https://www.linkedin.com/in/tomasz-w',
    };
    await db.transaction('rw', [db.contacts, db.activities, db.observations], () =>
      recordPeople(db, ACCOUNT, [{ ...tomasz, profileUrl }], icp, 4_000),
    );
    expect(await db.contacts.get(`${ACCOUNT}#tomaszwierzbicki`)).toBeUndefined();
    expect(await db.contacts.get('linkedin.com/in/tomasz-w')).toMatchObject({
      accountId: ACCOUNT,
      buyingRole: 'champion',
      name: 'Tomasz Wierzbicki',
    });
  });

  it("adds a listing to the contact a page of the person's own made, and lists them once", async () => {
    // The company's page about one of its people, visited first: the account and the person, keyed by that page.
    const bio = normalizePage({
      url: 'https://www.corvane-robotics.example/team/tomasz-wierzbicki',
      extractedAt: 1_500,
      company: { domain: fact('corvane-robotics.example'), name: fact('Corvane Robotics') },
      person: { name: fact('Tomasz Wierzbicki'), title: fact('Head of Engineering') },
    });
    if (!bio) throw new Error('the page about one person yields nothing');
    const first = await recordPage(db, bio, icp, 1_500);
    await setBuyingRole(db, first.contact?.id ?? '', 'influencer');
    // Then the team page that lists them with the others.
    await recordPage(db, teamPage(2_000), icp, 2_000);
    const named = (await db.contacts.where('accountId').equals(ACCOUNT).toArray()).filter(
      (c) => c.name === 'Tomasz Wierzbicki',
    );
    expect(named.map((c) => c.id)).toEqual([first.contact?.id]);
    expect(named[0]?.buyingRole).toBe('influencer');
    expect(await db.contacts.get(`${ACCOUNT}#tomaszwierzbicki`)).toBeUndefined();
  });

  it('are stored from a page research read, as from a visited page', async () => {
    await recordPage(db, teamPage(2_000, 'https://www.corvane-robotics.example/'), icp, 2_000);
    await db.contacts.clear();
    expect(await storeResearchedPage(db, ACCOUNT, 'about', teamPage(3_000), icp, 3_000)).toBe(true);
    expect(await db.contacts.where('accountId').equals(ACCOUNT).count()).toBe(4);
  });

  it('name the economic buyer and the champion in the MEDDICC questions', async () => {
    await recordPage(db, teamPage(2_000), icp, 2_000);
    await setBuyingRole(db, `${ACCOUNT}#samuelachebe`, 'champion');
    const account = await db.accounts.get(ACCOUNT);
    const score = account?.score;
    if (!account || !score) throw new Error('no account');
    const people = await accountPeople(db, ACCOUNT, icp);
    const ask = (context?: ReturnType<typeof questionContext>) =>
      rankQuestions({ icp, signals: account.signals, score, bank: bankFor('meddicc'), context }, 20);
    const texts = ask(questionContext(people)).map((q) => q.text);
    expect(texts).toContain(
      'Does Priya Raman (Chief Executive Officer) control the budget this would come from, and have they seen the problem first-hand?',
    );
    expect(
      texts.some((t) => t.startsWith('Would Samuel Achebe (Account Executive) argue for this inside Corvane Robotics')),
    ).toBe(true);
    // Without people, the questions ask who.
    const generic = ask().map((q) => q.text);
    expect(generic.some((t) => t.startsWith('Who at Corvane Robotics controls the budget'))).toBe(true);
    expect(generic.join(' ')).not.toContain('Priya');
  });

  it('export with the account in the HubSpot contacts and Salesforce leads files, with their buying role', async () => {
    await recordPage(db, teamPage(2_000), icp, 2_000);
    const { rows } = await buildLeadList(db, 5_000);
    const hubspot = leadsCsv(rows, 'hubspot-contacts');
    expect(hubspot.count).toBe(4);
    expect(hubspot.text).toContain('Tomasz,Wierzbicki,VP of Sales,Corvane Robotics');
    expect(hubspot.text).toContain('decision maker');
    // A person known by name only is exported with the page that lists them, never an internal key.
    expect(hubspot.text).toContain(URL);
    expect(hubspot.text).not.toContain('#tomasz');
    const salesforce = leadsCsv(rows, 'salesforce-leads');
    expect(salesforce.text).toContain('Priya,Raman,Chief Executive Officer,Corvane Robotics');
  });
});
