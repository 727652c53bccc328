import { describe, expect, it } from 'vitest';
import { defaultIcp } from '../../../lib/icp/presets';
import { elementsOf } from '../../../lib/questions/banks';
import { leadStatus } from '../../../lib/workflow/lead-status';

const now = Date.UTC(2026, 10, 23);
const base = { icp: defaultIcp(0), activities: [], answers: [], elements: elementsOf('bant'), now };

describe('leadStatus', () => {
  it('counts a never-scored lead as tier D, cold, a suspect in cell D4', () => {
    const status = leadStatus(base);
    expect(status.tier).toBe('D');
    expect(status.engagement.grade).toBe(4);
    expect(status.matrix.cell).toBe('D4');
    expect(status.stage).toMatchObject({ stage: 'Suspect', source: 'suggested' });
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
    expect(hot.matrix.cell).toBe(`D${hot.engagement.grade}`);
    expect(leadStatus({ ...base, activities, answers }).stage.stage).toBe('SQL');
  });

  it("keeps the user's stage and ignores one that is not a stage", () => {
    expect(leadStatus({ ...base, userStage: 'MQL' }).stage).toMatchObject({ stage: 'MQL', source: 'user' });
    expect(leadStatus({ ...base, userStage: 'bogus' }).stage.source).toBe('suggested');
  });

  it('takes answers as a conversation: a Suspect with answers becomes a Lead, a not-a-fit leaves the matrix', () => {
    const partial = leadStatus({ ...base, answers: [{ element: 'need', status: 'partial', at: now }] });
    expect(partial.stage).toMatchObject({
      stage: 'Lead',
      reason: 'in conversation: 1 of 4 elements answered, 0 confirmed',
    });
    expect(partial.matrix.cell).toBe('D4');
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
