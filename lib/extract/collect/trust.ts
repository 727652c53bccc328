import { SOURCE_LIMITS as CAP } from '../../signals/source';

// Where a company shows its own certifications: the page footer. Tag and role queries: Blink answers them on its fast
// path, where case-insensitive class substrings ("[class*=trust i]") cost the page more than the whole baseline walk.
const FOOTER = ['footer', '[role="contentinfo"]'];
// Articles discuss standards in general ("what HIPAA means for you"): the background subtracts their mentions.
const ARTICLE = ['article', '[itemprop="articleBody"]'];
const MAX_NODES = 40;
// A compliance standard named in the visible text: only then are articles read.
export const STANDARD = /\bSOC\s?(?:2|II)\b|\bISO(?:\/IEC)?\s?27001\b|\bHIPAA\b|\b(?:GDPR|DSGVO|RGPD)\b/i;
const BADGE_ATTRS = ['alt', 'title', 'aria-label', 'src'];
const MAX_BADGES = 300;
const BADGE_WORD = /soc|iso|hipaa|gdpr|dsgvo|rgpd/i;
const MAX_CONTROLS_PER_KIND = 200;

/** Text of the elements `selectors` name, each head and tail, up to `max` characters in all. */
export function textOf(doc: Document, selectors: string[], max: number): string {
  let text = '';
  for (const selector of selectors) {
    const nodes = doc.querySelectorAll(selector);
    for (let i = 0; i < nodes.length && i < MAX_NODES && text.length < max; i++) {
      const t = nodes[i]?.textContent ?? '';
      text += ` ${t.length <= max ? t : `${t.slice(0, max / 2)} ${t.slice(-max / 2)}`}`;
    }
  }
  return text.length <= max ? text : text.slice(0, max);
}

export function footerText(doc: Document): string {
  return textOf(doc, FOOTER, CAP.footer);
}

export function articleText(doc: Document): string {
  return textOf(doc, ARTICLE, CAP.article);
}

/**
 * Words of images and icons that may be compliance badges: two tag collections (a selector list takes the engine's
 * slow path), each capped on its own so a page of many photos still has its SVG badges read.
 */
export function badgeWords(doc: Document): string {
  let text = '';
  for (const images of [doc.getElementsByTagName('img'), doc.getElementsByTagName('svg')]) {
    for (let i = 0; i < images.length && i < MAX_BADGES && text.length < CAP.badges; i++) {
      const image = images[i];
      let words = '';
      // An index loop, and the image looked up once: the fresh page's unoptimized code pays for each iterator step.
      for (let a = 0; a < BADGE_ATTRS.length; a++)
        words += ` ${(image?.getAttribute(BADGE_ATTRS[a] ?? '') ?? '').slice(0, 200)}`;
      if (BADGE_WORD.test(words)) text += `${words}\n`;
    }
  }
  return text.slice(0, CAP.badges);
}

/** Labels of buttons, submit inputs and ARIA buttons: where a site puts its calls to action besides links. */
export function controlLabels(doc: Document): string[] {
  const labels: string[] = [];
  let chars = 0;
  const kinds: Array<ArrayLike<Element>> = [
    doc.getElementsByTagName('button'),
    doc.getElementsByTagName('input'),
    doc.querySelectorAll('[role="button"]'),
  ];
  for (const controls of kinds) {
    for (let i = 0; i < controls.length && i < MAX_CONTROLS_PER_KIND; i++) {
      if (labels.length >= CAP.controls || chars >= CAP.controlChars) return labels;
      const el = controls[i];
      if (!el) continue;
      const input = el.tagName === 'INPUT';
      if (input && (el.getAttribute('type') ?? '').toLowerCase() !== 'submit') continue;
      const label = (input ? (el.getAttribute('value') ?? '') : (el.textContent ?? '')).slice(0, CAP.control);
      if (!label.trim()) continue;
      labels.push(label);
      chars += label.length;
    }
  }
  return labels;
}
