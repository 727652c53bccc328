import type { IcpEditor } from '../../lib/panel/use-icp-editor';

/** Export the open ICP as a .json download, import one from a file; a refused file lists each error by path. */
export function ShareBar({ editor }: { editor: IcpEditor }) {
  const download = async () => {
    const file = await editor.exportDraft();
    if (!file) return;
    const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.click();
    // The download has started from the link; the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file) await editor.importText(await file.text());
  };
  return (
    <section class="share" aria-labelledby="share-title">
      <h2 id="share-title">Share</h2>
      <div class="row">
        <button type="button" data-testid="icp-export" onClick={() => void download()} disabled={editor.dirty}>
          Export .json
        </button>
        <span class="field inline">
          <label for="icp-import">Import a file</label>
          <input
            id="icp-import"
            data-testid="icp-import"
            type="file"
            accept=".json,application/json"
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </span>
      </div>
      {editor.dirty && <p class="hint">Save or discard your changes to export.</p>}
      {editor.importErrors.length > 0 && (
        <div role="alert" data-testid="import-errors">
          <p>This file was not imported; nothing changed:</p>
          <ul class="errors">
            {editor.importErrors.map((e) => (
              <li key={e.path + e.message}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
