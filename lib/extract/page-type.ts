/**
 * What kind of page the structured data and OpenGraph say this is: a story (news, post, report) or a page that
 * speaks for the site. Read in the background from what the meta and JSON-LD layers already parsed.
 */

// schema.org types of a story: its text is about its subject, not about the site that publishes it.
const STORY_TYPES = /^(?:\w*newsarticle|article|blogposting|techarticle|report|scholarlyarticle|liveblogposting)$/;
// A path that files the page as a dated post or under a news or blog section (/2016/05/16/..., /blog/..., /actualites/).
const STORY_PATH =
  /\/(?:19|20)\d\d\/[01]?\d\/|\/(?:blogs?|news|newsroom|press|articles?|posts?|stories|story|magazin|magazine|actualites?|noticias|notizie|nieuws|aktuelles|artikel|presse)\//i;
// schema.org types of an ordinary page of a site (about, contact, a listing).
const PAGE_TYPES = /^(?:\w*webpage|aboutpage|contactpage|collectionpage|itempage|profilepage|faqpage|qapage)$/;

/** A schema.org type without its vocabulary prefix, lower case ("https://schema.org/NewsArticle" -> "newsarticle"). */
export function bareType(type: string): string {
  return type
    .trim()
    .replace(/^https?:\/\/schema\.org\//i, '')
    .toLowerCase();
}

export function isStoryType(type: string): boolean {
  return STORY_TYPES.test(bareType(type));
}

/**
 * og:type as the page means it. WordPress's SEO plugins (Yoast, Rank Math and others) give every page except the
 * home page `article`, an about, team or contact page too, so `article` alone does not make a story: their schema.org
 * graph tells a page (WebPage, AboutPage) from a post (Article, BlogPosting), and without a graph a post states when
 * it was published (`article:published_time`) or is filed as one (a dated path, a blog or news section). An
 * `article` that none of these confirms is read as a plain page (undefined); any other type is returned as stated.
 */
export function effectiveOgType(
  ogType: string | undefined,
  publishedTime: string | undefined,
  types: readonly string[],
  url: string,
): string | undefined {
  const stated = ogType?.trim().toLowerCase();
  if (stated !== 'article') return stated || undefined;
  if (types.some(isStoryType)) return stated;
  if (types.some((t) => PAGE_TYPES.test(bareType(t)))) return undefined;
  return publishedTime?.trim() || STORY_PATH.test(pathOf(url)) ? stated : undefined;
}

function pathOf(url: string): string {
  try {
    return `${new URL(url).pathname}/`;
  } catch {
    return '';
  }
}
