import { z } from 'zod';
import { tokenSchema } from '../../crm/hubspot/connection';
import { recordIdSchema } from '../ids';

/** Accounts a push takes at once: the leads page sends a bigger selection in parts of this size, with progress. */
export const PUSH_ACCOUNTS_MAX = 100;
const accountIds = z.array(recordIdSchema).min(1).max(PUSH_ACCOUNTS_MAX);

/**
 * The team's CRM (lib/crm). All `ui` only: a content script can neither read the connection nor push. The token is
 * sent once, to connect, and never comes back: replies carry it masked.
 */
export const crmMessages = {
  /** Whether HubSpot is connected (masked token, since when) and which host permission connecting needs. */
  'ui-bg/hubspot-status': { from: 'ui', payload: z.object({}).strict() },
  /** Checks the token with HubSpot, then keeps it; the page asked for the host permission first. */
  'ui-bg/hubspot-connect': { from: 'ui', payload: z.object({ token: tokenSchema }).strict() },
  /** Forgets the token and gives the host permission back. */
  'ui-bg/hubspot-disconnect': { from: 'ui', payload: z.object({}).strict() },
  /** What pushing these accounts would change, field by field; writes nothing. */
  'ui-bg/hubspot-preview': { from: 'ui', payload: z.object({ accountIds, overwrite: z.boolean() }).strict() },
  /** Pushes these accounts and their people; `overwrite` replaces values a person set in HubSpot. */
  'ui-bg/hubspot-push': { from: 'ui', payload: z.object({ accountIds, overwrite: z.boolean() }).strict() },
  /** An account's latest pushes. */
  'ui-bg/hubspot-push-log': { from: 'ui', payload: z.object({ accountId: recordIdSchema }).strict() },
} as const;
