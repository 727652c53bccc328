import type { CriterionResult } from '../lib/scoring/types';
import { SourceNote } from './SourceNote';

function points(c: CriterionResult): string {
  if (c.penalty) return c.match === null ? 'penalty' : `${formatPoints(c.earned)} penalty`;
  if (c.knockout && c.weight === 0) return c.match === null ? 'must' : c.match === 0 ? 'fails' : 'ok';
  return `${formatPoints(c.earned)} / ${formatPoints(c.possible)}`;
}

const formatPoints = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Every criterion with its points, the value seen and where it came from: the explanation is the data. */
export function Breakdown({ criteria, title = 'Why' }: { criteria: CriterionResult[]; title?: string }) {
  const known = criteria.filter((c) => c.match !== null);
  if (known.length === 0) return null;
  const id = `breakdown-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
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
              <span class="seen">{c.seen}</span> {c.evidence && <SourceNote evidence={c.evidence} />}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
