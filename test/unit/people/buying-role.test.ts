import { describe, expect, it } from 'vitest';
import { classifyPerson } from '../../../lib/extract/classify/derive';
import { defaultIcp, PRESETS } from '../../../lib/icp/presets';
import type { Icp } from '../../../lib/icp/schema';
import { offerOf, suggestBuyingRole } from '../../../lib/people/buying-role';
import type { PersonSignals } from '../../../lib/signals/schema';

const evidence = {
  source: 'team-page',
  layer: 'heuristic' as const,
  url: 'https://a.example/team',
  confidence: 0.7,
  observedAt: 1,
};

/** A person with a title, classified as the background does. */
function person(title: string): PersonSignals {
  const p: PersonSignals = { name: { ...evidence, value: 'Anna Beispiel' }, title: { ...evidence, value: title } };
  classifyPerson(p);
  return p;
}

/** An ICP whose persona targets sales alone, at the default levels. */
function salesIcp(): Icp {
  const icp = defaultIcp(0);
  return {
    ...icp,
    persona: icp.persona.map((c) => (c.field === 'department' && c.op === 'in' ? { ...c, target: ['sales'] } : c)),
  };
}

describe('suggested buying roles', () => {
  const sales = offerOf(salesIcp());

  it('reads what the ICP sells from its persona', () => {
    expect(sales.phrase).toBe('a sales tool');
    expect(offerOf(defaultIcp(0)).phrase).toBe('a sales, marketing or customer success tool');
    const local = PRESETS.find((p) => p.id.includes('local'))?.make(0);
    if (local) expect(offerOf(local).phrase).toBe('an operations tool');
  });

  it.each([
    ['VP Sales', 'decision-maker', 'VP Sales: decision maker for a sales tool (leads a team that would use it)'],
    [
      'Chief Executive Officer',
      'economic-buyer',
      'Chief Executive Officer: economic buyer for a sales tool (signs off the budget)',
    ],
    ['CFO', 'economic-buyer', undefined],
    ['Chief Revenue Officer', 'economic-buyer', undefined],
    ['Sales Manager', 'champion', undefined],
    ['Senior Account Executive', 'champion', undefined],
    ['Account Executive', 'user', 'Account Executive: user for a sales tool (would use it day to day)'],
    ['CTO', 'influencer', 'CTO: influencer for a sales tool (reviews how it fits the systems and security)'],
    ['Head of Marketing', 'influencer', undefined],
    ['Geschäftsführerin', 'economic-buyer', undefined],
    ['Directeur commercial', 'decision-maker', undefined],
    ['Recruiter', 'influencer', undefined],
  ])('%s: %s', (title, role, reason) => {
    const suggested = suggestBuyingRole(person(title), sales);
    expect(suggested?.role).toBe(role);
    if (reason) expect(suggested?.reason).toBe(reason);
    expect(suggested?.reason.startsWith(`${title}: `)).toBe(true);
  });

  it('follows the ICP: a manager the persona targets decides, a marketer is a user of a marketing offer', () => {
    const local = PRESETS.find((p) => p.id.includes('local'))?.make(0) as Icp;
    expect(suggestBuyingRole(person('Operations Manager'), offerOf(local))?.role).toBe('decision-maker');
    expect(suggestBuyingRole(person('Operations Manager'), sales)?.role).toBe('influencer');
    expect(suggestBuyingRole(person('Marketing Coordinator'), offerOf(defaultIcp(0)))?.role).toBe('user');
  });

  it('suggests nothing for a person whose title says nothing', () => {
    expect(suggestBuyingRole(person('Dreamer'), sales)).toBeUndefined();
    expect(suggestBuyingRole({}, sales)).toBeUndefined();
  });
});
