import { z } from 'zod';
import { icpSchema } from '../icp/schema';
import { BUYING_ROLES } from '../people/buying-role';
import { companySignalsSchema, pageSignalsSchema, personSignalsSchema } from '../signals/schema';

/** Every table of the database, in the order a backup lists them. */
export const BACKUP_TABLES = [
  'accounts',
  'contacts',
  'observations',
  'icps',
  'activities',
  'answers',
  'settings',
  'exclusions',
  'icpVersions',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Tables added after version 1, with the database version that added them: older backups lack them (empty). */
export const TABLE_SINCE: Partial<Record<BackupTable, number>> = { exclusions: 4, icpVersions: 7 };

const id = z.string().min(1).max(4_096);
const autoId = z.number().int().positive();
const time = z.number().finite();
const optionalText = z.string().max(10_000).optional();
const tags = z.array(z.string().max(200)).max(500);
/** A score is recomputed from the signals on the next rescoring; its shape only needs to be an object. */
const score = z.record(z.string(), z.unknown()).optional();

/**
 * What a row of each table must look like to be restored. Signals, pages and ICPs are checked with the schemas the
 * background applies when it writes them (with their caps on every string and list); the rest structurally. Loose
 * objects: a field added by a later minor change is kept rather than refused.
 */
export const ROW_SCHEMAS: Record<BackupTable, z.ZodType> = {
  accounts: z.looseObject({
    id,
    domain: z.string().max(300).optional(),
    aliases: z.array(z.string().max(4_096)).max(1_000),
    name: z.string().max(1_000).optional(),
    signals: companySignalsSchema,
    score,
    firstSeen: time,
    lastSeen: time,
    stage: z.string().max(100).optional(),
    tags,
    hiddenAt: time.optional(),
  }),
  contacts: z.looseObject({
    id,
    accountId: id.optional(),
    name: z.string().max(1_000).optional(),
    signals: personSignalsSchema,
    score,
    firstSeen: time,
    lastSeen: time,
    stage: z.string().max(100).optional(),
    tags,
    hiddenAt: time.optional(),
    buyingRole: z.enum(BUYING_ROLES).optional(),
  }),
  observations: z.looseObject({
    id: autoId,
    accountId: id.optional(),
    contactId: id.optional(),
    url: z.string().max(4_096),
    observedAt: time,
    page: pageSignalsSchema,
  }),
  icps: icpSchema,
  activities: z.looseObject({
    id: autoId,
    accountId: id.optional(),
    contactId: id.optional(),
    type: z.string().min(1).max(100),
    at: time,
    note: optionalText,
  }),
  answers: z.looseObject({
    id: autoId,
    accountId: id,
    questionId: z.string().min(1).max(200),
    element: z.string().min(1).max(100),
    status: z.enum(['confirmed', 'partial', 'not-a-fit']),
    note: optionalText,
    at: time,
  }),
  settings: z.object({ key: z.string().min(1).max(200), value: z.unknown() }).strict(),
  exclusions: z.object({ key: id, name: z.string().max(4_096), at: time }).strict(),
  icpVersions: z
    .object({
      key: id,
      icpId: id,
      version: z.number().int().min(1),
      icp: icpSchema,
      replacedAt: time,
      replacedBy: z.string().max(200),
    })
    .strict(),
};

/** The primary key of each table, as Dexie declares it (the first entry of the schema string, without `++`). */
export const PRIMARY_KEYS: Record<BackupTable, string> = {
  accounts: 'id',
  contacts: 'id',
  observations: 'id',
  icps: 'id',
  activities: 'id',
  answers: 'id',
  settings: 'key',
  exclusions: 'key',
  icpVersions: 'key',
};
