import { z } from 'zod';
import { RESEARCH_LIMITS } from '../../research/limits';
import { LIMITS } from '../../signals/limits';
import { recordIdSchema, tabIdSchema } from '../ids';

/** Accounts one bulk research may queue at once (a selection or an imported list). */
export const MAX_QUEUED = 5_000;

/** Research (lib/research): reading a company's own site, for one tab or a queue of accounts. */
export const researchMessages = {
  /**
   * The background asks its offscreen document (Chrome: a service worker has no DOMParser) to parse a fetched page
   * and read it with collectPage; the reply is the page's material, validated by the background like a content
   * script's report.
   */
  'bg-off/read-html': {
    from: 'background',
    payload: z.object({
      html: z.string().max(RESEARCH_LIMITS.maxBytes),
      url: z.string().min(1).max(LIMITS.url),
      now: z.number().int().nonnegative(),
    }),
  },
  /** "Research this company": read the company's own site from the tab's page, now. */
  'ui-bg/research-tab': { from: 'ui', payload: z.object({ tabId: tabIdSchema }) },
  /** Queues accounts for bulk research (Leads page); needs the all-sites grant. */
  'ui-bg/research-queue-add': {
    from: 'ui',
    payload: z.object({ accountIds: z.array(recordIdSchema).min(1).max(MAX_QUEUED) }),
  },
  /** Pause, resume or cancel the queue, or clear the finished sites from it. */
  'ui-bg/research-queue-control': {
    from: 'ui',
    payload: z.object({ action: z.enum(['pause', 'resume', 'cancel', 'clear']) }),
  },
  /** The queue's counts, state and estimate. */
  'ui-bg/research-queue-status': { from: 'ui', payload: z.object({}) },
  /** The queue moved on: open Leads pages ask for its status again. */
  'bg-ui/research-queue-changed': { from: 'background', payload: z.object({}) },
} as const;
