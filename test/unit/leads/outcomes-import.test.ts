import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp } from '../../../lib/db/icps';
import type { Icp } from '../../../lib/icp/schema';
import { parseAccountsCsv, parseDate } from '../../../lib/leads/csv-import';
import { importAccounts } from '../../../lib/leads/import-accounts';
import { outcomeOf } from '../../../lib/review/outcomes';
import { setStage } from '../../../lib/workflow/records';

const NOW = Date.UTC(2025, 5, 1);

describe('outcomes in an accounts CSV', () => {
  it('reads domain, outcome, date and reason columns, in any wording a CRM exports', () => {
    const parsed = parseAccountsCsv(
      'Domain,Outcome,Close Date,Lost reason\nacme.com,Closed Won,2025-03-15,\nglobex.com,lost,2025-04-01T10:00:00Z,Chose a rival\ninitech.com,,,\numbrella.com,DQ,,too small\n',
      NOW,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.entries).toEqual([
      { row: 2, id: 'acme.com', domain: 'acme.com', outcome: { result: 'won', at: Date.UTC(2025, 2, 15) } },
      {
        row: 3,
        id: 'globex.com',
        domain: 'globex.com',
        outcome: { result: 'lost', at: Date.UTC(2025, 3, 1), reason: 'Chose a rival' },
      },
      { row: 4, id: 'initech.com', domain: 'initech.com' },
      { row: 5, id: 'umbrella.com', domain: 'umbrella.com', outcome: { result: 'disqualified', reason: 'too small' } },
    ]);
  });

  it('refuses the whole file on a bad outcome, an ambiguous or impossible date, a future one, or a date alone', () => {
    const parsed = parseAccountsCsv(
      'domain,outcome,date\na.com,maybe,\nb.com,won,03/04/2024\nc.com,won,2024-02-30\nd.com,lost,2031-01-01\ne.com,,2024-01-01\n',
      NOW,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      { row: 2, reason: '"maybe" is not an outcome: write won, lost or disqualified' },
      { row: 3, reason: '"03/04/2024" is not a date: write it as year-month-day, e.g. 2024-03-15' },
      { row: 4, reason: '"2024-02-30" is not a date: write it as year-month-day, e.g. 2024-03-15' },
      { row: 5, reason: '2031-01-01 is in the future' },
      { row: 6, reason: 'a date (2024-01-01) without an outcome' },
    ]);
  });

  it('leaves date and reason columns alone in a file without an outcome column', () => {
    const parsed = parseAccountsCsv('domain,date\na.com,not a date\n', NOW);
    expect(parsed.ok && parsed.entries).toEqual([{ row: 2, id: 'a.com', domain: 'a.com' }]);
  });

  it('parses a date as UTC midnight', () => {
    expect(parseDate('2024-02-29', NOW)).toBe(Date.UTC(2024, 1, 29));
    expect(parseDate('2023-02-29', NOW)).toMatch(/not a date/);
  });
});

describe('storing outcomes', () => {
  let db: IcpLensDb;
  let icp: Icp;
  let n = 0;
  beforeEach(async () => {
    db = openDb(`outcomes-${++n}`);
    icp = await ensureDefaultIcp(db, 1_000);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('an imported outcome sets the stage it stands for, with its date and reason, and is counted', async () => {
    const parsed = parseAccountsCsv(
      'domain,outcome,date,reason\nacme.com,won,2025-03-15,\nglobex.com,lost,,price\n',
      NOW,
    );
    if (!parsed.ok) throw new Error('refused');
    const result = await importAccounts(db, parsed.entries, icp, NOW);
    expect(result).toEqual({ created: 2, merged: 0, outcomes: 2 });
    const acme = await db.accounts.get('acme.com');
    const globex = await db.accounts.get('globex.com');
    expect(acme).toMatchObject({ stage: 'Customer', outcome: { result: 'won', at: Date.UTC(2025, 2, 15) } });
    expect(globex).toMatchObject({ stage: 'Lost', outcome: { result: 'lost', at: NOW, reason: 'price' } });
    expect(acme && outcomeOf(acme)).toEqual({ result: 'won', at: Date.UTC(2025, 2, 15) });
  });

  it('a file without outcomes keeps the stage an account had', async () => {
    await db.accounts.put({
      id: 'acme.com',
      aliases: [],
      signals: {},
      firstSeen: 1,
      lastSeen: 1,
      stage: 'SQL',
      tags: [],
    });
    const parsed = parseAccountsCsv('domain\nacme.com\n', NOW);
    if (!parsed.ok) throw new Error('refused');
    await importAccounts(db, parsed.entries, icp, NOW);
    expect((await db.accounts.get('acme.com'))?.stage).toBe('SQL');
  });

  it('setting Lost records when and why; setting it again keeps the date; another stage drops the outcome', async () => {
    await db.accounts.put({ id: 'acme.com', aliases: [], signals: {}, firstSeen: 1, lastSeen: 1, tags: [] });
    const target = { kind: 'account' as const, id: 'acme.com' };
    await setStage(db, target, 'Lost', 100, 'went with a rival');
    expect((await db.accounts.get('acme.com'))?.outcome).toEqual({
      result: 'lost',
      at: 100,
      reason: 'went with a rival',
    });
    await setStage(db, target, 'Lost', 200, 'budget cut');
    expect((await db.accounts.get('acme.com'))?.outcome).toEqual({ result: 'lost', at: 100, reason: 'budget cut' });
    await setStage(db, target, 'Customer', 300);
    expect((await db.accounts.get('acme.com'))?.outcome).toEqual({ result: 'won', at: 300 });
    await setStage(db, target, 'SQL', 400);
    expect((await db.accounts.get('acme.com'))?.outcome).toBeUndefined();
  });
});
