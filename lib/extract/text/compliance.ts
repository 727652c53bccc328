import { COMPLIANCE } from '../../signals/enums';
import type { PageView } from './read';

type Standard = (typeof COMPLIANCE)[number];

const PATTERNS: Record<Standard, RegExp> = {
  'SOC 2': /\bSOC\s?(?:2|II)\b/gi,
  'ISO 27001': /\bISO(?:\/IEC)?\s?27001\b/gi,
  HIPAA: /\bHIPAA\b/g,
  GDPR: /\b(?:GDPR|DSGVO|RGPD)\b/g,
};
// Where a company shows its own certifications: trust and security sections, the footer, badge images.
const TRUST = [
  'footer',
  '[class*="trust" i]',
  '[id*="trust" i]',
  '[class*="security" i]',
  '[class*="compliance" i]',
  '[id*="compliance" i]',
  '[class*="badge" i]',
  '[class*="certif" i]',
].join(', ');
const BADGE_ATTRS = ['alt', 'title', 'aria-label', 'src'];
// Articles discuss standards in general ("what HIPAA means for you"): their mentions do not count.
const ARTICLE = 'article, [class*="blog-post" i], [class*="post-content" i], [class*="entry-content" i]';
const MAX_NODES = 40;
const MAX_TEXT = 20_000;

function count(pattern: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) if (++n >= 10) break;
  return n;
}

function textOf(doc: Document, selector: string): string {
  const nodes = doc.querySelectorAll(selector);
  let text = '';
  for (let i = 0; i < nodes.length && i < MAX_NODES && text.length < MAX_TEXT; i++) {
    // Head and tail, as the page view keeps them: a mention the view holds is subtracted when it is an article's.
    const t = nodes[i]?.textContent ?? '';
    text += ` ${t.length <= MAX_TEXT ? t : `${t.slice(0, MAX_TEXT / 2)} ${t.slice(-MAX_TEXT / 2)}`}`;
  }
  return text;
}

// Badge images: a tag selector the engine answers fast, then one pattern over each image's words.
const BADGES = 'img, svg[aria-label], [role="img"]';
const MAX_BADGES = 300;
const BADGE_WORD = /soc|iso|hipaa|gdpr|dsgvo|rgpd/i;
const ANY = /\bSOC\s?(?:2|II)\b|\bISO(?:\/IEC)?\s?27001\b|\bHIPAA\b|\b(?:GDPR|DSGVO|RGPD)\b/i;

function badgeText(doc: Document): string {
  const images = doc.querySelectorAll(BADGES);
  let text = '';
  for (let i = 0; i < images.length && i < MAX_BADGES; i++) {
    let words = '';
    for (const attr of BADGE_ATTRS) words += ` ${(images[i]?.getAttribute(attr) ?? '').slice(0, 200)}`;
    if (BADGE_WORD.test(words)) text += words;
  }
  // File names write "soc-2", "soc2", "iso-27001": make them look like the written forms.
  return text.replace(/soc[-_]?(2|ii)/gi, 'SOC 2').replace(/iso[-_]?27001/gi, 'ISO 27001');
}

/**
 * Compliance standards the company claims: one named in a trust section, the footer or a badge image, or named at
 * least twice in the visible text outside articles. A single mention in running text is not a claim. Trust sections
 * and articles are only read when the visible text names a standard at all.
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
    if (count(pattern, trust) > 0 || count(pattern, view.text) - count(pattern, article) >= 2) found.push(standard);
  }
  return found;
}
