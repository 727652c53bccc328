import { afterEach, beforeEach, expect, it } from 'vitest';
import { latestPushes, pushLogOf, recordPushes } from '../../../lib/crm/push-log';
import { type CrmPushRecord, type IcpLensDb, openDb } from '../../../lib/db/db';

let db: IcpLensDb;
let n = 0;
beforeEach(() => {
  db = openDb(`push-log-${++n}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const row = (crm: CrmPushRecord['crm'], at: number, companyId: string): CrmPushRecord => ({
  accountId: 'orbit.example',
  crm,
  at,
  fields: 3,
  companyId,
  company: {},
  contacts: {},
  failures: [],
});

it("keeps each CRM's push log apart: a Salesforce push never reads HubSpot's ids or values", async () => {
  await recordPushes(db, [
    row('hubspot', 1, '123'),
    row('salesforce', 2, '001000000000001AAA'),
    row('hubspot', 3, '456'),
  ]);
  expect((await latestPushes(db, 'hubspot', ['orbit.example'])).get('orbit.example')?.companyId).toBe('456');
  expect((await latestPushes(db, 'salesforce', ['orbit.example'])).get('orbit.example')?.companyId).toBe(
    '001000000000001AAA',
  );
  expect((await pushLogOf(db, 'hubspot', 'orbit.example')).map((r) => r.at)).toEqual([3, 1]);
  expect((await pushLogOf(db, 'salesforce', 'orbit.example')).map((r) => r.at)).toEqual([2]);
});
