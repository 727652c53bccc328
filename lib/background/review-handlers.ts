import { acceptSuggestions, loadReview } from '../db/review';
import { rescoreAll } from './icp-handlers';
import type { Routes } from './route-types';

/** Handlers of lib/messaging/messages/review.ts. */
export const reviewRoutes: Routes = {
  'ui-bg/review-icp': ({ icpId }, { db }) => loadReview(db, icpId, Date.now()),
  'ui-bg/accept-review': async ({ icpId, version, changes }, { db }) => {
    const accepted = await acceptSuggestions(db, icpId, version, changes, Date.now());
    // The active ICP scores every account: its new version rescores them all, as an edit does.
    if (accepted.active) await rescoreAll(db, accepted.icp.id);
    return { version: accepted.icp.version, diff: accepted.diff, rescoring: accepted.active };
  },
};
