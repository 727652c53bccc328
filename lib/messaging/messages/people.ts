import { z } from 'zod';
import { BUYING_ROLES } from '../../people/buying-role';
import { recordIdSchema } from '../ids';

/** The people of an account (lib/people): the user's choices about them. `ui` only. */
export const peopleMessages = {
  /** The buying role the user gives a person, over the suggestion; null gives the suggestion back. */
  'ui-bg/set-buying-role': {
    from: 'ui',
    payload: z.object({ contactId: recordIdSchema, role: z.enum(BUYING_ROLES).nullable() }).strict(),
  },
} as const;
