import { useState } from 'preact/hooks';
import { cleanChip } from '../../lib/icp/choices';

/** A list of free values as removable chips, with a text box that adds one on Enter or "Add". */
export function Chips(props: { id: string; field: string; values: string[]; onChange: (next: string[]) => void }) {
  const { id, field, values, onChange } = props;
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const add = () => {
    const { value, error: problem } = cleanChip(field, text);
    setError(problem);
    if (!value) return;
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
          aria-invalid={error ? true : undefined}
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
      {error && <p class="error-text">{error}</p>}
    </div>
  );
}
