import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCompanyOwnPage } from '../extract/own-page';
import { COMPANY_FIELDS, type CompanyFieldId } from '../icp/fields';
import type { Icp } from '../icp/schema';
import { scoreCompany } from '../scoring/fit';
import type { CriterionResult, Tier } from '../scoring/types';
import type { Label } from './compare';
import { extractFile, UNKNOWN_URL } from './run';

/** A criterion scored 0 on something that is not evidence against the company. */
export interface AuditFinding {
  page: string;
  criterion: string;
  why: string;
}

const TEASER_SOURCES = new Set(['meta', 'opengraph']);

/**
 * Why a criterion's 0 is not about the company, or undefined when it is (DESIGN.md: "m = 0 needs evidence against
 * the criterion"): a word or item merely not found in what a page happened to show, or a description that is a page's
 * teaser (a meta description read anywhere but the home or about page).
 */
export function zeroWithoutEvidence(c: CriterionResult, absenceIsNo: boolean): string | undefined {
  if (c.match !== 0) return undefined;
  const def = COMPANY_FIELDS[c.field as CompanyFieldId];
  if (def?.openEnded && !absenceIsNo) return `none of its targets in the ${def.label.toLowerCase()}, taken as a no`;
  if (c.field === 'description' && c.evidence && TEASER_SOURCES.has(c.evidence.source)) {
    if (!isCompanyOwnPage(c.evidence.url)) return `a teaser of ${c.evidence.url} taken as the company's description`;
  }
  return undefined;
}

export interface ScoreAuditReport {
  companyPages: number;
  zeros: number;
  findings: AuditFinding[];
  tiers: Partial<Record<Tier, number>>;
  medianConfidence: number;
}

/** Scores every labelled company page of a corpus folder with `icp` and lists the zeros that are not evidence. */
export async function auditFolder(dir: string, icp: Icp, now = Date.now()): Promise<ScoreAuditReport> {
  const ids = readdirSync(join(dir, 'labels'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  const report: ScoreAuditReport = { companyPages: 0, zeros: 0, findings: [], tiers: {}, medianConfidence: 0 };
  const confidences: number[] = [];
  const optedIn = new Set(icp.criteria.filter((c) => c.absenceIsNo).map((c) => c.id));
  for (const id of ids) {
    const label = JSON.parse(readFileSync(join(dir, 'labels', `${id}.json`), 'utf8')) as Label;
    if (!label.company) continue;
    const page = await extractFile(
      readFileSync(join(dir, 'pages', `${id}.html`), 'utf8'),
      label.url ?? UNKNOWN_URL,
      now,
    );
    if (!page?.company) continue;
    report.companyPages++;
    const score = scoreCompany(icp, page.company, now);
    report.tiers[score.tier] = (report.tiers[score.tier] ?? 0) + 1;
    confidences.push(score.confidence);
    for (const c of score.criteria) {
      if (c.match === 0) report.zeros++;
      const why = zeroWithoutEvidence(c, optedIn.has(c.id));
      if (why) report.findings.push({ page: id, criterion: c.label, why });
    }
  }
  confidences.sort((a, b) => a - b);
  report.medianConfidence = confidences[Math.floor(confidences.length / 2)] ?? 0;
  return report;
}
