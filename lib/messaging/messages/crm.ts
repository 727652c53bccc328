import { z } from 'zod';
import { tokenSchema } from '../../crm/hubspot/connection';
import { brokerUrlSchema, clientIdSchema } from '../../crm/hubspot/schemas';
import { addressSchema, consumerKeySchema, sfTokenSchema } from '../../crm/salesforce/schemas';
import { twentyAddressSchema, twentyKeySchema } from '../../crm/twenty/schemas';
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
  /** Whether the team's broker answers as one, before the browser opens HubSpot's sign-in. */
  'ui-bg/hubspot-broker-check': { from: 'ui', payload: z.object({ brokerUrl: brokerUrlSchema }).strict() },
  /** Signs in with the team's HubSpot app through its broker; the page asked for the permissions first. */
  'ui-bg/hubspot-sign-in': {
    from: 'ui',
    payload: z.object({ clientId: clientIdSchema, brokerUrl: brokerUrlSchema }).strict(),
  },
  /** Forgets the token (a sign-in is revoked through the broker) and gives the host permissions back. */
  'ui-bg/hubspot-disconnect': { from: 'ui', payload: z.object({}).strict() },
  /** What pushing these accounts would change, field by field; writes nothing. */
  'ui-bg/hubspot-preview': { from: 'ui', payload: z.object({ accountIds, overwrite: z.boolean() }).strict() },
  /** Pushes these accounts and their people; `overwrite` replaces values a person set in HubSpot. */
  'ui-bg/hubspot-push': { from: 'ui', payload: z.object({ accountIds, overwrite: z.boolean() }).strict() },
  /** An account's latest pushes. */
  'ui-bg/hubspot-push-log': { from: 'ui', payload: z.object({ accountId: recordIdSchema }).strict() },

  /** The same for Salesforce (lib/crm/salesforce), connected by signing in (OAuth with PKCE) or with a pasted token. */
  'ui-bg/salesforce-status': { from: 'ui', payload: z.object({}).strict() },
  /** Signs in through the team's connected app; the page asked for the identity and host permissions first. */
  'ui-bg/salesforce-sign-in': {
    from: 'ui',
    payload: z.object({ loginUrl: addressSchema, clientId: consumerKeySchema }).strict(),
  },
  /** Checks a pasted access token against the org, then keeps it. */
  'ui-bg/salesforce-connect': {
    from: 'ui',
    payload: z.object({ instanceUrl: addressSchema, token: sfTokenSchema }).strict(),
  },
  'ui-bg/salesforce-disconnect': { from: 'ui', payload: z.object({}).strict() },
  'ui-bg/salesforce-preview': { from: 'ui', payload: z.object({ accountIds, overwrite: z.boolean() }).strict() },
  'ui-bg/salesforce-push': { from: 'ui', payload: z.object({ accountIds, overwrite: z.boolean() }).strict() },
  'ui-bg/salesforce-push-log': { from: 'ui', payload: z.object({ accountId: recordIdSchema }).strict() },

  /** The same for Twenty (lib/crm/twenty), connected with a workspace API key and the workspace's API address. */
  'ui-bg/twenty-status': { from: 'ui', payload: z.object({}).strict() },
  /** Checks the key with one read, then keeps it; the page asked for the host permission first. */
  'ui-bg/twenty-connect': {
    from: 'ui',
    payload: z.object({ baseUrl: twentyAddressSchema, apiKey: twentyKeySchema }).strict(),
  },
  'ui-bg/twenty-disconnect': { from: 'ui', payload: z.object({}).strict() },
  'ui-bg/twenty-preview': { from: 'ui', payload: z.object({ accountIds, overwrite: z.boolean() }).strict() },
  'ui-bg/twenty-push': { from: 'ui', payload: z.object({ accountIds, overwrite: z.boolean() }).strict() },
  'ui-bg/twenty-push-log': { from: 'ui', payload: z.object({ accountId: recordIdSchema }).strict() },
} as const;
