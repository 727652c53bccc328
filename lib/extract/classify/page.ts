import type { IndustryGroup } from '../../signals/enums';
import type { PageSample } from '../../signals/sample';
import { KEYWORDS } from './keywords';
import { normalizeText } from './normalize';
import { groupOfType } from './schema-types';
import { TERMS } from './terms';

export interface PageIndustry {
  group: IndustryGroup;
  confidence: number;
  /** `schema-type` for a schema.org type, `page-text` for keyword evidence. */
  via: 'schema-type' | 'page-text';
}

// The body text counts from its first KB only: the tail is footers and link lists every site has.
const MAX_BODY = 8_000;
// Distinct words of a group counted per source.
const MAX_HITS = 8;
// Where the page says what the organization is counts more than a paragraph halfway down.
const WEIGHTS = { about: 3, heading: 2, body: 1 } as const;
const MIN_SCORE = 8;
const MARGIN = 1.4;

/**
 * The activity classification's terms of several words (./terms.ts: "commerce de détail", "Erziehung und
 * Unterricht") count as strong words of their group on a page too; its one-word terms ("conseil", "presse",
 * "Handel") are words every site uses, in one language or another.
 */
function classificationPhrases(group: IndustryGroup): string[] {
  const terms = TERMS.find((t) => t.group === group);
  if (!terms) return [];
  return [terms.en, terms.de, terms.fr, terms.es].flatMap((list) => list.split('|').filter((t) => t.includes(' ')));
}

const TIERS = KEYWORDS.map(([group, strong, weak]) => ({
  group,
  strong: new RegExp(`\\b(?:${[strong, ...classificationPhrases(group)].join('|')})\\b`, 'g'),
  weak: new RegExp(`\\b(?:${weak})\\b`, 'g'),
}));

/** One group from the schema.org types, when the mapped types agree. */
function fromTypes(types: string[]): IndustryGroup | undefined {
  const groups = new Set<IndustryGroup>();
  for (const type of types) {
    const group = groupOfType(type);
    if (group) groups.add(group);
  }
  return groups.size === 1 ? [...groups][0] : undefined;
}

function distinct(text: string, pattern: RegExp): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(pattern)) {
    seen.add(m[0]);
    if (seen.size >= MAX_HITS) break;
  }
  return seen.size;
}

/**
 * Keyword score per group in one source: distinct strong words count 2, distinct weak words 1, capped. Distinct,
 * because a nav menu repeating "Cloud" ten times says less than ten different words of one trade.
 */
function scoreInto(scores: Map<IndustryGroup, number>, text: string, weight: number): void {
  const t = normalizeText(text);
  if (!t) return;
  for (const { group, strong, weak } of TIERS) {
    const hits = Math.min(MAX_HITS * 2, distinct(t, strong) * 2 + distinct(t, weak));
    if (hits) scores.set(group, (scores.get(group) ?? 0) + hits * weight);
  }
}

/** Keyword scores per group from the page's title and descriptions, headings and (unless `aboutOnly`) text. */
export function pageScores(sample: PageSample, aboutOnly = false): Array<[IndustryGroup, number]> {
  const scores = new Map<IndustryGroup, number>();
  scoreInto(scores, sample.about, WEIGHTS.about);
  scoreInto(scores, sample.headings, WEIGHTS.heading);
  if (!aboutOnly) scoreInto(scores, sample.text.slice(0, MAX_BODY), WEIGHTS.body);
  return [...scores].sort((a, b) => b[1] - a[1]);
}

/**
 * The industry group from the page itself: a schema.org type that names the business (Bakery, NewsMediaOrganization,
 * SoftwareApplication), else keyword evidence (pageScores). Text answers only when the best group scores at least
 * MIN_SCORE and MARGIN times the runner-up: a page that mentions "payments" once is not a bank.
 */
export function pageIndustry(sample: PageSample): PageIndustry | undefined {
  const typed = fromTypes(sample.types);
  if (typed) return { group: typed, confidence: 0.7, via: 'schema-type' };
  // Google News keywords are a publisher's. Any other article's words are about its subject (a funding round, a
  // product), not about who published it: a news site writing on software is not a software company.
  if (sample.newsKeywords) return { group: 'media-publishing', confidence: 0.5, via: 'page-text' };
  // Many CMSs mark every page an article, so the title, descriptions and headings still count, but not its body.
  const [best, second] = pageScores(sample, sample.ogType === 'article');
  if (!best || best[1] < MIN_SCORE || (second && best[1] < second[1] * MARGIN)) return undefined;
  return { group: best[0], confidence: best[1] >= 3 * MIN_SCORE ? 0.5 : 0.4, via: 'page-text' };
}
