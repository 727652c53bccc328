import { SOCIAL_NETWORKS, type SocialNetwork } from '../signals/enums';
import { LIMITS } from '../signals/limits';
import type { CompanySignals } from '../signals/schema';
import { SOCIAL_HOST } from './collect/links';
import { attrSelector, type FactContext, makeFact, normalizeName, safeUrl } from './facts';
import { linksMatching, type PageLinks } from './page-links';

export interface SocialProfile {
  network: SocialNetwork;
  /** Canonical profile URL, e.g. `https://www.linkedin.com/company/acme`. */
  url: string;
  /** The handle or slug, for matching against the company's name. */
  handle: string;
}

// First path segments that are site features, not profiles ("share", "intent", "home"...).
const X_RESERVED = new Set(
  'intent share home i search hashtag login signup explore settings privacy tos messages notifications compose widgets about download jobs en'.split(
    ' ',
  ),
);
const GITHUB_RESERVED = new Set(
  'features about pricing login join marketplace sponsors topics explore apps site security enterprise collections contact settings notifications search trending readme customer-stories team events github mobile new organizations codespaces copilot solutions resources premium-support signup'.split(
    ' ',
  ),
);
const FACEBOOK_RESERVED = new Set(
  'sharer sharer.php share share.php dialog plugins tr login l.php home.php policies privacy help watch events groups hashtag photo.php permalink.php story.php profile.php'.split(
    ' ',
  ),
);
const INSTAGRAM_RESERVED = new Set('p reel reels explore accounts stories tv about legal developer direct'.split(' '));

const HANDLE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

const SITES = [
  'linkedin.com',
  'x.com',
  'twitter.com',
  'github.com',
  'crunchbase.com',
  'facebook.com',
  'fb.com',
  'instagram.com',
  'youtube.com',
];

/** The social site an URL is on: any subdomain of it (`de.linkedin.com`, `m.youtube.com`), except GitHub's own. */
function hostOf(url: URL): string {
  const host = url.hostname.toLowerCase();
  if (host === 'www.github.com') return 'github.com';
  return SITES.find((site) => host === site || (site !== 'github.com' && host.endsWith(`.${site}`))) ?? host;
}

function segments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** The company profile an URL points to, or undefined for share/intent links, posts, people and other pages. */
export function socialProfile(raw: unknown, base?: string): SocialProfile | undefined {
  const href = safeUrl(raw, base);
  if (!href) return undefined;
  const url = new URL(href);
  const host = hostOf(url);
  const [first = '', second = ''] = segments(url);
  const lower = first.toLowerCase();
  if (host === 'linkedin.com') {
    // Older spellings of a company page (lib/signals/identity.ts): `/companies/x`, `/company-beta/x`,
    // `/organization-guest/company/x`.
    const guest = lower === 'organization-guest' && second.toLowerCase() === 'company';
    const kind = guest || lower === 'companies' || lower === 'company-beta' ? 'company' : lower;
    const handle = guest ? (segments(url)[2] ?? '') : second;
    if (!['company', 'school', 'showcase'].includes(kind) || !HANDLE.test(handle)) return undefined;
    return { network: 'linkedin', url: `https://www.linkedin.com/${kind}/${handle}`, handle };
  }
  if (host === 'x.com' || host === 'twitter.com') {
    if (!/^[A-Za-z0-9_]{1,15}$/.test(first) || X_RESERVED.has(lower)) return undefined;
    return { network: 'x', url: `https://x.com/${first}`, handle: first };
  }
  if (host === 'github.com') {
    const org = lower === 'orgs' ? second : first;
    if (!/^[A-Za-z0-9-]{1,39}$/.test(org) || GITHUB_RESERVED.has(org.toLowerCase())) return undefined;
    return { network: 'github', url: `https://github.com/${org}`, handle: org };
  }
  if (host === 'crunchbase.com') {
    // `/company/x` is the address of Crunchbase's profiles before 2015.
    if ((lower !== 'organization' && lower !== 'company') || !HANDLE.test(second)) return undefined;
    return { network: 'crunchbase', url: `https://www.crunchbase.com/organization/${second}`, handle: second };
  }
  if (host === 'facebook.com' || host === 'fb.com') {
    if (!HANDLE.test(first) || FACEBOOK_RESERVED.has(lower) || lower === 'pages') return undefined;
    return { network: 'facebook', url: `https://www.facebook.com/${first}`, handle: first };
  }
  if (host === 'instagram.com') {
    if (!/^[A-Za-z0-9_.]{1,30}$/.test(first) || INSTAGRAM_RESERVED.has(lower)) return undefined;
    return { network: 'instagram', url: `https://www.instagram.com/${first}`, handle: first };
  }
  if (host === 'youtube.com') {
    if (first.startsWith('@') && HANDLE.test(first.slice(1))) {
      return { network: 'youtube', url: `https://www.youtube.com/${first}`, handle: first.slice(1) };
    }
    if (['channel', 'c', 'user'].includes(lower) && HANDLE.test(second)) {
      return { network: 'youtube', url: `https://www.youtube.com/${lower}/${second}`, handle: second };
    }
  }
  return undefined;
}

interface Candidate {
  profile: SocialProfile;
  selector: string;
  inChrome: boolean;
  matchesName: boolean;
}

/**
 * Social profiles linked from the page. Per network, a profile whose handle matches the company's name or domain
 * wins, then one linked from the header or footer, then the only one linked; several unrelated profiles and none in
 * the page chrome give nothing, since they are then likely someone else's. Which links sit in the header, footer or
 * navigation the content script tells (`chromeSocial`, lib/extract/collect/links.ts).
 */
export function extractLinks(
  links: PageLinks,
  chromeSocial: readonly number[],
  ctx: FactContext,
  names: Array<string | undefined>,
): CompanySignals['socials'] {
  const wanted = names.map((n) => (n ? normalizeName(n) : '')).filter((n) => n.length >= 2);
  const byNetwork = new Map<SocialNetwork, Candidate[]>();
  const inChrome = new Set(chromeSocial);
  for (const i of linksMatching(links, SOCIAL_HOST)) {
    const href = links.hrefs[i];
    if (!href || href.length > LIMITS.url) continue;
    const profile = socialProfile(href, ctx.url);
    if (!profile) continue;
    const list = byNetwork.get(profile.network) ?? [];
    if (list.length >= LIMITS.list) continue;
    const handle = normalizeName(profile.handle);
    list.push({
      profile,
      selector: attrSelector('a', 'href', href),
      inChrome: inChrome.has(i),
      matchesName: wanted.some(
        (w) => handle === w || (handle.length >= 4 && w.length >= 4 && (handle.includes(w) || w.includes(handle))),
      ),
    });
    byNetwork.set(profile.network, list);
  }
  const socials: NonNullable<CompanySignals['socials']> = {};
  for (const network of SOCIAL_NETWORKS) {
    const list = byNetwork.get(network);
    if (!list?.length) continue;
    const distinct = new Set(list.map((c) => c.profile.url.toLowerCase()));
    const pick =
      list.find((c) => c.matchesName) ?? list.find((c) => c.inChrome) ?? (distinct.size === 1 ? list[0] : undefined);
    if (!pick) continue;
    const confidence = pick.matchesName ? 0.6 : 0.45;
    socials[network] = makeFact(ctx, 'links', pick.profile.url, pick.selector, confidence);
  }
  return Object.keys(socials).length ? socials : undefined;
}
