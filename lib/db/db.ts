import Dexie, { type EntityTable } from 'dexie';
import type { Icp } from '../icp/schema';
import type { ScoreResult } from '../scoring/types';
import type { CompanySignals, PageSignals, PersonSignals } from '../signals/schema';

/** A company, keyed by registrable domain, or by `profile:<normalized url>` until its website is known. */
export interface AccountRecord {
  id: string;
  domain?: string;
  /** Normalized profile URLs (LinkedIn, Crunchbase, GitHub...) that resolve to this account. */
  aliases: string[];
  name?: string;
  /** The best fact per field, by merge precedence (lib/signals/merge.ts). */
  signals: CompanySignals;
  score?: ScoreResult;
  firstSeen: number;
  lastSeen: number;
  stage?: string;
  tags: string[];
  /** The user's own notes (not indexed, so no schema change). */
  notes?: string;
  /** When the user saved it as a lead ("Save lead" menu); not indexed. */
  savedAt?: number;
}

/** A person, keyed by normalized profile URL. */
export interface ContactRecord {
  id: string;
  accountId?: string;
  name?: string;
  signals: PersonSignals;
  score?: ScoreResult;
  firstSeen: number;
  lastSeen: number;
  stage?: string;
  tags: string[];
  /** The user's own notes (not indexed, so no schema change). */
  notes?: string;
  /** When the user saved it as a lead ("Save lead" menu); not indexed. */
  savedAt?: number;
}

/** One page visit's signals, kept whole for provenance and change detection. */
export interface ObservationRecord {
  id?: number;
  accountId?: string;
  contactId?: string;
  url: string;
  observedAt: number;
  page: PageSignals;
}

export interface ActivityRecord {
  id?: number;
  accountId?: string;
  contactId?: string;
  type: string;
  at: number;
  note?: string;
}

export interface AnswerRecord {
  id?: number;
  accountId: string;
  questionId: string;
  element: string;
  status: 'confirmed' | 'partial' | 'not-a-fit';
  note?: string;
  at: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type IcpLensDb = Dexie & {
  accounts: EntityTable<AccountRecord, 'id'>;
  contacts: EntityTable<ContactRecord, 'id'>;
  observations: EntityTable<ObservationRecord, 'id'>;
  icps: EntityTable<Icp, 'id'>;
  activities: EntityTable<ActivityRecord, 'id'>;
  answers: EntityTable<AnswerRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

export const DB_NAME = 'icp-lens';

/**
 * Versions are never edited once shipped (STYLE.md 10): a schema change is a new `db.version(n)` with an upgrade,
 * and a test that opens a database made by version n-1.
 */
export const SCHEMA_V1 = {
  accounts: 'id, domain, *aliases, lastSeen, score.tier',
  contacts: 'id, accountId, lastSeen',
  observations: '++id, accountId, contactId, observedAt',
  icps: 'id, updatedAt',
  activities: '++id, accountId, contactId, at',
  answers: '++id, accountId, [accountId+questionId]',
  settings: 'key',
};

export function openDb(name: string = DB_NAME): IcpLensDb {
  const db = new Dexie(name) as IcpLensDb;
  db.version(1).stores(SCHEMA_V1);
  return db;
}
