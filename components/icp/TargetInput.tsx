import { choicesFor } from '../../lib/icp/choices';
import type { FieldKind } from '../../lib/icp/fields';
import type { Criterion, RangeTarget } from '../../lib/icp/schema';
import { valueLabel } from '../../lib/signals/enum-labels';
import { Chips } from './Chips';

interface Props {
  criterion: Criterion;
  kind: FieldKind;
  idPrefix: string;
  onChange: (next: Criterion) => void;
}

/** An empty number box means "no bound": undefined, never 0. */
const numberOrUndefined = (input: HTMLInputElement) => (input.value === '' ? undefined : input.valueAsNumber);

/** The soft margin in words, with the figure typed: 0.5 reads "up to 50% beyond a limit". */
function marginHint(margin: number): string {
  if (!Number.isFinite(margin) || margin <= 0) return 'Soft margin 0: a value outside the range earns no points.';
  const percent = Math.round(margin * 100);
  return `Soft margin: a value up to ${percent}% beyond a limit still earns some points, fewer the further out.`;
}

/** The input that fits the op and field: checkboxes for enums, chips for free lists, min/max/margin for ranges. */
export function TargetInput({ criterion: c, idPrefix, onChange }: Props) {
  const id = `${idPrefix}-target`;
  if (c.op === 'exists') return null;
  if (c.op === 'gte' || c.op === 'lte') {
    return (
      <span class="field inline">
        <label for={id}>{c.op === 'gte' ? 'At least' : 'At most'}</label>
        <input
          id={id}
          type="number"
          value={Number.isNaN(c.target) ? '' : c.target}
          onInput={(e) => onChange({ ...c, target: e.currentTarget.valueAsNumber })}
        />
      </span>
    );
  }
  if (c.op === 'range') {
    const set = (patch: Partial<RangeTarget>) => onChange({ ...c, target: { ...c.target, ...patch } });
    const margin = c.target.margin ?? 0.5;
    return (
      <fieldset class="range">
        <legend>Range (leave an end empty for no limit)</legend>
        {(['min', 'max'] as const).map((end) => (
          <span key={end} class="field inline">
            <label for={`${id}-${end}`}>{end === 'min' ? 'Min' : 'Max'}</label>
            <input
              id={`${id}-${end}`}
              type="number"
              value={c.target[end] ?? ''}
              onInput={(e) => set({ [end]: numberOrUndefined(e.currentTarget) })}
            />
          </span>
        ))}
        <span class="field inline">
          <label for={`${id}-margin`}>Soft margin</label>
          <input
            id={`${id}-margin`}
            type="number"
            min={0}
            max={10}
            step={0.1}
            value={Number.isNaN(margin) ? '' : margin}
            aria-describedby={`${id}-margin-help`}
            onInput={(e) => set({ margin: numberOrUndefined(e.currentTarget) })}
          />
        </span>
        <p id={`${id}-margin-help`} class="hint">
          {marginHint(margin)}
        </p>
      </fieldset>
    );
  }
  const choices = choicesFor(c.field);
  const values = c.target;
  if (!choices)
    return <Chips id={id} field={c.field} values={values} onChange={(next) => onChange({ ...c, target: next })} />;
  const toggle = (value: string, on: boolean) =>
    onChange({ ...c, target: on ? [...values, value] : values.filter((v) => v !== value) });
  return (
    <fieldset class="choices">
      <legend>Values</legend>
      {choices.map((choice) => (
        <span key={choice} class="check">
          <input
            id={`${id}-${choice}`}
            type="checkbox"
            checked={values.includes(choice)}
            onChange={(e) => toggle(choice, e.currentTarget.checked)}
          />
          <label for={`${id}-${choice}`}>{valueLabel(choice)}</label>
        </span>
      ))}
    </fieldset>
  );
}
