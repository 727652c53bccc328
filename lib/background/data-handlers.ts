import { getSettings, saveSettings } from '../settings/settings';
import type { Routes } from './route-types';

/** Handlers of lib/messaging/messages/data.ts. */
export const dataRoutes: Routes = {
  'ui-bg/get-settings': (_, { db }) => getSettings(db),
  'ui-bg/save-settings': (change, { db }) => saveSettings(db, change),
};
