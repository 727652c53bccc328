import type { Icp } from '../icp/schema';

/**
 * The activities a user logs by hand, with the ids of the ICP's engagement rules (lib/icp/engagement-defaults.ts),
 * so each one earns the points the ICP gives it.
 */
export const ACTIVITY_TYPES = [
  { id: 'demo-request', label: 'Demo request' },
  { id: 'pricing-request', label: 'Pricing request' },
  { id: 'contact-form', label: 'Contact form' },
  { id: 'direct-reach-out', label: 'Reached out' },
  { id: 'meeting-booked', label: 'Meeting' },
  { id: 'webinar-attended', label: 'Webinar' },
  { id: 'event-attended', label: 'Event' },
  { id: 'content-download', label: 'Download' },
  { id: 'email-reply', label: 'Email reply' },
  { id: 'pricing-page-visit', label: 'Pricing-page visit' },
] as const;

export type ActivityTypeId = (typeof ACTIVITY_TYPES)[number]['id'];
export const ACTIVITY_TYPE_IDS = ACTIVITY_TYPES.map((t) => t.id) as [ActivityTypeId, ...ActivityTypeId[]];

export interface ActivityTypeView {
  id: ActivityTypeId;
  label: string;
  /** Points under the active ICP's rules; 0 when the ICP does not count this activity. */
  points: number;
}

/** The activity types with the points the ICP gives each, for the panel's picker. */
export function activityTypesFor(icp: Icp): ActivityTypeView[] {
  const points = new Map(icp.engagement.rules.map((r) => [r.activity, r.points]));
  return ACTIVITY_TYPES.map((t) => ({ ...t, points: points.get(t.id) ?? 0 }));
}

export function activityLabel(type: string): string {
  return ACTIVITY_TYPES.find((t) => t.id === type)?.label ?? type;
}
