import { z } from 'zod';
import { bulkActionSchema } from '../../leads/bulk-action';
import { IMPORT_LIMITS, MAX_CHUNKS } from '../../leads/limits';
import { MAX_SELECTION_CHUNKS, SELECTION_CHUNK } from '../../leads/selection';
import { recordIdSchema, targetSchema as target } from '../ids';

const importId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
const bulkId = z.uuid();
const count = z.number().int().nonnegative();

/**
 * The leads page: the list, and the import of a CSV of accounts. A file is sent in chunks small enough for the
 * message cap (LIMITS.messageBytes) even when every character is escaped in JSON, then imported in one go.
 */
export const leadsMessages = {
  /** Every saved account and person as compact list rows (lib/leads/types.ts `LeadList`). */
  'ui-bg/list-leads': { from: 'ui', payload: z.object({}) },
  /** One chunk of a CSV file being uploaded for import; nothing is parsed or stored yet. */
  'ui-bg/stage-import-chunk': {
    from: 'ui',
    payload: z.object({
      importId,
      index: z
        .number()
        .int()
        .min(0)
        .max(MAX_CHUNKS - 1),
      total: z.number().int().min(1).max(MAX_CHUNKS),
      text: z.string().max(IMPORT_LIMITS.chunkChars),
    }),
  },
  /** Imports the uploaded file: every row valid and stored, or an error per bad row and nothing stored. */
  'ui-bg/import-accounts-csv': { from: 'ui', payload: z.object({ importId }) },
  /** One account or person with everything the detail view shows (lib/messaging/views.ts `LeadDetail`). */
  'ui-bg/get-lead': { from: 'ui', payload: z.object({ target }).strict() },
  /**
   * One part of a selection for a bulk action (a selection of thousands is too big for one message); nothing changes
   * yet. The parts are held until `preview-bulk` or `apply-bulk` names the selection.
   */
  'ui-bg/stage-selection': {
    from: 'ui',
    payload: z
      .object({
        bulkId,
        index: z
          .number()
          .int()
          .min(0)
          .max(MAX_SELECTION_CHUNKS - 1),
        total: z.number().int().min(1).max(MAX_SELECTION_CHUNKS),
        targets: z.array(target).max(SELECTION_CHUNK.targets),
      })
      .strict(),
  },
  /** What deleting (or marking "not a company") the staged selection would remove; writes nothing. */
  'ui-bg/preview-bulk': {
    from: 'ui',
    payload: z.object({ bulkId, action: z.enum(['delete', 'not-a-company']) }).strict(),
  },
  /** Applies an action to the staged selection in one transaction (all or nothing), with `bulk-progress` reports. */
  'ui-bg/apply-bulk': { from: 'ui', payload: z.object({ bulkId, action: bulkActionSchema }).strict() },
  /** Lifts "not a company" marks (account keys); the next read of such a page makes an account again. */
  'ui-bg/remove-exclusions': {
    from: 'ui',
    payload: z.object({ keys: z.array(recordIdSchema).min(1).max(SELECTION_CHUNK.targets) }).strict(),
  },
  /** Leads done so far by a bulk action under way, for the page that started it. */
  'bg-ui/bulk-progress': { from: 'background', payload: z.object({ bulkId, done: count, total: count }).strict() },
  /**
   * Stored leads changed (a page read, the panel, an import, a rescoring, a restore...): an open leads page loads its
   * list again, keeping its scroll position and selection. Sent after the writes commit, at most about once a second.
   */
  'bg-ui/leads-changed': { from: 'background', payload: z.object({ at: z.number().int() }).strict() },
  /** Progress of an import under way, for the page that started it. */
  'bg-ui/import-progress': {
    from: 'background',
    payload: z.object({
      importId,
      phase: z.enum(['checking', 'saving']),
      done: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
    }),
  },
} as const;
