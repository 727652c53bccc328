import { z } from 'zod';
import { interpretPage } from '../../extract/index';
import { LIMITS } from '../../signals/limits';
import { normalizePage } from '../../signals/normalize';
import type { PageSource } from '../../signals/source';
import { pageSourceSchema } from '../../signals/source-schema';
import { tabIdSchema } from '../ids';

/** Page reading and the panel's view of a tab. */
export const tabMessages = {
  /**
   * A content script reports what it read off the page (lib/signals/source.ts); `source` is null when the page has
   * no http(s) URL. The background interprets it (lib/extract/index.ts) and validates the result field by field: an
   * invalid field is dropped, not the whole page (lib/signals/normalize.ts). Handlers get the signals as `page`.
   */
  'cs-bg/page-source': {
    from: 'content',
    payload: z
      .object({ url: z.string().min(1).max(LIMITS.url), source: pageSourceSchema.nullable() })
      .transform(({ url, source }) => ({
        url,
        page: source ? normalizePage(interpretPage(source as PageSource)) : null,
        // The validated material too: research plans the site's pages from its links (lib/research).
        source: source as PageSource | null,
      })),
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
