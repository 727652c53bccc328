/**
 * The kinds of page research reads, and how a link says it is one: the words of its label in the navigation or
 * footer, and the segments of its path, in the languages the text layers know (English, German, French, Spanish,
 * Dutch, Italian, and the Nordic languages' common words). Most specific first: a link that reads "Impressum" is an
 * imprint even though "Kontakt" pages hold addresses too.
 */
export const PAGE_KINDS = ['home', 'imprint', 'contact', 'about', 'careers', 'pricing'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** What each kind is read for, in words for the panel. */
export const KIND_WORDS: Record<PageKind, string> = {
  home: 'home page',
  imprint: 'imprint',
  contact: 'contact page',
  about: 'about page',
  careers: 'careers page',
  pricing: 'pricing page',
};

interface KindRule {
  /** A navigation or footer label that is, as a whole, this kind of page. */
  label: RegExp;
  /** A path segment that names this kind of page. */
  segments: ReadonlySet<string>;
}

const words = (list: string) => new Set(list.split(' '));

const RULES: Record<Exclude<PageKind, 'home'>, KindRule> = {
  imprint: {
    label:
      /^(?:impressum|imprint|legal notice|legal information|legal|mentions l[ée]gales|informations l[ée]gales|aviso legal|nota legale|note legali|colofon|juridische informatie|site notice|company information|corporate information)$/i,
    segments: words(
      'impressum imprint legal-notice legal-information legal legal-info mentions-legales mentions-légales informations-legales aviso-legal nota-legale note-legali colofon site-notice company-information',
    ),
  },
  contact: {
    label:
      /^(?:contact|contact us|get in touch|kontakt|kontaktieren sie uns|nous contacter|contactez-nous|contacto|cont[áa]ctanos|contatti|contattaci|neem contact op|locations?|offices?|standorte?|anfahrt)$/i,
    segments: words(
      'contact contact-us contactus contacts get-in-touch kontakt kontaktieren nous-contacter contactez-nous contacto contactanos contatti contattaci locations offices standorte anfahrt',
    ),
  },
  about: {
    label:
      /^(?:about|about us|who we are|our story|our company|company|team|our team|the team|leadership|[üu]ber uns|unternehmen|wir|team|[àa] propos|qui sommes-nous|l'entreprise|notre [ée]quipe|sobre nosotros|nosotros|qui[ée]nes somos|empresa|equipo|chi siamo|azienda|over ons|om oss|om os)$/i,
    segments: words(
      'about about-us aboutus who-we-are our-story our-company company team our-team leadership ueber-uns uber-uns über-uns unternehmen wir a-propos à-propos qui-sommes-nous entreprise societe equipe nosotros sobre-nosotros quienes-somos empresa equipo chi-siamo azienda over-ons om-oss om-os',
    ),
  },
  careers: {
    label:
      /^(?:careers?|jobs?|we'?re hiring|join us|join the team|join our team|open positions|open roles|work with us|karriere|stellenangebote|jobs (?:&|und) karriere|offene stellen|carri[èe]res?|emplois?|recrutement|nous rejoindre|rejoignez-nous|empleo|trabaja con nosotros|[úu]nete|lavora con noi|vacatures|werken bij)$/i,
    segments: words(
      'careers career jobs job-openings openings open-positions join-us joinus work-with-us vacancies karriere stellenangebote stellen offene-stellen jobs-karriere emplois carrieres carrières recrutement nous-rejoindre rejoignez-nous empleo empleos trabaja-con-nosotros vacatures werken-bij lavora-con-noi',
    ),
  },
  pricing: {
    label:
      /^(?:pricing|prices|plans|plans (?:&|and) pricing|preise|tarife|preise (?:&|und) pakete|tarifs|prix|precios|planes|prezzi|prijzen|priser)$/i,
    segments: words(
      'pricing prices plans plans-pricing preise tarife tarifs prix precios planes prezzi prijzen priser',
    ),
  },
};

/**
 * Where a site usually keeps each kind of page when no link names it, by the page's language; English last. Only
 * one guess per kind is tried: a guess that misses costs the site a request and the company a page of its budget.
 */
const WELL_KNOWN: Partial<Record<PageKind, Record<string, string>>> = {
  imprint: { de: '/impressum', fr: '/mentions-legales', es: '/aviso-legal', it: '/note-legali', en: '/imprint' },
  contact: { de: '/kontakt', fr: '/contact', es: '/contacto', it: '/contatti', en: '/contact' },
  about: { de: '/ueber-uns', fr: '/a-propos', es: '/sobre-nosotros', it: '/chi-siamo', nl: '/over-ons', en: '/about' },
  careers: { de: '/karriere', fr: '/carrieres', es: '/empleo', nl: '/vacatures', en: '/careers' },
};

/**
 * The imprint is a legal duty in German-speaking countries, and rare elsewhere: it is guessed only there. A pricing
 * page is never guessed: sites that have one link it, and what it settles rarely weighs in a fit.
 */
const GUESSED_ONLY_IN: Partial<Record<PageKind, ReadonlySet<string>>> = { imprint: words('de') };

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Labels that name the company as well as the page ("About Acme", "Careers at Acme", "Acme jobs", "Join Acme"): a
 * brand of one to three words around a kind's word. Tried after the exact labels, so "About us" stays exact.
 */
const BRAND = "[\\p{L}\\p{N}&'’.-]+(?: [\\p{L}\\p{N}&'’.-]+){0,2}";
const BRANDED: Array<[PageKind, RegExp]> = [
  ['about', new RegExp(`^(?:about|[üu]ber|[àa] propos de|sobre|over|om) ${BRAND}$`, 'iu')],
  [
    'careers',
    new RegExp(
      `^(?:(?:careers?|jobs?|life|working|work|karriere|arbeiten|carri[èe]res?|emplois?|empleo|lavora) (?:at|@|bei|chez|en|in|con) ${BRAND}|join ${BRAND}|${BRAND} (?:careers|jobs|karriere))$`,
      'iu',
    ),
  ],
];

/** The kind a navigation or footer label names, if any ("Über uns" -> about). */
export function kindOfLabel(label: string): PageKind | undefined {
  const text = collapse(label).replace(/[\s.:!›»→>|/-]+$/u, '');
  if (!text || text.length > 40) return undefined;
  for (const [kind, rule] of Object.entries(RULES) as Array<[PageKind, KindRule]>)
    if (rule.label.test(text)) return kind;
  for (const [kind, rule] of BRANDED) if (rule.test(text)) return kind;
  return undefined;
}

/** The kind a path names by its last meaningful segment (a language root such as `/de/` is skipped). */
export function kindOfPath(url: URL): PageKind | undefined {
  const parts = url.pathname
    .toLowerCase()
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p).replace(/\.(?:html?|php|aspx?)$/, '');
      } catch {
        return p;
      }
    });
  if (parts.length === 0) return 'home';
  if (parts.length === 1 && /^(?:[a-z]{2}(?:[-_][a-z]{2})?|index|home)$/.test(parts[0] as string)) return 'home';
  // "/company/about", "/de/impressum", "/about/team": the last segment names the page ("/legal/terms" is no imprint,
  // "/careers/engineer-berlin" no careers page), at most three deep.
  if (parts.length > 3) return undefined;
  const last = parts.at(-1) as string;
  for (const [kind, rule] of Object.entries(RULES) as Array<[PageKind, KindRule]>)
    if (rule.segments.has(last)) return kind;
  return undefined;
}

/** The well-known path to guess for a kind on a site in `lang` (a BCP 47 tag), or undefined not to guess. */
export function wellKnownPath(kind: PageKind, lang: string | undefined): string | undefined {
  if (kind === 'home') return '/';
  const primary = (lang ?? '').slice(0, 2).toLowerCase();
  const only = GUESSED_ONLY_IN[kind];
  if (only && !only.has(primary)) return undefined;
  const paths = WELL_KNOWN[kind];
  return paths && (paths[primary] ?? paths.en);
}
