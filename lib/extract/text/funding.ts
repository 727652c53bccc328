import type { FundingStage } from '../../signals/enums';
import { foldAccents } from '../classify/normalize';
import { toFundingStage } from '../sites/funding';

/**
 * A company's own latest funding round, as its site tells it: "we raised a $14M Series A", "closed a $95M Series C",
 * "Ronda semilla de 1,8 M€", "levée de fonds de série A", "Series-B-Finanzierungsrunde", "rodada seed", or a listing
 * ("Listed on NSE and BSE", "Nasdaq: ACME"). Only a round the site claims counts: a round named with its own words
 * (round, funding, ronda, levée, Finanzierungsrunde...) or after a verb of raising; "Serie A" alone is a football
 * league. The latest stage named wins (a Series B page also tells of its Series A). Not read on stories: a news
 * article's rounds are its subject's (lib/extract/text/derive.ts).
 */
const STAGE = '(pre[- ]?seed|seed|angel|series[- ][a-h]|s[ée]rie[- ][a-h]|semilla|semente|amor[çc]age)';
const ROUND_WORDS =
  '(?:round|funding|financing|investment|investimento|inversi[óo]n|investissement|ronda|rodada|lev[ée]e de fonds|tour de table|finanzierungsrunde|investeringsronde|ronde|runde|rundan|rund|kierros|finanziamento)';
// "we raised a US$38 million Series B", "closed a $95M Series C led by...": the verb makes it the site's claim.
const RAISED = new RegExp(
  String.raw`\b(?:raised|closed|secured|completed|announced|landed|received|recebemos|recibimos|obtuvimos|re[çc]u|hentet|hentede|rejste|tog in|lev[ée]e?|boucl[ée]e?|recaudado|cerrado|captado|levantado|fech[aá]mos|raccolto|chiuso|abgeschlossen|erhalten|eingesammelt)\b[^.\n]{0,60}?\b${STAGE}\b`,
  'giu',
);
// "our Series A round", "Ronda semilla de 1,8 M€", "levée de fonds de série A", "Series-B-Finanzierungsrunde": a
// round named without a verb counts with an amount or a possessive beside it, not in a guide to funding in general.
const NAMED = [
  new RegExp(String.raw`\b${ROUND_WORDS}\s+(?:de\s+|di\s+|d'|en\s+)?${STAGE}\b`, 'giu'),
  new RegExp(String.raw`\b${STAGE}[- ]?${ROUND_WORDS}`, 'giu'),
];
const CLAIM =
  /\d[\d.,]*\s*(?:m|mn|mio|million|millions|millones|milh[õo]es|milioni|miljoen|k|bn|billion)\b|[$€£]\s*\d|\d\s*(?:[$€£]|m€)|\b(?:our|unsere[nr]?|notre|nuestra|nossa|nostro|onze)\b/i;
// "We're a seed-stage team of 12", "a Series B-stage company", "backed by Series D investors", "a Series A-backed
// startup", "backed by a Series B led by ...", "our Series A-funded company": the stage as the company's own attribute. An article before it ("a", "an") or "backed by" makes it the
// company's; "we invest in seed-stage startups" (an investor's page) has neither.
const ATTRIBUTE = new RegExp(
  String.raw`\b(?:(?:a|an|our)\s+${STAGE}[- ](?:stage|backed|funded)\b|backed by (?:our |leading |top )?${STAGE}\s+(?:investors|funds|vcs?)\b|backed by (?:a|an|its|our)\s+${STAGE}\b)`,
  'giu',
);
// A profile's fact row: "Funding stage\nSeed", "Stage: Series A", "Finanzierungsphase: Seed", "Étape : Série B".
const ROW = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:funding stage|stage|last funding type|funding round|finanzierungsphase|stade(?: de financement)?|[ée]tape|etapa(?: de financiaci[óo]n)?)[ \t]*:?[ \t]*\n?[ \t]*${STAGE}[ \t]*(?:\n|$)`,
  'giu',
);
const CONTEXT = 50;
const LISTED_ON = /\b(?:listed on|cot[ée]e? (?:en|à)|börsennotiert|cotizada en)\b/i;
const TICKER = /\b(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NSE|BSE|Euronext|Xetra|SIX|OMX)\s*:\s*[A-Z][A-Z.]{0,9}\b/;
const ORDER: FundingStage[] = ['pre-seed', 'seed', 'series-a', 'series-b', 'series-c', 'series-d+', 'ipo/public'];
const MAX_TEXT = 20_000;

function stageOf(words: string): FundingStage | undefined {
  const t = foldAccents(words)
    .replace(/[- ]+/g, ' ')
    .replace(/^serie\b/, 'series')
    .replace(/^(semilla|semente|amorcage|angel)$/, 'seed');
  return toFundingStage(t);
}

export function fundingStage(text: string): FundingStage | undefined {
  const t = text.slice(0, MAX_TEXT);
  if (LISTED_ON.test(t) || TICKER.test(t)) return 'ipo/public';
  let best: FundingStage | undefined;
  const consider = (words: string | undefined) => {
    const stage = stageOf(words ?? '');
    if (stage && (!best || ORDER.indexOf(stage) > ORDER.indexOf(best))) best = stage;
  };
  for (const m of t.matchAll(RAISED)) consider(m[1]);
  for (const m of t.matchAll(ATTRIBUTE)) consider(m[1] ?? m[2] ?? m[3]);
  for (const m of t.matchAll(ROW)) consider(m[1]);
  for (const pattern of NAMED) {
    for (const m of t.matchAll(pattern)) {
      const around = t.slice(Math.max(0, m.index - CONTEXT), m.index + m[0].length + CONTEXT);
      if (CLAIM.test(around)) consider(m[1]);
    }
  }
  return best;
}
