import type { LeadFilter } from '../../lib/leads/query';
import type { LeadList } from '../../lib/leads/types';
import { STAGES } from '../../lib/scoring/stage';
import { TIERS, type Tier } from '../../lib/scoring/types';

interface Props {
  filter: LeadFilter;
  onChange: (filter: LeadFilter) => void;
  facets: { tags: string[]; icpIds: string[] };
  list: LeadList;
}

function Select({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  testId: string;
}) {
  return (
    <label class="filter">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)} data-testid={testId}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Search and filters. The ICP filter selects leads by the ICP their stored fit was computed with: fit, tier and cell
 * shown are the stored ones, so offering to rescore on the fly would show numbers the side panel does not.
 */
export function LeadFilters({ filter, onChange, facets, list }: Props) {
  const set = (change: Partial<LeadFilter>) => onChange({ ...filter, ...change });
  const icpName = (id: string) => {
    const name = list.icps.find((i) => i.id === id)?.name ?? `${id} (deleted)`;
    return id === list.activeIcpId ? `${name} (active)` : name;
  };
  return (
    <search class="filters">
      <label class="filter search-box">
        <span>Search</span>
        <input
          type="search"
          value={filter.search ?? ''}
          placeholder="Name, domain or tag"
          onInput={(e) => set({ search: e.currentTarget.value || undefined })}
          data-testid="lead-search"
        />
      </label>
      <Select
        label="Tier"
        value={filter.tier}
        testId="filter-tier"
        onChange={(v) => set({ tier: v as Tier | undefined })}
        options={TIERS.map((t) => ({
          value: t,
          label: t === '?' ? '? (not enough data yet)' : t === 'X' ? 'X (disqualified)' : t,
        }))}
      />
      <Select
        label="Stage"
        value={filter.stage}
        testId="filter-stage"
        onChange={(v) => set({ stage: v })}
        options={STAGES.map((s) => ({ value: s, label: s }))}
      />
      <Select
        label="Tag"
        value={filter.tag}
        testId="filter-tag"
        onChange={(v) => set({ tag: v })}
        options={facets.tags.map((t) => ({ value: t, label: t }))}
      />
      <Select
        label="Scored with ICP"
        value={filter.icpId}
        testId="filter-icp"
        onChange={(v) => set({ icpId: v })}
        options={facets.icpIds.map((id) => ({ value: id, label: icpName(id) }))}
      />
      <Select
        label="Kind"
        value={filter.kind}
        testId="filter-kind"
        onChange={(v) => set({ kind: v as LeadFilter['kind'] })}
        options={[
          { value: 'account', label: 'Companies' },
          { value: 'contact', label: 'People' },
        ]}
      />
      {filter.cell && (
        <button type="button" class="chip" onClick={() => set({ cell: undefined })} data-testid="clear-cell">
          Matrix cell {filter.cell} ✕<span class="visually-hidden"> (remove this filter)</span>
        </button>
      )}
    </search>
  );
}
