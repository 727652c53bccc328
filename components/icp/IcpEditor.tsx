import { browser } from 'wxt/browser';
import { type IcpEditor as Editor, useIcpEditor } from '../../lib/panel/use-icp-editor';
import { CriteriaList } from './CriteriaList';
import { Findings } from './Findings';
import { IcpPicker } from './IcpPicker';
import { PreviewPanel } from './PreviewPanel';
import { RescoreStatus } from './RescoreStatus';
import { ShareBar } from './ShareBar';
import { ThresholdsInput } from './ThresholdsInput';

/** The ICP view: pick, edit, preview, save and share ICPs. All state and requests live in useIcpEditor. */
export function IcpEditor({ tabId }: { tabId: number | undefined }) {
  const editor = useIcpEditor(tabId);
  const { list, draft } = editor;
  if (!list || !draft) {
    return (
      <section class="state" role="status" data-testid="icp-loading">
        <h1>{editor.notice ?? 'Loading your ICPs…'}</h1>
      </section>
    );
  }
  const wide = editor.lint.filter((f) => f.criterionIds.length === 0);
  const otherErrors = editor.errors.filter((e) => !/^(criteria|persona)\[/.test(e.path));
  return (
    <div class="icp-editor" data-testid="icp-editor">
      <IcpPicker editor={editor} list={list} draft={draft} />
      <RescoreStatus progress={editor.progress} />
      <div class="field">
        <label for="icp-name">Name</label>
        <input
          id="icp-name"
          value={draft.name}
          maxLength={120}
          onInput={(e) => editor.setDraft({ ...draft, name: e.currentTarget.value })}
        />
      </div>
      <PreviewPanel preview={editor.preview} valid={editor.errors.length === 0} />
      <Findings findings={wide} testId="icp-findings" />
      <CriteriaList editor={editor} draft={draft} list="criteria" title="Company criteria" />
      <CriteriaList editor={editor} draft={draft} list="persona" title="Persona criteria" />
      <ThresholdsInput draft={draft} onChange={editor.setDraft} />
      {otherErrors.length > 0 && (
        <ul class="errors" data-testid="icp-errors">
          {otherErrors.map((e) => (
            <li key={e.path + e.message}>{e.message}</li>
          ))}
        </ul>
      )}
      {editor.notice && (
        <p class="notice" role="status" data-testid="icp-notice">
          {editor.notice}
        </p>
      )}
      <ShareBar editor={editor} />
      <p class="review-link">
        <button type="button" class="link" data-testid="icp-review-link" onClick={() => openReview(draft.id)}>
          Review this ICP against won and lost accounts
        </button>
      </p>
      <SaveBar editor={editor} />
    </div>
  );
}

/** The review page needs the room of a tab: it opens beside the panel, on the ICP being edited. */
function openReview(icpId: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/review.html?icp=${encodeURIComponent(icpId)}`) });
}

/**
 * Save and Discard stay in view at the foot of the panel however far the editor scrolls, and say whether the draft
 * differs from what is stored (nothing scores with a draft until it is saved).
 */
function SaveBar({ editor }: { editor: Editor }) {
  const blocked = editor.errors.length > 0;
  const state = !editor.dirty
    ? 'No unsaved changes.'
    : blocked
      ? `Unsaved changes. Fix ${editor.errors.length === 1 ? 'the error' : `the ${editor.errors.length} errors`} marked in red to save.`
      : 'Unsaved changes.';
  return (
    <section class={`save-bar${editor.dirty ? ' dirty' : ''}`} aria-label="Save changes" data-testid="save-bar">
      <span class="save-state" role="status" data-testid="save-state">
        {state}
      </span>
      <span class="save-buttons">
        <button
          type="button"
          class="primary"
          data-testid="icp-save"
          disabled={!editor.dirty || blocked}
          onClick={() => void editor.save()}
        >
          Save
        </button>
        <button type="button" data-testid="icp-discard" disabled={!editor.dirty} onClick={editor.discard}>
          Discard
        </button>
      </span>
    </section>
  );
}
