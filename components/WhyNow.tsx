import type { Trigger } from '../lib/messaging/views';
import { shortPage } from '../lib/panel/evidence';

const KIND_LABELS: Record<Trigger['kind'], string> = {
  funding: 'Funding',
  leader: 'New leader',
  hiring: 'Hiring',
  expansion: 'Expansion',
  launch: 'Launch',
};

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_MS = 86_400_000;

/** "today", "3 days ago", "5 weeks ago", "14 months ago": how fresh a trigger is, in words. */
export function ageInWords(at: number, now: number): string {
  const days = Math.max(0, Math.floor((now - at) / DAY_MS));
  if (days === 0) return 'today';
  if (days < 14) return `${days} ${days === 1 ? 'day' : 'days'} ago`;
  if (days < 70) return `${Math.round(days / 7)} weeks ago`;
  const months = Math.round(days / 30.44);
  return months < 24 ? `${months} months ago` : `${Math.round(days / 365.25)} years ago`;
}

/**
 * Why now: the account's top dated triggers, each with its date, how long ago, a one-line reason and the page it was
 * read on. Page text (the headline) is shown as text only.
 */
export function WhyNow({ triggers, now = Date.now() }: { triggers: Trigger[]; now?: number }) {
  return (
    <section aria-labelledby="why-now-title" class="why-now" data-testid="why-now">
      <h2 id="why-now-title">Why now</h2>
      <ul>
        {triggers.map((t) => (
          <li key={`${t.kind}-${t.date}`} data-testid="trigger" data-kind={t.kind}>
            <p>
              <strong>{KIND_LABELS[t.kind]}</strong>{' '}
              <time dateTime={new Date(t.date).toISOString().slice(0, 10)} data-testid="trigger-date">
                {day.format(t.date)}
              </time>{' '}
              <span class="source">({ageInWords(t.date, now)})</span>
            </p>
            <p data-testid="trigger-reason">{t.reason}</p>
            <p class="source">
              “{t.headline}” <PageLink url={t.url} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The page a trigger was read on; linked only when it is an http(s) address (it came from a page). */
function PageLink({ url }: { url: string }) {
  const page = shortPage(url);
  if (!page) return null;
  return (
    <span>
      from{' '}
      <a href={url} target="_blank" rel="noopener noreferrer">
        {page}
      </a>
    </span>
  );
}
