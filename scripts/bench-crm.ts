/**
 * Requests a CRM push makes, against the local validating mocks (test/mocks): how the batches scale with the number
 * of accounts, and what a second push of the same accounts sends. Prints counts and ratios, asserts nothing.
 * Usage: npm run bench:hubspot, npm run bench:salesforce, npm run bench:twenty
 */

import type { AccountForPush } from '../lib/crm/gather';
import * as hubspot from '../lib/crm/hubspot/push';
import type { PushOutcome } from '../lib/crm/plan';
import * as salesforce from '../lib/crm/salesforce/push';
import * as twenty from '../lib/crm/twenty/push';
import type { CrmPushRecord } from '../lib/db/db';
import { startHubSpotMock } from '../test/mocks/hubspot-server';
import { startSalesforceMock } from '../test/mocks/salesforce-server';
import { startTwentyMock } from '../test/mocks/twenty-server';
import { account, NOW } from '../test/unit/crm/fixtures';

type Logs = Map<string, CrmPushRecord>;
interface Bench {
  requests(): number;
  problems(): number;
  push(accounts: AccountForPush[], logs: Logs): Promise<PushOutcome>;
  close(): Promise<void>;
}

const TOKEN = '00D000000000001!bench-token-0000000000';
async function start(crm: string): Promise<Bench> {
  if (crm === 'salesforce') {
    const mock = await startSalesforceMock(TOKEN);
    const t = { instanceUrl: mock.origin, token: TOKEN };
    return {
      requests: () => mock.requests.length,
      problems: () => mock.problems.length,
      push: async (a, logs) => salesforce.applyPush(t, await salesforce.planPush(t, a, logs, false), NOW),
      close: () => mock.close(),
    };
  }
  if (crm === 'twenty') {
    const mock = await startTwentyMock(TOKEN);
    const t = { baseUrl: mock.origin, apiKey: TOKEN };
    return {
      requests: () => mock.requests.length,
      problems: () => mock.problems.length,
      push: async (a, logs) => twenty.applyPush(t, await twenty.planPush(t, a, logs, false), NOW),
      close: () => mock.close(),
    };
  }
  const mock = await startHubSpotMock(TOKEN);
  const t = { baseUrl: mock.origin, token: TOKEN };
  return {
    requests: () => mock.requests.length,
    problems: () => mock.problems.length,
    push: async (a, logs) => hubspot.applyPush(t, await hubspot.planPush(t, a, logs, false), NOW),
    close: () => mock.close(),
  };
}

const asked = process.argv.at(-1);
const crm = asked === 'salesforce' || asked === 'twenty' ? asked : 'hubspot';
for (const size of [1, 20, 200]) {
  const bench = await start(crm);
  const accounts = Array.from({ length: size }, (_, i) => account(`co${i}.example`, ['Ada Example', 'Ben Example']));
  const first = await bench.push(accounts, new Map());
  const firstRequests = bench.requests();
  const second = await bench.push(accounts, new Map(first.log.map((row) => [row.accountId, row])));
  const secondRequests = bench.requests() - firstRequests;
  const records = size * 3;
  console.log(
    `${crm}, ${size} accounts (${records} records): first push ${firstRequests} requests (${(firstRequests / records).toFixed(2)} per record), ` +
      `${first.fields} fields; second push ${secondRequests} requests, ${second.fields} fields; contract problems: ${bench.problems()}`,
  );
  await bench.close();
}
