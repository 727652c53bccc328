/** What an action is doing or did: progress as a bar and "n of m", success as a status, failure as an alert. */
export type ActionState =
  | { kind: 'idle' }
  | { kind: 'working'; label: string; done?: number; total?: number }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

export function Status(props: { state: ActionState; testId: string }) {
  const { state } = props;
  if (state.kind === 'idle') return <p class="status" role="status" data-testid={props.testId} />;
  if (state.kind === 'error') {
    return (
      <p class="status error" role="alert" data-testid={props.testId}>
        {state.message}
      </p>
    );
  }
  if (state.kind === 'done') {
    return (
      <p class="status done" role="status" data-testid={props.testId}>
        {state.message}
      </p>
    );
  }
  const counted = state.total !== undefined && state.done !== undefined;
  return (
    <div class="status" role="status" data-testid={props.testId}>
      <span>
        {state.label}
        {counted && ` ${state.done?.toLocaleString('en')} of ${state.total?.toLocaleString('en')}`}
      </span>
      {counted && <progress max={state.total || 1} value={state.done} aria-label={state.label} />}
    </div>
  );
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
