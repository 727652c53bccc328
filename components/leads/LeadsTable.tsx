import { useRef } from 'preact/hooks';
import type { LeadSort, SortKey } from '../../lib/leads/query';
import type { LeadRow } from '../../lib/leads/types';
import { TIER_NAMES } from '../../lib/scoring/types';
import { useVirtualizer } from './use-virtualizer';

export const ROW_HEIGHT = 36;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'domain', label: 'Domain or profile' },
  { key: 'kind', label: 'Kind' },
  { key: 'fit', label: 'Fit' },
  { key: 'tier', label: 'Tier' },
  { key: 'cell', label: 'Matrix' },
  { key: 'stage', label: 'Stage' },
  { key: 'tags', label: 'Tags' },
  { key: 'lastSeen', label: 'Last seen' },
];

const KIND_LABEL = { account: 'Company', contact: 'Person' } as const;

interface HeaderProps {
  column: (typeof COLUMNS)[number];
  sort: LeadSort;
  onSort: (key: SortKey) => void;
}

function SortHeader({ column, sort, onSort }: HeaderProps) {
  const active = sort.key === column.key;
  const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} class="lead-cell">
      <button type="button" class="sort" onClick={() => onSort(column.key)} data-sort={column.key}>
        {column.label}
        <span aria-hidden="true" class="sort-mark">
          {active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
}

function LeadCells({ row }: { row: LeadRow }) {
  const where = row.domain ?? row.profile ?? '';
  return (
    <>
      <td class="lead-cell name" title={row.name} data-testid="lead-name">
        {row.name}
      </td>
      <td class="lead-cell muted" title={where} data-testid="lead-where">
        {where}
      </td>
      <td class="lead-cell">{KIND_LABEL[row.kind]}</td>
      <td class="lead-cell num" data-testid="lead-fit">
        {row.fit ?? '–'}
      </td>
      <td class="lead-cell">
        <span
          class={`lead-tier lt-${row.tier === '?' ? 'unknown' : row.tier}`}
          title={TIER_NAMES[row.tier]}
          data-testid="lead-tier"
        >
          {row.tier}
        </span>
      </td>
      <td class="lead-cell" data-testid="lead-cell">
        {row.cell ?? 'out'}
      </td>
      <td class="lead-cell" data-testid="lead-stage">
        {row.stage}
        {row.stageSource === 'suggested' && <span class="suggested"> (suggested)</span>}
      </td>
      <td class="lead-cell muted" title={row.tags.join(', ')}>
        {row.tags.join(', ')}
      </td>
      <td class="lead-cell muted">{new Date(row.lastSeen).toLocaleDateString()}</td>
    </>
  );
}

interface TableProps {
  rows: LeadRow[];
  sort: LeadSort;
  onSort: (key: SortKey) => void;
}

/**
 * The list as a table whose body is virtualised: only the rows in view are in the DOM, each with its
 * `aria-rowindex` and the table with `aria-rowcount`, so a screen reader still knows where it is in 10,000 rows.
 * Column headers are buttons that sort (click, Enter or Space).
 */
export function LeadsTable({ rows, sort, onSort }: TableProps) {
  const scrollRef = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer(rows.length, ROW_HEIGHT, scrollRef);
  return (
    <section
      ref={scrollRef}
      class="lead-scroll"
      aria-label="Leads list"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard.
      tabIndex={0}
      data-testid="leads-scroll"
    >
      <table aria-rowcount={rows.length + 1} class="lead-table">
        <thead class="lead-head">
          <tr aria-rowindex={1} class="lead-row">
            {COLUMNS.map((column) => (
              <SortHeader key={column.key} column={column} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody class="lead-body" style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as LeadRow;
            return (
              <tr
                key={row.key}
                aria-rowindex={item.index + 2}
                class="lead-row"
                data-testid="lead-row"
                data-key={row.key}
                style={{ transform: `translateY(${item.start}px)`, height: `${ROW_HEIGHT}px` }}
              >
                <LeadCells row={row} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
