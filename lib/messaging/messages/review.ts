import { z } from 'zod';
import { icpIdSchema as icpId } from '../ids';

/** The ICP review page (lib/review): reading it writes nothing; accepting suggestions is a `ui` write like an edit. */
export const reviewMessages = {
  /** The review of an ICP (the active one when no id is given) against every stored outcome. */
  'ui-bg/review-icp': { from: 'ui', payload: z.object({ icpId: icpId.optional() }).strict() },
  /**
   * Accepts suggested weights (0 removes a criterion) as a new version of the ICP reviewed at `version`; the old
   * version is kept, and the active ICP's accounts are rescored.
   */
  'ui-bg/accept-review': {
    from: 'ui',
    payload: z
      .object({
        icpId,
        version: z.number().int().min(1),
        changes: z
          .array(z.object({ criterionId: z.string().min(1).max(64), weight: z.number().min(0).max(1000) }).strict())
          .min(1)
          .max(100),
      })
      .strict(),
  },
} as const;
