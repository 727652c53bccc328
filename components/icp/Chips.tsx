import { useState } from 'preact/hooks';
import { cleanChip } from '../../lib/icp/choices';
import { canonical, suggestionsFor } from '../../lib/icp/suggestions';

/**
 * A list of free values as removable chips, with a text box that adds one on Enter or "Add". Fields whose values ICP
 * Lens produces (technologies) suggest them as you type, and a typed name takes the suggestion's spelling.
 */
export function Chips(props: { id: string; field: string; values: string[]; onChange: (next: string[]) => void }) {
  const { id, field, values, onChange } = props;
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const suggestions = suggestionsFor(field);
  const add = () => {
    const { value: cleaned, error: problem } = cleanChip(field, text);
    setError(problem);
    if (!cleaned) return;
    const value = canonical(cleaned, suggestions);
    if (!values.includes(value)) onChange([...values, value]);
    setText('');
  };
  return (
    <div class="chips">
      <ul class="chip-list" aria-label="Values">
        {values.map((v) => (
          <li key={v} class="chip" data-chip={v}>
            <span>{v}</span>
            <button
              type="button"
              class="link"
              aria-label={`Remove ${v}`}
              onClick={() => onChange(values.filter((x) => x !== v))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <span class="field inline">
        <label for={id}>Add value</label>
        <input
          id={id}
          value={text}
          maxLength={120}
          list={suggestions ? `${id}-suggestions` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
        <button type="button" onClick={add}>
          Add
        </button>
      </span>
      {suggestions && (
        <datalist id={`${id}-suggestions`}>
          {suggestions
            .filter((s) => !values.includes(s.value))
            .map((s) => (
              <option key={s.value} value={s.value} label={s.hint} />
            ))}
        </datalist>
      )}
      {error && (
        <p id={`${id}-error`} class="error-text">
          {error}
        </p>
      )}
    </div>
  );
}
