import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, parseAccountsCsv, parseDomain } from '../../../lib/leads/csv-import';
import { IMPORT_LIMITS } from '../../../lib/leads/limits';

function entries(text: string) {
  const parsed = parseAccountsCsv(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.entries;
}
function errors(text: string) {
  const parsed = parseAccountsCsv(text);
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed;
}

describe('parseDomain', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['ACME.com', 'acme.com'],
    ['www.acme.co.uk', 'acme.co.uk'],
    ['https://shop.acme.com/about?x=1', 'acme.com'],
    ['http://acme.example:8080', 'acme.example'],
    ['bücher.de', 'xn--bcher-kva.de'],
  ])('%s -> %s', (raw, domain) => {
    expect(parseDomain(raw)).toBe(domain);
  });

  it.each(['acme', 'not a domain', 'localhost', '192.168.0.1', 'acme..com', '-acme.com', 'acme_corp.com', ''])(
    'refuses %j',
    (raw) => {
      expect(parseDomain(raw)).toBeUndefined();
    },
  );
});

describe('nameKey', () => {
  it('is stable across case, accents, punctuation and spacing', () => {
    expect(nameKey('Acme, Inc.')).toBe('name:acme inc');
    expect(nameKey('  ACME   inc ')).toBe('name:acme inc');
    expect(nameKey('Société Générale')).toBe('name:societe generale');
  });
});

describe('parseAccountsCsv', () => {
  it('reads a domain column by its header, with an optional name column', () => {
    expect(entries('Website,Company Name\nhttps://www.acme.com,Acme\nglobex.com,\n')).toEqual([
      { row: 2, id: 'acme.com', domain: 'acme.com', name: 'Acme' },
      { row: 3, id: 'globex.com', domain: 'globex.com', name: undefined },
    ]);
  });

  it('reads a name-only file, keyed by normalized name', () => {
    expect(entries('company\n"Acme, Inc."\nInitech\n')).toEqual([
      { row: 2, id: 'name:acme inc', name: 'Acme, Inc.' },
      { row: 3, id: 'name:initech', name: 'Initech' },
    ]);
  });

  it('uses the name when a row of a two-column file has no domain', () => {
    expect(entries('domain,name\n,Initech\n')).toEqual([{ row: 2, id: 'name:initech', name: 'Initech' }]);
  });

  it('reads a single headerless column of domains and names', () => {
    expect(entries('acme.com\nInitech Corp\nglobex.com\n').map((e) => e.id)).toEqual([
      'acme.com',
      'name:initech corp',
      'globex.com',
    ]);
  });

  it('merges rows naming the same account, skips blank lines, strips a BOM', () => {
    const parsed = parseAccountsCsv('\uFEFFdomain,name\nacme.com,Acme\n\nwww.acme.com,\n');
    expect(parsed).toEqual({
      ok: true,
      rows: 2,
      entries: [{ row: 4, id: 'acme.com', domain: 'acme.com', name: 'Acme' }],
    });
  });

  it('names every bad row with its number, counting blank lines as a spreadsheet does', () => {
    const refused = errors('domain\nacme.com\nnot a domain\n\nacme\nglobex.com\n');
    expect(refused.errors).toEqual([
      { row: 3, reason: '"not a domain" is not a valid domain' },
      { row: 5, reason: '"acme" is not a valid domain' },
    ]);
    expect(refused.errorCount).toBe(2);
  });

  it('refuses a file without a known column, an empty file and a name too long', () => {
    expect(errors('foo,bar\n1,2\n').errors[0]).toMatchObject({
      row: 1,
      reason: expect.stringContaining('no column named domain'),
    });
    expect(errors('\n\n').errors[0]?.reason).toBe('the file has no rows');
    expect(errors(`name\n${'x'.repeat(201)}\n`).errors[0]).toEqual({
      row: 2,
      reason: 'name longer than 200 characters',
    });
    expect(errors('domain\n\n').errors[0]?.reason).toBe('the file names no domain or company');
  });

  it('caps the rows and the errors listed, counting the rest', () => {
    const tooMany = `domain\n${Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => `c${i}.com`).join('\n')}`;
    expect(errors(tooMany).errors[0]?.reason).toBe('too many rows: 50,001 > 50,000');
    const bad = `domain\n${Array.from({ length: 250 }, () => 'nope').join('\n')}`;
    const refused = errors(bad);
    expect(refused.errors).toHaveLength(IMPORT_LIMITS.listedErrors);
    expect(refused.errorCount).toBe(250);
    expect(refused.errors[0]?.row).toBe(2);
  });

  it('refuses text over the size cap before parsing it', () => {
    expect(errors('a'.repeat(IMPORT_LIMITS.chars + 1)).errors[0]?.reason).toMatch(/^file too large/);
  });

  it('reports broken quoting', () => {
    expect(errors('domain,name\nacme.com,"Acme\n').errors[0]?.row).toBeGreaterThan(0);
  });

  it('imports 10,000 domains', () => {
    const text = `domain\n${Array.from({ length: 10_000 }, (_, i) => `company-${i}.example`).join('\n')}`;
    const parsed = parseAccountsCsv(text);
    expect(parsed.ok && parsed.entries.length).toBe(10_000);
  });

  it('either refuses with a row number or accepts every entry with a valid key (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 20 }), (cells) => {
        const parsed = parseAccountsCsv(['domain,name', ...cells.map((c) => `${JSON.stringify(c)},`)].join('\n'));
        if (parsed.ok) {
          for (const e of parsed.entries) expect(e.id === e.domain || e.id.startsWith('name:')).toBe(true);
        } else {
          for (const e of parsed.errors) expect(e.row).toBeGreaterThanOrEqual(0);
          expect(parsed.errorCount).toBeGreaterThanOrEqual(parsed.errors.length);
        }
      }),
    );
  });
});
