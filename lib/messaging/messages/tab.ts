import { z } from 'zod';
import { LIMITS } from '../../signals/limits';
import { normalizePage } from '../../signals/normalize';
import { tabIdSchema } from '../ids';

/** Page reading and the panel's view of a tab. */
export const tabMessages = {
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
  'ui-bg/get-tab-view': { from: 'ui', payload: z.object({ tabId: tabIdSchema }) },
  /** The panel asks the background to read the tab again (or for the first time, through activeTab). */
  'ui-bg/read-tab': { from: 'ui', payload: z.object({ tabId: tabIdSchema }) },
  /** The background asks a content script to extract now. */
  'bg-cs/extract': { from: 'background', payload: z.object({}) },
  /** The background tells open panels that a tab's view changed. */
  'bg-ui/tab-changed': { from: 'background', payload: z.object({ tabId: tabIdSchema }) },
} as const;
