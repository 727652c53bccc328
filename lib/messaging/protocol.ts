import { z } from 'zod';
import { ICP_FILE_MAX_CHARS } from '../icp/io';
import { icpSchema } from '../icp/schema';
import { LIMITS } from '../signals/limits';
import { normalizePage } from '../signals/normalize';

/**
 * The one protocol file. Message types are named by direction (Dark Reader style): `cs-bg/...` from a content
 * script to the background, `ui-bg/...` from an extension page (side panel) to the background, `bg-cs/...` and
 * `bg-ui/...` the other way. `from` is the sender rule the background enforces: writes to ICPs and settings are
 * `ui` only, never accepted from a content script.
 */
const icpId = z.string().min(1).max(64);

export const protocol = {
  /** A content script reports what it found; `page` is null when the page had nothing to read. */
  'cs-bg/page-signals': {
    from: 'content',
    // The page is validated field by field: an invalid field is dropped, not the whole page (lib/signals/normalize.ts).
    payload: z.object({
      url: z.string().min(1).max(LIMITS.url),
      page: z
        .looseObject({ url: z.string(), extractedAt: z.number() })
        .nullable()
        .transform((page) => (page ? normalizePage(page) : null)),
    }),
  },
  /** The panel asks what to show for a tab. */
  'ui-bg/get-tab-view': {
    from: 'ui',
    payload: z.object({ tabId: z.number().int().nonnegative() }),
  },
  /** The panel asks the background to read the tab again (or for the first time, through activeTab). */
  'ui-bg/read-tab': {
    from: 'ui',
    payload: z.object({ tabId: z.number().int().nonnegative() }),
  },
  /** The ICP editor: every stored ICP, which one is active, the presets and any rescoring under way. */
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
  'ui-bg/preview-score': {
    from: 'ui',
    payload: z.object({ icp: icpSchema, tabId: z.number().int().nonnegative().optional() }),
  },
  /** The background asks a content script to extract now. */
  'bg-cs/extract': {
    from: 'background',
    payload: z.object({}),
  },
  /** The background tells open panels that a tab's view changed. */
  'bg-ui/tab-changed': {
    from: 'background',
    payload: z.object({ tabId: z.number().int().nonnegative() }),
  },
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

export type MessageType = keyof typeof protocol;
export type Payload<T extends MessageType> = z.infer<(typeof protocol)[T]['payload']>;
export type SenderRole = (typeof protocol)[MessageType]['from'];

/** The envelope every message travels in. */
export const envelopeSchema = z.object({
  type: z.string().min(1).max(64),
  payload: z.unknown(),
});

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(protocol, type);
}
