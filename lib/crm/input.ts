import type { ScoreResult } from '../scoring/types';
import type { CompanySignals, PersonSignals } from '../signals/schema';
import type { LeadStatus } from '../workflow/lead-status';
import type { Properties } from './diff';

/** What one lead is scored and staged as, for the ICP Lens properties. */
export interface LeadScore {
  score?: ScoreResult;
  status: LeadStatus;
  icp: { name: string; version: number };
}

export interface CompanyInput extends LeadScore {
  accountId: string;
  domain?: string;
  name?: string;
  signals: CompanySignals;
}

export interface ContactInput extends LeadScore {
  /** The person's key in ICP Lens (a profile URL without scheme). */
  contactId: string;
  name?: string;
  /** Only when a page showed one; otherwise the person is matched by name within the company. */
  email?: string;
  signals: PersonSignals;
  employerName?: string;
}

const EXPLANATION_MAX = 500;

/**
 * The score in one line of words: the tier's reason, then what matched, what did not and what is still unknown, by
 * weight ("Tier B: fit 72 is 60 or more. Matches: Industry, Size. Misses: Country. Unknown: Funding.").
 */
export function explainInOneLine(score: ScoreResult | undefined): string | undefined {
  if (!score) return undefined;
  const byWeight = [...score.criteria].filter((c) => !c.penalty).sort((a, b) => b.possible - a.possible);
  const names = (list: typeof byWeight) =>
    list
      .slice(0, 4)
      .map((c) => c.label)
      .join(', ');
  const matches = byWeight.filter((c) => c.match !== null && c.match >= 0.5);
  const misses = byWeight.filter((c) => c.match !== null && c.match < 0.5);
  const unknown = byWeight.filter((c) => c.match === null);
  const parts = [
    score.tierReason,
    matches.length ? `Matches: ${names(matches)}` : '',
    misses.length ? `Misses: ${names(misses)}` : '',
    unknown.length ? `Unknown: ${names(unknown)}` : '',
  ].filter(Boolean);
  const line = `${parts.join('. ')}.`;
  return line.length > EXPLANATION_MAX ? `${line.slice(0, EXPLANATION_MAX - 1)}…` : line;
}

/** Keeps the values that are known, as text; a missing value is never sent (it would clear the CRM's). */
export function known(values: Record<string, string | number | undefined>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    out[key] = String(value);
  }
  return out;
}

/** ICP Lens's score fields, by what they hold; each CRM names them its own way. */
export type ScoreFieldNames = Record<
  | 'fit'
  | 'tier'
  | 'bestCase'
  | 'confidence'
  | 'icpName'
  | 'icpVersion'
  | 'matrixCell'
  | 'suggestedStage'
  | 'chosenStage'
  | 'explanation',
  string
>;

type Tier = LeadStatus['tier'];
const tierInWords = (tier: Tier) => (tier === '?' ? 'Not enough data' : tier);

/**
 * The score of one lead under the CRM's field names; a tier not yet known is "Not enough data" unless the CRM's field
 * takes its own value for it (`tierValue`).
 */
export function scoreValues(
  lead: LeadScore,
  names: ScoreFieldNames,
  tierValue: (tier: Tier) => string = tierInWords,
): Properties {
  const { score, status } = lead;
  const stage = status.stage;
  return known({
    [names.fit]: score?.fit,
    [names.tier]: tierValue(status.tier),
    [names.bestCase]: score?.bestCase,
    [names.confidence]: score && Math.round(score.confidence * 100),
    [names.icpName]: score && lead.icp.name,
    [names.icpVersion]: score && lead.icp.version,
    [names.matrixCell]: status.matrix.cell,
    [names.suggestedStage]: stage.suggested,
    [names.chosenStage]: stage.source === 'user' ? stage.stage : undefined,
    [names.explanation]: explainInOneLine(score),
  });
}
