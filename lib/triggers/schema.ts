import { z } from 'zod';

/** Kinds of dated trigger a page can state; hiring growth is read across visits instead (lib/triggers/rank.ts). */
export const PAGE_TRIGGER_KINDS = ['funding', 'launch', 'expansion', 'leader'] as const;
export type PageTriggerKind = (typeof PAGE_TRIGGER_KINDS)[number];

export const TRIGGER_LIMITS = { perPage: 8, headline: 160, detail: 60 } as const;

/**
 * A dated event a page states about its company: "Fundly raises $25M Series B" on 4 March 2025. Kept with the page's
 * signals (observations), read by the background from the page's text sample, never from the content script.
 */
export const pageTriggerSchema = z
  .object({
    kind: z.enum(PAGE_TRIGGER_KINDS),
    /** UTC midnight of the stated day, epoch ms. */
    date: z.number().int(),
    /** The sentence that states it, capped: page text, shown as text only. */
    headline: z.string().min(1).max(TRIGGER_LIMITS.headline),
    url: z.string().min(1).max(2_048),
    /** Funding: the round ("Series B") and the amount as written ("$25M"). */
    round: z.string().min(1).max(TRIGGER_LIMITS.detail).optional(),
    amount: z.string().min(1).max(TRIGGER_LIMITS.detail).optional(),
    /** Leader: the role named ("VP of Sales"). */
    role: z.string().min(1).max(TRIGGER_LIMITS.detail).optional(),
  })
  .strict();
export type PageTrigger = z.infer<typeof pageTriggerSchema>;
