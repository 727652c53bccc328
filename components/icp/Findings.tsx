import type { LintFinding } from '../../lib/icp/lint';

const PREFIX = { error: 'Error', warning: 'Warning', info: 'Tip' } as const;

/** Lint findings, as text: each says what is wrong and what to do. */
export function Findings({ findings, testId }: { findings: readonly LintFinding[]; testId: string }) {
  if (findings.length === 0) return null;
  return (
    <ul class="findings" data-testid={testId}>
      {findings.map((f) => (
        <li key={f.code + f.message} class={`finding ${f.severity}`} data-code={f.code}>
          <strong>{PREFIX[f.severity]}:</strong> {f.message}
        </li>
      ))}
    </ul>
  );
}
