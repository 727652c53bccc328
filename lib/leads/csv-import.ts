import Papa from 'papaparse';
import { registrableDomain } from '../signals/identity';
import { LIMITS } from '../signals/limits';
import { IMPORT_LIMITS } from './limits';

/** One account to import; `row` is the 1-based line of the file (the header is row 1 when there is one). */
export interface ImportEntry {
  row: number;
  /** The account id: the registrable domain, else `name:<normalized name>`. */
  id: string;
  domain?: string;
  name?: string;
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
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

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

type Columns = { domain?: number; name?: number; header: boolean };

/** A header row names a domain or a name column; otherwise the file is one headerless column. */
function detectColumns(first: string[]): Columns | ImportError {
  const headers = first.map(headerOf);
  const domain = headers.findIndex((h) => DOMAIN_HEADERS.includes(h));
  const name = headers.findIndex((h) => NAME_HEADERS.includes(h));
  if (domain >= 0 || name >= 0)
    return { domain: domain >= 0 ? domain : undefined, name: name >= 0 ? name : undefined, header: true };
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

function entryOf(cells: string[], columns: Columns, row: number): ImportEntry | ImportError | undefined {
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
  const name = cleanName(nameText);
  if (name && name.length > LIMITS.shortText) return { row, reason: `name longer than ${LIMITS.shortText} characters` };
  if (domainText) {
    const domain = columns.header ? parseDomain(domainText) : domainText;
    if (!domain) return { row, reason: `"${domainText.slice(0, 60)}" is not a valid domain` };
    return { row, id: domain, domain, name };
  }
  const id = nameKey(name as string);
  if (id === 'name:') return { row, reason: `"${nameText.slice(0, 60)}" has no letters or digits` };
  return { row, id, name };
}

/**
 * Reads a CSV of domains or company names into accounts to import, validating every row: any invalid row refuses
 * the whole file, with every error named by row (the first IMPORT_LIMITS.listedErrors listed, the rest counted).
 * Rows naming the same account are merged (the last name given wins). Blank lines are skipped but counted, so an
 * error's row is the one a spreadsheet shows.
 */
export function parseAccountsCsv(text: string): ParsedImport {
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
    const result = entryOf(table[i] as string[], columns, i + 1);
    if (!result) continue;
    if ('reason' in result) errors.push(result);
    else byId.set(result.id, { ...byId.get(result.id), ...result, name: result.name ?? byId.get(result.id)?.name });
  }
  if (errors.length) {
    errors.sort((a, b) => a.row - b.row);
    return { ok: false, errors: errors.slice(0, IMPORT_LIMITS.listedErrors), errorCount: errors.length };
  }
  if (byId.size === 0) return refuse('the file names no domain or company');
  return { ok: true, entries: [...byId.values()], rows: dataRows };
}
