import type { CompanyFieldId } from '../icp/fields';
import type { CompanySignals } from '../signals/schema';

/**
 * What a question may name beside the company's signals: the account's people known in a buying role, as
 * "Dana Whitfield (CFO)" (lib/people/view.ts `namedFor`).
 */
export interface QuestionContext {
  named?: Partial<Record<'economic-buyer' | 'champion', string>>;
}

/** One question of a framework bank. `text` is a template: `{name}` or `{name|neutral wording if missing}`. */
export interface BankQuestion<E extends string = string> {
  id: string;
  element: E;
  text: string;
  /** Criterion fields the answer would settle: the question is worth the weight of those still unknown. */
  settles: readonly CompanyFieldId[];
  /** Only ask when this holds, e.g. a question that names the stack only when the stack is known. */
  when?: (signals: CompanySignals, context?: QuestionContext) => boolean;
  /**
   * How fully the answer settles `settles`, 0..1: 1 when the answer is the value ("how many people"), less when it
   * only narrows it ("is a funding round coming up"). Scales the unknown weight in the ranking.
   */
  weightHint: number;
}

/** A qualification framework: its elements in display order and its questions in bank order (the tie-breaker). */
export interface QuestionBank<E extends string = string> {
  id: string;
  /** As the panel names the framework: "BANT", "GPCTBA/C&I". */
  name: string;
  elements: readonly { id: E; label: string }[];
  questions: readonly BankQuestion<E>[];
}
