import robotsParser from 'robots-parser';
import { type FetchLike, fetchPage } from './fetch-page';
import { RESEARCH_LIMITS } from './limits';

/** The name research answers to in a robots.txt; `*` rules apply to it too. */
export const ROBOTS_AGENT = 'ICPLens';

/**
 * A site's robots.txt as research reads it: text (rules), null (none, so no rules), or `unreachable` / `timeout` when
 * the site does not answer (RFC 9309: a site whose robots.txt cannot be reached is treated as disallowing everything).
 */
export type RobotsText = string | null | 'unreachable' | 'timeout';

export async function fetchRobots(
  origin: string,
  site: string,
  options: {
    fetch?: FetchLike;
    allowed?: (url: string) => boolean | Promise<boolean>;
    beforeRequest?: (url: string) => Promise<void>;
  },
): Promise<RobotsText> {
  const answer = await fetchPage(`${origin}/robots.txt`, {
    site,
    accept: 'text',
    maxBytes: RESEARCH_LIMITS.maxRobotsBytes,
    fetch: options.fetch,
    allowed: options.allowed,
    beforeRequest: options.beforeRequest,
  });
  if (answer.ok) return answer.html;
  if (answer.reason === 'timeout') return 'timeout';
  if (answer.reason === 'unreachable') return 'unreachable';
  // 5xx: the site is there but its rules are unknown; RFC 9309 says to assume it disallows everything.
  if (answer.reason === 'http-error' && (answer.status ?? 0) >= 500) return 'unreachable';
  return null;
}

/** Whether research may fetch `url` under these rules (a well-kept parser: robots-parser). */
export function robotsAllows(robotsUrl: string, text: string | null): (url: string) => boolean {
  if (!text) return () => true;
  const robots = robotsParser(robotsUrl, text);
  return (url) => robots.isAllowed(url, ROBOTS_AGENT) !== false;
}
