import { z } from 'zod';
import { LIMITS } from '../signals/limits';
import { normalizePage } from '../signals/normalize';

/**
 * The one protocol file. Message types are named by direction (Dark Reader style): `cs-bg/...` from a content
 * script to the background, `ui-bg/...` from an extension page (side panel) to the background, `bg-cs/...` and
 * `bg-ui/...` the other way. `from` is the sender rule the background enforces: writes to ICPs and settings are
 * `ui` only, never accepted from a content script.
 */
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
