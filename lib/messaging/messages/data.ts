import { z } from 'zod';
import { BACKUP_LIMITS, DELETE_ALL_CONFIRMATION } from '../../data/limits';
import { FRAMEWORKS, researchPagesSchema, THEMES } from '../../settings/settings';
import { LIMITS } from '../../signals/limits';

const transferId = z.uuid();
/** Room for the envelope and ids around a piece of backup text (lib/data/chunks.ts measures the piece). */
export const RESTORE_PIECE_CHARS = LIMITS.messageBytes - 1_000;
const MAX_PIECES = Math.ceil(BACKUP_LIMITS.chars / 1_000);

/** Settings and the user's data as a whole. Everything is `ui` only: a content script can never read or change it. */
export const dataMessages = {
  /** The user's preferences (framework, theme), defaults filled in. */
  'ui-bg/get-settings': { from: 'ui', payload: z.object({}) },
  /** Changes some preferences; replies with all of them. */
  'ui-bg/save-settings': {
    from: 'ui',
    payload: z
      .object({
        framework: z.enum(FRAMEWORKS).optional(),
        theme: z.enum(THEMES).optional(),
        research: z.boolean().optional(),
        researchPages: researchPagesSchema.optional(),
      })
      .strict(),
  },
  /** How many rows each table holds (what a backup holds, what "delete all" removes). */
  'ui-bg/count-data': { from: 'ui', payload: z.object({}) },
  /** Exports everything; replies with a transfer id and the number of pieces to fetch with `backup-piece`. */
  'ui-bg/backup-create': { from: 'ui', payload: z.object({}) },
  'ui-bg/backup-piece': {
    from: 'ui',
    payload: z.object({ backupId: transferId, index: z.number().int().min(0).max(MAX_PIECES) }),
  },
  /** A restore starts: the file comes in `pieces` pieces, `chars` characters in all. */
  'ui-bg/restore-begin': {
    from: 'ui',
    payload: z.object({
      pieces: z.number().int().min(1).max(MAX_PIECES),
      chars: z.number().int().min(1).max(BACKUP_LIMITS.chars),
    }),
  },
  'ui-bg/restore-piece': {
    from: 'ui',
    payload: z.object({
      restoreId: transferId,
      index: z.number().int().min(0).max(MAX_PIECES),
      text: z.string().max(RESTORE_PIECE_CHARS),
    }),
  },
  /** Checks the whole file, writing nothing; replies with its row counts, or refuses it naming what is wrong. */
  'ui-bg/restore-check': { from: 'ui', payload: z.object({ restoreId: transferId }) },
  /** Replaces everything stored with the checked backup, all or nothing. */
  'ui-bg/restore-commit': { from: 'ui', payload: z.object({ restoreId: transferId }) },
  'ui-bg/restore-cancel': { from: 'ui', payload: z.object({ restoreId: transferId }) },
  /** Deletes everything; the payload must carry the word the user typed to confirm. */
  'ui-bg/delete-all-data': { from: 'ui', payload: z.object({ confirm: z.literal(DELETE_ALL_CONFIRMATION) }) },
  /** Rows written so far by a running restore. */
  'bg-ui/restore-progress': {
    from: 'background',
    payload: z.object({ restoreId: transferId, done: z.number().int().min(0), total: z.number().int().min(0) }),
  },
  /** The preferences changed (saved, restored or deleted): open pages apply the theme. */
  'bg-ui/settings-changed': {
    from: 'background',
    // Strict, unlike the stored row's schema (which falls back to defaults): a malformed broadcast changes nothing.
    payload: z.object({ framework: z.enum(FRAMEWORKS), theme: z.enum(THEMES) }),
  },
} as const;
