import { z } from 'zod';
import { STAGES } from '../../scoring/stage';
import { ACTIVITY_TYPE_IDS } from '../../workflow/activity-types';
import { WORKFLOW_LIMITS as CAP } from '../../workflow/limits';
import { recordIdSchema, targetSchema as target } from '../ids';

const rowId = z.number().int().positive();
const questionId = z.string().min(1).max(80);
const elementId = z.string().min(1).max(40);

/**
 * The seller's own work on a lead: answers to qualifying questions, stage, tags, notes and activities. Every write is
 * `ui` only and capped; the background replies with the stored record, and tells open panels to refresh.
 */
export const workflowMessages = {
  /** An answer to a qualifying question; answering the same question again replaces the earlier answer. */
  'ui-bg/record-answer': {
    from: 'ui',
    payload: z
      .object({
        accountId: recordIdSchema,
        questionId,
        element: elementId,
        status: z.enum(['confirmed', 'partial', 'not-a-fit']),
        note: z.string().max(CAP.answerNoteChars).optional(),
      })
      .strict(),
  },
  'ui-bg/delete-answer': { from: 'ui', payload: z.object({ id: rowId }).strict() },
  /** The user's lifecycle stage; null clears it so the suggestion shows again. `reason`: why it was lost or disqualified. */
  'ui-bg/set-stage': {
    from: 'ui',
    payload: z
      .object({
        target,
        stage: z.enum(STAGES).nullable(),
        reason: z.string().max(CAP.outcomeReasonChars).optional(),
      })
      .strict(),
  },
  /** The whole tag list (add and remove are both a new list); cleaned and deduplicated in the background. */
  'ui-bg/set-tags': {
    from: 'ui',
    payload: z.object({ target, tags: z.array(z.string().min(1).max(CAP.tagChars)).max(CAP.tags) }).strict(),
  },
  'ui-bg/set-notes': {
    from: 'ui',
    payload: z.object({ target, notes: z.string().max(CAP.notesChars) }).strict(),
  },
  /** An activity the user knows of, dated (epoch ms); its points come from the active ICP's engagement rules. */
  'ui-bg/log-activity': {
    from: 'ui',
    payload: z
      .object({
        target,
        type: z.enum(ACTIVITY_TYPE_IDS),
        at: z.number().int(),
        note: z.string().max(CAP.activityNoteChars).optional(),
      })
      .strict(),
  },
  'ui-bg/delete-activity': { from: 'ui', payload: z.object({ id: rowId }).strict() },
} as const;
