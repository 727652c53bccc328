import { z } from 'zod';
import { STAGES } from '../scoring/stage';
import { WORKFLOW_LIMITS as CAP } from '../workflow/limits';

const tag = z.string().trim().min(1).max(CAP.tagChars);

/**
 * What a bulk action does to every selected lead. Tag, stage, hide and unhide apply to companies and people alike;
 * "not a company" applies to companies only (people are left as they are and counted as skipped).
 */
export const bulkActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('add-tag'), tag }).strict(),
  z.object({ type: z.literal('remove-tag'), tag }).strict(),
  /** null clears the user's stage, so ICP Lens's suggestion shows again. */
  z.object({ type: z.literal('set-stage'), stage: z.enum(STAGES).nullable() }).strict(),
  z.object({ type: z.literal('hide') }).strict(),
  z.object({ type: z.literal('unhide') }).strict(),
  z.object({ type: z.literal('not-a-company') }).strict(),
  z.object({ type: z.literal('delete') }).strict(),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;

/** How a bulk action went, for the sentence the page shows ("Tag added to 3 leads; 1 already had it"). */
export interface BulkOutcome {
  total: number;
  /** Leads changed (or deleted). */
  changed: number;
  /** Leads the action found already as asked (tag present, stage set, already hidden...). */
  unchanged: number;
  /** Leads no longer stored (deleted meanwhile). */
  missing: number;
  /** Leads the action does not apply to: people for "not a company", leads with a full tag list for a new tag. */
  skipped: number;
  /** For delete and "not a company": what went with the leads. */
  removed?: RemovedCounts;
}

/** What deleting leads removes beside them, and the people left without their company. */
export interface RemovedCounts {
  accounts: number;
  contacts: number;
  observations: number;
  activities: number;
  answers: number;
  /** People of a deleted company who are kept (they are leads of their own) but no longer linked to it. */
  unlinkedContacts: number;
}
