import { TABLE_LABELS } from '../settings/labels';
import { plural } from '../util/plural';
import type { BulkAction, BulkOutcome, RemovedCounts } from './bulk-action';

const leads = (count: number) => plural(count, 'lead', 'leads');

/** "2 companies, 5 page visits, 3 logged activities, 2 recorded answers": only what there is. */
export function removedInWords(removed: RemovedCounts): string[] {
  const parts: [number, readonly [string, string]][] = [
    [removed.accounts, TABLE_LABELS.accounts],
    [removed.contacts, TABLE_LABELS.contacts],
    [removed.observations, TABLE_LABELS.observations],
    [removed.activities, TABLE_LABELS.activities],
    [removed.answers, TABLE_LABELS.answers],
  ];
  return parts.filter(([count]) => count > 0).map(([count, [one, many]]) => plural(count, one, many));
}

/** What a finished bulk action did, in one sentence for the status line. */
export function outcomeInWords(action: BulkAction, o: BulkOutcome): string {
  const notes = [
    o.unchanged && `${leads(o.unchanged)} already ${alreadyWords(action)}`,
    o.skipped &&
      (action.type === 'not-a-company'
        ? `${plural(o.skipped, 'person', 'people')} left as they are`
        : `${leads(o.skipped)} skipped: 20 tags already`),
    o.missing && `${leads(o.missing)} no longer saved`,
  ].filter(Boolean);
  return `${doneWords(action, o)}${notes.length ? `; ${notes.join('; ')}` : ''}.`;
}

function doneWords(action: BulkAction, o: BulkOutcome): string {
  switch (action.type) {
    case 'add-tag':
      return `Tag "${action.tag}" added to ${leads(o.changed)}`;
    case 'remove-tag':
      return `Tag "${action.tag}" removed from ${leads(o.changed)}`;
    case 'set-stage':
      return action.stage
        ? `Stage set to ${action.stage} on ${leads(o.changed)}`
        : `Stage back to the suggestion on ${leads(o.changed)}`;
    case 'hide':
      return `${leads(o.changed)} hidden`;
    case 'unhide':
      return `${leads(o.changed)} shown again`;
    case 'delete':
      return `Deleted ${(o.removed && removedInWords(o.removed).join(', ')) || 'nothing'}`;
    case 'not-a-company':
      return `${plural(o.changed, 'company', 'companies')} marked not a company and deleted`;
  }
}

function alreadyWords(action: BulkAction): string {
  switch (action.type) {
    case 'add-tag':
      return 'had it';
    case 'remove-tag':
      return 'lacked it';
    case 'set-stage':
      return 'had that stage';
    case 'hide':
      return 'hidden';
    default:
      return 'as asked';
  }
}
