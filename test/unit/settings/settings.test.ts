import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { DEFAULT_SETTINGS, getSettings, saveSettings } from '../../../lib/settings/settings';

let db: IcpLensDb;
let n = 0;
beforeEach(() => {
  db = openDb(`settings-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('saves one preference and keeps the others', async () => {
    await saveSettings(db, { theme: 'dark' });
    await saveSettings(db, { framework: 'meddicc' });
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, framework: 'meddicc', theme: 'dark' });
  });

  it('falls back to the default for an invalid stored field, keeping the valid ones', async () => {
    await db.settings.put({ key: 'preferences', value: { framework: 'nonsense', theme: 'light' } });
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, framework: 'bant', theme: 'light' });
  });
});
