import { z } from 'zod';
import { ICP_FILE_MAX_CHARS } from '../../icp/io';
import { icpSchema } from '../../icp/schema';
import { teamUrlProblem } from '../../icp/team';
import { icpIdSchema as icpId, tabIdSchema } from '../ids';

/** The ICP editor and rescoring. Writes are `ui` only: a content script can never change an ICP. */
export const icpMessages = {
  /** Every stored ICP, which one is active, the presets and any rescoring under way. */
  'ui-bg/list-icps': { from: 'ui', payload: z.object({}) },
  /** A new ICP from a preset; added beside the others, not made active. */
  'ui-bg/create-icp': { from: 'ui', payload: z.object({ presetId: icpId }) },
  /** Saves an edit of a stored ICP (version + 1); saving the active ICP rescores everything. */
  'ui-bg/save-icp': { from: 'ui', payload: z.object({ icp: icpSchema }) },
  /** Makes an ICP active and rescores every stored account and contact against it. */
  'ui-bg/set-active-icp': { from: 'ui', payload: z.object({ id: icpId }) },
  /** Deletes an ICP that is neither active nor the last one. */
  'ui-bg/delete-icp': { from: 'ui', payload: z.object({ id: icpId }) },
  /** An ICP file's text; validated whole in the background (lib/icp/io.ts), refused with every error's path. */
  'ui-bg/import-icp': { from: 'ui', payload: z.object({ text: z.string().max(ICP_FILE_MAX_CHARS) }) },
  /** An ICP as a shareable file: its name and text. */
  'ui-bg/export-icp': { from: 'ui', payload: z.object({ id: icpId }) },
  /** A draft ICP scored on the tab's account and on every saved account, storing nothing. */
  'ui-bg/preview-score': { from: 'ui', payload: z.object({ icp: icpSchema, tabId: tabIdSchema.optional() }) },
  /** The team ICP's address, the ICP it keeps in sync, when it last changed and was checked, and any problem. */
  'ui-bg/team-icp-status': { from: 'ui', payload: z.object({}) },
  /** Loads the ICP at a URL the team controls and keeps it in sync; null stops syncing (the ICP stays, unlocked). */
  'ui-bg/team-icp-set': {
    from: 'ui',
    payload: z.object({
      url: z
        .string()
        .url()
        .max(2000)
        .refine((u) => !teamUrlProblem(u))
        .nullable(),
    }),
  },
  /** Checks the team's file now. */
  'ui-bg/team-icp-sync': { from: 'ui', payload: z.object({}) },
  /** Rescoring progress after the active ICP changed; `finished` once every account and contact is done. */
  'bg-ui/rescore-progress': {
    from: 'background',
    payload: z.object({
      icpId,
      done: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
      finished: z.boolean(),
    }),
  },
} as const;
