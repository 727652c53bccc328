import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  countHidden,
  DEFAULT_SORT,
  facetsOf,
  filterLeads,
  isFiltered,
  type LeadFilter,
  type LeadSort,
  nextSort,
  sortLeads,
} from '../../lib/leads/query';
import {
  extendTo,
  keepShown,
  NO_SELECTION,
  type Selection,
  selectAll,
  targetsOf,
  toggleRow,
} from '../../lib/leads/selection-model';
import type { LeadRow } from '../../lib/leads/types';
import { useLeadList } from '../../lib/leads/use-lead-list';
import type { Target } from '../../lib/workflow/limits';
import { BulkResearch } from '../research/BulkResearch';
import { BulkBar } from './BulkBar';
import { ExportBar } from './ExportBar';
import { FitHistogram } from './FitHistogram';
import { HiddenBar } from './HiddenBar';
import { ImportPanel } from './ImportPanel';
import { LeadDetail } from './LeadDetail';
import { LeadFilters } from './LeadFilters';
import { LeadsTable } from './LeadsTable';
import { MatrixChart } from './MatrixChart';

const NO_ROWS: LeadRow[] = [];

/** The accounts shown that have a website to research. */
const researchable = (rows: LeadRow[]) => rows.filter((r) => r.kind === 'account' && r.domain).map((r) => r.id);
const n = (value: number) => value.toLocaleString('en-US');

function NoLeadsYet() {
  return (
    <div class="empty" data-testid="no-leads">
      <h2>No leads yet</h2>
      <p>
        Open a company's website or a LinkedIn, Crunchbase, Wikipedia or GitHub profile and click the ICP Lens toolbar
        button: every company and person you look at is saved here with its fit. Or import a CSV of domains or company
        names below.
      </p>
    </div>
  );
}

/**
 * The leads page: every saved account and person, filtered, sorted, pictured and exported in memory; rows selected
 * for bulk actions, one opened in a detail view beside the list. It follows changes made elsewhere (the side panel,
 * pages read) without a reload, keeping scroll position, selection and the open detail.
 */
export function LeadsPage() {
  const { state, reload } = useLeadList();
  const [filter, setFilter] = useState<LeadFilter>({});
  const [sort, setSort] = useState<LeadSort>(DEFAULT_SORT);
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const [open, setOpen] = useState<{ target: Target; name: string }>();
  const rows = state.kind === 'ready' ? state.list.rows : NO_ROWS;
  const filtered = useMemo(() => filterLeads(rows, filter), [rows, filter]);
  const sorted = useMemo(() => sortLeads(filtered, sort), [filtered, sort]);
  const facets = useMemo(() => facetsOf(rows), [rows]);
  const hidden = useMemo(() => countHidden(rows), [rows]);
  const targets = useMemo(() => targetsOf(selection, sorted), [selection, sorted]);
  // A lead deleted elsewhere or filtered out leaves the selection: actions touch only leads in view.
  useEffect(() => setSelection((current) => keepShown(current, sorted)), [sorted]);

  const openRow = (row: LeadRow) => setOpen({ target: { kind: row.kind, id: row.id }, name: row.name });
  const openTarget = (target: Target) => setOpen({ target, name: target.id });
  const closeDetail = () => {
    const key = open && `${open.target.kind}:${open.target.id}`;
    setOpen(undefined);
    // Back to the row the detail came from, when it is still rendered.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key ?? '')}"] [data-nav="open"]`)?.focus(),
    );
  };
  const showHidden = (on: boolean) => setFilter({ ...filter, hidden: on || undefined });

  return (
    <main class={`leads${open ? ' with-detail' : ''}`}>
      <header class="leads-header">
        <h1>Leads</h1>
        {state.kind === 'ready' && (
          <p class="count" data-testid="lead-count" aria-live="polite">
            {filter.hidden
              ? `${n(sorted.length)} of ${n(hidden.hidden)} hidden leads`
              : `${n(sorted.length)} of ${n(hidden.shown)} leads`}
          </p>
        )}
        <a class="header-link" href="/review.html" data-testid="review-link">
          ICP review: what your won and lost accounts say
        </a>
      </header>
      {state.kind === 'loading' && <p role="status">Loading leads…</p>}
      {state.kind === 'error' && (
        <p role="alert" class="error">
          The leads could not be loaded: {state.message}{' '}
          <button type="button" onClick={reload}>
            Try again
          </button>
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          <HiddenBar
            hiddenCount={hidden.hidden}
            excluded={state.list.excluded}
            showing={filter.hidden === true}
            onShow={showHidden}
            onChanged={reload}
          />
          {rows.length > 0 && <LeadFilters filter={filter} onChange={setFilter} facets={facets} list={state.list} />}
          {rows.length > 0 && (
            <section class="pictures" aria-label="Pictures of the leads shown">
              <MatrixChart rows={filtered} selected={filter.cell} onPick={(cell) => setFilter({ ...filter, cell })} />
              <FitHistogram rows={filtered} thresholds={state.list.thresholds} />
            </section>
          )}
          <section class="transfer" aria-label="Export and import">
            {rows.length > 0 && <ExportBar rows={sorted} />}
            <ImportPanel onImported={reload} />
          </section>
          {rows.length > 0 && <BulkResearch accountIds={researchable(sorted)} onProgress={reload} />}
          {rows.length > 0 && (
            // Shown while any lead exists, so the outcome of an action that emptied the view stays readable.
            <BulkBar
              targets={targets}
              hiddenView={filter.hidden === true}
              tags={facets.tags}
              onSelectAll={() => setSelection(selectAll(sorted))}
              onClear={() => setSelection(NO_SELECTION)}
              onDone={(removed) => {
                if (removed) setSelection(NO_SELECTION);
                reload();
              }}
            />
          )}
          {rows.length === 0 && <NoLeadsYet />}
          {rows.length > 0 && sorted.length === 0 && (
            <div class="empty" data-testid="no-match">
              <h2>No lead matches</h2>
              <p>
                No lead matches the search and filters.{' '}
                <button type="button" onClick={() => setFilter({})} disabled={!isFiltered(filter)}>
                  Clear filters
                </button>
              </p>
            </div>
          )}
          {sorted.length > 0 && (
            <LeadsTable
              rows={sorted}
              sort={sort}
              onSort={(key) => setSort(nextSort(sort, key))}
              selected={selection.keys}
              onToggle={(key, range) => setSelection((current) => toggleRow(current, sorted, key, range))}
              onExtend={(index) => setSelection((current) => extendTo(current, sorted, index))}
              onSelectAll={(all) => setSelection(all ? selectAll(sorted) : NO_SELECTION)}
              onOpen={openRow}
              openKey={open && `${open.target.kind}:${open.target.id}`}
            />
          )}
        </>
      )}
      {open && state.kind === 'ready' && (
        <LeadDetail
          target={open.target}
          name={open.name}
          version={state.list.builtAt}
          onOpen={openTarget}
          onClose={closeDetail}
        />
      )}
    </main>
  );
}
