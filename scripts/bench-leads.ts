/**
 * Leads list benchmark (`npm run bench:leads`): prints ratios measured in one run, never asserts wall-clock time.
 *
 * 1. Building the list (lib/leads/rows.ts: one read per table, activities and answers grouped, leadStatus per lead)
 *    for 10,000 stored accounts and 1,000 people, against a bare Dexie read of the same tables in the same run.
 * 2. Filtering and sorting the built rows in memory (lib/leads/query.ts, what the page does on every keystroke),
 *    against a bare `Array.filter` on the search text plus a numeric sort of the same rows.
 *
 * IndexedDB is fake-indexeddb in Node: both sides of ratio 1 pay the same storage cost, so the ratio shows what
 * building rows adds to reading them. Target: ratio 1 <= 2.
 */
import 'fake-indexeddb/auto';
import { type AccountRecord, type ContactRecord, openDb } from '../lib/db/db';
import { ensureDefaultIcp } from '../lib/db/icps';
import { filterLeads, sortLeads } from '../lib/leads/query';
import { buildLeadList, readLeadTables } from '../lib/leads/rows';
import { scorePerson } from '../lib/scoring/fit';
import { ev, median, storedAccount, time } from './bench-support';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 10_000);
const CONTACTS = Math.round(ACCOUNTS / 10);
const RUNS = 3;
const COUNTRIES = ['US', 'DE', 'FR', 'GB', 'BR', 'PT'];

async function main() {
  const db = openDb('bench-leads');
  const now = Date.now();
  const icp = await ensureDefaultIcp(db, now);
  const accounts: AccountRecord[] = Array.from({ length: ACCOUNTS }, (_, i) => {
    const e = ev(i);
    const signals = {
      name: { ...e, value: `Account ${i}` },
      domain: { ...e, value: `a${i}.example` },
      employees: { ...e, value: { min: (i * 37) % 5000, max: ((i * 37) % 5000) + 150 } },
      hq: { ...e, value: { country: COUNTRIES[i % COUNTRIES.length] as string } },
    };
    return {
      ...storedAccount(i, signals, icp, now),
      lastSeen: now - i,
      tags: i % 7 ? [] : ['q3'],
      // Some hidden: the list carries them, the page leaves them out unless asked.
      ...(i % 50 === 0 && { hiddenAt: now }),
    };
  });
  const contacts: ContactRecord[] = Array.from({ length: CONTACTS }, (_, i) => {
    const signals = { name: { ...ev(i), value: `Person ${i}` }, title: { ...ev(i), value: 'VP Sales' } };
    return {
      id: `linkedin.com/in/p${i}`,
      accountId: `a${i}.example`,
      name: `Person ${i}`,
      signals,
      score: scorePerson(icp, signals, now),
      firstSeen: now,
      lastSeen: now,
      tags: [],
    };
  });
  await db.accounts.bulkPut(accounts);
  await db.contacts.bulkPut(contacts);
  await db.activities.bulkAdd(
    Array.from({ length: ACCOUNTS / 5 }, (_, i) => ({
      accountId: `a${i * 5}.example`,
      type: 'webinar-attended',
      at: now - i * 3_600_000,
    })),
  );

  const bare: number[] = [];
  const build: number[] = [];
  let rows = (await buildLeadList(db, now)).rows;
  for (let run = 0; run < RUNS; run++) {
    bare.push(await time(() => readLeadTables(db)));
    build.push(
      await time(async () => {
        rows = (await buildLeadList(db, now)).rows;
      }),
    );
  }
  const copy: number[] = [];
  const query: number[] = [];
  for (let run = 0; run < RUNS * 3; run++) {
    copy.push(
      await time(() =>
        rows
          .filter((r) => r.tier === 'D' && r.text.includes('account 12'))
          .sort((a, b) => (b.fit ?? -1) - (a.fit ?? -1)),
      ),
    );
    query.push(
      await time(() => sortLeads(filterLeads(rows, { search: 'account 12', tier: 'D' }), { key: 'fit', dir: 'desc' })),
    );
  }
  console.log(
    `leads list: ${rows.length.toLocaleString('en-US')} rows (${ACCOUNTS.toLocaleString('en-US')} accounts, ${CONTACTS.toLocaleString('en-US')} people)`,
  );
  console.log(
    `1. build list / bare Dexie read of the same tables: ratio ${(median(build) / median(bare)).toFixed(2)} (target <= 2)`,
  );
  console.log(
    `2. filter + sort in memory / bare Array.filter + sort: ratio ${(median(query) / Math.max(median(copy), 0.01)).toFixed(1)}`,
  );
  db.close();
  await db.delete();
}

void main();
