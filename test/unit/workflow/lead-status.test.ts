import { describe, expect, it } from 'vitest';
import { defaultIcp } from '../../../lib/icp/presets';
import { elementsOf } from '../../../lib/questions/banks';
import { leadStatus } from '../../../lib/workflow/lead-status';

const now = Date.UTC(2026, 10, 23);
const base = { icp: defaultIcp(0), activities: [], answers: [], elements: elementsOf('bant'), now };

describe('leadStatus', () => {
  it("counts a never-scored lead as not enough data ('?'), cold, a suspect outside the matrix, never D4", () => {
    const status = leadStatus(base);
    expect(status.tier).toBe('?');
    expect(status.engagement.grade).toBe(4);
    expect(status.matrix.cell).toBeUndefined();
    expect(status.matrix.reason).toMatch(/not enough data/);
    expect(status.stage).toMatchObject({ stage: 'Suspect', source: 'suggested' });
    expect(status.stage.reason).toBe('no engagement yet (grade 4), fit not known yet');
  });

  it.each([
    [
      'three confirmed answers',
      {
        answers: (['budget', 'authority', 'need'] as const).map((element) => ({
          element,
          status: 'confirmed' as const,
          at: now,
        })),
      },
      30,
      1,
    ],
    ['one confirmed answer', { answers: [{ element: 'need', status: 'confirmed' as const, at: now }] }, 10, 3],
    ['one partial answer', { answers: [{ element: 'need', status: 'partial' as const, at: now }] }, 5, 3],
    ['a not-a-fit answer', { answers: [{ element: 'need', status: 'not-a-fit' as const, at: now }] }, 0, 4],
    ['a chosen stage of SQL', { userStage: 'SQL' }, 30, 1],
    ['a chosen stage of MQL', { userStage: 'MQL' }, 0, 4],
  ])('counts what the seller recorded as engagement: %s', (_, extra, points, grade) => {
    const status = leadStatus({ ...base, ...extra });
    expect([status.engagement.points, status.engagement.grade]).toEqual([points, grade]);
    if (points > 0) expect(status.engagement.reason).toMatch(/you recorded/);
  });

  it('counts an element once, by its latest answer, decayed from that answer; an ICP rule overrides the default', () => {
    const day = 86_400_000;
    const answers = [
      { element: 'need', status: 'confirmed' as const, at: now - 60 * day },
      { element: 'need', status: 'confirmed' as const, at: now - 30 * day },
    ];
    expect(leadStatus({ ...base, answers }).engagement.points).toBe(5); // 10 halved once (30-day half-life)
    const icp = defaultIcp(0);
    icp.engagement = { ...icp.engagement, rules: [{ activity: 'answer-confirmed', points: 0 }] };
    expect(leadStatus({ ...base, icp, answers }).engagement.points).toBe(0);
  });

  it('moves the matrix cell and stage with activities and answers', () => {
    const activities = [{ type: 'demo-request', at: now }];
    const answers = (['budget', 'authority', 'need'] as const).map((element) => ({
      element,
      status: 'confirmed' as const,
      at: now,
    }));
    const hot = leadStatus({ ...base, activities });
    expect(hot.engagement.grade).toBeLessThan(4);
    expect(hot.matrix.cell).toBeUndefined();
    expect(leadStatus({ ...base, activities, answers }).stage.stage).toBe('SQL');
  });

  it("keeps the user's stage and ignores one that is not a stage", () => {
    expect(leadStatus({ ...base, userStage: 'MQL' }).stage).toMatchObject({ stage: 'MQL', source: 'user' });
    expect(leadStatus({ ...base, userStage: 'bogus' }).stage.source).toBe('suggested');
  });

  it('takes answers as a conversation: a Suspect with answers becomes a Lead, a not-a-fit leaves the matrix', () => {
    const partial = leadStatus({ ...base, answers: [{ element: 'need', status: 'partial', at: now }] });
    expect(partial.stage).toMatchObject({ stage: 'Lead', reason: 'engaged (grade 3), fit not known yet' });
    const icp = defaultIcp(0);
    icp.engagement = { ...icp.engagement, rules: [{ activity: 'answer-partial', points: 0 }] };
    const unscored = leadStatus({ ...base, icp, answers: [{ element: 'need', status: 'partial', at: now }] });
    expect(unscored.stage).toMatchObject({
      stage: 'Lead',
      reason: 'in conversation: 1 of 4 elements answered, 0 confirmed',
    });
    const chosen = leadStatus({
      ...base,
      userStage: 'MQL',
      answers: [{ element: 'need', status: 'partial', at: now }],
    });
    expect(chosen.stage).toMatchObject({ stage: 'MQL', source: 'user', suggested: 'Lead' });
    const out = leadStatus({ ...base, answers: [{ element: 'budget', status: 'not-a-fit', at: now }] });
    expect(out.matrix).toEqual({ reason: 'not a fit on budget: outside the matrix' });
    expect(out.stage.stage).toBe('Disqualified');
  });
});
