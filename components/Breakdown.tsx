import type { CriterionResult } from '../lib/scoring/types';

function points(c: CriterionResult): string {
  if (c.penalty) return c.match === null ? 'penalty' : `${formatPoints(c.earned)} penalty`;
  if (c.knockout && c.weight === 0) return c.match === null ? 'must' : c.match === 0 ? 'fails' : 'ok';
  return `${formatPoints(c.earned)} / ${formatPoints(c.possible)}`;
}

const formatPoints = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function Source({ c }: { c: CriterionResult }) {
  if (!c.evidence) return null;
  const where = c.evidence.selector ? ` at ${c.evidence.selector}` : '';
  return (
    <span class="source" title={`${c.evidence.url}${where}`}>
      from {c.evidence.source}
    </span>
  );
}

/** Every criterion with its points, the value seen and where it came from: the explanation is the data. */
export function Breakdown({ criteria }: { criteria: CriterionResult[] }) {
  const known = criteria.filter((c) => c.match !== null);
  if (known.length === 0) return null;
  return (
    <section aria-labelledby="breakdown-title">
      <h2 id="breakdown-title">Why</h2>
      <ul class="criteria" data-testid="breakdown">
        {known.map((c) => (
          <li
            key={c.id}
            class={`criterion ${c.match === 1 ? 'hit' : c.match === 0 ? 'miss' : 'partial'}`}
            data-criterion={c.id}
          >
            <div class="criterion-head">
              <span class="criterion-label">
                {c.knockout ? 'Must: ' : ''}
                {c.label}
              </span>
              <span class="points" data-testid="points">
                {points(c)}
              </span>
            </div>
            <div class="criterion-detail">
              <span class="seen">{c.seen}</span> <Source c={c} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
