import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Icp } from '../icp/schema';
import type { BuyingRole } from '../people/buying-role';
import type { StoredOutcome } from '../review/outcomes';
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
  /** When the user hid it from the leads list (lib/leads/bulk.ts); kept and updated, just not listed. Not indexed. */
  hiddenAt?: number;
  /** Set with an outcome stage (Customer, Lost, Disqualified) or imported: when, and why. Not indexed. */
  outcome?: StoredOutcome;
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
  /** When the user hid it from the leads list; not indexed. */
  hiddenAt?: number;
  /** The buying role the user chose (lib/people), over the suggested one; kept on every revisit. Not indexed. */
  buyingRole?: BuyingRole;
  /** As for accounts: an outcome stage records when it was set. */
  outcome?: StoredOutcome;
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

/** One page research asked a company's site for (lib/research), whatever came of it: each page at most once a week. */
export interface ResearchFetchRecord {
  /** The page's address without fragment or trailing slash (lib/research/plan.ts `pageKey`). */
  url: string;
  /** The registrable domain. */
  site: string;
  at: number;
  /** How it ended (lib/research/run.ts `PageOutcome`), or `pending` while the request is out. */
  outcome: string;
  /** The links of a page read, for a later plan that does not fetch it again. */
  links?: { url: string; hrefs: string[]; labels: Array<[number, string]>; lang?: string };
}

/** One site of a bulk research queue (lib/research/queue.ts), kept until the user clears the queue. */
export interface ResearchTaskRecord {
  site: string;
  accountId: string;
  state: 'queued' | 'running' | 'researched' | 'unreachable' | 'refused' | 'no-data' | 'cancelled';
  queuedAt: number;
  startedAt?: number;
  finishedAt?: number;
  /** Pages fetched for it. */
  pages?: number;
  /** Its robots.txt as read once (null: none, or unreadable and so no rules), so a resumed task does not ask again. */
  robots?: string | null;
  /** The scheme and host the site answered on (`http://acme.example`), read with its robots.txt. */
  origin?: string;
  /** Its robots.txt was asked again after a stopped worker lost the first answer; a third time is not asked. */
  robotsRetried?: boolean;
}

/**
 * A site the user marked "not a company" (a news site read in passing): an account key (registrable domain,
 * `profile:<url>` or `name:<name>`) that pages never make an account of again (lib/leads/exclusions.ts).
 */
export interface ExclusionRecord {
  key: string;
  /** What the account was called when it was marked, to list it in words. */
  name: string;
  at: number;
}

/**
 * One push of an account to a CRM (lib/crm): when, how many fields it wrote, the CRM's record ids, and the values the
 * CRM holds as ICP Lens's afterwards, so the next push tells them from values a person set there.
 */
export interface CrmPushRecord {
  id?: number;
  accountId: string;
  crm: 'hubspot' | 'salesforce' | 'twenty';
  at: number;
  /** Fields written (new or changed), the company's and its people's together. */
  fields: number;
  companyId?: string;
  company: Record<string, string>;
  /** By ICP Lens contact id. */
  contacts: Record<string, { crmId: string; values: Record<string, string> }>;
  /** What failed, in words (the CRM's own message). */
  failures: string[];
}

/**
 * An ICP as it was before an edit replaced it (lib/db/icp-versions.ts): every saved edit, and every review suggestion
 * accepted, keeps the version it replaced, so a change can be read back ("v3 -> v4: size weight 25 -> 35").
 */
export interface IcpVersionRecord {
  /** `<icp id>@<version>`: one row per version of each ICP. */
  key: string;
  icpId: string;
  version: number;
  icp: Icp;
  /** When the next version replaced it. */
  replacedAt: number;
  /** How the next version came about, in words: "edited", "review suggestions accepted". */
  replacedBy: string;
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
  researchFetches: EntityTable<ResearchFetchRecord, 'url'>;
  researchTasks: EntityTable<ResearchTaskRecord, 'site'>;
  exclusions: EntityTable<ExclusionRecord, 'key'>;
  crmPushes: EntityTable<CrmPushRecord, 'id'>;
  icpVersions: EntityTable<IcpVersionRecord, 'key'>;
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

/**
 * v2: the leads list filters and the tagging workflow query by lifecycle stage and tag, for accounts and people, and
 * people by tier as accounts already were. Rows written by v1 may lack `tags`/`aliases` (older imports): normalised.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  accounts: 'id, domain, *aliases, lastSeen, score.tier, stage, *tags',
  contacts: 'id, accountId, lastSeen, score.tier, stage, *tags',
};

/**
 * v3: research (lib/research) keeps what it fetched, when and with what outcome (each page at most once a week, and a
 * resumed queue never asks twice), and the bulk research queue, which survives a stopped worker and a browser restart.
 * Both are operational records, not the user's data: backups leave them out; "delete all" empties them.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  researchFetches: 'url, site, at',
  researchTasks: 'site, state, queuedAt',
};
export const RESEARCH_TABLES = ['researchFetches', 'researchTasks'] as const;

/**
 * v4: sites marked "not a company", keyed by account key. Hidden leads need no index (`hiddenAt`, filtered in memory
 * with the rest of the list).
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  exclusions: 'key, at',
};

/**
 * v6 (v5 is another branch's): the CRM push log, per account, latest first by `at`. Operational like research's
 * tables: backups leave it out (a restored browser starts with no push history, which only makes the next push keep
 * more of HubSpot's values); "delete all" empties it.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V4,
  crmPushes: '++id, accountId, at',
};
export const CRM_TABLES = ['crmPushes'] as const;

/**
 * v7 (5 and 6 are other features' numbers): earlier versions of each ICP, kept when an edit or an accepted review
 * suggestion replaces them, listed by ICP.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  icpVersions: 'key, icpId',
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string'))] : [];

/** Makes a contact row written by an older version fit the current record shape (in place): tags a list, stage a word. */
export function normalizeContactRow(row: Record<string, unknown>): Record<string, unknown> {
  row.tags = strings(row.tags);
  if (row.stage !== undefined && (typeof row.stage !== 'string' || !row.stage.trim())) delete row.stage;
  return row;
}

/** The same for an account row, whose aliases are a list too. */
export function normalizeAccountRow(row: Record<string, unknown>): Record<string, unknown> {
  row.aliases = strings(row.aliases);
  return normalizeContactRow(row);
}

/** Every version, oldest first: what `openDbAtVersion` replays, so tests can build a database of any past version. */
export const DB_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}> = [
  { version: 1, stores: SCHEMA_V1 },
  {
    version: 2,
    stores: SCHEMA_V2,
    upgrade: async (tx) => {
      await tx
        .table('accounts')
        .toCollection()
        .modify((row) => void normalizeAccountRow(row));
      await tx
        .table('contacts')
        .toCollection()
        .modify((row) => void normalizeContactRow(row));
    },
  },
  {
    version: 3,
    stores: SCHEMA_V3,
    // Two new tables, empty at first; no existing row changes shape.
    upgrade: async () => undefined,
  },
  {
    version: 4,
    stores: SCHEMA_V4,
    // A new table, empty at first; no existing row changes shape (`hiddenAt` is optional and new).
    upgrade: async () => undefined,
  },
  {
    version: 6,
    stores: SCHEMA_V6,
    // A new table, empty at first; no existing row changes shape.
    upgrade: async () => undefined,
  },
  {
    version: 7,
    stores: SCHEMA_V7,
    // A new table, empty at first: no earlier version of an ICP was kept before it. Accounts may carry `outcome`
    // (optional, not indexed).
    upgrade: async () => undefined,
  },
];

export const CURRENT_DB_VERSION = Math.max(...DB_VERSIONS.map((v) => v.version));

/** The database as version `n` declared it (all versions up to n): for migration tests of version n+1. */
export function openDbAtVersion(name: string, n: number): IcpLensDb {
  const db = new Dexie(name) as IcpLensDb;
  for (const { version, stores, upgrade } of DB_VERSIONS) {
    if (version > n) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}

export function openDb(name: string = DB_NAME): IcpLensDb {
  return openDbAtVersion(name, CURRENT_DB_VERSION);
}
