import { Fragment } from 'preact';
import type { IcpReview } from '../../lib/messaging/views';

type Stats = IcpReview['criteria'][number];

const percent = (share: number | undefined) => (share === undefined ? '–' : `${Math.round(share * 100)}%`);

const VERDICT: Record<Stats['verdict'], string> = {
  'separates-well': 'Separates well',
  separates: 'Separates somewhat',
  never: 'Never separates',
  reversed: 'Points the wrong way',
  'too-few': 'Too few known',
};

/** Per criterion: how often it matched among won and lost accounts, its lift and a sentence saying what that means. */
export function CriteriaTable({ review }: { review: IcpReview }) {
  return (
    <section aria-labelledby="criteria-title" class="card">
      <h2 id="criteria-title">Which criteria predict a won account</h2>
      <p class="muted">
        A criterion counts as matched at a match of one half or more; accounts whose data for it is unknown are left out
        of its rates. Lift is the won rate over the {review.lostNoun} rate: above 1, customers match it more often.
      </p>
      <table class="lift" data-testid="lift-table">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Points</th>
            <th scope="col">Won matched</th>
            <th scope="col">{`${review.lostNoun[0]?.toUpperCase()}${review.lostNoun.slice(1)} matched`}</th>
            <th scope="col">Lift</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {review.criteria.map((c) => (
            <Fragment key={c.id}>
              <tr data-criterion={c.id} data-verdict={c.verdict} class="stats-row">
                <th scope="row">{c.label}</th>
                <td>
                  {c.penalty ? `−${c.weight}` : c.weight}
                  {c.knockout && ' (must)'}
                </td>
                <td>
                  {percent(c.wonRate)} <span class="muted">of {c.won.known}</span>
                </td>
                <td>
                  {percent(c.lostRate)} <span class="muted">of {c.lost.known}</span>
                </td>
                <td>{c.lift.toFixed(1)}</td>
                <td>
                  <span class={`verdict verdict-${c.verdict}`}>{VERDICT[c.verdict]}</span>
                </td>
              </tr>
              <tr class="sentence-row">
                <td colSpan={6} data-testid="criterion-sentence">
                  {c.sentence}
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}
