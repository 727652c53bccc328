import type { FundingStage } from '../../signals/enums';

/** A funding stage from a round or company type as profile sites print it ("Series C", "Post-IPO Equity", "Seed"). */
export function toFundingStage(text: string | undefined): FundingStage | undefined {
  const t = (text ?? '').toLowerCase().slice(0, 80);
  if (!t) return undefined;
  if (/\bpre[- ]?seed\b/.test(t)) return 'pre-seed';
  if (/\bseed\b|\bangel\b/.test(t)) return 'seed';
  // "Serie B", "Série A": LinkedIn's and Crunchbase's round names in their other interface languages.
  const series = /\bs(?:eries|[ée]rie) ([a-k])\b/.exec(t)?.[1];
  if (series) return series <= 'c' ? (`series-${series}` as FundingStage) : 'series-d+';
  if (/\bipo\b|\bpublic(ly)?\b|\blisted\b/.test(t)) return 'ipo/public';
  if (/private equity|\bbuyout\b|\blbo\b/.test(t)) return 'private-equity';
  if (/bootstrap/.test(t)) return 'bootstrapped';
  return undefined;
}
