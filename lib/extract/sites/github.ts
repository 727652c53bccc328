import type { CompanySignals, PersonSignals } from '../../signals/schema';
import { SOURCE_LIMITS, type SourceCompany } from '../../signals/source';
import { websiteDomain } from '../organization';
import { CONTROL } from '../text';
import { firstText, hrefOf, query, queryAll, textOf } from './dom';
import { parseHeadline } from './headline';
import {
  compact,
  locationLine,
  type SiteAdapter,
  type SiteContext,
  type SiteResult,
  siteFact,
  siteFacts,
} from './types';

const ID = 'github';

/** Organization profile header (2023-2025 `orgs` layout, with schema.org microdata). */
const ORG_SCOPE = '[itemtype$="schema.org/Organization"]';
const ORG = {
  name: [`${ORG_SCOPE} h1`, '.orghead h1', `${ORG_SCOPE} [itemprop="name"]`, 'h1.org-name'], // last: 2013-2016
  description: [`${ORG_SCOPE} .color-fg-muted > div`, '.orghead .color-fg-muted'],
  website: [`${ORG_SCOPE} a[itemprop="url"]`, '.orghead a[rel~="nofollow"][href^="http"]'],
  location: [`${ORG_SCOPE} [itemprop="location"]`, '.orghead [itemprop="location"]'],
};
/** User profile sidebar (vcard, 2019-2025). */
const USER = {
  name: ['.vcard-fullname', '[itemprop="name"].p-name'],
  login: ['.vcard-username', '.p-nickname'],
  company: ['[itemprop="worksFor"] .p-org', '[itemprop="worksFor"]'],
  location: ['[itemprop="homeLocation"] .p-label', '[itemprop="homeLocation"]'],
  website: ['[itemprop="url"] a[href^="http"]', 'li[data-test-selector="profile-website-url"] a'],
  bio: '.user-profile-bio, .p-note',
};
/** Repository pages: the owner link in the header says whether the owner is an organization. */
const REPO_OWNER = [
  '[itemprop="author"] a[data-hovercard-type="organization"]', // repository header (2019-2023)
  '.AppHeader-context-item[data-hovercard-type="organization"]', // global header breadcrumb (2023-2025)
];

/**
 * What every GitHub layout since 2014 shares: an organization page links its own `/orgs/<login>/` pages (people,
 * repositories, followers) and says so in `hovercard-subject-tag`; its title is "<Name> · GitHub"; the header lists
 * the location and site each after an octicon (`octicon-location`, `octicon-link`). Read when the current layout's
 * selectors find nothing.
 */
const ORG_MARKS = (login: string) => [
  'meta[name="hovercard-subject-tag"][content^="organization:"]',
  `a[href^="/orgs/${login}/" i]`,
  `a[href^="https://github.com/orgs/${login}/" i]`,
];
const ICON_TEXT = { location: 'svg.octicon-location', website: 'svg.octicon-link' };
const TITLE_SUFFIX = /\s+[·•|-]\s+GitHub\s*$/i;

function isOrganization(doc: Document, login: string): boolean {
  return ORG_MARKS(login).some((selector) => !!query(doc, selector));
}

/** The item an octicon marks: the icon's list item or parent, whose link or text is the value. */
function iconItem(doc: Document, icon: string): { text: string; selector: string; el: Element } | undefined {
  const svg = query(doc, icon);
  const item = svg?.closest('li') ?? svg?.parentElement;
  const el = item?.querySelector('a[href^="http"]') ?? item;
  const text = textOf(el);
  return el && text ? { text, selector: icon, el } : undefined;
}

function organization(doc: Document, ctx: SiteContext, login: string): SourceCompany | undefined {
  const fromTitle = isOrganization(doc, login) ? doc.title.replace(TITLE_SUFFIX, '').trim() : '';
  const titled = fromTitle && fromTitle !== doc.title.trim() ? { text: fromTitle, selector: 'title' } : undefined;
  const name = firstText(doc, ORG.name) ?? (titled && { ...titled, el: undefined });
  if (!name) return undefined;
  const f = siteFacts(ctx, ID);
  const website = firstText(doc, ORG.website) ?? iconItem(doc, ICON_TEXT.website);
  const location = firstText(doc, ORG.location) ?? iconItem(doc, ICON_TEXT.location);
  const description = firstText(doc, ORG.description, 2_000);
  return compact({
    name: f(name.text, name.selector),
    description: f(description?.text, description?.selector),
    domain: f(websiteDomain(hrefOf(website?.el, ctx.url), ctx.url), website?.selector),
    hq: f(locationLine(location?.text), location?.selector),
    socials: { github: siteFact(ctx, ID, `https://github.com/${login}`, 'url') },
  });
}

/**
 * A bio that opens with "Title at/@ Employer" ("Staff Data Engineer @ Acme. Streaming...") states the title; a bio
 * is free text, so the part before "at" counts only when it names a role by its head word: "Building things at
 * Acme" is not a title. (A short word list, not the title classifier, which would not fit the content script.)
 */
const ROLE_WORD =
  /\b(?:engineer|developer|scientist|architect|analyst|designer|researcher|manager|director|head|lead|chief|officer|founder|co-?founder|cto|ceo|cfo|coo|vp|president|consultant|maintainer|programmer|sre|devops|entwickler\w*|ingenieur\w*|d[ée]veloppeu\w*|desarrollador\w*|ontwikkelaar)\b/i;
function bioTitle(doc: Document): string | undefined {
  const el = doc.querySelector(USER.bio);
  const bio = (el?.getAttribute('data-bio-text') ?? textOf(el, 300) ?? '').slice(0, 300);
  const first = bio.split(/\.\s|\n/)[0] ?? '';
  if (!/\s(?:at|@)\s|\s@/i.test(first)) return undefined;
  const title = parseHeadline(first).title;
  if (!title || title.length > 60) return undefined;
  return ROLE_WORD.test(title) ? title : undefined;
}

function user(doc: Document, ctx: SiteContext, login: string): PersonSignals | undefined {
  const name = firstText(doc, USER.name) ?? firstText(doc, USER.login);
  if (!name) return undefined;
  const f = siteFacts(ctx, ID);
  const company = firstText(doc, USER.company);
  const location = firstText(doc, USER.location);
  // "@acme" links the employer's GitHub organization; "@acme @bravo" names several, none of them the one employer.
  const handle = /^@([A-Za-z0-9-]{1,39})$/.exec(company?.text ?? '')?.[1];
  const several = /^@[A-Za-z0-9-]+(?:[\s,&/|]+@[A-Za-z0-9-]+)+$/.test(company?.text ?? '');
  return compact({
    name: f(name.text, name.selector),
    title: f(bioTitle(doc), USER.bio),
    employer: several ? undefined : f(company?.text.replace(/^@/, ''), company?.selector),
    employerUrl: f(handle ? `https://github.com/${handle}` : undefined, company?.selector),
    location: f(location?.text, location?.selector),
    profileUrl: f(`https://github.com/${login}`, 'url'),
  });
}

/**
 * The organization owning a repository page; a user's repository names no company. The repository's homepage
 * (About sidebar) is usually on the organization's site, so it gives the domain, with less confidence.
 */
function repoOwner(doc: Document, ctx: SiteContext): CompanySignals | undefined {
  const owner = firstText(doc, REPO_OWNER);
  if (!owner) return undefined;
  const login = /^[A-Za-z0-9-]{1,39}$/.test(owner.text) ? owner.text : undefined;
  if (!login) return undefined;
  const homepage = firstText(doc, REPO_HOMEPAGE);
  const domain = websiteDomain(hrefOf(homepage?.el, ctx.url), ctx.url);
  return compact({
    name: siteFact(ctx, ID, login, owner.selector, 0.6),
    domain: domain ? siteFact(ctx, ID, domain, homepage?.selector, 0.5) : undefined,
    socials: { github: siteFact(ctx, ID, `https://github.com/${login}`, owner.selector) },
  });
}

// An organization's profile README (2021-2025): the one part of the page the organization wrote about itself. A
// repository's README is about the repository, and is never read.
const ORG_README = [
  '.org-readme article.markdown-body',
  'article.markdown-body[itemprop="text"]',
  'article.markdown-body',
];

/** The organization's own words and links, for the background's text rules (founding year, headcount, careers). */
function withReadme(doc: Document, result: SiteResult): SiteResult {
  const readme = firstText(doc, ORG_README);
  const el = readme?.el;
  if (!el) return result;
  const links: Array<[string, string]> = [];
  for (const a of queryAll(el, 'a[href]', SOURCE_LIMITS.profileLinks)) {
    const href = (a.getAttribute('href') ?? '').slice(0, SOURCE_LIMITS.href);
    if (href) links.push([href, (textOf(a, 80) ?? '').slice(0, SOURCE_LIMITS.label)]);
  }
  // The rendered lines where the browser gives them (a heading, a list item, a paragraph each on its own line).
  const rendered = (el as HTMLElement).innerText;
  const text = (
    typeof rendered === 'string' && rendered.trim() ? rendered : (textOf(el, SOURCE_LIMITS.profileText) ?? '')
  )
    .replace(CONTROL, ' ')
    .slice(0, SOURCE_LIMITS.profileText);
  return text ? { ...result, about: { text, links } } : result;
}

const REPO_HOMEPAGE = [
  '.BorderGrid a.text-bold[role="link"][href^="http"]',
  'a[data-testid="repository-homepage-url"]',
];

// First path segments that are GitHub's own pages, not accounts.
const RESERVED =
  /^(?:about|features|pricing|login|join|marketplace|sponsors|topics|explore|settings|notifications|search|trending|enterprise|collections|organizations|orgs|new|codespaces|site|security|apps|customer-stories|readme|events|team|solutions|resources)$/i;

/** GitHub organization and user profiles, and the owning organization of repository pages. */
export const github: SiteAdapter = {
  id: ID,
  matches: ['https://github.com/*'],
  extract(doc, ctx): SiteResult | undefined {
    const [first, second] = new URL(ctx.url).pathname.split('/').filter(Boolean);
    // An organization's own tabs (`/orgs/<login>/people`, `/repositories`, `/teams`) are its profile too.
    const orgTab = first?.toLowerCase() === 'orgs';
    const [login, repo] = orgTab ? [second, undefined] : [first, second];
    if (!login || RESERVED.test(login) || !/^[A-Za-z0-9-]{1,39}$/.test(login)) return undefined;
    if (orgTab) {
      const company = organization(doc, ctx, login);
      return company ? withReadme(doc, { company }) : undefined;
    }
    if (repo) {
      const company = repoOwner(doc, ctx);
      return company ? { company } : undefined;
    }
    const company = organization(doc, ctx, login);
    if (company) return withReadme(doc, { company });
    const person = user(doc, ctx, login);
    return person ? { person } : undefined;
  },
};

export default github;
