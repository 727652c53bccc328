import { browser } from 'wxt/browser';
import { z } from 'zod';
import { PAGE_KINDS } from './kinds';

/**
 * Research of one account as the panel shows it, in session storage (it survives the service worker being stopped,
 * not a browser restart, when the panel is gone too). Keyed by account.
 */
export const researchStateSchema = z.object({
  site: z.string().max(253),
  status: z.enum(['running', 'done', 'needs-access', 'off', 'interrupted']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  pages: z
    .array(z.object({ url: z.string().max(2_048), kind: z.enum(PAGE_KINDS), outcome: z.string().max(40) }))
    .max(40),
  /** The host permission to ask for when access is missing (`https://www.acme.de/*`). */
  origin: z.string().max(300).optional(),
  updatedAt: z.number(),
});
export type ResearchState = z.infer<typeof researchStateSchema>;

/** A research that has not moved for this long was stopped with its worker: it is shown as interrupted. */
export const STALE_MS = 60_000;

const key = (accountId: string) => `research:${accountId}`;

export async function getResearchState(accountId: string, now = Date.now()): Promise<ResearchState | undefined> {
  const stored = await browser.storage.session.get(key(accountId));
  const parsed = researchStateSchema.safeParse(stored[key(accountId)]);
  if (!parsed.success) return undefined;
  const state = parsed.data;
  return state.status === 'running' && now - state.updatedAt > STALE_MS ? { ...state, status: 'interrupted' } : state;
}

export async function setResearchState(accountId: string, state: ResearchState): Promise<void> {
  await browser.storage.session.set({ [key(accountId)]: state });
}
