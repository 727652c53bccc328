/**
 * ICP review benchmark (`npm run bench:review`): prints ratios measured in one run, never asserts wall-clock time.
 *
 * The review of the default ICP (lib/db/review.ts `loadReview`: read every account, take each one's score with this
 * ICP version (stored, as rescoring leaves it; computed when stale), tally every criterion on won and lost, AUC and tier mix, the ridge logistic regression, suggested
 * weights, lookalikes) over 10,000 stored accounts that all have an outcome, against a bare Dexie read of the same
 * rows. Medians of three interleaved runs after a warm-up. IndexedDB is fake-indexeddb in Node: both sides pay the
 * same storage cost, so the ratio shows what the review adds to reading the rows. Target: <= 3. Last line:
 * `review ratio <x>`.
 */
import 'fake-indexeddb/auto';
import { type AccountRecord, openDb } from '../lib/db/db';
import { ensureDefaultIcp } from '../lib/db/icps';
import { loadReview } from '../lib/db/review';
import type { Icp } from '../lib/icp/schema';
import { reviewIcp } from '../lib/review/review';
import type { INDUSTRY_GROUPS } from '../lib/signals/enums';
import { ev, median, storedAccount, time } from './bench-support';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 10_000);
const RUNS = 3;
const COUNTRIES = ['US', 'DE', 'FR', 'GB', 'BR', 'PT'];
const GROUPS: Array<(typeof INDUSTRY_GROUPS)[number]> = ['software', 'manufacturing', 'retail-consumer', 'it-services'];
const STACK = ['HubSpot', 'Salesforce', 'Stripe', 'WordPress', 'Segment'];
const STAGES = ['Customer', 'Lost', 'Disqualified'];

/** A varied account whose outcome leans on its size and industry, as real outcomes lean on a few criteria. */
function account(i: number, now: number, icp: Icp): AccountRecord {
  const e = ev(i);
  const size = (i * 37) % 5000;
  const group = GROUPS[i % GROUPS.length] as (typeof GROUPS)[number];
  const likely = (size >= 50 && size <= 1000 ? 2 : 0) + (group === 'software' ? 1 : 0);
  const won = (i * 7919) % 4 < likely;
  const signals = {
    name: { ...e, value: `Account ${i}` },
    domain: { ...e, value: `a${i}.example` },
    industryGroup: { ...e, value: group },
    employees: { ...e, value: { min: size, max: size + 150 } },
    hq: { ...e, value: { country: COUNTRIES[i % COUNTRIES.length] as string } },
    ...(i % 3 !== 0 && { founded: { ...e, value: 1980 + (i % 45) } }),
    ...(i % 2 === 0 && {
      technologies: { ...e, value: [{ name: STACK[i % STACK.length] as string, category: 'crm' }] },
    }),
    description: { ...e, value: i % 5 ? `Account ${i} builds a cloud platform.` : `Account ${i} makes parts.` },
  };
  // Stored accounts carry their score with the active ICP, as every write and rescoring leaves them.
  return { ...storedAccount(i, signals, icp, now), stage: won ? 'Customer' : (STAGES[1 + (i % 2)] as string) };
}

async function main() {
  const db = openDb('bench-review');
  const now = Date.now();
  const icp = await ensureDefaultIcp(db, now);
  await db.accounts.bulkPut(Array.from({ length: ACCOUNTS }, (_, i) => account(i, now, icp)));

  // Warm-up: both paths once, so neither side pays for compiling the code.
  let reply = await loadReview(db, undefined, now);
  await db.accounts.toArray();
  const bare: number[] = [];
  const review: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    bare.push(await time(() => db.accounts.toArray()));
    review.push(
      await time(async () => {
        reply = await loadReview(db, undefined, now);
      }),
    );
  }
  // What the review itself costs, rows already in memory (scoring, tallies, model, lookalikes).
  const rows = await db.accounts.toArray();
  const pure: number[] = [];
  for (let run = 0; run < RUNS; run++) pure.push(await time(() => reviewIcp(icp, rows, now)));

  const { counts, fit, model, suggestions } = reply.review;
  console.log(
    `review of ${ACCOUNTS.toLocaleString('en-US')} accounts with an outcome: ${counts.won} won, ${counts.lost} lost, ${counts.disqualified} disqualified`,
  );
  console.log(
    `AUC of the current fit ${fit.auc?.toFixed(3)}; model on ${model?.rows} rows, ${model?.features} features, converged ${model?.converged}; ${suggestions.length} suggestions`,
  );
  console.log(`review in memory (rows already read): ${median(pure).toFixed(1)} ms`);
  const ratio = median(review) / median(bare);
  console.log(
    `review ratio ${ratio.toFixed(2)} (review ${median(review).toFixed(1)} ms, bare read ${median(bare).toFixed(1)} ms, accounts ${ACCOUNTS})`,
  );
  db.close();
  await db.delete();
}

void main();
