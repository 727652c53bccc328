import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFolder, zeroWithoutEvidence } from '../../../lib/eval/score-audit';
import { defaultIcp } from '../../../lib/icp/presets';
import type { CriterionResult } from '../../../lib/scoring/types';

const CORPUS = resolve('../shared/corpus');

const zero = (field: string, url = 'https://acme.example/', source = 'meta'): CriterionResult => ({
  id: 'c',
  label: 'c',
  field: field as CriterionResult['field'],
  op: 'matches',
  weight: 20,
  penalty: false,
  knockout: false,
  match: 0,
  earned: 0,
  possible: 20,
  evidence: { source, layer: 'structured', url, confidence: 0.6, observedAt: 0 },
});

describe('zeros without evidence against the company', () => {
  it('names an absence taken as a no on an open-ended field, unless the criterion opted in', () => {
    expect(zeroWithoutEvidence(zero('technologies'), false)).toMatch(/taken as a no/);
    expect(zeroWithoutEvidence(zero('technologies'), true)).toBeUndefined();
    expect(zeroWithoutEvidence(zero('employees'), false)).toBeUndefined();
    expect(zeroWithoutEvidence({ ...zero('technologies'), match: 0.5 }, false)).toBeUndefined();
  });

  it("names a blog post's teaser taken as the company's description", () => {
    const teaser = zero('description', 'https://acme.example/blog/why-crm', 'meta');
    expect(zeroWithoutEvidence(teaser, true)).toMatch(/teaser/);
    expect(zeroWithoutEvidence(zero('description', 'https://acme.example/about-us', 'meta'), true)).toBeUndefined();
    expect(zeroWithoutEvidence(zero('description', 'https://acme.example/blog/x', 'jsonld'), true)).toBeUndefined();
  });
});

// The scoring-semantics meta-test over the real corpus (read in place, never copied): with the default preset, no
// company page gets a criterion scored 0 on something that is not evidence against the company.
describe.skipIf(!existsSync(CORPUS))('the default ICP on the real corpus', () => {
  it('scores no criterion 0 without evidence against the company', async () => {
    const report = await auditFolder(CORPUS, defaultIcp(0), 0);
    expect(report.companyPages).toBeGreaterThan(40);
    expect(report.findings).toEqual([]);
  }, 600_000);
});
