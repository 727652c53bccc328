import { kindOf, type ListKey, withField, withOp } from '../../lib/icp/edit';
import { COMPANY_FIELDS, PERSON_FIELDS } from '../../lib/icp/fields';
import type { IoError } from '../../lib/icp/io';
import { OP_LABELS, OPS_BY_KIND } from '../../lib/icp/kinds';
import type { LintFinding } from '../../lib/icp/lint';
import type { Criterion, CriterionOp } from '../../lib/icp/schema';
import { weightShare } from '../../lib/icp/weights';
import { Findings } from './Findings';
import { TargetInput } from './TargetInput';

interface Props {
  list: ListKey;
  criterion: Criterion;
  position: { index: number; count: number };
  /** The list's possible points, for this criterion's share of them. */
  total: number;
  errors: IoError[];
  findings: LintFinding[];
  onChange: (next: Criterion) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One criterion: label, field, op, target (an input fitting the field), weight, must/penalty, order, removal. */
export function CriterionEditor(props: Props) {
  const { list, criterion: c, position, total, errors, findings, onChange, onMove, onRemove } = props;
  const fields = list === 'criteria' ? COMPANY_FIELDS : PERSON_FIELDS;
  const id = (part: string) => `${c.id}-${part}`;
  const ops = OPS_BY_KIND[kindOf(list, c.field)];
  const set = (patch: Partial<Criterion>) => onChange({ ...c, ...patch } as Criterion);
  return (
    <li class="criterion-editor" data-testid="criterion-editor" data-criterion={c.id}>
      <div class="field">
        <label for={id('label')}>Criterion</label>
        <input
          id={id('label')}
          value={c.label}
          maxLength={120}
          onInput={(e) => set({ label: e.currentTarget.value })}
        />
      </div>
      <div class="row">
        <span class="field">
          <label for={id('field')}>Field</label>
          <select
            id={id('field')}
            value={c.field}
            onChange={(e) => onChange(withField(list, c, e.currentTarget.value))}
          >
            {Object.entries(fields).map(([key, def]) => (
              <option key={key} value={key}>
                {def.label}
              </option>
            ))}
          </select>
        </span>
        <span class="field">
          <label for={id('op')}>Test</label>
          <select
            id={id('op')}
            value={c.op}
            onChange={(e) => onChange(withOp(c, e.currentTarget.value as CriterionOp))}
          >
            {(ops.includes(c.op) ? ops : [c.op, ...ops]).map((op) => (
              <option key={op} value={op}>
                {OP_LABELS[op]}
              </option>
            ))}
          </select>
        </span>
      </div>
      <TargetInput criterion={c} kind={kindOf(list, c.field)} idPrefix={c.id} onChange={onChange} />
      <div class="row">
        <span class="field inline">
          <label for={id('weight')}>Weight</label>
          <input
            id={id('weight')}
            type="number"
            min={0}
            max={1000}
            value={Number.isNaN(c.weight) ? '' : c.weight}
            aria-describedby={id('weight-help')}
            onInput={(e) => set({ weight: e.currentTarget.valueAsNumber })}
          />
          <span id={id('weight-help')} class="hint" data-testid="weight-share">
            {weightShare(c, total)}
          </span>
        </span>
      </div>
      <div class="row">
        <FlagCheck
          id={id('knockout')}
          label="Must (knockout)"
          hint="Known to fail it: disqualified (tier X)."
          on={c.knockout}
          onSet={(v) => set({ knockout: v })}
        />
        <FlagCheck
          id={id('penalty')}
          label="Penalty"
          hint="A match takes its points off instead of adding them."
          on={c.penalty}
          onSet={(v) => set({ penalty: v })}
        />
        {(fields as Record<string, { openEnded?: boolean }>)[c.field]?.openEnded && (
          <FlagCheck
            id={id('absence')}
            label="Not found counts as no"
            hint="Off by default: a page that does not mention a word is no evidence against the company."
            on={c.absenceIsNo}
            onSet={(v) => set({ absenceIsNo: v })}
          />
        )}
      </div>
      <div class="row order">
        <button
          type="button"
          disabled={position.index === 0}
          onClick={() => onMove(-1)}
          aria-label={`Move "${c.label}" up`}
        >
          Up
        </button>
        <button
          type="button"
          disabled={position.index === position.count - 1}
          onClick={() => onMove(1)}
          aria-label={`Move "${c.label}" down`}
        >
          Down
        </button>
        <button type="button" onClick={onRemove} aria-label={`Remove "${c.label}"`}>
          Remove
        </button>
      </div>
      {errors.length > 0 && (
        <ul class="errors" data-testid="criterion-errors">
          {errors.map((e) => (
            <li key={e.path + e.message}>{e.message}</li>
          ))}
        </ul>
      )}
      <Findings findings={findings} testId="criterion-findings" />
    </li>
  );
}

/** One optional boolean of a criterion: unchecked stores nothing, so saved ICPs stay minimal. */
function FlagCheck(props: {
  id: string;
  label: string;
  hint?: string;
  on: boolean | undefined;
  onSet: (value: true | undefined) => void;
}) {
  const { id, label, hint, on, onSet } = props;
  return (
    <span class="check">
      <input
        id={id}
        type="checkbox"
        checked={on ?? false}
        onChange={(e) => onSet(e.currentTarget.checked || undefined)}
        aria-describedby={hint ? `${id}-help` : undefined}
      />
      <label for={id}>{label}</label>
      {hint && (
        <span id={`${id}-help`} class="hint">
          {' '}
          {hint}
        </span>
      )}
    </span>
  );
}
