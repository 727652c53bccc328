import type { CompanySignals } from '../signals/schema';
import { findBrand } from './brand';
import { type CompanyDraft, type FactContext, makeFact } from './facts';
import { plainText } from './text';

// Most specific first: a copyright line, then the page footer. `body.has-footer` would read the whole page.
const CONTAINERS = [
  '[class*="copyright" i]',
  '[id*="copyright" i]',
  'footer',
  '[role="contentinfo"]',
  '[id*="footer" i]:not(body):not(html)',
  '[class*="footer" i]:not(body):not(html)',
];
const MAX_PER_SELECTOR = 8;
const MAX_TEXT = 5_000;

const NOTICE =
  /(©|&copy;|\(c\)|copyright\b)\s*(?:©|\(c\))?\s*(?:((?:19|20)\d\d)(?:\s*[-–—]\s*(?:(?:19|20)\d\d|present|today))?\s*[,.]?\s*)?(?:by\s+)?([^\n|·•]{2,160})/gi;
const STOP =
  /all rights? reserved|alle rechte vorbehalten|tous droits r[ée]serv[ée]s|todos los derechos|tutti i diritti|\s[-–—]\s|\s\/\s|[|·•©]/i;
const LEGAL_FORM =
  /[,\s]+(?:gmbh\s*&\s*co\.?\s*kg|pty\.?\s*ltd\.?|pte\.?\s*ltd\.?|pvt\.?\s*ltd\.?|private limited|inc\.?|incorporated|l\.?l\.?c\.?|ltd\.?|limited|corp\.?|corporation|co\.|g?gmbh|ag|se|kg|ug|e\.\s?v\.|s\.a\.s\.?|sas|s\.?a\.?r\.?l\.?|s\.?r\.?l\.?|s\.?p\.?a\.?|s\.a\.?|sa|b\.?v\.?|n\.?v\.?|plc|llp|l\.p\.|oy|ab|as|a\/s|aps|s\.r\.o\.|kft\.?|zrt\.?|ltda\.?|s\.l\.)$/i;
// Words that show the capture is a sentence or a link label, not an owner's name.
const NOT_A_NAME =
  /\b(rights|reserved|cookies?|privacy|policy|terms|imprint|impressum|sitemap|powered|theme|template|designed|website|contact|notice)\b|^(all|the authors|this|our|your|copyright)\b/i;

/** The owner in a copyright notice's tail: up to "All rights reserved", a separator or the end of a sentence. */
function ownerOf(tail: string): string | undefined {
  // "© 2012 - Acme", "© FinCompare GmbH 2020, Berlin": dashes before and years after the owner are not part of it.
  let owner = (tail.replace(/^[-–—:,\s]+/, '').split(STOP)[0] ?? '').replace(/\s(?:19|20)\d\d\b.*$/, '');
  // Cut at the first full stop, keeping it when it ends a legal form ("Acme Inc. Made in Berlin").
  const stop = /\.\s/.exec(owner);
  if (stop) {
    const head = owner.slice(0, stop.index + 1);
    owner = LEGAL_FORM.test(head) ? head : head.slice(0, -1);
  }
  owner = owner
    .replace(/[,\s]*(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?\.?\s*$/, '')
    .replace(/[\s,;:]+$/, '')
    .replace(/(?<!\b(?:inc|ltd|corp|co|[a-z]))\.$/i, '')
    .trim();
  if (owner.length < 2 || owner.length > 80 || !/\p{L}/u.test(owner) || owner.split(' ').length > 8) return undefined;
  if (NOT_A_NAME.test(owner) || /^[a-z0-9-]+(\.[a-z]{2,})+$/i.test(owner)) return undefined;
  return owner;
}

/** Owners named by the copyright notices in `text`, first first. */
function ownersIn(text: string): string[] {
  const owners: string[] = [];
  for (const m of text.matchAll(NOTICE)) {
    const [, mark = '', year, tail = ''] = m;
    // "Copyright" alone is a link label ("Copyright policy"); with © or a year it is a notice.
    if (!year && /^copyright$/i.test(mark)) continue;
    const owner = plainText(ownerOf(tail));
    if (owner) owners.push(owner);
    if (owners.length >= 5) break;
  }
  return owners;
}

/**
 * The copyright owner in the page footer, as legal name when it carries a legal form and as a last-resort company
 * name. Footers often name a parent company ("© Yahoo" on a news site), an agency or the founder, so an owner only
 * counts when it spells the site's brand (the domain label or og:site_name); the name is the words that do
 * ("Parallels International GmbH" -> "Parallels"). Without a domain (local pages) the first owner counts.
 */
export function extractCopyright(doc: Document, ctx: FactContext, brands: string[]): CompanyDraft | undefined {
  for (const { text, selector } of footerTexts(doc)) {
    for (const owner of ownersIn(text)) {
      const bare = owner.replace(LEGAL_FORM, '');
      const name = brands.length ? (findBrand(bare, brands) ?? findBrand(owner, brands)) : plainText(bare);
      if (!name) continue;
      const company: CompanySignals = { name: makeFact(ctx, 'copyright', name, selector, 0.35) };
      if (LEGAL_FORM.test(owner)) company.legalName = makeFact(ctx, 'copyright', owner, selector);
      return company;
    }
  }
  return undefined;
}

/** Texts where a copyright notice may be, most specific first; bounded in number and length. */
function* footerTexts(doc: Document): Generator<{ text: string; selector: string }> {
  // One pass over the page for every container kind, then sorted by kind: six queries would walk it six times.
  const found = doc.querySelectorAll(CONTAINERS.join(', '));
  const byKind: Element[][] = CONTAINERS.map(() => []);
  for (let i = 0; i < found.length && i < MAX_PER_SELECTOR * CONTAINERS.length * 4; i++) {
    const el = found[i];
    const kind = el ? CONTAINERS.findIndex((css) => el.matches(css)) : -1;
    if (el && kind >= 0 && (byKind[kind]?.length ?? MAX_PER_SELECTOR) < MAX_PER_SELECTOR) byKind[kind]?.push(el);
  }
  let seen = 0;
  for (const [kind, elements] of byKind.entries()) {
    for (const el of elements) {
      seen++;
      yield { text: (el.textContent ?? '').slice(-MAX_TEXT), selector: CONTAINERS[kind] ?? 'footer' };
    }
  }
  if (seen > 0) return;
  // No footer element: the notice is usually in the last blocks of the body.
  const last = doc.body?.lastElementChild;
  if (last) yield { text: (last.textContent ?? '').slice(-MAX_TEXT), selector: 'body > :last-child' };
  const previous = last?.previousElementSibling;
  if (previous) yield { text: (previous.textContent ?? '').slice(-MAX_TEXT), selector: 'body > :nth-last-child(2)' };
}
