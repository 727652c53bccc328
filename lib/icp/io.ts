import { z } from 'zod';
import { type Icp, icpSchema } from './schema';

/**
 * The shareable ICP file: `{format: 'icp-lens/icp', formatVersion: 1, icp}`. The format version changes only when
 * an older ICP Lens could no longer read the file correctly; additive changes keep version 1.
 */
export const ICP_FORMAT = 'icp-lens/icp';
export const ICP_FORMAT_VERSION = 1;
/** Largest file accepted: a generous ICP (100 criteria with long lists) is far below; anything bigger is not ours. */
export const ICP_FILE_MAX_CHARS = 120_000;

export interface IoError {
  /** Where in the file, e.g. `icp.criteria[2].weight`; `(file)` for the file as a whole. */
  path: string;
  message: string;
}
export type ImportResult = { ok: true; icp: Icp } | { ok: false; errors: IoError[] };

const documentSchema = z.object({
  format: z.literal(ICP_FORMAT),
  formatVersion: z.number().int().min(1),
  icp: icpSchema,
});

export function exportIcp(icp: Icp): string {
  return `${JSON.stringify({ format: ICP_FORMAT, formatVersion: ICP_FORMAT_VERSION, icp }, null, 2)}\n`;
}

/** A file name from the ICP's name, safe on every OS: "B2B SaaS, mid-market" -> "b2b-saas-mid-market.icp.json". */
export function exportFileName(icp: Pick<Icp, 'name'>): string {
  const slug = icp.name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'icp'}.icp.json`;
}

/** `['icp', 'criteria', 2, 'weight']` -> `icp.criteria[2].weight`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(file)';
}

/** zod's issues as `{path, message}`, without zod's "Invalid input: " preamble that says nothing. */
export function issuesOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): IoError[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message.replace(/^Invalid input: /, ''),
  }));
}

export function formatErrors(errors: readonly IoError[]): string[] {
  return errors.map((e) => `${e.path}: ${e.message}`);
}

/**
 * Reads an ICP file. Hostile input: size-capped, JSON-parsed, then validated whole by zod; every problem is returned
 * with its exact path, nothing is partially accepted. Storing the result is the caller's business (lib/db/icps.ts),
 * so a refused file cannot change anything stored.
 */
export function parseIcpFile(text: string): ImportResult {
  if (text.length > ICP_FILE_MAX_CHARS) {
    return fail('(file)', `too large: ${text.length} characters, at most ${ICP_FILE_MAX_CHARS}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('(file)', `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('(file)', 'expected a JSON object');
  const head = raw as { format?: unknown; formatVersion?: unknown };
  if (head.format !== ICP_FORMAT) {
    return fail('format', `expected "${ICP_FORMAT}", received ${JSON.stringify(head.format) ?? 'nothing'}`);
  }
  const version = head.formatVersion;
  if (typeof version === 'number' && version > ICP_FORMAT_VERSION) {
    return fail(
      'formatVersion',
      `${version} is newer than this version of ICP Lens reads (${ICP_FORMAT_VERSION}): update ICP Lens`,
    );
  }
  const parsed = documentSchema.safeParse(raw);
  return parsed.success ? { ok: true, icp: parsed.data.icp } : { ok: false, errors: issuesOf(parsed.error) };
}

function fail(path: string, message: string): ImportResult {
  return { ok: false, errors: [{ path, message }] };
}
