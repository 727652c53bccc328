import type { AccountForPush } from '../crm/gather';
import { gatherAccounts } from '../crm/gather';
import type { AccountPlan, PushOutcome } from '../crm/plan';
import { latestPushes, pushLogOf, recordPushes } from '../crm/push-log';
import { type CrmKey, logView, type PushResultView, previewView } from '../crm/views';
import type { CrmPushRecord, IcpLensDb } from '../db/db';
import type { Routes } from './route-types';

/** What the push routes need of one CRM's client: a connection, a plan (read only), and carrying a plan out. */
export interface CrmClient<T, P extends { accounts: AccountPlan[]; createsProperties?: number; notes?: string[] }> {
  connected(): Promise<T>;
  plan(
    t: T,
    accounts: readonly AccountForPush[],
    logs: ReadonlyMap<string, CrmPushRecord>,
    overwrite: boolean,
  ): Promise<P>;
  apply(t: T, plan: P, now: number): Promise<PushOutcome>;
}

/**
 * The preview, push and push-log routes of one CRM, the same for each: gather the accounts as the panel shows them,
 * plan against what the CRM holds and the CRM's own push log, and keep a log row per account after a push.
 */
export function crmPushRoutes<T, P extends { accounts: AccountPlan[]; createsProperties?: number; notes?: string[] }>(
  crm: CrmKey,
  client: CrmClient<T, P>,
): Routes {
  const plan = async (db: IcpLensDb, accountIds: string[], overwrite: boolean) => {
    const transport = await client.connected();
    const now = Date.now();
    const accounts = await gatherAccounts(db, accountIds, now);
    if (!accounts.length) throw new Error('None of these accounts is saved any more');
    const logs = await latestPushes(db, crm, accountIds);
    return { transport, now, plan: await client.plan(transport, accounts, logs, overwrite) };
  };
  const payload = (p: unknown) => p as { accountIds: string[]; overwrite: boolean };
  return {
    [`ui-bg/${crm}-preview`]: async (p: unknown, { db }: { db: IcpLensDb }) => {
      const { accountIds, overwrite } = payload(p);
      return previewView((await plan(db, accountIds, overwrite)).plan);
    },
    [`ui-bg/${crm}-push`]: async (p: unknown, { db }: { db: IcpLensDb }): Promise<PushResultView> => {
      const { accountIds, overwrite } = payload(p);
      // Planned again right before writing, so a push never acts on a stale preview.
      const { transport, now, plan: fresh } = await plan(db, accountIds, overwrite);
      const { log, ...outcome } = await client.apply(transport, fresh, now);
      await recordPushes(db, log);
      return { ...outcome, at: now };
    },
    [`ui-bg/${crm}-push-log`]: async (p: unknown, { db }: { db: IcpLensDb }) =>
      (await pushLogOf(db, crm, (p as { accountId: string }).accountId)).map(logView),
  } as Routes;
}
