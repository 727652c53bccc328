import type { Icp } from './schema';

/**
 * What the seller records counts as engagement too (DESIGN.md: a qualified lead shows intent): each framework
 * element whose latest answer is confirmed or partial, and a stage the user chose at SQL or later. These points apply
 * when an ICP has no rule of its own for them (ICPs made before they existed), so three confirmed answers never read
 * "cold"; a rule in the ICP overrides them, 0 included.
 */
export const RECORDED_ENGAGEMENT = [
  { activity: 'answer-confirmed', points: 10 },
  { activity: 'answer-partial', points: 5 },
  { activity: 'stage-sql-or-later', points: 30 },
] as const;

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
    ...RECORDED_ENGAGEMENT,
  ],
};
