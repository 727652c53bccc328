import { describe, expect, it } from 'vitest';
import type { Grade } from '../../../lib/scoring/engagement';
import { matrixCell } from '../../../lib/scoring/matrix';
import { qualify, type RecordedAnswer } from '../../../lib/scoring/qualification';
import { type StageInput, suggestStage } from '../../../lib/scoring/stage';
import type { Tier } from '../../../lib/scoring/types';

const answer = (element: string, status: RecordedAnswer['status'], at = 1): RecordedAnswer => ({ element, status, at });

describe('qualify (BANT)', () => {
  it.each([
    ['no answers', [], { budget: 'unknown', authority: 'unknown', need: 'unknown', timeline: 'unknown' }],
    ['one confirmed', [answer('need', 'confirmed')], { need: 'confirmed', budget: 'unknown' }],
    [
      'the latest answer wins',
      [answer('budget', 'not-a-fit', 1), answer('budget', 'confirmed', 2)],
      { budget: 'confirmed' },
    ],
    [
      'order does not matter',
      [answer('budget', 'confirmed', 2), answer('budget', 'partial', 1)],
      { budget: 'confirmed' },
    ],
    [
      'a tie takes the most cautious',
      [answer('timeline', 'confirmed'), answer('timeline', 'not-a-fit')],
      { timeline: 'not-a-fit' },
    ],
    ['other frameworks are ignored', [answer('champion', 'confirmed')], { budget: 'unknown' }],
  ])('%s', (_case, answers, expected) => {
    expect(qualify(answers).elements).toMatchObject(expected);
  });

  it('counts confirmed, lists not-a-fit and unknown elements', () => {
    const q = qualify([answer('budget', 'confirmed'), answer('need', 'confirmed'), answer('timeline', 'not-a-fit')]);
    expect(q).toMatchObject({ confirmed: 2, notAFit: ['timeline'], unknown: ['authority'] });
  });

  it('takes another framework’s elements', () => {
    expect(qualify([answer('champion', 'partial')], ['metrics', 'champion']).elements).toEqual({
      metrics: 'unknown',
      champion: 'partial',
    });
  });
});

describe('matrixCell', () => {
  it.each([
    ['A', 1, 'A1'],
    ['B', 3, 'B3'],
    ['D', 4, 'D4'],
    ['X', 1, undefined],
  ] as [Tier, Grade, string | undefined][])('tier %s grade %i is %s', (tier, grade, cell) => {
    expect(matrixCell(tier, grade).cell).toBe(cell);
  });

  it('says why', () => {
    expect(matrixCell('B', 2).reason).toBe('tier B fit, warm engagement (2)');
    expect(matrixCell('X', 1).reason).toMatch(/disqualified/);
  });
});

describe('suggestStage', () => {
  const none = qualify([]);
  const sql = qualify([answer('budget', 'confirmed'), answer('authority', 'confirmed'), answer('need', 'confirmed')]);
  const noBudget = qualify([answer('budget', 'not-a-fit')]);
  const base: StageInput = { tier: 'B', grade: 4, qualification: none };

  it.each([
    ['a fitting account nobody engaged', {}, 'Suspect'],
    ['a weak fit that engaged a little', { tier: 'D', grade: 3 }, 'Lead'],
    ['a good fit that engaged a little', { grade: 3 }, 'Lead'],
    ['a good fit, warm', { grade: 2 }, 'MQL'],
    ['a top fit, hot', { tier: 'A', grade: 1 }, 'MQL'],
    ['a partial fit, hot', { tier: 'C', grade: 1 }, 'Lead'],
    ['three BANT elements confirmed', { qualification: sql }, 'SQL'],
    ['product usage', { productQualified: true }, 'PQL'],
    ['product usage by a weak fit', { tier: 'D', productQualified: true }, 'Suspect'],
    ['a knockout', { tier: 'X', grade: 1, qualification: sql }, 'Disqualified'],
    ['no budget', { grade: 1, qualification: noBudget }, 'Disqualified'],
    ['a customer', { customer: true, tier: 'X' }, 'Customer'],
    ['a customer asking service for more', { customer: true, serviceRequest: true }, 'Service QL'],
  ] as [string, Partial<StageInput>, string][])('%s: %s', (_case, input, stage) => {
    const s = suggestStage({ ...base, ...input });
    expect(s.stage).toBe(stage);
    expect(s.source).toBe('suggested');
    expect(s.reason.length).toBeGreaterThan(0);
  });

  it('gives reasons that name the cause', () => {
    expect(suggestStage({ ...base, qualification: noBudget }).reason).toBe('not a fit on budget');
    expect(suggestStage({ ...base, qualification: sql }).reason).toBe('3 of 4 confirmed');
    expect(suggestStage({ ...base, grade: 2 }).reason).toBe('tier B fit and engagement grade 2');
  });

  it("lets the user's choice win and keeps the suggestion beside it", () => {
    const s = suggestStage({ ...base, tier: 'X', userStage: 'SQL' });
    expect(s).toEqual({ stage: 'SQL', reason: 'chosen by you', source: 'user', suggested: 'Disqualified' });
  });
});
