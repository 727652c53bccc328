import Papa from 'papaparse';
import { type OutcomeResult, parseOutcome } from '../review/outcomes';
import { registrableDomain } from '../signals/identity';
import { LIMITS } from '../signals/limits';
import { WORKFLOW_LIMITS } from '../workflow/limits';
import { IMPORT_LIMITS } from './limits';

/** One account to import; `row` is the 1-based line of the file (the header is row 1 when there is one). */
export interface ImportEntry {
  row: number;
  /** The account id: the registrable domain, else `name:<normalized name>`. */
  id: string;
  domain?: string;
  name?: string;
  /** From an outcome column: won, lost or disqualified, with its date (epoch ms, UTC midnight) and reason. */
  outcome?: { result: OutcomeResult; at?: number; reason?: string };
}

export interface ImportError {
  /** 1-based row of the file; 0 for the file as a whole. */
  row: number;
  reason: string;
}

export type ParsedImport =
  | { ok: true; entries: ImportEntry[]; rows: number }
  | { ok: false; errors: ImportError[]; errorCount: number };

const DOMAIN_HEADERS = ['domain', 'website', 'url', 'company domain name', 'company domain', 'web site', 'site'];
const NAME_HEADERS = ['name', 'company', 'company name', 'account', 'account name', 'organization', 'organisation'];
const OUTCOME_HEADERS = ['outcome', 'result', 'deal outcome', 'won lost'];
const DATE_HEADERS = ['date', 'outcome date', 'close date', 'closed', 'closed at', 'closed on'];
const REASON_HEADERS = ['reason', 'outcome reason', 'lost reason', 'loss reason'];
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Dates are taken in one unambiguous form only: 03/04/2024 is March in one country and April in another. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** A date more than a day ahead is a typing error (a day allows for time zones). */
const FUTURE_SLACK_MS = 86_400_000;

const headerOf = (cell: string) => cell.trim().toLowerCase().replace(/[_-]+/g, ' ');

/**
 * The stable key of an account known only by its name: lower case, accents and punctuation dropped, spaces collapsed,
 * so "Acme, Inc." and "ACME Inc" are one account. It never equals a domain key (those contain no colon).
 */
export function nameKey(name: string): string {
  const normalized = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `name:${normalized}`;
}

/** A domain typed by a user (`acme.com`, `www.acme.com`, `https://acme.com/about`) as its registrable domain. */
export function parseDomain(raw: string): string | undefined {
  const value = raw.trim();
  if (!value || /\s/.test(value) || value.length > LIMITS.url) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`).hostname;
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return undefined;
  return registrableDomain(host);
}

function cleanName(raw: string): string | undefined {
  const name = raw.replace(/\s+/g, ' ').trim();
  return name || undefined;
}

type Columns = { domain?: number; name?: number; outcome?: number; date?: number; why?: number; header: boolean };

/** A header row names a domain or a name column; otherwise the file is one headerless column. */
function detectColumns(first: string[]): Columns | ImportError {
  const headers = first.map(headerOf);
  const column = (names: readonly string[]) => {
    const index = headers.findIndex((h) => names.includes(h));
    return index >= 0 ? index : undefined;
  };
  const domain = column(DOMAIN_HEADERS);
  const name = column(NAME_HEADERS);
  if (domain !== undefined || name !== undefined) {
    const outcome = column(OUTCOME_HEADERS);
    // A date or reason column only means something beside an outcome column; alone it is left out like any other.
    return outcome === undefined
      ? { domain, name, header: true }
      : { domain, name, outcome, date: column(DATE_HEADERS), why: column(REASON_HEADERS), header: true };
  }
  if (first.length === 1) return { header: false };
  return {
    row: 1,
    reason: `no column named domain, website, url, name or company (found: ${first.slice(0, 5).join(', ').slice(0, 120)})`,
  };
}

/** A headerless cell: a name when it has spaces or no dot, else it must be a domain. */
function singleCell(value: string): { domain?: string; name?: string } | string {
  if (/\s/.test(value.trim()) || !value.includes('.')) {
    const name = cleanName(value);
    return name ? { name } : 'empty';
  }
  const domain = parseDomain(value);
  return domain ? { domain } : `"${value.slice(0, 60)}" is not a valid domain`;
}

/** A date cell as UTC midnight of that day (epoch ms), or why it is not one. */
export function parseDate(text: string, now: number): number | string {
  const match = ISO_DATE.exec(text.trim());
  const at = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  const valid = match && new Date(at).getUTCDate() === Number(match[3]);
  if (!valid) return `"${text.slice(0, 40)}" is not a date: write it as year-month-day, e.g. 2024-03-15`;
  if (at > now + FUTURE_SLACK_MS) return `${text.trim().slice(0, 10)} is in the future`;
  return at;
}

/** The outcome cells of a row: none when the outcome cell is blank, else a valid outcome or why not. */
function outcomeOf(cells: string[], columns: Columns, now: number): ImportEntry['outcome'] | string {
  const cell = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim());
  const text = cell(columns.outcome);
  const date = cell(columns.date);
  if (!text) return date ? `a date (${date.slice(0, 20)}) without an outcome` : undefined;
  const result = parseOutcome(text);
  if (!result) return `"${text.slice(0, 40)}" is not an outcome: write won, lost or disqualified`;
  const at = date ? parseDate(date, now) : undefined;
  if (typeof at === 'string') return at;
  const reason = cell(columns.why).replace(/\s+/g, ' ').slice(0, WORKFLOW_LIMITS.outcomeReasonChars);
  return { result, ...(at !== undefined && { at }), ...(reason && result !== 'won' && { reason }) };
}

function entryOf(cells: string[], columns: Columns, row: number, now: number): ImportEntry | ImportError | undefined {
  let domainText = '';
  let nameText = '';
  if (columns.header) {
    domainText = columns.domain === undefined ? '' : (cells[columns.domain] ?? '').trim();
    nameText = columns.name === undefined ? '' : (cells[columns.name] ?? '').trim();
  } else {
    const single = singleCell(cells[0] ?? '');
    if (typeof single === 'string') return single === 'empty' ? undefined : { row, reason: single };
    domainText = single.domain ?? '';
    nameText = single.name ?? '';
  }
  if (!domainText && !nameText) return undefined;
  const outcome = columns.outcome === undefined ? undefined : outcomeOf(cells, columns, now);
  if (typeof outcome === 'string') return { row, reason: outcome };
  const name = cleanName(nameText);
  if (name && name.length > LIMITS.shortText) return { row, reason: `name longer than ${LIMITS.shortText} characters` };
  if (domainText) {
    const domain = columns.header ? parseDomain(domainText) : domainText;
    if (!domain) return { row, reason: `"${domainText.slice(0, 60)}" is not a valid domain` };
    return { row, id: domain, domain, name, ...(outcome && { outcome }) };
  }
  const id = nameKey(name as string);
  if (id === 'name:') return { row, reason: `"${nameText.slice(0, 60)}" has no letters or digits` };
  return { row, id, name, ...(outcome && { outcome }) };
}

/**
 * Reads a CSV of domains or company names into accounts to import, validating every row: any invalid row refuses
 * the whole file, with every error named by row (the first IMPORT_LIMITS.listedErrors listed, the rest counted).
 * Rows naming the same account are merged (the last name given wins). Blank lines are skipped but counted, so an
 * error's row is the one a spreadsheet shows. With an outcome column (and optionally a date and a reason column), each
 * row may also say what happened to the account: won, lost or disqualified (lib/review/outcomes.ts).
 */
export function parseAccountsCsv(text: string, now: number = Date.now()): ParsedImport {
  const refuse = (reason: string): ParsedImport => ({ ok: false, errors: [{ row: 0, reason }], errorCount: 1 });
  if (text.length > IMPORT_LIMITS.chars)
    return refuse(`file too large: more than ${IMPORT_LIMITS.chars.toLocaleString('en-US')} characters`);
  // Blank lines are kept while parsing so that an error's row is the row a spreadsheet shows.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const table = parsed.data;
  const blank = (cells: string[] | undefined) => !cells || cells.every((c) => !c.trim());
  const first = table.findIndex((cells) => !blank(cells));
  if (first < 0) return refuse('the file has no rows');
  const columns = detectColumns(table[first] as string[]);
  if ('reason' in columns) return { ok: false, errors: [{ ...columns, row: first + 1 }], errorCount: 1 };
  const start = columns.header ? first + 1 : first;
  const dataRows = table.slice(start).filter((cells) => !blank(cells)).length;
  if (dataRows > IMPORT_LIMITS.rows)
    return refuse(`too many rows: ${dataRows.toLocaleString('en-US')} > ${IMPORT_LIMITS.rows.toLocaleString('en-US')}`);
  // Broken quoting makes the rows after it unreliable; a one-column file makes Papa report an undetectable
  // delimiter, which is not an error here. Papa's row is 0-based.
  const errors: ImportError[] = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({ row: (e.row ?? -1) + 1, reason: e.message }));
  const byId = new Map<string, ImportEntry>();
  for (let i = start; i < table.length; i++) {
    if (blank(table[i])) continue;
    const result = entryOf(table[i] as string[], columns, i + 1, now);
    if (!result) continue;
    if ('reason' in result) errors.push(result);
    else {
      const earlier = byId.get(result.id);
      byId.set(result.id, {
        ...earlier,
        ...result,
        name: result.name ?? earlier?.name,
        outcome: result.outcome ?? earlier?.outcome,
      });
    }
  }
  if (errors.length) {
    errors.sort((a, b) => a.row - b.row);
    return { ok: false, errors: errors.slice(0, IMPORT_LIMITS.listedErrors), errorCount: errors.length };
  }
  if (byId.size === 0) return refuse('the file names no domain or company');
  return { ok: true, entries: [...byId.values()], rows: dataRows };
}
