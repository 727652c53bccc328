import { z } from 'zod';
import { type Icp, icpSchema } from './schema';
import { fileErrors, formatPath } from './sentences';

export { formatPath };

/**
 * The shareable ICP file: `{format: 'icp-lens/icp', formatVersion: 1, icp}`. The format version changes only when
 * an older ICP Lens could no longer read the file correctly; additive changes keep version 1.
 */
export const ICP_FORMAT = 'icp-lens/icp';
export const ICP_FORMAT_VERSION = 1;
/** Largest file accepted: a generous ICP (100 criteria with long lists) is far below; anything bigger is not ours. */
export const ICP_FILE_MAX_CHARS = 120_000;

export interface IoError {
  /** Where in the file, e.g. `icp.criteria[2].weight`; `(file)` for the file as a whole: for placing, not showing. */
  path: string;
  /** The problem in words, with where it is ("Company criterion 3 ("Size"): Weight must be 0 or more."). */
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

/**
 * Reads an ICP file. Hostile input: size-capped, JSON-parsed, then validated whole by zod; every problem is returned
 * in words with where it is, nothing is partially accepted. Storing the result is the caller's business (lib/db/icps.ts),
 * so a refused file cannot change anything stored.
 */
export function parseIcpFile(text: string): ImportResult {
  if (text.length > ICP_FILE_MAX_CHARS) {
    return fail(
      '(file)',
      `The file is too large for an ICP: ${text.length} characters, at most ${ICP_FILE_MAX_CHARS}.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('(file)', 'The file is not an ICP file: it is not JSON (it may be cut short).');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('(file)', 'The file is not an ICP file: it holds no ICP.');
  }
  const head = raw as { format?: unknown; formatVersion?: unknown };
  if (head.format !== ICP_FORMAT) {
    return fail('format', 'The file is not an ICP file exported by ICP Lens (its format is not "icp-lens/icp").');
  }
  const version = head.formatVersion;
  if (typeof version === 'number' && version > ICP_FORMAT_VERSION) {
    return fail('formatVersion', 'The file was written by a newer ICP Lens: update ICP Lens to read it.');
  }
  const parsed = documentSchema.safeParse(raw);
  return parsed.success ? { ok: true, icp: parsed.data.icp } : { ok: false, errors: fileErrors(parsed.error, raw) };
}

function fail(path: string, message: string): ImportResult {
  return { ok: false, errors: [{ path, message }] };
}
