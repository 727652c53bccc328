import { browser } from 'wxt/browser';
import type { MessageType, Payload, Reply } from './protocol';

/** Sends a typed message to the background and unwraps its reply; a refused message throws with the reason. */
export async function sendToBackground<R, T extends MessageType = MessageType>(
  type: T,
  payload: Payload<T>,
): Promise<R> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<R> | undefined;
  if (!reply) throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
