import type { AccountRecord, ActivityRecord, AnswerRecord, ContactRecord, IcpLensDb } from '../db/db';
import type { Icp } from '../icp/schema';
import { activitiesOf } from './activities';
import { answersOf } from './answers';
import { type LeadStatus, leadStatus } from './lead-status';
import type { Target } from './limits';

/** What the panel shows of the user's work on one account or contact, and what follows from it. */
export interface LeadWork {
  target: Target;
  answers: AnswerRecord[];
  activities: ActivityRecord[];
  status: LeadStatus;
}

export interface LeadWorkInput {
  icp: Icp;
  /** The framework's element ids (lib/questions/banks elementsOf). */
  elements: readonly string[];
  now: number;
  /** Whose answers qualify a contact: the employer's account (answers are recorded per account). */
  answersAccountId?: string;
  /** A contact's employer, whose tier places the person in the matrix (lib/workflow/lead-status.ts). */
  employer?: AccountRecord;
}

export async function loadLeadWork(
  db: IcpLensDb,
  target: Target,
  record: AccountRecord | ContactRecord,
  input: LeadWorkInput,
): Promise<LeadWork> {
  const accountId = target.kind === 'account' ? target.id : input.answersAccountId;
  const [answers, activities] = await Promise.all([
    accountId ? answersOf(db, accountId) : Promise.resolve([]),
    activitiesOf(db, target),
  ]);
  const status = leadStatus({
    icp: input.icp,
    score: record.score,
    activities,
    answers,
    elements: input.elements,
    userStage: record.stage,
    now: input.now,
    ...(target.kind === 'contact' && { employer: { score: input.employer?.score } }),
  });
  return { target, answers, activities, status };
}
