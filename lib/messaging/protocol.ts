import { z } from 'zod';
import { crmMessages } from './messages/crm';
import { dataMessages } from './messages/data';
import { icpMessages } from './messages/icp';
import { leadsMessages } from './messages/leads';
import { peopleMessages } from './messages/people';
import { researchMessages } from './messages/research';
import { reviewMessages } from './messages/review';
import { tabMessages } from './messages/tab';
import { workflowMessages } from './messages/workflow';

/**
 * The one protocol file. Message types are named by direction (Dark Reader style): `cs-bg/...` from a content
 * script to the background, `ui-bg/...` from an extension page (side panel) to the background, `bg-cs/...` and
 * `bg-ui/...` the other way, `bg-off/...` to the offscreen document (research). Each family lives in ./messages/<domain>.ts. `from` is the sender rule the background enforces: writes to ICPs and settings are
 * `ui` only, never accepted from a content script.
 */
export const protocol = {
  ...tabMessages,
  ...icpMessages,
  ...workflowMessages,
  ...leadsMessages,
  ...dataMessages,
  ...researchMessages,
  ...peopleMessages,
  ...crmMessages,
  ...reviewMessages,
} as const;

export type MessageType = keyof typeof protocol;
export type Payload<T extends MessageType> = z.infer<(typeof protocol)[T]['payload']>;
export type SenderRole = (typeof protocol)[MessageType]['from'];

/** The envelope every message travels in. */
export const envelopeSchema = z.object({
  type: z.string().min(1).max(64),
  payload: z.unknown(),
});

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(protocol, type);
}
