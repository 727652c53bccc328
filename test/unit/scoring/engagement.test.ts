import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGAGEMENT } from '../../../lib/icp/presets';
import { decayed, gradeOf, scoreEngagement } from '../../../lib/scoring/engagement';

const DAY = 86_400_000;
const NOW = 1_000 * DAY;
const at = (daysAgo: number) => NOW - daysAgo * DAY;

describe('decayed', () => {
  it.each([
    [0, 30],
    [30, 15],
    [60, 7.5],
    [-5, 30], // dated in the future: counts as now
  ])('30 points %i days ago are worth %d with a 30-day half-life', (days, expected) => {
    expect(decayed(30, at(days), NOW, 30)).toBeCloseTo(expected, 10);
  });
});

describe('gradeOf', () => {
  it.each([
    [100, 1],
    [30, 1],
    [29.9, 2],
    [15, 2],
    [5, 3],
    [4.9, 4],
    [0, 4],
    [-10, 4],
  ])('%d points grade %i with the default cut-offs', (points, grade) => {
    expect(gradeOf(points)).toBe(grade);
  });

  it('takes configured cut-offs', () => {
    expect(gradeOf(50, { hot: 100, warm: 50, cool: 10 })).toBe(2);
  });
});

describe('scoreEngagement', () => {
  it.each([
    ['nothing logged', [], 0, 4, 'no scored activity logged (4, cold)'],
    ['a fresh demo request', [{ type: 'demo-request', at: at(0) }], 30, 1, '30 points from 1 activity (1, hot)'],
    ['a month-old demo request', [{ type: 'demo-request', at: at(30) }], 15, 2, '15 points from 1 activity (2, warm)'],
    [
      'a webinar and a download this week',
      [
        { type: 'webinar-attended', at: at(0) },
        { type: 'content-download', at: at(0) },
      ],
      15,
      2,
      '15 points from 2 activities (2, warm)',
    ],
    ['an old download', [{ type: 'content-download', at: at(90) }], 0.6, 4, '0.6 points from 1 activity (4, cold)'],
    ['an unknown type', [{ type: 'tweet-liked', at: at(0) }], 0, 4, 'no scored activity logged (4, cold)'],
  ])('%s', (_case, activities, points, grade, reason) => {
    expect(scoreEngagement(activities, DEFAULT_ENGAGEMENT, NOW)).toEqual({ points, grade, reason });
  });

  it('uses the ICP half-life and cut-offs', () => {
    const rules = { ...DEFAULT_ENGAGEMENT, halfLifeDays: 7, grades: { hot: 8, warm: 4, cool: 2 } };
    const r = scoreEngagement([{ type: 'demo-request', at: at(14) }], rules, NOW);
    expect(r).toMatchObject({ points: 7.5, grade: 2 });
  });

  it('lets negative points (an unsubscribe) lower engagement', () => {
    const rules = { halfLifeDays: 30, rules: [...DEFAULT_ENGAGEMENT.rules, { activity: 'unsubscribe', points: -20 }] };
    const r = scoreEngagement(
      [
        { type: 'demo-request', at: at(0) },
        { type: 'unsubscribe', at: at(0) },
      ],
      rules,
      NOW,
    );
    expect(r).toMatchObject({ points: 10, grade: 3 });
  });
});
