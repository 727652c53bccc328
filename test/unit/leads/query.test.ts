import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  facetsOf,
  filterLeads,
  isFiltered,
  type LeadFilter,
  nextSort,
  SORT_KEYS,
  sortLeads,
} from '../../../lib/leads/query';
import type { LeadRow } from '../../../lib/leads/types';
import { STAGES } from '../../../lib/scoring/stage';
import { leadRow } from './helpers';

const rows: LeadRow[] = [
  leadRow({
    id: 'acme.com',
    name: 'Acme',
    domain: 'acme.com',
    fit: 85,
    tier: 'A',
    cell: 'A2',
    grade: 2,
    stage: 'MQL',
    tags: ['q3', 'events'],
    icpId: 'saas',
    lastSeen: 30,
  }),
  leadRow({
    id: 'globex.com',
    name: 'Globex',
    domain: 'globex.com',
    fit: 62,
    tier: 'B',
    cell: 'B4',
    stage: 'SQL',
    stageSource: 'user',
    tags: ['q3'],
    icpId: 'saas',
    lastSeen: 10,
  }),
  leadRow({
    id: 'initech.com',
    name: 'Initech',
    domain: 'initech.com',
    fit: 12,
    tier: 'X',
    cell: undefined,
    stage: 'Disqualified',
    icpId: 'enterprise',
    lastSeen: 20,
  }),
  leadRow({
    id: 'linkedin.com/in/ana',
    kind: 'contact',
    name: 'Ana Lima',
    profile: 'linkedin.com/in/ana',
    tier: 'D',
    tags: ['events'],
    lastSeen: 40,
  }),
];
const names = (list: LeadRow[]) => list.map((r) => r.name);

describe('filterLeads', () => {
  it.each<[LeadFilter, string[]]>([
    [{}, ['Acme', 'Globex', 'Initech', 'Ana Lima']],
    [{ tier: 'A' }, ['Acme']],
    [{ tier: 'X' }, ['Initech']],
    [{ stage: 'SQL' }, ['Globex']],
    [{ tag: 'events' }, ['Acme', 'Ana Lima']],
    [{ icpId: 'saas' }, ['Acme', 'Globex']],
    [{ kind: 'contact' }, ['Ana Lima']],
    [{ cell: 'B4' }, ['Globex']],
    [{ search: 'GLOBEX.com' }, ['Globex']],
    [{ search: 'linkedin ana' }, ['Ana Lima']],
    [{ search: 'q3' }, ['Acme', 'Globex']],
    [{ tag: 'q3', tier: 'B' }, ['Globex']],
    [{ search: 'nobody' }, []],
  ])('%j', (filter, expected) => {
    expect(names(filterLeads(rows, filter))).toEqual(expected);
  });

  it('knows when anything filters', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ search: '' })).toBe(false);
    expect(isFiltered({ tag: 'q3' })).toBe(true);
  });
});

describe('sortLeads', () => {
  it('sorts by fit descending, a never-scored lead last', () => {
    expect(names(sortLeads(rows, { key: 'fit', dir: 'desc' }))).toEqual(['Acme', 'Globex', 'Initech', 'Ana Lima']);
    expect(names(sortLeads(rows, { key: 'fit', dir: 'asc' }))).toEqual(['Ana Lima', 'Initech', 'Globex', 'Acme']);
  });

  it('sorts by tier (A first, X after D), cell, name, last seen and kind', () => {
    expect(names(sortLeads(rows, { key: 'tier', dir: 'asc' }))).toEqual(['Acme', 'Globex', 'Ana Lima', 'Initech']);
    expect(names(sortLeads(rows, { key: 'cell', dir: 'asc' }))).toEqual(['Acme', 'Globex', 'Ana Lima', 'Initech']);
    expect(names(sortLeads(rows, { key: 'name', dir: 'desc' }))).toEqual(['Initech', 'Globex', 'Ana Lima', 'Acme']);
    expect(names(sortLeads(rows, { key: 'lastSeen', dir: 'desc' }))).toEqual(['Ana Lima', 'Acme', 'Initech', 'Globex']);
    expect(names(sortLeads(rows, { key: 'kind', dir: 'desc' }))[0]).toBe('Ana Lima');
  });

  it('sorts numbers inside names as numbers, ignoring case', () => {
    const list = ['company 10', 'Company 2', 'Company 1'].map((name) => leadRow({ id: name, name }));
    expect(names(sortLeads(list, { key: 'name', dir: 'asc' }))).toEqual(['Company 1', 'Company 2', 'company 10']);
  });

  it('does not change the list it is given', () => {
    const copy = [...rows];
    sortLeads(rows, { key: 'name', dir: 'asc' });
    expect(rows).toEqual(copy);
  });

  it('clicking the sorted column flips it; another column starts in its natural order', () => {
    expect(nextSort({ key: 'fit', dir: 'desc' }, 'fit')).toEqual({ key: 'fit', dir: 'asc' });
    expect(nextSort({ key: 'fit', dir: 'desc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
    expect(nextSort({ key: 'name', dir: 'asc' }, 'lastSeen')).toEqual({ key: 'lastSeen', dir: 'desc' });
  });
});

const arbitraryRow = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 8 }),
    name: fc.string({ maxLength: 8 }),
    fit: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    tier: fc.constantFrom('A', 'B', 'C', 'D', 'X' as const),
    stage: fc.constantFrom(...STAGES),
    tags: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }),
    lastSeen: fc.integer({ min: 0, max: 1000 }),
  })
  .map((r) => leadRow(r));
const arbitraryRows = fc.uniqueArray(arbitraryRow, { selector: (r) => r.key, maxLength: 40 });

describe('properties', () => {
  it('a filter keeps exactly the rows that match every part of it', () => {
    fc.assert(
      fc.property(
        arbitraryRows,
        fc.constantFrom(undefined, 'A', 'D' as const),
        fc.constantFrom(undefined, 'a', 'b'),
        (list, tier, tag) => {
          const kept = filterLeads(list, { tier, tag });
          const expected = list.filter((r) => (!tier || r.tier === tier) && (!tag || r.tags.includes(tag)));
          expect(kept).toEqual(expected);
        },
      ),
    );
  });

  it('a sort is a permutation, ordered by its key, and reversing the direction reverses the order of distinct keys', () => {
    fc.assert(
      fc.property(arbitraryRows, fc.constantFrom(...SORT_KEYS), (list, key) => {
        const asc = sortLeads(list, { key, dir: 'asc' });
        expect([...asc].map((r) => r.key).sort()).toEqual(list.map((r) => r.key).sort());
        if (key === 'fit') {
          const fits = asc.map((r) => r.fit ?? -1);
          expect(fits).toEqual([...fits].sort((a, b) => a - b));
        }
        if (key === 'lastSeen') {
          const desc = sortLeads(list, { key, dir: 'desc' }).map((r) => r.lastSeen);
          expect(desc).toEqual([...desc].sort((a, b) => b - a));
        }
      }),
    );
  });
});

describe('facetsOf', () => {
  it('lists the tags and ICPs present, sorted', () => {
    expect(facetsOf(rows)).toEqual({
      tags: ['events', 'q3'],
      icpIds: ['enterprise', 'saas'],
    });
  });
});
