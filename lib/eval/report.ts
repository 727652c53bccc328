import { FIELDS, type FieldName, type FieldResult } from './compare';

export interface FieldStats {
  labeled: number;
  correct: number;
  wrong: number;
  missing: number;
  /** correct / (correct + wrong); null when nothing was extracted. */
  precision: number | null;
  /** correct / labeled; null when nothing is labelled. */
  recall: number | null;
}

export interface PageOutcome {
  id: string;
  kind: string;
  results: FieldResult[];
}

export interface EvalReport {
  pages: number;
  errors: Array<{ id: string; error: string }>;
  fields: Partial<Record<FieldName, FieldStats>>;
  overall: FieldStats;
  byKind: Record<string, { pages: number; fields: Partial<Record<FieldName, FieldStats>>; overall: FieldStats }>;
  /** Industry group: per labelled group, how often each group (or `unknown`) was answered. */
  industryConfusion: Record<string, Record<string, number>>;
  /** Every labelled value not read right, by page: what to look at next (printed with `--misses`). */
  misses: Array<{ id: string; field: FieldName; outcome: 'wrong' | 'missing'; expected: unknown; got: unknown }>;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function stats(results: FieldResult[]): FieldStats {
  const correct = results.filter((r) => r.outcome === 'correct').length;
  const wrong = results.filter((r) => r.outcome === 'wrong').length;
  const missing = results.filter((r) => r.outcome === 'missing').length;
  const labeled = results.length;
  return {
    labeled,
    correct,
    wrong,
    missing,
    precision: correct + wrong ? round(correct / (correct + wrong)) : null,
    recall: labeled ? round(correct / labeled) : null,
  };
}

function byField(results: FieldResult[]): Partial<Record<FieldName, FieldStats>> {
  const out: Partial<Record<FieldName, FieldStats>> = {};
  for (const field of FIELDS) {
    const rows = results.filter((r) => r.field === field);
    if (rows.length) out[field] = stats(rows);
  }
  return out;
}

/** Label -> answer counts for the industry group; a label of alternatives counts under the one answered, if any. */
function industryConfusion(results: FieldResult[]): EvalReport['industryConfusion'] {
  const table: EvalReport['industryConfusion'] = {};
  for (const r of results) {
    if (r.field !== 'company.industryGroup') continue;
    const labels = (Array.isArray(r.expected) ? r.expected : [r.expected]).map(String);
    const got = r.outcome === 'missing' ? 'unknown' : String(r.got);
    const label = labels.includes(got) ? got : (labels[0] ?? 'unknown');
    const row = table[label] ?? {};
    row[got] = (row[got] ?? 0) + 1;
    table[label] = row;
  }
  return table;
}

export function buildReport(outcomes: PageOutcome[], errors: EvalReport['errors']): EvalReport {
  const all = outcomes.flatMap((o) => o.results);
  const byKind: EvalReport['byKind'] = {};
  for (const kind of [...new Set(outcomes.map((o) => o.kind))].sort()) {
    const pages = outcomes.filter((o) => o.kind === kind);
    const rows = pages.flatMap((o) => o.results);
    byKind[kind] = { pages: pages.length, fields: byField(rows), overall: stats(rows) };
  }
  return {
    pages: outcomes.length + errors.length,
    errors,
    fields: byField(all),
    overall: stats(all),
    byKind,
    industryConfusion: industryConfusion(all),
    misses: outcomes.flatMap((o) =>
      o.results.flatMap((r) => (r.outcome === 'correct' ? [] : [{ id: o.id, ...r, outcome: r.outcome }])),
    ),
  };
}

/** One line per value not read right: page, field, the label and what was read instead. */
export function formatMisses(report: EvalReport): string {
  const show = (v: unknown) => (v === undefined ? '(nothing)' : JSON.stringify(v));
  return report.misses
    .map((m) => `${m.id}  ${m.field}  ${m.outcome}: expected ${show(m.expected)}, got ${show(m.got)}`)
    .join('\n');
}

const fmt = (x: number | null) => (x === null ? '   -' : x.toFixed(2));

function table(fields: Partial<Record<FieldName, FieldStats>>, overall: FieldStats, indent = ''): string[] {
  const lines = [`${indent}${'field'.padEnd(24)} labeled correct wrong missing precision recall`];
  const row = (name: string, s: FieldStats) =>
    `${indent}${name.padEnd(24)} ${String(s.labeled).padStart(7)} ${String(s.correct).padStart(7)} ${String(s.wrong).padStart(5)} ${String(s.missing).padStart(7)} ${fmt(s.precision).padStart(9)} ${fmt(s.recall).padStart(6)}`;
  for (const [name, s] of Object.entries(fields)) lines.push(row(name, s));
  lines.push(row('overall', overall));
  return lines;
}

/** The human-readable report: per field, overall, per page kind, then the pages that threw. */
export function formatReport(report: EvalReport): string {
  const lines = [`pages ${report.pages}, errors ${report.errors.length}`, '', ...table(report.fields, report.overall)];
  for (const [kind, k] of Object.entries(report.byKind)) {
    lines.push('', `kind ${kind} (${k.pages} pages)`, ...table(k.fields, k.overall, '  '));
  }
  const confusion = Object.entries(report.industryConfusion).sort(([a], [b]) => a.localeCompare(b));
  if (confusion.length) lines.push('', 'industry group, labelled -> answered (unknown = no answer)');
  for (const [label, row] of confusion) {
    const answers = Object.entries(row).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    lines.push(`  ${label.padEnd(25)} ${answers.map(([g, n]) => `${g} ${n}`).join(', ')}`);
  }
  lines.push('', report.errors.length ? 'pages that threw:' : 'no page threw');
  for (const e of report.errors) lines.push(`  ${e.id}: ${e.error}`);
  return lines.join('\n');
}
