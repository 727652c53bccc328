import { z } from 'zod';
import { IMPORT_LIMITS, MAX_CHUNKS } from '../../leads/limits';

const importId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

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
