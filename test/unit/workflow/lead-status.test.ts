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
});
