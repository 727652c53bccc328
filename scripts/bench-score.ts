/**
 * Scoring benchmark (`npm run bench:score`): prints ratios measured in one run, never asserts wall-clock time.
 *
 * 1. Pure scoring throughput: scoreCompany over 10,000 synthetic accounts, in accounts per second.
 * 2. Rescoring 10,000 stored accounts (lib/db/rescore.ts: batched transactions with the resumable job state) against a
 *    bare read and write of the same rows through Dexie, in the same batches, in the same run.
 *
 * IndexedDB here is fake-indexeddb in Node, not Chromium's: both sides of the ratio pay the same storage cost, so the
 * ratio isolates what rescoring adds on top of reading and writing the rows (scoring, the job state, the cursor
 * queries), which is the part this code controls; Chromium's IndexedDB cost is the browser's and would only add the
 * same amount to both sides (it would lower the ratio, not raise it). Target: ratio <= 1.5.
 */
import 'fake-indexeddb/auto';
import { type AccountRecord, type IcpLensDb, openDb } from '../lib/db/db';
import { RESCORE_BATCH, rescoreBatch, startRescore } from '../lib/db/rescore';
import { PRESETS } from '../lib/icp/presets';
import { scoreCompany } from '../lib/scoring/fit';
import { INDUSTRY_GROUPS } from '../lib/signals/enums';
import type { CompanySignals } from '../lib/signals/schema';
import { ev, median } from './bench-support';

const N = Number(process.env.BENCH_ACCOUNTS ?? 10_000);
const RUNS = 3;
const COUNTRIES = ['US', 'DE', 'FR', 'GB', 'BR', 'PT', 'JP', 'CA'];
const TECH = ['HubSpot', 'Salesforce', 'Segment', 'Stripe', 'WordPress', 'Shopify', 'Intercom'];

/** A deterministic spread of accounts: every field of the presets present on some, absent on others. */
function signals(i: number): CompanySignals {
  const e = ev(i);
  const s: CompanySignals = {
    name: { ...e, value: `Account ${i}` },
    domain: { ...e, value: `a${i}.example` },
    employees: { ...e, value: { min: (i * 37) % 5000, max: ((i * 37) % 5000) + 150 } },
    hq: { ...e, value: { country: COUNTRIES[i % COUNTRIES.length] as string, city: 'Springfield' } },
    description: { ...e, value: `Account ${i} builds ${i % 3 ? 'software' : 'bread'} for B2B teams with an API.` },
  };
  if (i % 2)
    s.industryGroup = { ...e, value: INDUSTRY_GROUPS[i % INDUSTRY_GROUPS.length] as (typeof INDUSTRY_GROUPS)[number] };
  if (i % 3) s.founded = { ...e, value: 1950 + (i % 75) };
  if (i % 4) s.technologies = { ...e, value: [{ name: TECH[i % TECH.length] as string, category: 'crm' }] };
  if (i % 5) s.hiring = { ...e, value: { openRoles: i % 40 } };
  return s;
}

async function time(run: () => Promise<void> | void): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The same batches as the job, without scoring or job state: read the next rows by key, write them back. */
async function bareReadWrite(db: IcpLensDb): Promise<void> {
  let cursor: string | null = null;
  for (;;) {
    const done: boolean = await db.transaction('rw', db.accounts, async () => {
      const query = cursor === null ? db.accounts.orderBy(':id') : db.accounts.where(':id').above(cursor);
      const rows = await query.limit(RESCORE_BATCH).toArray();
      await db.accounts.bulkPut(rows);
      cursor = rows.at(-1)?.id ?? cursor;
      return rows.length < RESCORE_BATCH;
    });
    if (done) return;
  }
}

async function rescoreAll(db: IcpLensDb, icpId: string): Promise<void> {
  await startRescore(db, icpId, Date.now());
  while (await rescoreBatch(db, Date.now()));
}

async function main() {
  const icps = PRESETS.map((p) => p.make(0));
  const rows: AccountRecord[] = Array.from({ length: N }, (_, i) => ({
    id: `a${String(i).padStart(6, '0')}.example`,
    aliases: [],
    tags: [],
    firstSeen: i,
    lastSeen: i,
    signals: signals(i),
  }));
  for (const row of rows) row.score = scoreCompany(icps[0] as (typeof icps)[number], row.signals, 0);

  const pure: number[] = [];
  for (let r = 0; r < RUNS + 1; r++) {
    const icp = icps[r % icps.length] as (typeof icps)[number];
    const ms = await time(() => {
      for (const row of rows) scoreCompany(icp, row.signals, r);
    });
    if (r > 0) pure.push(ms); // the first pass warms the JIT
  }
  const perSecond = Math.round((N * 1000) / median(pure));
  console.log(`pure scoring: ${perSecond.toLocaleString('en-US')} accounts/s (median of ${RUNS}, ${N} accounts)`);

  const db = openDb('bench-score');
  await db.accounts.bulkPut(rows);
  await db.icps.bulkPut(icps);
  const bare: number[] = [];
  const rescore: number[] = [];
  // Interleaved, after one warm-up of each, so neither side gets a warmer cache or JIT than the other.
  for (let r = 0; r < RUNS + 1; r++) {
    const b = await time(() => bareReadWrite(db));
    const s = await time(() => rescoreAll(db, (icps[r % icps.length] as (typeof icps)[number]).id));
    if (r > 0) {
      bare.push(b);
      rescore.push(s);
    }
  }
  const stored = await db.accounts.count();
  db.close();
  await db.delete();
  const [s, b] = [median(rescore), median(bare)];
  console.log(
    `rescore ratio ${(s / b).toFixed(2)} (rescore ${Math.round(s)} ms, bare ${Math.round(b)} ms, accounts ${stored})`,
  );
}

await main();
