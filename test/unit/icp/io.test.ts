import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  exportIcp,
  formatErrors,
  formatPath,
  ICP_FILE_MAX_CHARS,
  parseIcpFile,
} from '../../../lib/icp/io';
import { defaultIcp, PRESETS } from '../../../lib/icp/presets';

const doc = () => JSON.parse(exportIcp(defaultIcp(1)));
const errorsOf = (text: string) => {
  const r = parseIcpFile(text);
  return r.ok ? [] : formatErrors(r.errors);
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

  it('names the exact path and problem of each error', () => {
    const d = doc();
    d.icp.criteria[2].weight = '20';
    d.icp.criteria[0].target = [];
    d.icp.criteria[1].op = 'between';
    d.icp.thresholds = { A: 50, B: 60, C: 40 };
    expect(errorsOf(JSON.stringify(d))).toEqual([
      'icp.criteria[0].target: Too small: expected array to have >=1 items',
      expect.stringMatching(/^icp\.criteria\[1\]\.op: Invalid discriminator value/),
      'icp.criteria[2].weight: expected number, received string',
      'icp.thresholds: thresholds must satisfy A >= B >= C',
    ]);
  });

  it.each([
    ['not JSON', '{"format":', /^\(file\): not JSON/],
    ['not an object', '[1,2]', /^\(file\): expected a JSON object/],
    ['another format', JSON.stringify({ format: 'hubspot', icp: {} }), /^format: expected "icp-lens\/icp"/],
    ['a newer format', JSON.stringify({ ...doc(), formatVersion: 2 }), /^formatVersion: 2 is newer/],
    ['no ICP', JSON.stringify({ format: 'icp-lens/icp', formatVersion: 1 }), /^icp: expected object/],
    ['a huge file', ' '.repeat(ICP_FILE_MAX_CHARS + 1), /^\(file\): too large/],
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
