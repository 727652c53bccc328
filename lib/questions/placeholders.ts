import { formatNumber, formatRange } from '../scoring/format';
import type { FundingStage } from '../signals/enums';
import type { CompanySignals } from '../signals/schema';
import type { QuestionContext } from './types';

type Filler = (s: CompanySignals, context?: QuestionContext) => string | undefined;

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    // Runtimes without full ICU: the ISO code still reads fine in a question.
    return undefined;
  }
})();

const STAGE_NAMES: Record<FundingStage, string> = {
  'pre-seed': 'pre-seed',
  seed: 'seed',
  'series-a': 'Series A',
  'series-b': 'Series B',
  'series-c': 'Series C',
  'series-d+': 'Series D+',
  'ipo/public': 'IPO',
  'private-equity': 'private equity',
  bootstrapped: 'bootstrapped',
};

/** "HubSpot", "HubSpot and Segment", "HubSpot, Segment and Stripe": three names are enough to be specific. */
function humanList(items: readonly string[]): string | undefined {
  const names = [...new Set(items)].slice(0, 3);
  if (names.length <= 1) return names[0];
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Each placeholder as a noun phrase, and the neutral phrase used when the signal is missing. */
export const PLACEHOLDERS: Record<string, { fill: Filler; neutral: string }> = {
  company: { fill: (s) => s.name?.value, neutral: 'your company' },
  employees: {
    fill: (s) => s.employees && `${formatRange(s.employees.value)} people`,
    neutral: 'your size',
  },
  country: {
    fill: (s) => {
      const code = s.hq?.value.country;
      return code && (regionNames?.of(code) ?? code);
    },
    neutral: 'your home market',
  },
  technologies: {
    fill: (s) => humanList(s.technologies?.value.map((t) => t.name) ?? []),
    neutral: 'your current tools',
  },
  industry: { fill: (s) => s.industry?.value ?? s.industryGroup?.value.replace(/-/g, ' '), neutral: 'your market' },
  openRoles: {
    fill: (s) => {
      const n = s.hiring?.value.openRoles;
      return n ? `${formatNumber(n)} open ${n === 1 ? 'role' : 'roles'}` : undefined;
    },
    neutral: 'open roles',
  },
  departments: {
    // The three departments with the most openings: "4 in engineering and 2 in sales".
    fill: (s) => {
      const counts = Object.entries(s.hiring?.value.byDepartment ?? {}).filter(([, n]) => (n ?? 0) > 0);
      counts.sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0) || a[0].localeCompare(b[0]));
      return humanList(counts.map(([department, n]) => `${formatNumber(n ?? 0)} in ${department.replace(/-/g, ' ')}`));
    },
    neutral: 'the teams you are growing',
  },
  fundingStage: { fill: (s) => s.fundingStage && STAGE_NAMES[s.fundingStage.value], neutral: 'latest funding' },
  // The account's people in a buying role (lib/people), when known.
  economicBuyer: { fill: (_s, c) => c?.named?.['economic-buyer'], neutral: 'the budget holder' },
  champion: { fill: (_s, c) => c?.named?.champion, neutral: 'someone inside' },
};

const TOKEN = /\{(\w+)(?:\|([^{}]*))?\}/g;

/** Names used in a template, so tests can check that every one is known. */
export function placeholderNames(template: string): string[] {
  return [...template.matchAll(TOKEN)].map((m) => m[1] ?? '');
}

/**
 * Fills `{name}` / `{name|fallback}` from signals in one pass (a company named "{x}" is not expanded again) and
 * capitalizes the first letter, since a neutral phrase ("your company") may open the sentence.
 */
export function fillTemplate(template: string, signals: CompanySignals, context?: QuestionContext): string {
  const text = template.replace(TOKEN, (_all, name: string, inline?: string) => {
    const p = PLACEHOLDERS[name];
    return p?.fill(signals, context)?.trim() || inline || p?.neutral || '';
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}
