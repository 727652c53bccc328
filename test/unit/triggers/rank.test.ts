import { describe, expect, it } from 'vitest';
import { classifyPerson } from '../../../lib/extract/classify/derive';
import { defaultIcp } from '../../../lib/icp/presets';
import type { RankedQuestion } from '../../../lib/questions/rank';
import type { PersonSignals } from '../../../lib/signals/schema';
import { nameTrigger } from '../../../lib/triggers/questions';
import { type Observed, rankTriggers } from '../../../lib/triggers/rank';
import type { PageTrigger } from '../../../lib/triggers/schema';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);
const icp = defaultIcp(0);
const asTitle = (title: string): PersonSignals => {
  const person: PersonSignals = {
    title: { value: title, source: 't', layer: 'heuristic', url: 'u', confidence: 0.5, observedAt: 0 },
  };
  classifyPerson(person);
  return person;
};
const trigger = (kind: PageTrigger['kind'], daysAgo: number, extra: Partial<PageTrigger> = {}): PageTrigger => ({
  kind,
  date: NOW - daysAgo * DAY,
  url: 'https://fundly.example/press',
  headline: `${kind} news`,
  ...extra,
});
const visit = (observedAt: number, triggers: PageTrigger[] = [], openRoles?: number): Observed => ({
  observedAt,
  url: 'https://fundly.example/careers',
  page: {
    triggers,
    ...(openRoles !== undefined && {
      company: {
        hiring: {
          value: { openRoles },
          source: 'jobs',
          layer: 'heuristic',
          url: 'https://fundly.example/careers',
          confidence: 0.8,
          observedAt,
        },
      },
    }),
  },
});

describe('ranking why-now triggers', () => {
  it('decays each kind with the ICP engagement half-life, strongest first, one line of reason each', () => {
    const ranked = rankTriggers(
      [visit(NOW, [trigger('funding', 60, { round: 'Series B', amount: '$25M' }), trigger('launch', 1)])],
      icp,
      NOW,
      asTitle,
    );
    // Funding: 30 points halved twice in 60 days (7.5); a launch yesterday keeps nearly its 10.
    expect(ranked.map((t) => t.kind)).toEqual(['launch', 'funding']);
    expect(ranked[1]?.strength).toBeCloseTo(7.5, 5);
    expect(ranked[1]?.reason).toBe(
      'Raised Series B ($25M) on 2 Apr 2025: fresh budget, usually spent on growth in the months after.',
    );
  });

  it('counts an event read on two pages once', () => {
    const same = trigger('funding', 5, { round: 'Series B' });
    expect(rankTriggers([visit(NOW, [same]), visit(NOW - DAY, [same])], icp, NOW, asTitle)).toHaveLength(1);
  });

  it('keeps a new leader only in a role the ICP persona names', () => {
    const ranked = rankTriggers(
      [
        visit(NOW, [
          trigger('leader', 3, { role: 'VP of Sales' }),
          trigger('leader', 4, { role: 'Head of Facilities' }),
        ]),
      ],
      icp,
      NOW,
      asTitle,
    );
    expect(ranked.map((t) => t.reason)).toEqual([
      'New VP of Sales announced on 29 May 2025: a new leader reviews tools and vendors in the first months, and your persona names this role.',
    ]);
  });

  it('finds open roles growing between two visits, dated at the later one', () => {
    const ranked = rankTriggers(
      [visit(NOW - 40 * DAY, [], 4), visit(NOW - 20 * DAY, [], 5), visit(NOW - 2 * DAY, [], 12)],
      icp,
      NOW,
      asTitle,
    );
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ kind: 'hiring', date: NOW - 2 * DAY });
    expect(ranked[0]?.reason).toMatch(
      /^Open roles grew from 4 to 12 between your visits on 22 Apr 2025 and 30 May 2025/,
    );
    // One more role is not growth worth a call.
    expect(rankTriggers([visit(1, [], 10), visit(2, [], 11)], icp, NOW, asTitle)).toEqual([]);
  });
});

describe('questions that name a trigger', () => {
  const q = (id: string, element: string, text: string): RankedQuestion => ({
    id,
    element,
    text,
    why: 'Opens it.',
    settles: [],
    value: 10,
  });
  it('leads the first timing question with the strongest trigger, and says so in its why', () => {
    const [top] = rankTriggers([visit(NOW, [trigger('funding', 2, { round: 'Series B' })])], icp, NOW, asTitle);
    const named = nameTrigger(
      [q('b', 'budget', 'What budget is there?'), q('t', 'timeline', 'When would Fundly need it in place?')],
      top,
    );
    expect(named[0]?.text).toBe('What budget is there?');
    expect(named[1]?.text).toBe(
      'Since the funding round announced on 30 May 2025, when would Fundly need it in place?',
    );
    expect(named[1]?.why).toMatch(/^Opens it\. Names the strongest why-now trigger: Raised Series B/);
  });
  it('changes nothing without a trigger', () => {
    const questions = [q('t', 'timeline', 'When?')];
    expect(nameTrigger(questions, undefined)).toEqual(questions);
  });
});
