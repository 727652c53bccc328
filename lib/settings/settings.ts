import { z } from 'zod';
import type { IcpLensDb } from '../db/db';

/** Qualification frameworks with a question bank in lib/questions/banks. */
export const FRAMEWORKS = ['bant', 'anum', 'champ', 'meddicc', 'gpctba'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
/** Pages research may read per company (lib/research): at least one, and few enough to stay a visitor's reading. */
export const RESEARCH_PAGES = { min: 1, max: 12, default: 6 } as const;
export const researchPagesSchema = z.number().int().min(RESEARCH_PAGES.min).max(RESEARCH_PAGES.max);

/**
 * The user's preferences, stored as one row (`key: 'preferences'`) of the settings table. Every field has a default
 * so a partial or older row still parses; an invalid field falls back to its default instead of failing the page.
 */
export const settingsSchema = z.object({
  framework: z.enum(FRAMEWORKS).catch('bant'),
  theme: z.enum(THEMES).catch('system'),
  /** Read a few more pages of a company's own site after one is read (lib/research). */
  research: z.boolean().catch(true),
  researchPages: researchPagesSchema.catch(RESEARCH_PAGES.default),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Framework = Settings['framework'];

export const DEFAULT_SETTINGS: Settings = {
  framework: 'bant',
  theme: 'system',
  research: true,
  researchPages: RESEARCH_PAGES.default,
};
const KEY = 'preferences';

export async function getSettings(db: IcpLensDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const value = row?.value && typeof row.value === 'object' ? row.value : {};
  return settingsSchema.parse({ ...DEFAULT_SETTINGS, ...value });
}

/** Saves a change of some preferences; the others keep their stored values. */
export async function saveSettings(db: IcpLensDb, change: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchema.parse({ ...(await getSettings(db)), ...change });
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}
