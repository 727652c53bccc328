import { z } from 'zod';
import { ICP_FILE_MAX_CHARS, parseIcpFile } from './io';
import type { Icp } from './schema';

/**
 * One ICP for the team: a file in the shared ICP format at a URL the team controls (a file in a repository, an
 * intranet page), loaded into this browser and checked again at browser start and daily. The file goes through the
 * same validation as an import; a bad or unreachable file leaves the ICP in place and says why.
 */
export const TEAM_ICP_KEY = 'teamIcp';
const FETCH_TIMEOUT_MS = 15_000;

export const teamIcpStateSchema = z.object({
  url: z.string().url().max(2000),
  /** The ICP the file was loaded into. */
  icpId: z.string().max(64).optional(),
  /** When the file's content last changed the ICP, and when it was last asked for. */
  changedAt: z.number().int().nonnegative().optional(),
  checkedAt: z.number().int().nonnegative().optional(),
  /** Why the last check left the ICP as it was, in words. */
  problem: z.string().max(500).optional(),
});
export type TeamIcpState = z.infer<typeof teamIcpStateSchema>;

/** Why a URL cannot be a team ICP's address, in words; undefined when it can. */
export function teamUrlProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'That is not a web address: it should start with https://';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The address must start with https:// or http://';
  if (url.username || url.password) return 'Leave the user name and password out of the address.';
  return undefined;
}

export type TeamFetch = { ok: true; icp: Icp } | { ok: false; problem: string };

/** Reads and validates the team's file; never throws: every failure is a sentence for the settings page. */
export async function fetchTeamIcp(url: string, fetchFn: typeof fetch = fetch): Promise<TeamFetch> {
  let text: string;
  try {
    const response = await fetchFn(url, {
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) return { ok: false, problem: `The address answered ${response.status}: the ICP was kept.` };
    text = await response.text();
  } catch {
    return { ok: false, problem: 'The address could not be reached (offline, blocked or too slow): the ICP was kept.' };
  }
  if (text.length > ICP_FILE_MAX_CHARS) {
    return { ok: false, problem: `The file is too large to be an ICP (${text.length} characters): the ICP was kept.` };
  }
  const parsed = parseIcpFile(text);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
    return {
      ok: false,
      problem: `The file is not a valid ICP: ${first?.path}: ${first?.message}${more}. The ICP was kept.`,
    };
  }
  return { ok: true, icp: parsed.icp };
}

/** What a file says, without what this browser adds (id, version, dates, the URL): equal means nothing changed. */
export function sameContent(a: Icp, b: Icp): boolean {
  const content = ({ name, criteria, persona, thresholds, engagement }: Icp) =>
    JSON.stringify({ name, criteria, persona, thresholds, engagement });
  return content(a) === content(b);
}

/** The labels of the locked criteria an edit changed or removed: a seller's save of those is refused. */
export function lockedChanges(stored: Icp, next: Icp): string[] {
  const all = (icp: Icp) => [...icp.criteria, ...icp.persona];
  const after = new Map(all(next).map((c) => [c.id, c]));
  return all(stored)
    .filter((c) => c.locked && JSON.stringify(after.get(c.id)) !== JSON.stringify(c))
    .map((c) => c.label);
}
