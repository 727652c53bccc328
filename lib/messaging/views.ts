import type { AccountRecord, ContactRecord } from '../db/db';
import type { IcpPreview } from '../db/preview';
import type { IoError } from '../icp/io';
import type { Icp } from '../icp/schema';
import type { RankedQuestion } from '../questions/rank';

/** What the side panel shows for one tab; the background computes it from the tab state and the database. */
export type TabView =
  | { status: 'pending'; tabId: number }
  | { status: 'inaccessible'; tabId: number; reason: string }
  | { status: 'empty'; tabId: number; url: string }
  | {
      status: 'scored';
      tabId: number;
      url: string;
      icp: { id: string; name: string };
      account?: AccountRecord;
      contact?: ContactRecord;
      questions: RankedQuestion[];
    };

/** The ICP editor's view of the stored ICPs (`ui-bg/list-icps`). */
export interface IcpList {
  icps: Icp[];
  activeId: string;
  presets: { id: string; name: string; description: string }[];
  /** The rescoring under way, if any. */
  rescore?: RescoreProgress;
}

export interface RescoreProgress {
  icpId: string;
  done: number;
  total: number;
  finished: boolean;
}

/** `ui-bg/import-icp`: the ICP added, or every error with its path; a refused file changes nothing. */
export type ImportReply = { ok: true; icp: Icp } | { ok: false; errors: IoError[] };

/** `ui-bg/export-icp`: what the panel offers as a download. */
export interface ExportReply {
  fileName: string;
  text: string;
}

export type { IcpPreview };
