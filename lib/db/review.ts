import { type Icp, icpSchema } from '../icp/schema';
import { applyChanges, diffText, type WeightChange } from '../review/diff';
import { type IcpReview, reviewIcp } from '../review/review';
import type { IcpLensDb } from './db';
import { type IcpVersionView, listVersions } from './icp-versions';
import { getActiveIcp, saveIcp } from './icps';

/** `ui-bg/review-icp`: the review of one ICP against every stored outcome, with the ICP's earlier versions. */
export interface ReviewReply {
  review: IcpReview;
  active: boolean;
  versions: IcpVersionView[];
}

async function icpOrActive(db: IcpLensDb, icpId: string | undefined): Promise<Icp> {
  if (icpId === undefined) return getActiveIcp(db);
  const icp = await db.icps.get(icpId);
  if (!icp) throw new Error('That ICP no longer exists: open the review from the ICP tab again.');
  return icp;
}

/** Reviews an ICP (the active one by default) on every stored account; writes nothing. */
export async function loadReview(db: IcpLensDb, icpId: string | undefined, now: number): Promise<ReviewReply> {
  const icp = await icpOrActive(db, icpId);
  const [accounts, active, versions] = await Promise.all([
    db.accounts.toArray(),
    getActiveIcp(db).then((a) => a.id === icp.id),
    listVersions(db, icp),
  ]);
  return { review: reviewIcp(icp, accounts, now), active, versions };
}

/**
 * Accepts review suggestions: the ICP gets a new version with the weights changed (a criterion set to 0 removed), the
 * version it replaces is kept, and the diff is returned in words. Refused when the ICP changed since the review was
 * computed, or a change names a criterion it does not have: the user accepts what they saw, nothing else.
 */
export async function acceptSuggestions(
  db: IcpLensDb,
  icpId: string,
  reviewedVersion: number,
  changes: readonly WeightChange[],
  now: number,
): Promise<{ icp: Icp; active: boolean; diff: string }> {
  const icp = await icpOrActive(db, icpId);
  if (icp.version !== reviewedVersion)
    throw new Error(`The ICP changed since this review (it is at v${icp.version} now): review it again first.`);
  const ids = new Set(icp.criteria.map((c) => c.id));
  const unknown = changes.find((c) => !ids.has(c.criterionId));
  if (unknown) throw new Error('A suggestion names a criterion this ICP no longer has: review it again first.');
  const next = icpSchema.parse(applyChanges(icp, changes));
  const saved = await saveIcp(db, next, now, 'review suggestions accepted');
  return { ...saved, diff: diffText(icp, saved.icp) };
}
