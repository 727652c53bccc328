import { crmRoutes } from './crm-handlers';
import { dataRoutes } from './data-handlers';
import { tabRoutes } from './handlers';
import { icpRoutes } from './icp-handlers';
import { leadsRoutes } from './leads-handlers';
import { reviewRoutes } from './review-handlers';
import type { Routes } from './route-types';
import { teamIcpRoutes } from './team-icp';
import { twentyRoutes } from './twenty-handlers';
import { workflowRoutes } from './workflow-handlers';

/** Every handler of the background, one map per domain (the same split as lib/messaging/messages). */
export const routes: Routes = {
  ...tabRoutes,
  ...icpRoutes,
  ...workflowRoutes,
  ...leadsRoutes,
  ...dataRoutes,
  ...teamIcpRoutes,
  ...crmRoutes,
  ...twentyRoutes,
  ...reviewRoutes,
};
