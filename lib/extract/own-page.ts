/**
 * Whether a page speaks for the company as a whole: its home page or its about page. Only there is the meta or
 * OpenGraph description the company's own description; on a blog post, doc page or product page it is that page's
 * teaser, and keyword criteria read on a teaser judged the company by one article (DESIGN.md "ICP and scoring").
 * Read from the URL's structure, not from any site's layout: a root or a language root (`/`, `/index.html`, `/en/`,
 * `/de-de`), or a path whose first or last part names the company in one of the languages the text layers know.
 */
const LANGUAGE_ROOT = /^[a-z]{2}(?:[-_][a-z]{2})?$/;
const INDEX_FILE = /^(?:index|home|default)\.(?:html?|php|aspx?)$/;
const ABOUT_PART = new RegExp(
  `^(?:${[
    'about',
    'about-us',
    'aboutus',
    'about-.+',
    'company',
    'who-we-are',
    'our-story',
    'our-company',
    'ueber-uns',
    'uber-uns',
    'über-uns',
    'unternehmen',
    'wir',
    'a-propos',
    'qui-sommes-nous',
    'societe',
    'entreprise',
    'nosotros',
    'quienes-somos',
    'sobre-nosotros',
    'empresa',
    'chi-siamo',
    'azienda',
    'over-ons',
    'over',
    'wie-zijn-wij',
    'wie-we-zijn',
    'sobre',
    'sobre-nos',
    'sobre-nós',
    'quem-somos',
    'a-empresa',
    'la-empresa',
    'nuestra-empresa',
    'nuestra-historia',
    'notre-histoire',
    'notre-entreprise',
    'notre-societe',
    'notre-société',
    'qui-nous-sommes',
    'la-nostra-storia',
    'lazienda',
    "l'azienda",
    'unsere-geschichte',
    'das-unternehmen',
    // Polish, Czech, Swedish, Danish, Norwegian, Finnish
    'o-firmie',
    'o-nas',
    'o-spolecnosti',
    'o-společnosti',
    'o-firme',
    'o-firmě',
    'om',
    'om-oss',
    'om-os',
    'om-virksomheden',
    'om-foretaget',
    'om-företaget',
    'om-bolaget',
    'om-selskapet',
    'om-selskabet',
    'om-firmaet',
    'om-bedriften',
    'foretaget',
    'företaget',
    // Hungarian, Romanian, Turkish, Greek (transliterated), Estonian, Latvian, Lithuanian
    'rolunk',
    'rólunk',
    'cegunkrol',
    'cégünkről',
    'despre-noi',
    'despre',
    'hakkimizda',
    'hakkımızda',
    'kurumsal',
    'etaireia',
    'i-etaireia',
    'meist',
    'ettevottest',
    'par-mums',
    'apie-mus',
    'tietoa-meista',
    'tietoa-meistä',
    'meista',
    'meistä',
    'yritys',
    // Slovenian, Croatian, Slovak
    'o-podjetju',
    'o-nama',
    'o-spolocnosti',
    'o-spoločnosti',
    // Albanian
    'rreth-nesh',
    // Russian and Ukrainian (transliterated and in Cyrillic), Uzbek, Romanian "our history"
    'o-kompanii',
    'pro-nas',
    'pro-kompaniiu',
    'pro-kompaniyu',
    'о-компании',
    'о-нас',
    'про-нас',
    'про-компанію',
    'biz-haqimizda',
    'kompaniya-haqida',
    'istoria-noastra',
  ].join('|')})(?:\\.(?:html?|php|aspx?))?$`,
);

export function isCompanyOwnPage(url: string): boolean {
  let parts: string[];
  try {
    parts = new URL(url).pathname
      .split('/')
      .filter(Boolean)
      .map((p) => decodeURIComponent(p).toLowerCase());
  } catch {
    return false;
  }
  const last = parts.at(-1);
  if (last && INDEX_FILE.test(last)) parts.pop();
  if (parts.length === 0) return true;
  if (parts.length === 1 && LANGUAGE_ROOT.test(parts[0] as string)) return true;
  const first = LANGUAGE_ROOT.test(parts[0] as string) ? parts[1] : parts[0];
  return ABOUT_PART.test(first ?? '') || ABOUT_PART.test(parts.at(-1) ?? '');
}

/** The path's last part names the site's own company page ("about", "ueber-uns", "qui-sommes-nous"). */
export function isAboutPart(part: string | undefined): boolean {
  return !!part && ABOUT_PART.test(part.toLowerCase());
}

// Pages of a company's own that are never a story, whatever structured data the CMS gives every page (Joomla and some
// WordPress themes mark each page an Article): contact, legal notice, team, careers and pricing pages.
const SERVICE_PART =
  /^(?:contact|contact-us|kontakt|kontakty|kapcsolat|contacto|contactenos|contatti|contato|contatos|contacteer|contacteznous|nous-contacter|iletisim|iletişim|epikoinonia|impressum|imprint|legal|legal-notice|mentions-legales|aviso-legal|note-legali|colofon|impresszum|team|our-team|equipe|equipo|careers|jobs|karriere|carrieres|empleo|lavora-con-noi|pricing|preise|tarifs|precios|prezzi|precos)(?:\.(?:html?|php|aspx?))?$/;

/** The page is one of the company's own service pages (contact, imprint, team, careers, pricing): never a story. */
export function isServicePage(url: string): boolean {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).at(-1);
    return !!last && SERVICE_PART.test(decodeURIComponent(last).toLowerCase());
  } catch {
    return false;
  }
}
