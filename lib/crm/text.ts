import type { FieldChange, FieldStatus } from './hubspot/diff';
import type { PushLogView, PushResultView } from './views';

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** "pushed 2 Dec, 14:03, 6 fields" */
export function logLine(entry: PushLogView): string {
  const what = entry.fields ? plural(entry.fields, 'field') : 'nothing to change';
  const failed = entry.failures.length ? `, ${plural(entry.failures.length, 'failure')}` : '';
  return `Pushed ${when.format(entry.at)}, ${what}${failed}`;
}

export const STATUS_WORDS: Record<FieldStatus, string> = {
  new: 'new',
  changed: 'changed',
  unchanged: 'unchanged',
  kept: 'kept as set in HubSpot',
};

/** "3 new, 1 changed, 12 unchanged, 1 kept as set in HubSpot" */
export function countsLine(counts: Record<FieldStatus, number>): string {
  return (Object.keys(STATUS_WORDS) as FieldStatus[])
    .filter((s) => counts[s])
    .map((s) => `${counts[s]} ${STATUS_WORDS[s]}`)
    .join(', ');
}

/** One field in words: "City: Ottawa → Toronto" or "Industry: COMPUTER_SOFTWARE". */
export function fieldLine(f: FieldChange): string {
  if (f.status === 'kept') return `${f.label}: ${f.before} (ICP Lens has ${f.after})`;
  if (f.status === 'changed') return `${f.label}: ${f.before} → ${f.after}`;
  return `${f.label}: ${f.after}`;
}

/** "1 company created, 2 people updated, 14 fields written." */
export function resultLine(result: PushResultView): string {
  const parts = [
    result.companies.created &&
      `${plural(result.companies.created, 'company')} created`.replace('companys', 'companies'),
    result.companies.updated &&
      `${plural(result.companies.updated, 'company')} updated`.replace('companys', 'companies'),
    result.contacts.created &&
      `${result.contacts.created} ${result.contacts.created === 1 ? 'person' : 'people'} created`,
    result.contacts.updated &&
      `${result.contacts.updated} ${result.contacts.updated === 1 ? 'person' : 'people'} updated`,
  ].filter(Boolean);
  const fields = result.fields ? `${plural(result.fields, 'field')} written` : 'nothing needed changing';
  const line = `${[...parts, fields].join(', ')}.`;
  return line[0]?.toUpperCase() + line.slice(1);
}
