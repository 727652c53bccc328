import { findDates } from './dates';
import { type PageTrigger, type PageTriggerKind, TRIGGER_LIMITS } from './schema';

/**
 * Reading dated triggers from a page's text: a funding round, a launch, an expansion, a new leader. A trigger is a
 * sentence that says one of these about the page's own company (it names the company, or says "we" or "our": a news
 * page about someone else is not about this account) and carries a date, in the sentence or on the line just above or
 * below it, as press lists and blog posts print them. Undated statements are left out: a trigger without a date
 * cannot say "now".
 */
const FUNDING_ROUND = /\b(pre-seed|seed|series[\s-][a-h])\b/i;
const FUNDING_VERB =
  /\b(rais(?:e[sd]?|ing)|secur(?:e[sd]?|ing)|clos(?:e[sd]?|ing)|land(?:s|ed)|complet(?:e[sd]?|ing)|announc(?:e[sd]?|ing)|sammelt|erhält|schließt)\b/i;
const FUNDING_WORD = /\b(funding|financing|investment|round|finanzierung\w*|finanzierungsrunde)\b/i;
const AMOUNT =
  /(?:[$€£]\s?\d+(?:[.,]\d+)?\s?(?:k|m|mn|million|b|bn|billion)?\b|\b(?:usd|eur|gbp)\s?\d+(?:[.,]\d+)?\s?(?:m|mn|million|b|bn|billion)?\b|\b\d+(?:[.,]\d+)?\s?(?:million|millionen|mio\.?|billion|bn)\s?(?:dollars|euros?|usd|eur)?)/i;
const LAUNCH = /\b(launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:es|ed|ing)|debut(?:s|ed)?|now available)\b/i;
const EXPANSION =
  /\b(expand(?:s|ed|ing)?\s+(?:to|into|in|across)|expansion\s+(?:to|into|in)|open(?:s|ed|ing)?\s+(?:a\s+|an\s+|its\s+|our\s+)?(?:new\s+)?(?:[\p{Lu}][\p{L}-]+\s+)?(?:office|headquarters|hub|location|site)|enter(?:s|ed|ing)?\s+(?:the\s+)?[\p{Lu}][\p{L}-]+\s+market)/iu;
const LEADER_VERB =
  /\b(appoint(?:s|ed|ing)?|hire[sd]?|hiring|names?|named|welcome[sd]?|welcoming|promote[sd]?|join(?:s|ed)?)\b/i;
const ROLE =
  /\b(chief\s+[a-z]+(?:\s+[a-z]+)?\s+officer|c[eotfmripd]o|cro|cmo|svp(?:\s+of)?\s+[a-z]+|evp(?:\s+of)?\s+[a-z]+|vp(?:\s+of)?\s+[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?|vice\s+president(?:\s+of)?\s+[a-z]+|head\s+of\s+[a-z]+|director\s+of\s+[a-z]+|general\s+manager|managing\s+director|president)\b/i;
const FIRST_PERSON = /\b(we|our|us)\b/i;
const YEAR = /\b(?:19|20)\d\d\b/;

/** Longest line read as a statement: a trigger is said in a headline or a sentence, not in a wall of text. */
const MAX_SENTENCE = 400;
/** A line this short next to a statement is its date line ("March 4, 2025 · 3 min read"). */
const DATE_LINE = 60;
const DAY_MS = 86_400_000;

interface Context {
  url: string;
  observedAt: number;
  /** What the page's company is called: its name, legal name, site name, domain label. */
  names: readonly string[];
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function cap(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The kind a sentence states, with its details; undefined when it states none. */
function classify(sentence: string): Omit<PageTrigger, 'date' | 'url' | 'headline'> | undefined {
  const round = FUNDING_ROUND.exec(sentence)?.[1];
  const amount = AMOUNT.exec(sentence)?.[0];
  const fundingWord = FUNDING_WORD.test(sentence);
  if ((round || fundingWord) && FUNDING_VERB.test(sentence) && (round || amount)) {
    return {
      kind: 'funding',
      ...(round && {
        round: round
          .replace(/[\s-]+/, ' ')
          .replace(/^./, (c) => c.toUpperCase())
          .replace(/ ([a-h])$/i, (_, l: string) => ` ${l.toUpperCase()}`),
      }),
      ...(amount && { amount: cap(clean(amount), TRIGGER_LIMITS.detail) }),
    };
  }
  const role = ROLE.exec(sentence)?.[1];
  if (role && LEADER_VERB.test(sentence)) return { kind: 'leader', role: cap(clean(role), TRIGGER_LIMITS.detail) };
  if (EXPANSION.test(sentence)) return { kind: 'expansion' };
  // "Press release" is a page label, not a product.
  if (LAUNCH.test(sentence) && !/\bpress release\b/i.test(sentence)) return { kind: 'launch' };
  return undefined;
}

/** Sentences of a line, so that a date and a claim in one paragraph are paired only within a sentence. */
function sentences(line: string): string[] {
  return line.split(/(?<=[.!?])\s+(?=[\p{Lu}\d])/u).filter((s) => s.length <= MAX_SENTENCE);
}

function mentionsCompany(sentence: string, names: readonly string[]): boolean {
  if (FIRST_PERSON.test(sentence)) return true;
  const lower = sentence.toLowerCase();
  return names.some((n) => n.length >= 3 && lower.includes(n.toLowerCase()));
}

/** The stated day of a sentence: in it, else on the short line just above, else just below. */
function dateOf(sentence: string, above: string | undefined, below: string | undefined): number | undefined {
  const own = findDates(sentence)[0];
  if (own !== undefined) return own;
  for (const line of [above, below]) {
    if (line && line.length <= DATE_LINE) {
      const found = findDates(line)[0];
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The dated triggers a page's text states about its own company, at most TRIGGER_LIMITS.perPage, first found first;
 * one per kind and day. A date after the page was read (a typo, an event announced ahead) is left out.
 */
export function readTriggers(text: string, context: Context): PageTrigger[] {
  const lines = text.split(/\n+/).map(clean).filter(Boolean);
  const out: PageTrigger[] = [];
  const seen = new Set<string>();
  // Every trigger needs a date on its line or next to it: lines far from any year are not read further.
  const year = lines.map((line) => YEAR.test(line));
  lines.forEach((line, i) => {
    if (!(year[i] || year[i - 1] || year[i + 1])) return;
    for (const sentence of sentences(line)) {
      if (out.length >= TRIGGER_LIMITS.perPage) return;
      const found = classify(sentence);
      if (!found || !mentionsCompany(sentence, context.names)) continue;
      const date = dateOf(sentence, lines[i - 1], lines[i + 1]);
      if (date === undefined || date > context.observedAt + DAY_MS) continue;
      const key = `${found.kind}@${date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...found, date, url: context.url, headline: cap(sentence, TRIGGER_LIMITS.headline) });
    }
  });
  return out;
}

export type { PageTriggerKind };
