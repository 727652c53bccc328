import { COMPLIANCE } from '../../signals/enums';
import { STANDARD } from '../collect/trust';
import type { PageView } from './read';

type Standard = (typeof COMPLIANCE)[number];

const PATTERNS: Record<Standard, RegExp> = {
  'SOC 2': /\bSOC\s?(?:2|II)\b/gi,
  'ISO 27001': /\bISO(?:\/IEC)?\s?27001\b/gi,
  HIPAA: /\bHIPAA\b/g,
  GDPR: /\b(?:GDPR|DSGVO|RGPD)\b/g,
};
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

// File names write "soc-2", "soc2", "iso-27001": make them look like the written forms.
function badgeText(words: string): string {
  return words.replace(/soc[-_]?(2|ii)/gi, 'SOC 2').replace(/iso[-_]?27001/gi, 'ISO 27001');
}

/**
 * Compliance standards the company claims: one named in the footer or a badge image, named with a claim word in a
 * sentence ("HIPAA compliant", "ISO 27001 zertifiziert"), or named at least twice in the visible text, outside
 * articles for the last two. A single bare mention in running text is not a claim. The content script reads the
 * footer, badges and (when the visible text names a standard) articles (lib/extract/collect/trust.ts).
 */
export function complianceClaims(view: PageView): Standard[] {
  const badges = badgeText(view.body.badges);
  const mentioned = STANDARD.test(view.text);
  if (!mentioned && !STANDARD.test(badges)) return [];
  const trust = `${mentioned ? view.body.footer : ''} ${badges}`;
  const article = mentioned ? view.body.article : '';
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
