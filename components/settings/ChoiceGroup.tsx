/** A labelled group of radio buttons (arrow keys move between them): one preference, saved on change. */
export function ChoiceGroup<T extends string>(props: {
  name: string;
  legend: string;
  options: readonly { value: T; label: string; description?: string }[];
  value: T | undefined;
  disabled?: boolean;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="choices" disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => {
        const id = `${props.name}-${option.value}`;
        return (
          <div class="choice" key={option.value}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              aria-describedby={option.description ? `${id}-description` : undefined}
              onChange={() => props.onChange(option.value)}
            />
            <label for={id}>{option.label}</label>
            {option.description && (
              <p class="hint" id={`${id}-description`}>
                {option.description}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
