import { useState } from 'preact/hooks';
import { EXPORT_TARGETS, type ExportTarget, exportFileName, leadsCsv, MAPPINGS } from '../../lib/leads/csv-export';
import type { LeadRow } from '../../lib/leads/types';
import { plural } from '../../lib/util/plural';

/** Hands a file to the browser's downloads from this page: no downloads permission needed. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports the list as it is shown (filtered, sorted), in the columns the chosen CRM maps on import. */
export function ExportBar({ rows }: { rows: readonly LeadRow[] }) {
  const [target, setTarget] = useState<ExportTarget>('hubspot-companies');
  const [status, setStatus] = useState('');
  const mapping = MAPPINGS[target];
  const count = rows.filter((r) => r.kind === mapping.kind).length;
  const [one, many] = mapping.kind === 'account' ? ['company', 'companies'] : ['person', 'people'];
  return (
    <div class="export">
      <label class="filter">
        <span>Export for</span>
        <select
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value as ExportTarget)}
          data-testid="export-target"
        >
          {EXPORT_TARGETS.map((t) => (
            <option key={t} value={t}>
              {MAPPINGS[t].label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={count === 0}
        data-testid="export-csv"
        onClick={() => {
          const csv = leadsCsv(rows, target);
          download(exportFileName(target, new Date()), csv.text);
          setStatus(`Exported ${plural(csv.count, one, many)} for ${mapping.label.split(':')[0]}.`);
        }}
      >
        Export {plural(count, one, many)} (CSV)
      </button>
      <span role="status" class="muted">
        {count === 0 ? `No ${many} in the list as filtered.` : status}
      </span>
    </div>
  );
}
