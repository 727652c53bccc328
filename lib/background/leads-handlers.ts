import type { Routes } from './route-types';

/** Handlers of lib/messaging/messages/leads.ts. */
export const leadsRoutes: Routes = {};
