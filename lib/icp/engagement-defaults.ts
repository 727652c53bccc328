import type { Icp } from './schema';

/** Points per logged activity (DESIGN.md "Engagement"); a starting point the user tunes. */
export const DEFAULT_ENGAGEMENT: Icp['engagement'] = {
  halfLifeDays: 30,
  rules: [
    { activity: 'demo-request', points: 30 },
    { activity: 'pricing-request', points: 25 },
    { activity: 'meeting-booked', points: 25 },
    { activity: 'contact-form', points: 20 },
    { activity: 'direct-reach-out', points: 20 },
    { activity: 'email-reply', points: 15 },
    { activity: 'webinar-attended', points: 10 },
    { activity: 'event-attended', points: 10 },
    { activity: 'pricing-page-visit', points: 10 },
    { activity: 'content-download', points: 5 },
  ],
};
