import type { ReviewReply } from '../../lib/messaging/views';

const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Earlier versions of the ICP, newest first, each with what changed after it. */
export function Versions({ versions }: { versions: ReviewReply['versions'] }) {
  if (!versions.length) return null;
  return (
    <section aria-labelledby="versions-title" class="card" data-testid="review-versions">
      <h2 id="versions-title">Earlier versions, kept</h2>
      <ul>
        {versions.map((v) => (
          <li key={v.version}>
            {v.diff}{' '}
            <span class="muted">
              ({v.replacedBy}, {date.format(v.replacedAt)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
