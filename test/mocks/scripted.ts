/**
 * A failure the tests script into a local CRM: the requests it hits (`POST /some/path`, matched as a prefix), the
 * status it answers, and when: after `skip` matching requests went through, for `times` of them (default 1).
 */
export interface Scripted<Status extends number = number> {
  match: string;
  status: Status;
  retryAfter?: string;
  /** How many matching requests get it (default 1). */
  times?: number;
  /** How many matching requests go through first (default 0): a 429 in the middle of a run. */
  skip?: number;
}

/**
 * The scripted failure this request (`METHOD /path`) gets now, if any, counted off the script: a failure used up
 * leaves the list. Undefined when none applies yet, and the request is answered as usual.
 */
export function takeScripted<S extends Scripted>(scripted: S[], line: string): S | undefined {
  const script = scripted.find((s) => line.startsWith(s.match));
  if (!script) return undefined;
  if ((script.skip ?? 0) > 0) {
    script.skip = (script.skip ?? 0) - 1;
    return undefined;
  }
  script.times = (script.times ?? 1) - 1;
  if (script.times <= 0) scripted.splice(scripted.indexOf(script), 1);
  return script;
}

/** The Retry-After header a scripted failure carries, if it has one. */
export const retryAfterHeader = (script: Scripted): Record<string, string> =>
  script.retryAfter ? { 'retry-after': script.retryAfter } : {};
