import type { Framework } from '../../settings/settings';
import type { QuestionBank } from '../types';
import { BANT } from './bant';

/** The question bank of each framework; a framework without its own bank yet asks BANT's questions. */
const BANKS: Partial<Record<Framework, QuestionBank>> = { bant: BANT };

export function bankFor(framework: Framework): QuestionBank {
  return BANKS[framework] ?? BANT;
}

/** The element ids of a framework, in display order: what qualification tracks. */
export function elementsOf(framework: Framework): string[] {
  return bankFor(framework).elements.map((element) => element.id);
}
