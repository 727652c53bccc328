/**
 * Requests a HubSpot push makes, against the local validating mock (test/mocks): how the batches scale with the
 * number of accounts, and what a second push of the same accounts sends. Prints counts and ratios, asserts nothing.
 * Usage: npm run bench:hubspot
 */
import { applyPush, planPush } from '../lib/crm/hubspot/push';
import { startHubSpotMock } from '../test/mocks/hubspot-server';
import { account, NOW } from '../test/unit/crm/fixtures';

const TOKEN = 'pat-na1-bench';
for (const size of [1, 20, 200]) {
  const mock = await startHubSpotMock(TOKEN);
  const t = { baseUrl: mock.origin, token: TOKEN };
  const accounts = Array.from({ length: size }, (_, i) => account(`co${i}.example`, ['Ada Example', 'Ben Example']));
  const first = await applyPush(t, await planPush(t, accounts, new Map(), false), NOW);
  const firstRequests = mock.requests.length;
  const logs = new Map(first.log.map((row) => [row.accountId, row]));
  const second = await applyPush(t, await planPush(t, accounts, logs, false), NOW);
  const secondRequests = mock.requests.length - firstRequests;
  const records = size * 3;
  console.log(
    `${size} accounts (${records} records): first push ${firstRequests} requests (${(firstRequests / records).toFixed(2)} per record), ` +
      `${first.fields} fields; second push ${secondRequests} requests, ${second.fields} fields; spec problems: ${mock.problems.length}`,
  );
  await mock.close();
}
