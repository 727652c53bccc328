import { z } from 'zod';
import { FRAMEWORKS, THEMES } from '../../settings/settings';

/** Settings and the user's data as a whole. Writes are `ui` only: a content script can never change settings. */
export const dataMessages = {
  /** The user's preferences (framework, theme), defaults filled in. */
  'ui-bg/get-settings': { from: 'ui', payload: z.object({}) },
  /** Changes some preferences; replies with all of them. */
  'ui-bg/save-settings': {
    from: 'ui',
    payload: z.object({ framework: z.enum(FRAMEWORKS).optional(), theme: z.enum(THEMES).optional() }).strict(),
  },
} as const;
