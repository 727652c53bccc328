import type { IcpLensDb } from '../db/db';
import type { MessageType, Payload } from '../messaging/protocol';

/** What a handler gets beside its validated payload. */
export interface RouteContext {
  db: IcpLensDb;
  /** The tab of a content script sender; undefined for extension pages. */
  senderTabId?: number;
}

export type Route<T extends MessageType> = (payload: Payload<T>, context: RouteContext) => Promise<unknown>;

/** One domain's handlers, keyed by message type; every payload was validated before the call. */
export type Routes = { [T in MessageType]?: Route<T> };
