import type { ComponentChildren } from 'preact';

/** A full-panel state (reading, nothing found, no access) with an optional action. */
export function StateMessage(props: {
  title: string;
  children?: ComponentChildren;
  action?: { label: string; onClick: () => void };
  testId: string;
}) {
  return (
    <section class="state" data-testid={props.testId} role="status">
      <h1>{props.title}</h1>
      {props.children}
      {props.action && (
        <button type="button" onClick={props.action.onClick}>
          {props.action.label}
        </button>
      )}
    </section>
  );
}
