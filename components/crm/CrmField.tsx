/**
 * One labelled input of a CRM's connection form: never filled in by the browser (autocomplete off), and no spelling
 * marks on ids and tokens.
 */
export function CrmField(props: {
  id: string;
  label: string;
  type: 'text' | 'url' | 'password';
  value: string;
  onValue: (value: string) => void;
  placeholder?: string;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type}
        placeholder={props.placeholder}
        autocomplete="off"
        spellcheck={false}
        value={props.value}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
    </div>
  );
}
