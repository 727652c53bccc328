import type { RankedQuestion } from '../questions/rank';
import { formatDay, type Trigger } from './rank';

/** The elements that ask about timing, one per framework (BANT, GPCTBA/C&I, ANUM, CHAMP, MEDDICC). */
const TIMING_ELEMENTS = new Set(['timeline', 'urgency', 'prioritization', 'decision-process']);

/** Question words a question may start with: lower-cased after the lead-in, a name never is. */
const QUESTION_WORD =
  /^(When|What|How|Is|Are|Do|Does|Did|Who|Which|Why|After|By|If|Would|Could|Will|Has|Have|Can|Should|Where)\b/;

function leadIn(t: Trigger): string {
  const on = formatDay(t.date);
  switch (t.kind) {
    case 'funding':
      return `Since the funding round announced on ${on}`;
    case 'leader':
      return `With a new leader announced on ${on}`;
    case 'hiring':
      return 'With open roles growing since your last visit';
    case 'expansion':
      return `With the expansion announced on ${on}`;
    case 'launch':
      return `Since the launch on ${on}`;
  }
}

/**
 * Names the strongest why-now trigger in the first timing question shown ("Since the funding round announced on
 * 4 Mar 2025, when would Acme need a solution in place?"), and says so in its "why". Other questions are unchanged;
 * with no trigger or no timing question shown, nothing changes.
 */
export function nameTrigger(questions: readonly RankedQuestion[], trigger: Trigger | undefined): RankedQuestion[] {
  if (!trigger) return [...questions];
  const index = questions.findIndex((q) => TIMING_ELEMENTS.has(q.element) && QUESTION_WORD.test(q.text));
  return questions.map((q, i) =>
    i === index
      ? {
          ...q,
          text: `${leadIn(trigger)}, ${q.text.charAt(0).toLowerCase()}${q.text.slice(1)}`,
          why: `${q.why} Names the strongest why-now trigger: ${trigger.reason}`,
        }
      : q,
  );
}
