import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp } from '../../../lib/db/icps';
import type { Icp } from '../../../lib/icp/schema';
import { buildLeadList } from '../../../lib/leads/rows';
import { elementsOf } from '../../../lib/questions/banks';
import { scoreCompany, scorePerson } from '../../../lib/scoring/fit';
import { saveSettings } from '../../../lib/settings/settings';
import { leadStatus } from '../../../lib/workflow/lead-status';
import { fact } from '../scoring/helpers';

const now = Date.UTC(2026, 10, 23);
let db: IcpLensDb;
let icp: Icp;
let n = 0;
beforeEach(async () => {
  db = openDb(`rows-${++n}`);
  icp = await ensureDefaultIcp(db, 1_000);
  const signals = {
    name: fact('Acme'),
    domain: fact('acme.com'),
    employees: fact({ min: 201, max: 500 }),
    hq: fact({ city: 'Austin', country: 'US' }),
    industry: fact('Computer Software'),
    industryGroup: fact('software' as const),
  };
  await db.accounts.put({
    id: 'acme.com',
    domain: 'acme.com',
    aliases: [],
    name: 'Acme',
    signals,
    score: scoreCompany(icp, signals, now),
    firstSeen: 1,
    lastSeen: 2,
    tags: ['q3'],
  });
  const person = { name: fact('Ana Lima'), title: fact('VP Sales'), employer: fact('Acme Inc') };
  await db.contacts.put({
    id: 'linkedin.com/in/ana',
    accountId: 'acme.com',
    name: 'Ana Lima',
    signals: person,
    score: scorePerson(icp, person, now),
    firstSeen: 1,
    lastSeen: 3,
    stage: 'SQL',
    tags: [],
  });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('buildLeadList', () => {
  it('lists accounts and people with the fit, matrix cell and stage leadStatus gives the side panel', async () => {
    await db.activities.bulkAdd([
      { accountId: 'acme.com', type: 'demo-request', at: now },
      { contactId: 'linkedin.com/in/ana', type: 'webinar-attended', at: now },
    ]);
    const answers = (['budget', 'authority', 'need'] as const).map((element) => ({
      accountId: 'acme.com',
      questionId: `q-${element}`,
      element,
      status: 'confirmed' as const,
      at: now,
    }));
    await db.answers.bulkAdd(answers);
    const list = await buildLeadList(db, now);
    expect(list.activeIcpId).toBe(icp.id);
    expect(list.thresholds).toEqual(icp.thresholds);
    const [account, contact] = list.rows;

    const account_ = await db.accounts.get('acme.com');
    const expected = leadStatus({
      icp,
      score: account_?.score,
      activities: [{ type: 'demo-request', at: now }],
      answers,
      elements: elementsOf('bant'),
      now,
    });
    expect(account).toMatchObject({
      key: 'account:acme.com',
      kind: 'account',
      name: 'Acme',
      domain: 'acme.com',
      fit: account_?.score?.fit,
      tier: expected.tier,
      grade: expected.engagement.grade,
      cell: expected.matrix.cell,
      stage: 'SQL',
      stageSource: 'suggested',
      tags: ['q3'],
      icpId: icp.id,
      // What the page stated and the group it was classified into stay apart (the CSVs give each its column).
      industry: 'Computer Software',
      industryGroup: 'software',
      employees: { min: 201, max: 500 },
      city: 'Austin',
      country: 'US',
    });
    expect(account?.grade).toBe(1);
    expect(account?.text).toBe('acme acme.com q3');

    expect(contact).toMatchObject({
      key: 'contact:linkedin.com/in/ana',
      kind: 'contact',
      name: 'Ana Lima',
      profile: 'linkedin.com/in/ana',
      title: 'VP Sales',
      // The linked account's name wins over the employer the profile states.
      company: 'Acme',
      stage: 'SQL',
      stageSource: 'user',
      // The stage the user chose (SQL) counts as engagement, on top of the logged webinar.
      grade: 1,
    });
  });

  it('uses the framework chosen in settings for qualification', async () => {
    await saveSettings(db, { framework: 'meddicc' });
    await db.answers.bulkAdd(
      ['budget', 'authority', 'need'].map((element) => ({
        accountId: 'acme.com',
        questionId: element,
        element,
        status: 'confirmed' as const,
        at: now,
      })),
    );
    const [account] = (await buildLeadList(db, now)).rows;
    const elements = elementsOf('meddicc');
    const stored = await db.accounts.get('acme.com');
    const expected = leadStatus({
      icp,
      score: stored?.score,
      activities: [],
      answers: await db.answers.toArray(),
      elements,
      now,
    });
    expect(account?.stage).toBe(expected.stage.stage);
  });

  it("names a lead without a name by its domain or profile; a never-scored lead is '?' outside the matrix", async () => {
    await db.accounts.put({
      id: 'profile:linkedin.com/company/x',
      aliases: ['linkedin.com/company/x'],
      signals: {},
      firstSeen: 1,
      lastSeen: 1,
      tags: [],
    });
    const row = (await buildLeadList(db, now)).rows.find((r) => r.id === 'profile:linkedin.com/company/x');
    expect(row).toMatchObject({
      name: 'linkedin.com/company/x',
      fit: undefined,
      tier: '?',
      cell: undefined,
      stage: 'Suspect',
    });
  });
});
