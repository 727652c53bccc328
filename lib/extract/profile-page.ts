import type { CompanySignals, PersonSignals } from '../signals/schema';
import type { PageSource } from '../signals/source';
import { cardPerson } from './cards';
import { type ExtractorId, type FactContext, makeFact, normalizeName, safeUrl } from './facts';
import { socialProfile } from './links';
import { parseHeadline, withoutPictographs } from './sites/headline';
import { linkedinSlug } from './sites/linkedin-data';
import { plainText } from './text';

/**
 * A LinkedIn profile that no adapter layout matches (older public layouts, the sign-in wall) still states the person
 * in its title ("Name | LinkedIn", "Name - Title - Company | LinkedIn"), its meta description ("Headline ·
 * Experience: Company · Education: School · Location: City") and, in the 2010s layouts, an hCard. What they say is
 * read at a lower confidence than an adapter's, and fills only what the adapter left empty.
 */
const CONFIDENCE = 0.5;
const TITLE_CONFIDENCE = 0.45;

const LINKEDIN_SUFFIX = /\s*[|–—-]\s*LinkedIn\s*$/i;
const PARTS = /\s+[-–—|]\s+/;
const EVERY_PART = new RegExp(PARTS.source, 'g');
// A person's name: letters, spaces, dots, hyphens and apostrophes, a few words.
const NAME = /^\p{L}[\p{L}\p{M}'’.\- ]{1,79}$/u;
// The sign-in wall's titles in LinkedIn's languages ("Registrieren", "Iscriviti", "Cadastre-se", "Logga in") too.
const NOT_A_NAME =
  /linkedin|sign ?(?:in|up)|log ?in|join|profile|not found|error|anmelden|einloggen|connexion|inscri|iniciar|únete|\b(?:registrieren|registrarse|regístrate|rejoindre|iscriviti|accedi|aanmelden|inloggen|cadastre-se|entrar|logga in|mitglied werden)\b/i;
// Labelled parts of the description, by language: experience (current employer) and location.
// Also sv, da/no, pl, tr, cs as LinkedIn localizes them ("Erfarenhet:", "Doświadczenie:", "Deneyim:", "Plats:").
const EXPERIENCE =
  /^(?:experience|berufserfahrung|erfahrung|exp[ée]rience|experiencia|esperienza|ervaring|experi[êe]ncia|erfarenhet|erfaring|do[śs]wiadczenie|deneyim|zku[šs]enosti)\s*:\s*(.+)$/iu;
const LOCATION =
  /^(?:location|ort|standort|lieu|ubicaci[óo]n|localit[àa]|locatie|localidade|localiza[çc][ãa]o|plats|sted|lokation|lokalizacja|konum|lokalita|m[íi]sto)\s*:\s*(.+)$/iu;
const LABELLED = /^[\p{L} ]{2,30}\s*:/u;

// A post-nominal after the name ("Geneviève Tremblay, CPA", "Ana Ruiz, PhD, MBA", "Tom Hale, P.Eng."): two capitals or
// a dot, which a first name after a comma ("Tremblay, Geneviève") never has.
const CREDENTIAL = /^(?=[\p{L}.-]*(?:\p{Lu}[\p{L}-]*\p{Lu}|\.))\p{Lu}[\p{L}.-]{1,8}$/u;

function withoutCredentials(text: string): string {
  const [name, ...rest] = text.split(/\s*,\s*/);
  return rest.length && rest.length <= 3 && rest.every((r) => CREDENTIAL.test(r)) ? (name ?? text) : text;
}

function personName(text: string | undefined): string | undefined {
  const name = text ? withoutCredentials(withoutPictographs(text)) : undefined;
  if (!name || !NAME.test(name) || NOT_A_NAME.test(name)) return undefined;
  const words = name.split(/\s+/).length;
  return words >= 1 && words <= 6 ? name : undefined;
}

interface Read {
  name?: string;
  headline?: string;
  title?: string;
  employer?: string;
  location?: string;
}

function fromTitle(title: string): Read {
  if (!LINKEDIN_SUFFIX.test(title)) return {};
  const text = title.replace(LINKEDIN_SUFFIX, '');
  const parts = text.split(PARTS).map((p) => p.trim());
  const name = personName(parts[0]);
  // "Name - Title - Company": three parts name all three; two parts may be a title or a company, so neither. A title
  // may hold the separator itself ("Name - Director - Business Development - Company"): all between name and company.
  if (parts.length < 3) return { name };
  const separators = [...text.matchAll(EVERY_PART)];
  const first = separators[0];
  const last = separators.at(-1);
  const middle = first && last ? text.slice(first.index + first[0].length, last.index).trim() : undefined;
  return { name, title: middle, employer: parts.at(-1) };
}

function fromDescription(description: string | undefined, name: string | undefined): Read {
  if (!description) return {};
  const parts = description.split(/\s+·\s+/).map((p) => p.trim());
  if (parts.length < 2) return {};
  const read: Read = {};
  for (const part of parts) {
    read.employer ??= EXPERIENCE.exec(part)?.[1]?.trim();
    read.location ??= LOCATION.exec(part)?.[1]?.replace(/\.$/, '').trim();
  }
  const first = parts[0] ?? '';
  const mentionsName = name && normalizeName(first).includes(normalizeName(name));
  if (!LABELLED.test(first) && !mentionsName && first.length <= 160) read.headline = first;
  return read;
}

// "at", "@", "chez", "bei", "presso", "bij", "hos" join a title and an employer; Spanish "en" also joins a title and a field
// ("Experto en marketing"), so it counts only when the employer is confirmed.
const SURE_AT = /\s(?:at|@|chez|bei|presso|bij|hos)\s/i;

// What joins a title to the employer that follows it: a short lower-case word in any language ("på", "w", "ve",
// "hos", "at") or a mark ("@", "|", ",", a dash).
const JOINER = /^(.+?)(?:\s+\p{Ll}{1,4}|\s*[@|,·]|\s+[-–—])\s*$/u;

/**
 * The title of a headline that ends with the employer the page's experience confirms ("Försäljningschef på
 * Norrsken", "Kierownik sprzedaży w Acme"): whatever the language's word for "at", the title is what comes before.
 */
function beforeEmployer(headline: string, employer: string | undefined): string | undefined {
  const h = headline.trim();
  if (!employer || employer.length < 2 || !h.toLowerCase().endsWith(employer.toLowerCase())) return undefined;
  const title = JOINER.exec(h.slice(0, h.length - employer.length))?.[1]?.trim();
  return title && title.length <= 80 && !/[|·]/.test(title) ? title : undefined;
}

/** Title and employer from a headline, the employer when it is sure or the page's experience names the same. */
function fromHeadline(headline: string | undefined, employer: string | undefined): Read {
  if (!headline) return {};
  const before = beforeEmployer(headline, employer);
  if (before) return { title: before, employer };
  const parsed = parseHeadline(headline);
  const confirmed = parsed.employer && employer && normalizeName(parsed.employer) === normalizeName(employer);
  if (parsed.employer && (confirmed || SURE_AT.test(headline)))
    return { title: parsed.title, employer: parsed.employer };
  return { title: parsed.title && !parsed.employer ? parsed.title : headline.slice(0, 120) };
}

/**
 * The path of a profile in LinkedIn's older public directory (`/pub/name/23/4b1/a07`, 2008-2016), whose pages still
 * carry an hCard; undefined for any other URL.
 */
function publicDirectoryPath(url: string): string | undefined {
  return /^https?:\/\/[^/]*linkedin\.com(\/pub\/[^/?#]+(?:\/[0-9a-z]{1,3}){3})\/?(?:[?#]|$)/i.exec(url)?.[1];
}

function metaContent(source: Pick<PageSource, 'metas'>, key: string): string | undefined {
  return source.metas?.find((m) => m.key.toLowerCase() === key)?.content;
}

/**
 * The profile a LinkedIn sign-in wall stands in front of: the wall's address (`/authwall?sessionRedirect=<profile>`)
 * carries it, and so do the og:url and canonical link the wall keeps from the profile. Only on linkedin.com itself:
 * another site's og:url names no profile this page is.
 */
function walledProfileUrl(
  source: Pick<PageSource, 'url' | 'metas' | 'canonical'>,
  isProfile: (url: string) => boolean = (c) => !!(linkedinSlug(c, 'in') || publicDirectoryPath(c)),
): string | undefined {
  let url: URL;
  try {
    url = new URL(source.url);
  } catch {
    return undefined;
  }
  if (!/(?:^|\.)linkedin\.com$/i.test(url.hostname)) return undefined;
  const candidates = [url.searchParams.get('sessionRedirect'), metaContent(source, 'og:url'), source.canonical];
  return candidates.find((c) => c && isProfile(c)) ?? undefined;
}

/** The person a LinkedIn profile page states in its title, meta description and hCard; nothing on any other page. */
export function publicProfile(
  source: Pick<PageSource, 'url' | 'title' | 'cards' | 'metas' | 'canonical'>,
  description: string | undefined,
  ctx: FactContext,
): PersonSignals | undefined {
  const own = linkedinSlug(source.url, 'in') || publicDirectoryPath(source.url);
  const url = own ? source.url : walledProfileUrl(source);
  if (!url) return undefined;
  const slug = linkedinSlug(url, 'in');
  const pub = slug ? undefined : publicDirectoryPath(url);
  if (!slug && !pub) return undefined;
  const card = cardPerson(source.cards, ctx, CONFIDENCE, fromHeadline);
  // The sign-in wall's own title ("Sign Up | LinkedIn") names no one; it keeps the profile's og:title.
  const fromTag = fromTitle(source.title);
  const title = fromTag.name ? fromTag : fromTitle(metaContent(source, 'og:title') ?? '');
  const name = card.name?.value ?? title.name;
  const meta = fromDescription(description, name);
  const headline = fromHeadline(meta.headline, meta.employer);
  const confirmed =
    !!title.employer && !!meta.employer && normalizeName(title.employer) === normalizeName(meta.employer);
  const f = <T>(value: T | undefined, from: ExtractorId, selector: string, confidence = CONFIDENCE) =>
    value ? makeFact(ctx, from, value, selector, confidence) : undefined;
  const person: PersonSignals = {
    name: card.name ?? f(title.name, 'title', 'title', TITLE_CONFIDENCE),
    title:
      card.title ??
      // The title's own position where the description's experience confirms its employer: a headline is free words.
      f(confirmed ? title.title : undefined, 'title', 'title') ??
      f(headline.title, 'meta', 'meta[name="description"]') ??
      f(title.title, 'title', 'title'),
    employer:
      card.employer ??
      f(meta.employer ?? headline.employer, 'meta', 'meta[name="description"]') ??
      f(title.employer, 'title', 'title', TITLE_CONFIDENCE),
    location: card.location ?? f(meta.location, 'meta', 'meta[name="description"]'),
  };
  // A name alone is what a sign-in page shows: a profile says something more.
  if (!person.name || !(person.title || person.employer || person.location)) return undefined;
  const profileUrl = safeUrl(
    slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}/` : `https://www.linkedin.com${pub}`,
  );
  if (profileUrl) person.profileUrl = makeFact(ctx, 'url', profileUrl, undefined, CONFIDENCE);
  for (const key of Object.keys(person) as Array<keyof PersonSignals>) if (!person[key]) delete person[key];
  return person;
}

/** The adapter's person, its empty fields filled from the fallback's. */
export function withFallback(
  site: PersonSignals | undefined,
  fallback: PersonSignals | undefined,
): PersonSignals | undefined {
  if (!site) return fallback;
  if (!fallback) return site;
  return { ...fallback, ...site };
}

const UNREAD = /^\(\d+\+?\)\s*/;
// A tab name after a colon: one to three words, no digits ("Overview", "À propos", "Offerte di lavoro").
const TAB = /\s*:\s*\p{L}[\p{L}'’ ]{0,30}$/u;
// "Acme | 4,087 followers on LinkedIn. Tagline | About": the follower count in any of LinkedIn's languages.
const FOLLOWER_LINE =
  /^[\d.,\s\u00a0\u202f]+[KkMm]?\s+\p{L}+(?::\p{L}+)?\s+(?:on|sur|auf|en|su|op|no)\s+LinkedIn\.?\s*/u;

/** The company a LinkedIn title names: "(3) Acme: Overview | LinkedIn" -> Acme; nothing from a sign-in title. */
function companyName(title: string): string | undefined {
  if (!LINKEDIN_SUFFIX.test(title)) return undefined;
  // Logged-in titles: the unread count first and the tab, in the page's language, last.
  const name = plainText(title.replace(LINKEDIN_SUFFIX, '').replace(UNREAD, '').replace(TAB, ''), 120);
  return name && !NOT_A_NAME.test(name) && !PARTS.test(name) ? name : undefined;
}

/**
 * The company a LinkedIn company page states in its title ("Acme | LinkedIn") and meta description ("Acme | 4,087
 * followers on LinkedIn. Tagline | About") when no adapter layout matched: the sign-in wall shows nothing else. Name,
 * description and the profile itself, at a lower confidence than an adapter's; nothing on any other page.
 */
export function publicCompany(
  source: Pick<PageSource, 'url' | 'title' | 'metas' | 'canonical'>,
  description: string | undefined,
  ctx: FactContext,
): CompanySignals | undefined {
  const pageOf = (url: string) => linkedinSlug(url, 'company') ?? linkedinSlug(url, 'showcase');
  // Behind the sign-in wall, the company page the wall stands for (as for a person, above).
  const url = pageOf(source.url) ? source.url : walledProfileUrl(source, (c) => !!pageOf(c));
  const companySlug = url ? linkedinSlug(url, 'company') : undefined;
  const kind = companySlug ? 'company' : 'showcase';
  const slug = companySlug ?? (url ? linkedinSlug(url, 'showcase') : undefined);
  if (!slug) return undefined;
  // The wall's own title ("Sign Up | LinkedIn") names no company; it keeps the page's og:title.
  const name = [source.title, metaContent(source, 'og:title') ?? ''].map(companyName).find(Boolean);
  if (!name) return undefined;
  const parts = (description ?? '').split(/\s+\|\s+/).map((p) => p.trim());
  const about = parts[0] === name ? parts.slice(1).map((p) => p.replace(FOLLOWER_LINE, '')) : [];
  const text = plainText(about.filter(Boolean).join(' '), 2_000);
  const profile = socialProfile(`https://www.linkedin.com/${kind}/${encodeURIComponent(slug)}`);
  return {
    name: makeFact(ctx, 'title', name, 'title', TITLE_CONFIDENCE),
    description: text ? makeFact(ctx, 'meta', text, 'meta[name="description"]', TITLE_CONFIDENCE) : undefined,
    socials: profile ? { linkedin: makeFact(ctx, 'url', profile.url, undefined, TITLE_CONFIDENCE) } : undefined,
  };
}
