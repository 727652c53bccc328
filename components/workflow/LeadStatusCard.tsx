import type { LeadStatus } from '../../lib/workflow/lead-status';

/**
 * What follows from fit, activities and answers: matrix cell, engagement grade and stage. The user's stage is shown
 * with what ICP Lens would suggest, so a stale choice is visible.
 */
export function LeadStatusCard({ status, testId }: { status: LeadStatus; testId: string }) {
  const { matrix, engagement, stage } = status;
  return (
    <dl class="lead-status" data-testid={testId}>
      <div>
        <dt>Matrix</dt>
        <dd>
          <strong data-testid="matrix-cell">{matrix.cell ?? (status.tier === '?' ? 'not yet' : 'out')}</strong>{' '}
          <span class="hint" data-testid="matrix-reason">
            {matrix.reason}
          </span>
        </dd>
      </div>
      <div>
        <dt>Engagement</dt>
        <dd>
          <span data-testid="engagement-grade">{engagement.grade}</span>{' '}
          <span class="hint" data-testid="engagement-reason">
            {engagement.reason}
          </span>
        </dd>
      </div>
      <div>
        <dt>Stage</dt>
        <dd>
          <strong data-testid="stage">{stage.stage}</strong>{' '}
          <span class="hint" data-testid="stage-reason">
            {stage.source === 'user' ? `chosen by you; suggested: ${stage.suggested}` : `suggested: ${stage.reason}`}
          </span>
        </dd>
      </div>
    </dl>
  );
}
