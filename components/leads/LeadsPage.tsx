import { useMemo, useState } from 'preact/hooks';
import {
  DEFAULT_SORT,
  facetsOf,
  filterLeads,
  isFiltered,
  type LeadFilter,
  type LeadSort,
  nextSort,
  sortLeads,
} from '../../lib/leads/query';
import type { LeadRow } from '../../lib/leads/types';
import { useLeadList } from '../../lib/leads/use-lead-list';
import { BulkResearch } from '../research/BulkResearch';
import { ExportBar } from './ExportBar';
import { FitHistogram } from './FitHistogram';
import { ImportPanel } from './ImportPanel';
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

/** The leads page: every saved account and person, filtered, sorted, pictured and exported in memory. */
export function LeadsPage() {
  const { state, reload } = useLeadList();
  const [filter, setFilter] = useState<LeadFilter>({});
  const [sort, setSort] = useState<LeadSort>(DEFAULT_SORT);
  const rows = state.kind === 'ready' ? state.list.rows : NO_ROWS;
  const filtered = useMemo(() => filterLeads(rows, filter), [rows, filter]);
  const sorted = useMemo(() => sortLeads(filtered, sort), [filtered, sort]);
  const facets = useMemo(() => facetsOf(rows), [rows]);

  return (
    <main class="leads">
      <header class="leads-header">
        <h1>Leads</h1>
        {state.kind === 'ready' && (
          <p class="count" data-testid="lead-count" aria-live="polite">
            {n(sorted.length)} of {n(rows.length)} leads
          </p>
        )}
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
          {sorted.length > 0 && <LeadsTable rows={sorted} sort={sort} onSort={(key) => setSort(nextSort(sort, key))} />}
        </>
      )}
    </main>
  );
}
