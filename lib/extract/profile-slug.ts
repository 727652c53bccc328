import { foldAccents } from './classify/normalize';
import { type JsonObject, own, safeUrl } from './facts';
import { jsonText } from './text';

// A directory's or review site's page about one company: /profile/<slug>, /companies/<slug>, /agency/<slug>.
const PROFILE_PATH =
  /\/(?:profiles?|compan(?:y|ies)|agenc(?:y|ies)|startups?|vendors?|firms?|suppliers?|businesses|organi[sz]ations?|listings?|directory)\/([^/?#]{3,80})\/?(?:$|[?#])/i;

/** A name as a URL slug: "Nodo Creativo S.A.S." -> "nodo-creativo-s-a-s". */
function slugOf(name: string): string {
  return foldAccents(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The page is this organization's profile on a directory: its path's profile slug spells the organization's name
 * ("/profile/nodo-creativo" and "Nodo Creativo"), which the directory's own organization, beside it, does not.
 */
export function profiledBy(org: JsonObject, pageUrl: string): boolean {
  const name = jsonText(own(org, 'name'), 120);
  const slug = PROFILE_PATH.exec(safeUrl(pageUrl) ?? '')?.[1]?.toLowerCase();
  const spelled = name ? slugOf(name) : '';
  return !!slug && spelled.length >= 3 && (slug === spelled || slug.startsWith(`${spelled}-`));
}
