import { z } from 'zod';

/**
 * What the settings page may send to connect Twenty (lib/messaging/messages/crm.ts). A Twenty API key is a signed
 * token (three base64url parts joined by dots); other set-ups may issue other URL-safe text.
 */
export const twentyKeySchema = z
  .string()
  .trim()
  .min(16)
  .max(4_096)
  .regex(/^[A-Za-z0-9._~+/=-]+$/, 'An API key is letters, digits and a few signs, with no spaces');

export const twentyAddressSchema = z.string().trim().max(300);
