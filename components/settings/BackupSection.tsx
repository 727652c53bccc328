import { useState } from 'preact/hooks';
import { backupFileName, fetchBackup, saveAsFile } from '../../lib/data/client';
import { describeCounts } from '../../lib/settings/labels';
import { RestorePanel } from './RestorePanel';
import { type ActionState, errorText, Status } from './Status';

/** Backup to a JSON file, and restore from one. */
export function BackupSection() {
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  const backUp = async () => {
    setState({ kind: 'working', label: 'Preparing the backup…' });
    try {
      const { text, counts } = await fetchBackup((done, total) =>
        setState({ kind: 'working', label: 'Preparing the backup: piece', done, total }),
      );
      const name = backupFileName(new Date());
      saveAsFile(text, name);
      setState({ kind: 'done', message: `Backup saved as ${name}: ${describeCounts(counts).join(', ')}.` });
    } catch (error) {
      setState({ kind: 'error', message: `The backup failed: ${errorText(error)}` });
    }
  };
  return (
    <section aria-labelledby="backup-title" class="settings-section">
      <h2 id="backup-title">Backup and restore</h2>
      <p class="hint">
        A backup is one JSON file with everything ICP Lens stores: companies, people, page visits, ICPs, activities,
        answers, settings, the sites you marked not a company and earlier ICP versions. It stays on your computer.
      </p>
      <div class="actions">
        <button type="button" onClick={() => void backUp()} disabled={state.kind === 'working'}>
          Download a backup
        </button>
      </div>
      <Status state={state} testId="backup-status" />
      <RestorePanel />
    </section>
  );
}
