import { describe, expect, it } from 'vitest';
import type { IcpList } from '../../../lib/messaging/views';
import { activePreset, storedIcpFor } from '../../../lib/welcome/first-run';

const list = {
  icps: [
    { id: 'default-b2b-saas', name: 'B2B SaaS, mid-market' },
    { id: 'x1', name: 'Enterprise' },
    { id: 'x2', name: 'My own ICP' },
  ],
  activeId: 'x1',
  presets: [
    { id: 'b2b-saas-mid-market', name: 'B2B SaaS, mid-market', description: '' },
    { id: 'enterprise', name: 'Enterprise', description: '' },
    { id: 'local-services', name: 'Local services', description: '' },
  ],
} as unknown as IcpList;

describe('welcome page presets', () => {
  it('finds the stored ICP a preset stands for, so choosing it again makes no copy', () => {
    expect(storedIcpFor(list, 'b2b-saas-mid-market')).toBe('default-b2b-saas');
    expect(storedIcpFor(list, 'enterprise')).toBe('x1');
    expect(storedIcpFor(list, 'local-services')).toBeUndefined();
    expect(storedIcpFor(list, 'nope')).toBeUndefined();
  });

  it('shows which preset scores now, and none for an ICP of your own', () => {
    expect(activePreset(list)).toBe('enterprise');
    expect(activePreset({ ...list, activeId: 'x2' })).toBeUndefined();
  });
});
