import type { Icp } from '../../lib/icp/schema';

const TIERS = ['A', 'B', 'C'] as const;

/** The minimum fit of tiers A, B and C; below C is D. */
export function ThresholdsInput({ draft, onChange }: { draft: Icp; onChange: (next: Icp) => void }) {
  return (
    <fieldset class="thresholds">
      <legend>Tier thresholds (minimum fit)</legend>
      {TIERS.map((t) => (
        <span key={t} class="field inline">
          <label for={`threshold-${t}`}>{t}</label>
          <input
            id={`threshold-${t}`}
            type="number"
            min={0}
            max={100}
            value={Number.isNaN(draft.thresholds[t]) ? '' : draft.thresholds[t]}
            onInput={(e) =>
              onChange({ ...draft, thresholds: { ...draft.thresholds, [t]: e.currentTarget.valueAsNumber } })
            }
          />
        </span>
      ))}
    </fieldset>
  );
}
