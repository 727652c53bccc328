import { addCriterion, type ListKey, moveCriterion, removeCriterion, updateCriterion } from '../../lib/icp/edit';
import { findingsFor } from '../../lib/icp/lint';
import type { Icp } from '../../lib/icp/schema';
import { weightTotal } from '../../lib/icp/weights';
import type { IcpEditor } from '../../lib/panel/use-icp-editor';
import { CriterionEditor } from './CriterionEditor';

/** One list of criteria (company or persona), in order, each with its errors and lint findings beside it. */
export function CriteriaList(props: { editor: IcpEditor; draft: Icp; list: ListKey; title: string }) {
  const { editor, draft, list, title } = props;
  const items = draft[list];
  const total = weightTotal(items);
  return (
    <section aria-labelledby={`${list}-title`}>
      <h2 id={`${list}-title`}>{title}</h2>
      {items.length === 0 ? (
        <p class="hint">No criteria yet: add one to score on it.</p>
      ) : (
        <p class="hint" data-testid={`${list}-weight-total`}>
          Weights total {total} points. A match earns a criterion's weight, a partial match part of it; the fit is the
          share of the total a company earns.
        </p>
      )}
      <ol class="criteria-editor">
        {items.map((c, i) => (
          <CriterionEditor
            key={c.id}
            list={list}
            criterion={c}
            position={{ index: i, count: items.length }}
            total={total}
            errors={editor.errors.filter((e) => e.path.startsWith(`${list}[${i}]`))}
            findings={findingsFor(editor.lint, c.id)}
            onChange={(next) => editor.setDraft(updateCriterion(draft, list, i, next))}
            onMove={(delta) => editor.setDraft(moveCriterion(draft, list, i, delta))}
            onRemove={() => editor.setDraft(removeCriterion(draft, list, i))}
          />
        ))}
      </ol>
      <button type="button" onClick={() => editor.setDraft(addCriterion(draft, list))}>
        Add {list === 'criteria' ? 'company' : 'persona'} criterion
      </button>
    </section>
  );
}
