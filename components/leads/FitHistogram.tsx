import { useMemo } from 'preact/hooks';
import type { Thresholds } from '../../lib/icp/schema';
import { fitHistogram } from '../../lib/leads/charts';
import type { LeadRow } from '../../lib/leads/types';

const WIDTH = 360;
const HEIGHT = 180;
const LEFT = 46;
const BOTTOM = 24;
const TOP = 18;

/** How many leads fall in each 10-point band of fit, with the active ICP's tier thresholds marked. */
export function FitHistogram({ rows, thresholds }: { rows: readonly LeadRow[]; thresholds: Thresholds }) {
  const { bins, unscored, max } = useMemo(() => fitHistogram(rows), [rows]);
  const plotW = WIDTH - LEFT - 8;
  const plotH = HEIGHT - TOP - BOTTOM;
  const xOf = (fit: number) => LEFT + (fit / 100) * plotW;
  const summary = bins.map((b) => `${b.from}–${b.to}: ${b.count}`).join('; ');
  return (
    <figure class="chart" data-testid="fit-histogram">
      <figcaption>Fit distribution</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={`Leads by fit: ${summary}`}
      >
        <title>Leads by fit, in 10-point bands</title>
        {bins.map((bin, i) => {
          const h = max ? (bin.count / max) * plotH : 0;
          const x = xOf(bin.from) + 1;
          return (
            <g key={bin.from} data-bin={bin.from} data-count={bin.count}>
              <title>{`fit ${bin.from}–${bin.to}: ${bin.count.toLocaleString('en-US')} leads`}</title>
              <rect x={x} y={TOP + plotH - h} width={plotW / 10 - 2} height={h} class="bar" />
              {i % 2 === 0 && (
                <text x={xOf(bin.from)} y={HEIGHT - 6} text-anchor="middle" class="axis">
                  {bin.from}
                </text>
              )}
            </g>
          );
        })}
        <text x={xOf(100)} y={HEIGHT - 6} text-anchor="end" class="axis">
          100
        </text>
        <line x1={LEFT} y1={TOP + plotH} x2={LEFT + plotW} y2={TOP + plotH} class="baseline" />
        <text x={LEFT - 4} y={TOP + 4} text-anchor="end" class="axis">
          {max.toLocaleString('en-US')}
        </text>
        {(['C', 'B', 'A'] as const).map((tier) => (
          <g key={tier} class="threshold">
            <line x1={xOf(thresholds[tier])} y1={TOP - 4} x2={xOf(thresholds[tier])} y2={TOP + plotH} />
            <text x={xOf(thresholds[tier]) + 3} y={TOP + 6} class="axis">
              {tier} ≥ {thresholds[tier]}
            </text>
          </g>
        ))}
      </svg>
      {unscored > 0 && (
        <p class="chart-note">
          Not yet scored (not enough data for a tier): {unscored.toLocaleString('en-US')}, not shown.
        </p>
      )}
    </figure>
  );
}
