import { z } from 'zod';

/**
 * What the settings page may send to connect Salesforce (lib/messaging/messages/crm.ts). Plain schemas, no browser
 * code. A Salesforce access token is the org id, `!`, then URL-safe text; OAuth tokens from other set-ups are longer.
 */
export const sfTokenSchema = z
  .string()
  .trim()
  .min(16)
  .max(2_048)
  .regex(/^[A-Za-z0-9._~+/=!-]+$/, 'An access token is letters, digits and a few signs, with no spaces');

export const addressSchema = z.string().trim().min(4).max(300);

/** A connected app's consumer key: letters, digits, dots and underscores. Not a secret. */
export const consumerKeySchema = z
  .string()
  .trim()
  .min(10)
  .max(256)
  .regex(/^[A-Za-z0-9._]+$/, 'A consumer key is letters, digits, dots and underscores');
