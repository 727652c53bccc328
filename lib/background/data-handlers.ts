import type { Routes } from './route-types';

/** Handlers of lib/messaging/messages/data.ts. */
export const dataRoutes: Routes = {};
