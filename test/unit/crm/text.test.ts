import { describe, expect, it } from 'vitest';
import { countsLine, fieldLine, logLine, resultLine } from '../../../lib/crm/text';

describe('push wording', () => {
  it('says a push log entry as "Pushed 2 Dec, 14:03, 6 fields"', () => {
    const at = new Date(2025, 11, 2, 14, 3).getTime();
    expect(logLine({ at, fields: 6, failures: [] })).toBe('Pushed 2 Dec, 14:03, 6 fields');
    expect(logLine({ at, fields: 0, failures: ['x: refused'] })).toBe(
      'Pushed 2 Dec, 14:03, nothing to change, 1 failure',
    );
  });
  it('counts fields by fate, leaving out the empty ones', () => {
    expect(countsLine({ new: 3, changed: 0, unchanged: 12, kept: 1 })).toBe(
      '3 new, 12 unchanged, 1 kept as set in HubSpot',
    );
  });
  it('shows what a change replaces and what HubSpot keeps', () => {
    expect(fieldLine({ property: 'city', label: 'City', status: 'changed', before: 'Ottawa', after: 'Toronto' })).toBe(
      'City: Ottawa → Toronto',
    );
    expect(fieldLine({ property: 'city', label: 'City', status: 'kept', before: 'Ottawa', after: 'Toronto' })).toBe(
      'City: Ottawa (ICP Lens has Toronto)',
    );
  });
  it('sums up a push', () => {
    const base = { fields: 0, failures: [], skipped: [], at: 0 };
    expect(
      resultLine({ ...base, companies: { created: 2, updated: 0 }, contacts: { created: 1, updated: 3 }, fields: 40 }),
    ).toBe('2 companies created, 1 person created, 3 people updated, 40 fields written.');
    expect(resultLine({ ...base, companies: { created: 0, updated: 0 }, contacts: { created: 0, updated: 0 } })).toBe(
      'Nothing needed changing.',
    );
  });
});
