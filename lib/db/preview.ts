import type { Icp } from '../icp/schema';
import { scoreCompany } from '../scoring/fit';
import type { ScoreResult, Tier } from '../scoring/types';
import type { IcpLensDb } from './db';

export type TierCounts = Record<Tier, number>;

export interface IcpPreview {
  /** The account of the panel's tab scored against the draft; absent when the tab shows no account. */
  score?: ScoreResult;
  /** Every saved account's tier under the draft. */
  tiers: TierCounts;
  total: number;
}

/** What a draft ICP would do, without storing anything: the editor's live preview. */
export async function previewIcp(db: IcpLensDb, icp: Icp, accountId: string | undefined, now: number) {
  const tiers: TierCounts = { A: 0, B: 0, C: 0, D: 0, X: 0, '?': 0 };
  let total = 0;
  let score: ScoreResult | undefined;
  await db.transaction('r', db.accounts, async () => {
    await db.accounts.each((account) => {
      const result = scoreCompany(icp, account.signals, now);
      tiers[result.tier]++;
      total++;
      if (account.id === accountId) score = result;
    });
  });
  return { score, tiers, total } satisfies IcpPreview;
}
