import { describe, expect, it } from 'vitest';
import { exportFileName, exportIcp, formatPath, ICP_FILE_MAX_CHARS, parseIcpFile } from '../../../lib/icp/io';
import { defaultIcp, PRESETS } from '../../../lib/icp/presets';

const doc = () => JSON.parse(exportIcp(defaultIcp(1)));
const errorsOf = (text: string) => {
  const r = parseIcpFile(text);
  return r.ok ? [] : r.errors.map((e) => e.message);
};

describe('ICP export and import', () => {
  it('round-trips every preset unchanged', () => {
    for (const p of PRESETS) {
      const icp = p.make(7);
      const text = exportIcp(icp);
      expect(JSON.parse(text)).toMatchObject({ format: 'icp-lens/icp', formatVersion: 1 });
      expect(parseIcpFile(text)).toEqual({ ok: true, icp });
    }
  });

  it('says in words where each error is and what is wrong, and keeps the path only to place it', () => {
    const d = doc();
    const labels = d.icp.criteria.map((c: { label: string }) => c.label);
    d.icp.criteria[2].weight = '20';
    d.icp.criteria[0].target = [];
    d.icp.criteria[1].op = 'between';
    d.icp.thresholds = { A: 50, B: 60, C: 40 };
    const r = parseIcpFile(JSON.stringify(d));
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual([
      'icp.criteria[0].target',
      'icp.criteria[1].op',
      'icp.criteria[2].weight',
      'icp.thresholds',
    ]);
    expect(errorsOf(JSON.stringify(d))).toEqual([
      `Company criterion 1 ("${labels[0]}"): Add at least one value.`,
      expect.stringMatching(new RegExp(`^Company criterion 2 \\("${labels[1]}"\\): .* (is not|not valid)`)),
      `Company criterion 3 ("${labels[2]}"): Weight needs a number.`,
      'Tier thresholds must go down from A to B to C.',
    ]);
    // No message a user sees holds a path or zod's wording.
    for (const message of errorsOf(JSON.stringify(d))) expect(message).not.toMatch(/icp\.|\[\d\]|expected|>=/);
  });

  it.each([
    ['not JSON', '{"format":', /not JSON/],
    ['not an object', '[1,2]', /holds no ICP/],
    ['another format', JSON.stringify({ format: 'hubspot', icp: {} }), /not an ICP file exported by ICP Lens/],
    ['a newer format', JSON.stringify({ ...doc(), formatVersion: 2 }), /newer ICP Lens/],
    ['no ICP', JSON.stringify({ format: 'icp-lens/icp', formatVersion: 1 }), /^The file's ICP is missing\.$/],
    ['a huge file', ' '.repeat(ICP_FILE_MAX_CHARS + 1), /too large/],
  ])('refuses %s', (_case, text, error) => {
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(error);
  });

  it('keeps hostile strings as data: markup in a label is a label, prototype keys are dropped', () => {
    const d = doc();
    d.icp.name = '<img src=x onerror=alert(1)>';
    const text = JSON.stringify(d).replace('"criteria"', '"__proto__":{"polluted":true},"criteria"');
    const r = parseIcpFile(text);
    expect(r.ok && r.icp.name).toBe('<img src=x onerror=alert(1)>');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(r.ok && Object.hasOwn(r.icp, '__proto__')).toBe(false);
  });

  it('formats paths and file names', () => {
    expect(formatPath(['icp', 'criteria', 2, 'weight'])).toBe('icp.criteria[2].weight');
    expect(formatPath([])).toBe('(file)');
    expect(exportFileName({ name: 'B2B SaaS, mid-market' })).toBe('b2b-saas-mid-market.icp.json');
    expect(exportFileName({ name: '../../etc' })).toBe('etc.icp.json');
    expect(exportFileName({ name: '日本' })).toBe('icp.icp.json');
  });
});
