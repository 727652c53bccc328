import type { Framework } from '../../settings/settings';
import type { QuestionBank } from '../types';
import { ANUM } from './anum';
import { BANT } from './bant';
import { CHAMP } from './champ';
import { GPCTBA } from './gpctba';
import { MEDDICC } from './meddicc';

/** The question bank of each framework (lib/settings FRAMEWORKS); the record type makes a missing one a type error. */
export const BANKS: Record<Framework, QuestionBank> = {
  bant: BANT,
  anum: ANUM,
  champ: CHAMP,
  meddicc: MEDDICC,
  gpctba: GPCTBA,
};

export function bankFor(framework: Framework): QuestionBank {
  return BANKS[framework];
}

/** The element ids of a framework, in display order: what qualification tracks. */
export function elementsOf(framework: Framework): string[] {
  return bankFor(framework).elements.map((element) => element.id);
}
