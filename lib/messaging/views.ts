import type { AccountRecord, ContactRecord } from '../db/db';
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
