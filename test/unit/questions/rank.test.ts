import { describe, expect, it } from 'vitest';
import { defaultIcp } from '../../../lib/icp/presets';
import { ELEMENT_VALUE, type RankInput, rankQuestions } from '../../../lib/questions/rank';
import { scoreCompany } from '../../../lib/scoring/fit';
import type { CompanySignals } from '../../../lib/signals/schema';
import { fact, icpWith } from '../scoring/helpers';

const icp = defaultIcp(0);

function input(signals: CompanySignals, extra: Partial<RankInput> = {}, forIcp = icp): RankInput {
  return { icp: forIcp, signals, score: scoreCompany(forIcp, signals, 0), ...extra };
}

const known: CompanySignals = {
  name: fact('Acme'),
  industryGroup: fact('software'),
  employees: fact({ min: 51, max: 200 }),
  hq: fact({ country: 'DE' }),
  description: fact('A SaaS platform.'),
  founded: fact(2015),
  technologies: fact([
    { name: 'HubSpot', category: 'crm' },
    { name: 'Segment', category: 'cdp' },
  ]),
};

describe('rankQuestions', () => {
  it('ranks by the unknown weight each question settles, one question per element', () => {
    const top = rankQuestions(input({}));
    expect(top.map((q) => [q.id, q.value])).toEqual([
      ['need-business', 50], // industry 25 + focus 15 + Need 10
      ['budget-seats', 30], // size 20 + Budget 10
      ['authority-hq-unknown', 30], // geo 20 + Authority 10
    ]);
    expect(top[1]?.why).toBe(
      'Would settle "50 to 1,000 employees" (up to 20 points), still unknown, and opens Budget, which has no answer yet.',
    );
    expect(top[0]?.why).toBe(
      'Would settle "Software, IT, marketing or finance" (up to 25 points), "Sells software or a platform" (up to 15 ' +
        'points) and "Not government or nonprofit" (a must-have), still unknown, and opens Need, which has no answer yet.',
    );
    expect(top[1]?.settles).toEqual(['employees']);
  });

  it('changes when criteria become known', () => {
    const before = rankQuestions(input({ name: fact('Acme') }));
    const after = rankQuestions(input({ name: fact('Acme'), employees: fact({ min: 51, max: 200 }) }));
    expect(before.find((q) => q.id === 'budget-seats')?.value).toBe(30);
    expect(after.map((q) => q.id)).toEqual(['need-business', 'authority-hq-unknown', 'budget-seats']);
    expect(after[2]).toMatchObject({
      value: ELEMENT_VALUE,
      why: 'No unknown criterion depends on it, but it opens Budget, which has no answer yet.',
    });
    expect(after[2]?.text).toBe(
      'How many people at Acme would use this, and is budget set per seat, per team or company-wide?',
    );
  });

  it('still asks one question per unanswered element when nothing is unknown', () => {
    const top = rankQuestions(input(known), 4);
    expect(top.map((q) => q.element)).toEqual(['budget', 'authority', 'need', 'timeline']);
    expect(top.every((q) => q.value === ELEMENT_VALUE)).toBe(true);
  });

  it('fills placeholders and picks the question variant that fits the signals', () => {
    const all = rankQuestions(input(known), 20);
    expect(all.find((q) => q.id === 'authority-hq-known')?.text).toBe(
      'Are purchases like this decided at your headquarters in Germany, or by local teams?',
    );
    expect(all.find((q) => q.id === 'authority-signoff')?.text).toBe(
      'In a company of 51–200 people, who besides you would sign off on a purchase like this?',
    );
    expect(all.map((q) => q.id)).not.toContain('authority-hq-unknown');
    expect(all.map((q) => q.id)).toContain('need-stack-known');
    expect(all.map((q) => q.id)).not.toContain('need-stack-unknown');
    expect(all.find((q) => q.id === 'need-stack-known')?.text).toBe(
      'You run HubSpot and Segment: where does work or data get stuck between them today?',
    );
    for (const q of all) expect(q.text).not.toMatch(/[{}]|undefined/);
  });

  it('drops answered elements and repeats an element only when no other remains', () => {
    const top = rankQuestions(input(known, { answered: { budget: 'confirmed', authority: 'not-a-fit' } }));
    // Need and Timeline first, then a second Need question; equal values keep bank order.
    expect(top.map((q) => q.id)).toEqual(['need-stack-known', 'need-market', 'timeline-date']);
    expect(top.some((q) => q.element === 'budget' || q.element === 'authority')).toBe(false);
    const two = rankQuestions(input(known, { answered: { budget: 'confirmed', authority: 'not-a-fit' } }), 2);
    expect(two.map((q) => q.id)).toEqual(['need-stack-known', 'timeline-date']);
  });

  it('drops an answered element even when its questions would settle unknown criteria', () => {
    const top = rankQuestions(input({}, { answered: { budget: 'partial' } }), 20);
    expect(top.some((q) => q.element === 'budget')).toBe(false);
    expect(
      rankQuestions(
        input(
          {},
          { answered: { budget: 'confirmed', authority: 'confirmed', need: 'partial', timeline: 'not-a-fit' } },
        ),
      ),
    ).toEqual([]);
  });

  it('counts unknown penalties and scales by weightHint', () => {
    const custom = icpWith([
      { label: 'Hiring', field: 'hiring.openRoles', op: 'gte', target: 1, weight: 30 },
      {
        label: 'Not bootstrapped',
        field: 'fundingStage',
        op: 'in',
        target: ['bootstrapped'],
        weight: 40,
        penalty: true,
      },
    ]);
    const top = rankQuestions(input({}, {}, custom), 4);
    expect(top.map((q) => [q.id, q.value])).toEqual([
      ['timeline-hiring-unknown', 40],
      ['budget-funding', 30], // 40 * 0.5 + 10
      ['authority-signoff', 10],
      ['need-business', 10],
    ]);
    expect(top[1]?.why).toBe(
      'Would settle "Not bootstrapped" (up to 40 points), still unknown, and opens Budget, which has no answer yet.',
    );
  });

  it('respects the limit and is deterministic', () => {
    expect(rankQuestions(input({}), 1).map((q) => q.id)).toEqual(['need-business']);
    expect(rankQuestions(input({}), 0)).toEqual([]);
    expect(rankQuestions(input(known))).toEqual(rankQuestions(input(known)));
  });
});
