import type { CriterionResult } from '../lib/scoring/types';

/** What the page did not say: each unknown with the points it could still add. */
export function Unknowns({ criteria }: { criteria: CriterionResult[] }) {
  const unknown = criteria.filter((c) => c.match === null);
  if (unknown.length === 0) return null;
  return (
    <section aria-labelledby="unknowns-title">
      <h2 id="unknowns-title">Still unknown</h2>
      <ul class="unknowns" data-testid="unknowns">
        {unknown.map((c) => (
          <li key={c.id} data-criterion={c.id}>
            <span>{c.label}</span>
            <span class="points">{c.penalty ? 'penalty' : c.possible > 0 ? `up to ${c.possible}` : 'must'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
