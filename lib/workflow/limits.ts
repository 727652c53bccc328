import { STAGES } from '../scoring/stage';

/** Caps on what the user types by hand; the message schemas and the panel's inputs both use them. */
export const WORKFLOW_LIMITS = {
  tags: 20,
  tagChars: 40,
  notesChars: 2_000,
  answerNoteChars: 500,
  activityNoteChars: 500,
  /** Why an account was lost or disqualified. */
  outcomeReasonChars: 200,
} as const;

/** The lifecycle stages a user can set by hand (DESIGN.md: Suspect to Service QL; Customer, Lost and Disqualified too). */
export const USER_STAGES = STAGES;

/** What a workflow write is about: the page's account or its person. */
export type TargetKind = 'account' | 'contact';
export interface Target {
  kind: TargetKind;
  id: string;
}
