import { SAMPLE_LIMITS } from '../signals/sample';
import type { CompanySignals } from '../signals/schema';
import { findBrand } from './brand';
import { type CompanyDraft, type FactContext, makeFact } from './facts';
import { plainText } from './text';

// The end of the visible text, where footers are; the sample keeps it (SAMPLE_LIMITS.textTail).
const TAIL = SAMPLE_LIMITS.textTail;
const SELECTOR = 'text (closing lines)';

const NOTICE =
  /(©|&copy;|\(c\)|copyright\b)\s*(©|\(c\))?\s*(?:((?:19|20)\d\d)(?:\s*[-–—]\s*(?:(?:19|20)\d\d|present|today))?\s*[,.]?\s*)?(?:by\s+)?([^\n|·•]{2,160})/gi;
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
  // A labelled row after the notice ("© 2003-2025 地址：广东省...", "© 2024 Tel: ..."): its label's colon, no name's.
  if (/[:：]/.test(owner)) return undefined;
  return owner;
}

/** Owners named by the copyright notices in `text`, first first. */
function ownersIn(text: string): string[] {
  const owners: string[] = [];
  for (const m of text.matchAll(NOTICE)) {
    const [, mark = '', sign, year, tail = ''] = m;
    // "Copyright" alone is a link label ("Copyright policy"); with © or a year it is a notice ("COPYRIGHT © ACME.").
    if (!year && !sign && /^copyright$/i.test(mark)) continue;
    const owner = plainText(ownerOf(tail));
    if (owner) owners.push(owner);
    if (owners.length >= 5) break;
  }
  return owners;
}

/**
 * The copyright owner in the page's closing text, as legal name when it carries a legal form and as a last-resort
 * company name. Footers often name a parent company ("© Yahoo" on a news site), an agency or the founder, so an owner
 * only counts when it spells the site's brand (the domain label or og:site_name); the name is the words that do
 * ("Parallels International GmbH" -> "Parallels"). Without a domain (local pages) the first owner counts, and so does an
 * owner written in a script the domain cannot spell. Runs in the
 * background on the text sample: the notice sits in the visible text's tail, which the sample keeps, so the page's
 * footer is never queried.
 */
export function copyrightFacts(text: string, ctx: FactContext, brands: string[]): CompanyDraft | undefined {
  for (const owner of ownersIn(text.slice(-TAIL))) {
    const bare = owner.replace(LEGAL_FORM, '');
    // An owner in a script a Latin domain cannot spell ("© 2026 Ελαιουργεία Μηλιαράκη") is taken as written, as
    // og:site_name is (meta.ts).
    const unspellable = !/\p{Script=Latin}/u.test(bare) && brands.every((b) => /^[a-z0-9]+$/.test(b));
    const name =
      brands.length && !unspellable ? (findBrand(bare, brands) ?? findBrand(owner, brands)) : plainText(bare);
    if (!name) continue;
    const company: CompanySignals = { name: makeFact(ctx, 'copyright', name, SELECTOR, 0.35) };
    if (LEGAL_FORM.test(owner)) company.legalName = makeFact(ctx, 'copyright', owner, SELECTOR);
    return company;
  }
  return undefined;
}
