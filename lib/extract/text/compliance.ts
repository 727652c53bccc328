import { COMPLIANCE } from '../../signals/enums';
import type { PageView } from './read';

type Standard = (typeof COMPLIANCE)[number];

const PATTERNS: Record<Standard, RegExp> = {
  'SOC 2': /\bSOC\s?(?:2|II)\b/gi,
  'ISO 27001': /\bISO(?:\/IEC)?\s?27001\b/gi,
  HIPAA: /\bHIPAA\b/g,
  GDPR: /\b(?:GDPR|DSGVO|RGPD)\b/g,
};
// Where a company shows its own certifications: the page footer, then badge images (below). Tag and role queries:
// Blink answers them on its fast path, where case-insensitive class substrings ("[class*=trust i]") cost the page
// more than the whole baseline walk.
const TRUST = ['footer', '[role="contentinfo"]'];
const BADGE_ATTRS = ['alt', 'title', 'aria-label', 'src'];
// Articles discuss standards in general ("what HIPAA means for you"): their mentions do not count.
const ARTICLE = ['article', '[itemprop="articleBody"]'];
const MAX_NODES = 40;
const MAX_TEXT = 20_000;
// A standard with a claim word beside it in one sentence ("SOC 2 Type II certified", "DSGVO-konform") is a claim.
const CLAIM =
  'certified|certification|compliant|compliance|audited|attested|attestation|zertifiziert|zertifizierung|konform|certifi[ée]e?s?|conformes?|certificad[oa]s?|certificaci[óo]n|cumplimos|cumple';
const CLAIMS: Record<Standard, RegExp> = Object.fromEntries(
  Object.entries(PATTERNS).map(([standard, pattern]) => {
    const named = pattern.source;
    return [
      standard,
      new RegExp(`(?:${named})[^.!?\\n]{0,40}?\\b(?:${CLAIM})|\\b(?:${CLAIM})[^.!?\\n]{0,30}?(?:${named})`, 'gi'),
    ];
  }),
) as Record<Standard, RegExp>;

function count(pattern: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) if (++n >= 10) break;
  return n;
}

function textOf(doc: Document, selectors: string[]): string {
  let text = '';
  for (const selector of selectors) {
    const nodes = doc.querySelectorAll(selector);
    for (let i = 0; i < nodes.length && i < MAX_NODES && text.length < MAX_TEXT; i++) {
      // Head and tail, as the page view keeps them: a mention the view holds is subtracted when it is an article's.
      const t = nodes[i]?.textContent ?? '';
      text += ` ${t.length <= MAX_TEXT ? t : `${t.slice(0, MAX_TEXT / 2)} ${t.slice(-MAX_TEXT / 2)}`}`;
    }
  }
  return text;
}

// Badge images and icons: two tag collections (a selector list takes the engine's slow path), then one pattern over
// each image's words.
const BADGES = (doc: Document) => [doc.getElementsByTagName('img'), doc.getElementsByTagName('svg')];
const MAX_BADGES = 300;
const BADGE_WORD = /soc|iso|hipaa|gdpr|dsgvo|rgpd/i;
const ANY = /\bSOC\s?(?:2|II)\b|\bISO(?:\/IEC)?\s?27001\b|\bHIPAA\b|\b(?:GDPR|DSGVO|RGPD)\b/i;

function badgeText(doc: Document): string {
  let text = '';
  for (const images of BADGES(doc)) {
    // Each kind capped on its own: a page of many photos still has its SVG badges read.
    for (let i = 0; i < images.length && i < MAX_BADGES; i++) {
      let words = '';
      for (const attr of BADGE_ATTRS) words += ` ${(images[i]?.getAttribute(attr) ?? '').slice(0, 200)}`;
      if (BADGE_WORD.test(words)) text += words;
    }
  }
  // File names write "soc-2", "soc2", "iso-27001": make them look like the written forms.
  return text.replace(/soc[-_]?(2|ii)/gi, 'SOC 2').replace(/iso[-_]?27001/gi, 'ISO 27001');
}

/**
 * Compliance standards the company claims: one named in the footer or a badge image, named with a claim word in a
 * sentence ("HIPAA compliant", "ISO 27001 zertifiziert"), or named at least twice in the visible text, outside
 * articles for the last two. A single bare mention in running text is not a claim. The footer and articles are only
 * read when the visible text names a standard at all.
 */
export function complianceClaims(view: PageView): Standard[] {
  const badges = badgeText(view.doc);
  const mentioned = ANY.test(view.text);
  if (!mentioned && !ANY.test(badges)) return [];
  const trust = `${mentioned ? textOf(view.doc, TRUST) : ''} ${badges}`;
  const article = mentioned ? textOf(view.doc, ARTICLE) : '';
  const found: Standard[] = [];
  for (const standard of COMPLIANCE) {
    const pattern = PATTERNS[standard];
    const claimed = count(CLAIMS[standard], view.text) - count(CLAIMS[standard], article) > 0;
    if (claimed || count(pattern, trust) > 0 || count(pattern, view.text) - count(pattern, article) >= 2) {
      found.push(standard);
    }
  }
  return found;
}
