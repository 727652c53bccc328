import { DEFAULT_MIN_CONFIDENCE, type Icp } from '../../lib/icp/schema';

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
      <span class="field inline">
        <label for="threshold-confidence">Known data needed for a tier (%)</label>
        <input
          id="threshold-confidence"
          type="number"
          min={0}
          max={100}
          aria-describedby="threshold-confidence-help"
          value={Math.round(100 * (draft.thresholds.minConfidence ?? DEFAULT_MIN_CONFIDENCE))}
          onInput={(e) =>
            onChange({
              ...draft,
              thresholds: { ...draft.thresholds, minConfidence: e.currentTarget.valueAsNumber / 100 },
            })
          }
        />
      </span>
      <p id="threshold-confidence-help" class="hint">
        Below this share of the ICP's weight known, an account shows "Not enough data yet" (?) instead of a tier.
      </p>
    </fieldset>
  );
}
