import { useState } from 'preact/hooks';
import type { Icp } from '../../lib/icp/schema';
import type { IcpList } from '../../lib/messaging/views';
import type { IcpEditor } from '../../lib/panel/use-icp-editor';

/** Which ICP is being edited, which one scores (active), and new ICPs from presets. */
export function IcpPicker({ editor, list, draft }: { editor: IcpEditor; list: IcpList; draft: Icp }) {
  const [presetId, setPresetId] = useState(list.presets[0]?.id ?? '');
  const active = draft.id === list.activeId;
  const confirmLeave = () => !editor.dirty || confirm('Discard your unsaved changes?');
  return (
    <section class="picker" aria-label="Choose an ICP">
      <div class="field">
        <label for="icp-pick">Edit ICP</label>
        <select
          id="icp-pick"
          data-testid="icp-pick"
          value={draft.id}
          onChange={(e) => {
            if (confirmLeave()) editor.open(e.currentTarget.value);
            else e.currentTarget.value = draft.id;
          }}
        >
          {list.icps.map((icp) => (
            <option key={icp.id} value={icp.id}>
              {icp.name}
              {icp.id === list.activeId ? ' (active)' : ''}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        {active ? (
          <span class="active-mark" data-testid="icp-active">
            Active: scores every page
          </span>
        ) : (
          <>
            <button type="button" data-testid="icp-activate" onClick={() => void editor.activate()}>
              Make active
            </button>
            <button type="button" onClick={() => confirm(`Delete "${draft.name}"?`) && void editor.remove()}>
              Delete
            </button>
          </>
        )}
      </div>
      <div class="field inline">
        <label for="icp-preset">New from preset</label>
        <select id="icp-preset" value={presetId} onChange={(e) => setPresetId(e.currentTarget.value)}>
          {list.presets.map((p) => (
            <option key={p.id} value={p.id} title={p.description}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => confirmLeave() && void editor.create(presetId)}>
          Create
        </button>
      </div>
      <p class="hint">{list.presets.find((p) => p.id === presetId)?.description}</p>
    </section>
  );
}
