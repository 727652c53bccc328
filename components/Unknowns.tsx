import { whereToFind } from '../lib/panel/settle';
import type { CriterionResult } from '../lib/scoring/types';

/**
 * What the pages did not say: each unknown with the points it could still add and where it is usually found, the
 * biggest first. A criterion whose data was read but did not mention its targets says so: that is not a "no".
 */
export function Unknowns({ criteria, title = 'Still unknown' }: { criteria: CriterionResult[]; title?: string }) {
  const unknown = criteria.filter((c) => c.match === null).sort((a, b) => b.possible - a.possible);
  if (unknown.length === 0) return null;
  const id = `unknowns-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul class="unknowns" data-testid="unknowns">
        {unknown.map((c) => (
          <li key={c.id} data-criterion={c.id}>
            <div class="criterion-head">
              <span>{c.label}</span>
              <span class="points">{c.penalty ? 'penalty' : c.possible > 0 ? `up to ${c.possible}` : 'must'}</span>
            </div>
            <p class="hint">
              {c.notFound ? `Read, but ${c.notFound}: not counted as a no. ` : 'Not stated on the pages read yet. '}
              Usually on {whereToFind(c.field)}.
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
