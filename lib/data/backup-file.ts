import { z } from 'zod';
import { CURRENT_DB_VERSION, normalizeAccountRow, normalizeContactRow } from '../db/db';
import { BACKUP_TABLES, type BackupTable, PRIMARY_KEYS, ROW_SCHEMAS, TABLE_SINCE } from './backup-rows';
import { BACKUP_LIMITS } from './limits';
import { reviveRow } from './tson';

/** A backup refused before anything was written; the message names what is wrong, for the user. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** A backup that passed every check: rows decoded, normalised to the current version and valid, per table. */
export interface CheckedBackup {
  databaseVersion: number;
  rows: Record<BackupTable, Record<string, unknown>[]>;
  counts: Record<BackupTable, number>;
  total: number;
}

const fileSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number().int().min(1),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int().min(0) })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.boolean(), rows: z.array(z.unknown()) })),
  }),
});

const isBackupTable = (name: string): name is BackupTable => (BACKUP_TABLES as readonly string[]).includes(name);
const fail = (message: string): never => {
  throw new BackupError(message);
};
const megabytes = (chars: number) => `${Math.round(chars / 1_000_000)} MB`;

function parseJson(text: string): unknown {
  if (!text.trim()) fail('The file is empty.');
  if (text.length > BACKUP_LIMITS.chars) {
    fail(`The file is too large (${megabytes(text.length)}; the limit is ${megabytes(BACKUP_LIMITS.chars)}).`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail(
      `The file is not valid JSON, so it is truncated or corrupt (${error instanceof Error ? error.message : error}).`,
    );
  }
}

/** The file's envelope: a dexie-export-import file of this database, of a version this build can read. */
function checkEnvelope(json: unknown) {
  const marked = json as { formatName?: unknown; formatVersion?: unknown } | null;
  if (!marked || typeof marked !== 'object' || marked.formatName !== 'dexie') {
    fail('This is not an ICP Lens backup: it is JSON, but not a database export (no "formatName": "dexie").');
  }
  if (marked?.formatVersion !== 1) {
    fail(`This backup's format version (${JSON.stringify(marked?.formatVersion)}) is not supported: expected 1.`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) fail(`The backup's structure is damaged: ${z.prettifyError(parsed.error)}`);
  const data = (parsed.data as z.infer<typeof fileSchema>).data;
  if (data.databaseVersion > CURRENT_DB_VERSION) {
    fail(
      `This backup comes from a newer ICP Lens (database version ${data.databaseVersion}; this one reads up to ` +
        `${CURRENT_DB_VERSION}): update ICP Lens, then restore it.`,
    );
  }
  const foreign = [...data.tables.map((t) => t.name), ...data.data.map((t) => t.tableName)].filter(
    (name) => !isBackupTable(name),
  );
  if (foreign.length) {
    fail(
      `This backup is not of ICP Lens data ("${data.databaseName}"): it has tables ICP Lens does not know ` +
        `(${[...new Set(foreign)].slice(0, 5).join(', ')}).`,
    );
  }
  return data;
}

/** One table's rows: listed once, as many rows as declared, each decoded, normalised, valid, with a unique key. */
function checkTable(data: ReturnType<typeof checkEnvelope>, table: BackupTable): Record<string, unknown>[] {
  const declared = data.tables.filter((t) => t.name === table);
  const exported = data.data.filter((t) => t.tableName === table);
  // A table added by a later version is absent from older backups: it was empty then.
  if (declared.length + exported.length === 0 && data.databaseVersion < (TABLE_SINCE[table] ?? 1)) return [];
  if (declared.length !== 1 || exported.length !== 1) {
    fail(
      declared.length + exported.length === 0
        ? `The backup has no "${table}" table: it is incomplete.`
        : `The backup lists the "${table}" table more than once.`,
    );
  }
  const { rowCount } = declared[0] as (typeof declared)[number];
  const { rows, inbound } = exported[0] as (typeof exported)[number];
  if (!inbound) fail(`The "${table}" table is stored without its keys inside the rows: not an ICP Lens backup.`);
  if (rows.length !== rowCount) {
    fail(
      `The backup is truncated or was edited: the "${table}" table should have ${rowCount} rows but has ${rows.length}.`,
    );
  }
  const key = PRIMARY_KEYS[table];
  const seen = new Set<unknown>();
  return rows.map((raw, index) => {
    const where = `${table} row ${index + 1}`;
    let row: Record<string, unknown>;
    try {
      row = reviveRow(raw) as Record<string, unknown>;
    } catch (error) {
      return fail(`The backup's ${where} cannot be read: ${error instanceof Error ? error.message : error}.`);
    }
    if (!row || typeof row !== 'object' || Array.isArray(row)) return fail(`The backup's ${where} is not a record.`);
    // The v2 upgrade's normalisation, for backups of version 1 (idempotent on current rows).
    if (table === 'accounts') normalizeAccountRow(row);
    if (table === 'contacts') normalizeContactRow(row);
    const valid = ROW_SCHEMAS[table].safeParse(row);
    if (!valid.success) {
      const [issue] = valid.error.issues;
      fail(`The backup's ${where} is invalid: ${issue?.path.join('.') || 'the row'}: ${issue?.message}.`);
    }
    if (seen.has(row[key])) fail(`The backup's ${where} repeats the ${key} ${JSON.stringify(row[key])}.`);
    seen.add(row[key]);
    return row;
  });
}

/**
 * Reads and checks a whole backup before anything is written: JSON, format and version, every table known and
 * present, declared row counts (a truncated file that still parses), every row decoded and valid, caps. Throws a
 * BackupError naming the first problem.
 */
export function checkBackup(text: string): CheckedBackup {
  const data = checkEnvelope(parseJson(text));
  const total = data.tables.reduce((sum, t) => sum + t.rowCount, 0);
  if (total > BACKUP_LIMITS.rows) fail(`The backup has ${total} rows; the limit is ${BACKUP_LIMITS.rows}.`);
  const rows = {} as CheckedBackup['rows'];
  const counts = {} as CheckedBackup['counts'];
  for (const table of BACKUP_TABLES) {
    rows[table] = checkTable(data, table);
    counts[table] = rows[table].length;
  }
  return { databaseVersion: data.databaseVersion, rows, counts, total };
}
