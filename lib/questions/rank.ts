import type { Icp } from '../icp/schema';
import { formatNumber } from '../scoring/format';
import type { CriterionResult, ScoreResult } from '../scoring/types';
import type { CompanySignals } from '../signals/schema';
import { BANT } from './banks/bant';
import { fillTemplate } from './placeholders';
import type { BankQuestion, QuestionBank, QuestionContext } from './types';

export type AnswerStatus = 'confirmed' | 'partial' | 'not-a-fit';

export interface RankedQuestion {
  id: string;
  element: string;
  text: string;
  why: string;
  settles: string[];
  value: number;
}

export interface RankInput {
  icp: Icp;
  signals: CompanySignals;
  score: ScoreResult;
  /** Recorded answers by framework element id (a qualification's `elements`); 'unknown' is not answered. */
  answered?: Partial<Record<string, AnswerStatus | 'unknown'>>;
  /** Defaults to BANT. */
  bank?: QuestionBank;
  /** The account's people in buying roles, for the questions that name them. */
  context?: QuestionContext;
}

/**
 * What an unanswered framework element is worth, in the same points as criterion weights: less than a typical
 * criterion (10-25 in the default ICP), so learning a fit criterion outranks a generic element question, yet with
 * nothing unknown each unanswered element still yields a question.
 */
export const ELEMENT_VALUE = 10;

interface Candidate {
  q: BankQuestion;
  order: number;
  unknown: CriterionResult[];
  value: number;
}

/** "a, b and c" */
function listInWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * Why this question, in words a seller can act on: which unknown criteria of the ICP its answer would settle and the
 * points they carry, and the framework element that has no answer yet.
 */
function why(unknown: readonly CriterionResult[], element: string): string {
  const criteria = unknown.map((c) =>
    c.weight > 0 ? `"${c.label}" (up to ${formatNumber(c.weight)} points)` : `"${c.label}" (a must-have)`,
  );
  const elementPart = `${element}, which has no answer yet`;
  if (criteria.length === 0) return `No unknown criterion depends on it, but it opens ${elementPart}.`;
  return `Would settle ${listInWords(criteria)}, still unknown, and opens ${elementPart}.`;
}

/**
 * The questions whose answers could change the most (DESIGN.md "Qualifying questions"): the weight of the unknown
 * criteria a question settles, scaled by its weightHint, plus ELEMENT_VALUE for its unanswered element. An answered
 * element's questions drop out: that conversation has happened. Ties go to bank order. The first picks cover
 * distinct elements; a second question of an element comes only when no other element has one left.
 * Unknown knockouts with weight 0 add no value but are named in `why`, since their answer can disqualify.
 */
export function rankQuestions(input: RankInput, limit = 3): RankedQuestion[] {
  const { signals, score, answered = {}, bank = BANT, context } = input;
  const unknown = score.criteria.filter((c) => c.match === null && (c.weight > 0 || c.knockout));
  const labels = new Map(bank.elements.map((e) => [e.id, e.label]));

  const candidates: Candidate[] = bank.questions
    .map((q, order) => {
      const settled = unknown.filter((c) => (q.settles as readonly string[]).includes(c.field));
      const weight = settled.reduce((sum, c) => sum + c.weight, 0);
      return { q, order, unknown: settled, value: weight * q.weightHint + ELEMENT_VALUE };
    })
    .filter(({ q }) => (answered[q.element] ?? 'unknown') === 'unknown' && (q.when?.(signals, context) ?? true))
    .sort((a, b) => b.value - a.value || a.order - b.order);

  const picked: Candidate[] = [];
  const elements = new Set<string>();
  for (const c of candidates) {
    if (picked.length < limit && !elements.has(c.q.element)) {
      picked.push(c);
      elements.add(c.q.element);
    }
  }
  for (const c of candidates) if (picked.length < limit && !picked.includes(c)) picked.push(c);

  return picked
    .sort((a, b) => b.value - a.value || a.order - b.order)
    .map(({ q, unknown: settled, value }) => ({
      id: q.id,
      element: q.element,
      text: fillTemplate(q.text, signals, context),
      why: why(settled, labels.get(q.element) ?? q.element),
      settles: [...q.settles],
      value: Math.round(value * 100) / 100,
    }));
}
