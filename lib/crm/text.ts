import type { FieldChange, FieldStatus } from './diff';
import type { PushLogView, PushResultView } from './views';

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** "pushed 2 Dec, 14:03, 6 fields" */
export function logLine(entry: PushLogView): string {
  const what = entry.fields ? plural(entry.fields, 'field') : 'nothing to change';
  const failed = entry.failures.length ? `, ${plural(entry.failures.length, 'failure')}` : '';
  return `Pushed ${when.format(entry.at)}, ${what}${failed}`;
}

/** A field's fate in words; `crm` names the CRM a kept value stays in ("kept as set in Salesforce"). */
export function statusWords(crm: string): Record<FieldStatus, string> {
  return { new: 'new', changed: 'changed', unchanged: 'unchanged', kept: `kept as set in ${crm}` };
}

/** "3 new, 1 changed, 12 unchanged, 1 kept as set in HubSpot" */
export function countsLine(counts: Record<FieldStatus, number>, crm = 'HubSpot'): string {
  const words = statusWords(crm);
  return (Object.keys(words) as FieldStatus[])
    .filter((s) => counts[s])
    .map((s) => `${counts[s]} ${words[s]}`)
    .join(', ');
}

/** One field in words: "City: Ottawa → Toronto" or "Industry: COMPUTER_SOFTWARE". */
export function fieldLine(f: FieldChange): string {
  if (f.status === 'kept') return `${f.label}: ${f.before} (ICP Lens has ${f.after})`;
  if (f.status === 'changed') return `${f.label}: ${f.before} → ${f.after}`;
  return `${f.label}: ${f.after}`;
}

/** "1 company created, 2 people created, 14 fields written." (Salesforce's companies are accounts.) */
export function resultLine(result: PushResultView, company: [string, string] = ['company', 'companies']): string {
  const companies = (n: number) => `${n} ${n === 1 ? company[0] : company[1]}`;
  const parts = [
    result.companies.created && `${companies(result.companies.created)} created`,
    result.companies.updated && `${companies(result.companies.updated)} updated`,
    result.contacts.created &&
      `${result.contacts.created} ${result.contacts.created === 1 ? 'person' : 'people'} created`,
    result.contacts.updated &&
      `${result.contacts.updated} ${result.contacts.updated === 1 ? 'person' : 'people'} updated`,
  ].filter(Boolean);
  const fields = result.fields ? `${plural(result.fields, 'field')} written` : 'nothing needed changing';
  const line = `${[...parts, fields].join(', ')}.`;
  return line[0]?.toUpperCase() + line.slice(1);
}
