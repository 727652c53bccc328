// biome-ignore-all lint/a11y/useSemanticElements: an SVG cell cannot be a <button>; each cell acts as one.
import { useMemo } from 'preact/hooks';
import { MATRIX_GRADES, MATRIX_TIERS, matrixCounts } from '../../lib/leads/charts';
import type { LeadRow } from '../../lib/leads/types';
import type { MatrixCell } from '../../lib/scoring/matrix';

const GRADE_NAMES = { 1: 'hot', 2: 'warm', 3: 'cool', 4: 'cold' } as const;
const SIZE = 58;
const LEFT = 70;
const TOP = 34;

/** Wide enough for the count's digits, within the cell. */
const badgeWidth = (count: number) => Math.min(SIZE - 6, 14 + 7.5 * count.toLocaleString('en-US').length);

interface Props {
  rows: readonly LeadRow[];
  selected?: MatrixCell;
  onPick: (cell: MatrixCell | undefined) => void;
}

/**
 * Fit tier (rows) by engagement grade (columns), each cell's colour as strong as its share of the busiest cell.
 * Each cell is a button: it filters the list to that cell, or clears the filter when it is the one selected.
 */
export function MatrixChart({ rows, selected, onPick }: Props) {
  const counts = useMemo(() => matrixCounts(rows), [rows]);
  const width = LEFT + SIZE * 4 + 4;
  const height = TOP + SIZE * 4 + 4;
  return (
    <figure class="chart" data-testid="matrix-chart">
      <figcaption>Fit × engagement</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        <title>Fit by engagement matrix: click a cell to show its leads</title>
        {MATRIX_GRADES.map((grade, col) => (
          <text key={grade} x={LEFT + col * SIZE + SIZE / 2} y={TOP - 10} text-anchor="middle" class="axis">
            {grade} {GRADE_NAMES[grade]}
          </text>
        ))}
        {MATRIX_TIERS.map((tier, line) => (
          <text key={tier} x={LEFT - 10} y={TOP + line * SIZE + SIZE / 2 + 4} text-anchor="end" class="axis">
            Tier {tier}
          </text>
        ))}
        {MATRIX_TIERS.flatMap((tier, line) =>
          MATRIX_GRADES.map((grade, col) => {
            const cell: MatrixCell = `${tier}${grade}`;
            const count = counts.cells[cell];
            const strength = counts.max ? count / counts.max : 0;
            const label = `${cell}: ${count.toLocaleString('en-US')} ${count === 1 ? 'lead' : 'leads'}, tier ${tier}, ${GRADE_NAMES[grade]} engagement`;
            const pick = () => onPick(selected === cell ? undefined : cell);
            const x = LEFT + col * SIZE;
            const y = TOP + line * SIZE;
            return (
              <g
                key={cell}
                role="button"
                tabindex={0}
                aria-label={label}
                aria-pressed={selected === cell}
                class={`matrix-cell${selected === cell ? ' selected' : ''}`}
                data-cell={cell}
                onClick={pick}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    pick();
                  }
                }}
              >
                <title>{label}</title>
                <rect x={x + 1} y={y + 1} width={SIZE - 2} height={SIZE - 2} rx={4} class="matrix-bg" />
                <rect
                  x={x + 1}
                  y={y + 1}
                  width={SIZE - 2}
                  height={SIZE - 2}
                  rx={4}
                  class="matrix-fill"
                  fill-opacity={count ? 0.12 + 0.88 * strength : 0}
                />
                <rect
                  x={x + SIZE / 2 - badgeWidth(count) / 2}
                  y={y + SIZE / 2 - 10}
                  width={badgeWidth(count)}
                  height={20}
                  rx={10}
                  class="matrix-badge"
                />
                <text x={x + SIZE / 2} y={y + SIZE / 2 + 4} text-anchor="middle" class="matrix-count">
                  {count.toLocaleString('en-US')}
                </text>
              </g>
            );
          }),
        )}
      </svg>
      {counts.notYetScored > 0 && (
        <p class="chart-note" data-testid="matrix-not-yet-scored">
          Not yet scored (not enough data for a tier): {counts.notYetScored.toLocaleString('en-US')}, outside the
          matrix.
        </p>
      )}
      {counts.outside > 0 && (
        <p class="chart-note">{counts.outside.toLocaleString('en-US')} disqualified (tier X), outside the matrix.</p>
      )}
    </figure>
  );
}
