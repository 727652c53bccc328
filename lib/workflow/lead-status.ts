import type { Icp } from '../icp/schema';
import { type Engagement, type LoggedActivity, scoreEngagement } from '../scoring/engagement';
import { matrixCell } from '../scoring/matrix';
import { type Qualification, qualify, type RecordedAnswer } from '../scoring/qualification';
import { STAGES, type Stage, type StageSuggestion, suggestStage } from '../scoring/stage';
import type { ScoreResult, Tier } from '../scoring/types';

export interface LeadStatusInput {
  icp: Icp;
  /** The stored fit score; an account never scored has tier '?' (nothing known yet), never D. */
  score?: ScoreResult;
  activities: readonly LoggedActivity[];
  answers: readonly RecordedAnswer[];
  /** The framework's element ids (lib/questions/banks: elementsOf). */
  elements: readonly string[];
  /** The stage the user set; wins over the suggestion. */
  userStage?: string;
  now: number;
  /**
   * For a person: the employer's fit score (undefined when the employer is not known or not scored). The matrix
   * crosses the company's fit with engagement, so a person's cell takes the employer's tier and the person's own
   * engagement, and its reason says so.
   */
  employer?: { score?: ScoreResult };
}

export interface LeadStatus {
  tier: Tier;
  engagement: Engagement;
  qualification: Qualification;
  matrix: ReturnType<typeof matrixCell>;
  stage: StageSuggestion;
}

function isStage(value: string | undefined): value is Stage {
  return (STAGES as readonly string[]).includes(value ?? '');
}

/**
 * Everything that follows from fit, logged activities and recorded answers, in one place so the panel and the leads
 * list show the same engagement grade, matrix cell and stage for a lead. Pure: `now` is an input.
 */
export function leadStatus(input: LeadStatusInput): LeadStatus {
  const tier = input.score?.tier ?? '?';
  const qualification = qualify(input.answers, input.elements);
  const userStage = isStage(input.userStage) ? input.userStage : undefined;
  const engagement = scoreEngagement(
    [...input.activities, ...recordedEngagement(input.answers, qualification, userStage, input.now)],
    input.icp.engagement,
    input.now,
  );
  return {
    tier,
    engagement,
    qualification,
    matrix: qualification.notAFit.length
      ? { reason: `not a fit on ${qualification.notAFit.join(', ')}: outside the matrix` }
      : input.employer
        ? employerCell(input.employer.score?.tier ?? '?', engagement.grade)
        : matrixCell(tier, engagement.grade),
    stage: inConversation(suggestStage({ tier, grade: engagement.grade, qualification, userStage }), qualification),
  };
}

function employerCell(tier: Tier, grade: Engagement['grade']): LeadStatus['matrix'] {
  const cell = matrixCell(tier, grade);
  return { ...cell, reason: `the employer's ${cell.reason}, this person's engagement` };
}

/** Stages that say a conversation is under way or done: the seller chose them, so they count as engagement. */
const SQL_OR_LATER: ReadonlySet<Stage> = new Set(['SQL', 'PQL', 'Customer', 'Service QL']);

/**
 * The seller's own records as engagement (lib/icp/engagement-defaults.ts RECORDED_ENGAGEMENT): each element whose
 * latest answer is confirmed or partial, dated by that answer, and a chosen stage of SQL or later, as of now (it is
 * the stage today, so it does not decay).
 */
function recordedEngagement(
  answers: readonly RecordedAnswer[],
  q: Qualification,
  userStage: Stage | undefined,
  now: number,
): LoggedActivity[] {
  const out: LoggedActivity[] = [];
  for (const [element, status] of Object.entries(q.elements)) {
    if (status !== 'confirmed' && status !== 'partial') continue;
    const at = Math.max(...answers.filter((a) => a.element === element && a.status === status).map((a) => a.at));
    out.push({ type: status === 'confirmed' ? 'answer-confirmed' : 'answer-partial', at });
  }
  if (userStage && SQL_OR_LATER.has(userStage)) out.push({ type: 'stage-sql-or-later', at: now });
  return out;
}

/**
 * Answers to qualifying questions mean a conversation took place: a lead with answers recorded is no longer a mere
 * Suspect, even before any activity is logged. The user's own stage is left alone.
 */
function inConversation(stage: StageSuggestion, q: Qualification): StageSuggestion {
  const total = Object.keys(q.elements).length;
  const answered = total - q.unknown.length;
  if (stage.suggested !== 'Suspect' || answered === 0) return stage;
  const reason = `in conversation: ${answered} of ${total} elements answered, ${q.confirmed} confirmed`;
  return stage.source === 'user'
    ? { ...stage, suggested: 'Lead' }
    : { stage: 'Lead', reason, source: 'suggested', suggested: 'Lead' };
}
