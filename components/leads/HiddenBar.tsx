import { useState } from 'preact/hooks';
import type { ExcludedSite } from '../../lib/leads/types';
import { sendToBackground } from '../../lib/messaging/client';

const day = (at: number) => new Date(at).toLocaleDateString();

/**
 * Where hidden leads and sites marked "not a company" can be seen again: a switch between the leads and the hidden
 * ones, and in the hidden view the marked sites, each with a way to lift the mark.
 */
export function HiddenBar(props: {
  hiddenCount: number;
  excluded: ExcludedSite[];
  showing: boolean;
  onShow: (hidden: boolean) => void;
  onChanged: () => void;
}) {
  const { hiddenCount, excluded, showing } = props;
  const [error, setError] = useState<string>();
  if (!showing && hiddenCount === 0 && excluded.length === 0) return null;
  const lift = async (site: ExcludedSite) => {
    setError(undefined);
    try {
      await sendToBackground('ui-bg/remove-exclusions', { keys: [site.key] });
      props.onChanged();
    } catch (problem) {
      setError((problem as Error)?.message ?? String(problem));
    }
  };
  return (
    <section class="hidden-bar" aria-label="Hidden leads" data-testid="hidden-bar">
      {showing ? (
        <button type="button" onClick={() => props.onShow(false)} data-testid="show-leads">
          Back to the leads
        </button>
      ) : (
        <button type="button" onClick={() => props.onShow(true)} data-testid="show-hidden">
          Show hidden ({hiddenCount.toLocaleString('en-US')} hidden, {excluded.length.toLocaleString('en-US')} not a
          company)
        </button>
      )}
      {showing && (
        <div data-testid="excluded-sites">
          <h2>Marked not a company</h2>
          {excluded.length === 0 ? (
            <p class="muted">No site is marked not a company.</p>
          ) : (
            <ul class="excluded">
              {excluded.map((site) => (
                <li key={site.key} data-site={site.name}>
                  <span>
                    {site.name} <span class="muted">· marked {day(site.at)}</span>
                  </span>{' '}
                  <button
                    type="button"
                    onClick={() => void lift(site)}
                    aria-label={`Count as a company again: ${site.name}`}
                  >
                    Count as a company again
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p class="muted">A site counted as a company again is saved the next time you read one of its pages.</p>
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
