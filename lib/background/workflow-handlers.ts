import type { Routes } from './route-types';

/** Handlers of lib/messaging/messages/workflow.ts. */
export const workflowRoutes: Routes = {};
