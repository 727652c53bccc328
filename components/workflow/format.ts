/** Dates as the user's browser writes them, without the time: activities and answers are dated by day. */
export function formatDay(at: number): string {
  return new Date(at).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** Today as a date input wants it (local time, YYYY-MM-DD). */
export function todayInput(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A date input's value as a timestamp: today means now (a fresh activity counts in full), another day means noon of
 * that day in local time, away from midnight so no time zone shifts it to the day before.
 */
export function inputToTime(value: string, now = new Date()): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  if (value === todayInput(now)) return now.getTime();
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12).getTime();
}
