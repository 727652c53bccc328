import { z } from 'zod';
import { LIMITS } from '../signals/limits';
import { envelopeSchema, isMessageType, type MessageType, type Payload, protocol, type SenderRole } from './protocol';

/** What the background knows about who sent a message (a subset of `runtime.MessageSender`). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tabId?: number;
}

export type Validated = { [T in MessageType]: { ok: true; type: T; payload: Payload<T> } }[MessageType];
export type Rejected = { ok: false; error: string };

/**
 * Who sent it: an extension page (the panel, also when opened as a tab) has our own origin; a content script runs in
 * a tab on a web page. Anything else (another extension, a page without a tab) is refused.
 */
export function senderRole(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderRole | undefined {
  if (sender.id !== extensionId) return undefined;
  // Up to the slash: a bare prefix test would also take `chrome-extension://<id>.elsewhere/`.
  if (sender.url === extensionOrigin || sender.url?.startsWith(`${extensionOrigin}/`)) return 'ui';
  if (sender.tabId !== undefined) return 'content';
  return undefined;
}

/**
 * Validates a message received by the background: known type, payload matching its schema, size within bounds, and
 * a sender allowed to send it. Errors say exactly what is wrong.
 */
export function validateMessage(raw: unknown, role: SenderRole | undefined): Validated | Rejected {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { ok: false, error: 'message is not serializable' };
  }
  if (size > LIMITS.messageBytes)
    return { ok: false, error: `message too large: ${size} > ${LIMITS.messageBytes} bytes` };
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, error: `invalid envelope: ${z.prettifyError(envelope.error)}` };
  const { type, payload } = envelope.data;
  if (!isMessageType(type)) return { ok: false, error: `unknown message type: ${type}` };
  const rule = protocol[type].from;
  if (rule !== role) return { ok: false, error: `${type} is not accepted from ${role ?? 'an unknown sender'}` };
  const parsed = protocol[type].payload.safeParse(payload);
  if (!parsed.success) return { ok: false, error: `invalid ${type} payload: ${z.prettifyError(parsed.error)}` };
  return { ok: true, type, payload: parsed.data } as Validated;
}
