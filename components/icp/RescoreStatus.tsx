import type { RescoreProgress } from '../../lib/messaging/views';

const n = new Intl.NumberFormat('en-US');

/** "Rescoring 340 / 1,000 accounts", then "Rescored 1,000 accounts and contacts". */
export function RescoreStatus({ progress }: { progress?: RescoreProgress }) {
  if (!progress) return null;
  return (
    <p class="rescore" role="status" data-testid="rescore-progress">
      {progress.finished
        ? `Rescored ${n.format(progress.total)} accounts and contacts.`
        : `Rescoring ${n.format(progress.done)} / ${n.format(progress.total)} accounts…`}
      {!progress.finished && <progress max={progress.total || 1} value={progress.done} aria-hidden="true" />}
    </p>
  );
}
