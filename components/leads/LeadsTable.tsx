import { useLayoutEffect, useRef } from 'preact/hooks';
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

interface RowProps {
  row: LeadRow;
  index: number;
  selected: boolean;
  onToggle: (key: string, range: boolean) => void;
  onOpen: (row: LeadRow) => void;
}

function LeadCells({ row, index, selected, onToggle, onOpen }: RowProps) {
  const where = row.domain ?? row.profile ?? '';
  return (
    <>
      <td class="lead-cell pick">
        <input
          type="checkbox"
          checked={selected}
          aria-label={`Select ${row.name}`}
          data-nav="pick"
          data-index={index}
          data-testid="lead-select"
          onClick={(e) => {
            // The browser toggled the box; the selection decides, so a shift-click can set a whole range.
            e.preventDefault();
            onToggle(row.key, e.shiftKey);
          }}
        />
      </td>
      <td class="lead-cell name" title={row.name}>
        <button
          type="button"
          class="open-lead"
          data-nav="open"
          data-index={index}
          data-testid="lead-name"
          onClick={() => onOpen(row)}
        >
          {row.name}
        </button>
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
      <td class="lead-cell muted" title={row.tags.join(', ')} data-testid="lead-tags">
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
  selected: ReadonlySet<string>;
  onToggle: (key: string, range: boolean) => void;
  /** Shift+arrow: the selection runs from its anchor to this row. */
  onExtend: (index: number) => void;
  onSelectAll: (all: boolean) => void;
  onOpen: (row: LeadRow) => void;
  /** The row whose detail is open, marked as current. */
  openKey?: string;
}

/**
 * The list as a table whose body is virtualised: only the rows in view are in the DOM, each with its
 * `aria-rowindex` and the table with `aria-rowcount`, so a screen reader still knows where it is in 10,000 rows.
 * Column headers are buttons that sort (click, Enter or Space). Each row has a checkbox (shift-click selects a range)
 * and its name opens the detail. Keys, with focus on a row's checkbox or name: up and down move between rows (with
 * shift, the selection follows), Home and End go to the first and last, Ctrl+A selects every row shown, Escape
 * selects none.
 */
export function LeadsTable(props: TableProps) {
  const { rows, selected } = props;
  const scrollRef = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer(rows.length, ROW_HEIGHT, scrollRef);
  // A row scrolled into view by the keyboard is rendered on the next frame: focus it once it is there.
  const pendingFocus = useRef<{ index: number; nav: string } | undefined>(undefined);
  useLayoutEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    const target = scrollRef.current?.querySelector<HTMLElement>(
      `[data-nav="${want.nav}"][data-index="${want.index}"]`,
    );
    if (target) {
      pendingFocus.current = undefined;
      target.focus();
    }
  });
  const allShown = rows.length > 0 && rows.every((r) => selected.has(r.key));

  const onKeyDown = (e: KeyboardEvent) => {
    const el = e.target as HTMLElement;
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      props.onSelectAll(true);
      return;
    }
    const nav = el.dataset.nav;
    if (!nav) return;
    if (e.key === 'Escape') {
      props.onSelectAll(false);
      return;
    }
    const index = Number(el.dataset.index);
    const next =
      e.key === 'ArrowDown'
        ? index + 1
        : e.key === 'ArrowUp'
          ? index - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? rows.length - 1
              : undefined;
    if (next === undefined) return;
    e.preventDefault();
    const to = Math.max(0, Math.min(rows.length - 1, next));
    if (e.shiftKey) props.onExtend(to);
    pendingFocus.current = { index: to, nav };
    virtualizer.scrollToIndex(to);
    // Already rendered: focus now (the layout effect covers rows that appear later).
    scrollRef.current?.querySelector<HTMLElement>(`[data-nav="${nav}"][data-index="${to}"]`)?.focus();
  };

  return (
    <section
      ref={scrollRef}
      class="lead-scroll"
      aria-label="Leads list"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard.
      tabIndex={0}
      data-testid="leads-scroll"
      onKeyDown={onKeyDown}
    >
      <table aria-rowcount={rows.length + 1} class="lead-table">
        <thead class="lead-head">
          <tr aria-rowindex={1} class="lead-row">
            <th scope="col" class="lead-cell pick">
              <input
                type="checkbox"
                checked={allShown}
                aria-label={allShown ? 'Select none' : `Select all ${rows.length.toLocaleString('en-US')} leads shown`}
                data-testid="select-all"
                onChange={() => props.onSelectAll(!allShown)}
              />
            </th>
            {COLUMNS.map((column) => (
              <SortHeader key={column.key} column={column} sort={props.sort} onSort={props.onSort} />
            ))}
          </tr>
        </thead>
        <tbody class="lead-body" style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as LeadRow;
            const isSelected = selected.has(row.key);
            return (
              <tr
                key={row.key}
                aria-rowindex={item.index + 2}
                aria-current={props.openKey === row.key ? 'true' : undefined}
                class={`lead-row${isSelected ? ' selected' : ''}${props.openKey === row.key ? ' current' : ''}`}
                data-testid="lead-row"
                data-key={row.key}
                style={{ transform: `translateY(${item.start}px)`, height: `${ROW_HEIGHT}px` }}
              >
                <LeadCells
                  row={row}
                  index={item.index}
                  selected={isSelected}
                  onToggle={props.onToggle}
                  onOpen={props.onOpen}
                />
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
