/**
 * Where a page lists the company's own people: section headings and page addresses, in English, German, French,
 * Spanish, Italian, Portuguese, Dutch, the Nordic languages, Polish, Czech, Turkish and Romanian, and (on the text as
 * written, see SCRIPT_TEAM) Russian, Greek, Arabic, Hebrew, Persian, Hindi, Japanese, Chinese and Korean. Shared by the content script (which reads cards only under such a heading or on such a page) and the
 * background (which checks the context again: the page's words are hostile input, even when relayed by our script).
 * Matched on folded text (lower case, accents stripped): "Geschäftsführung" is "geschaftsfuhrung", "Équipe" "equipe".
 */
const TEAM_HEADING = new RegExp(
  [
    // English: a bare "management" or "people" heads product copy too ("Project management made easy").
    '\\b(?:our|the|meet (?:the|our)|core|leadership|management|executive|founding|senior) (?:team|people)\\b',
    '^(?:the )?team$',
    '\\bleadership\\b',
    '\\b(?:management|executive) (?:board|committee)\\b',
    '\\bour (?:founders|leaders|management|executives)\\b',
    '^(?:founders|executives|management|people)$',
    '\\bwho we are\\b',
    // German
    '\\b(?:unser|das) team\\b',
    '\\bgeschaftsfuhrung\\b',
    '\\bgeschaftsleitung\\b',
    '\\bfuhrungsteam\\b',
    '^vorstand\\b',
    '\\bunser vorstand\\b',
    '\\bansprechpartner(?:in|innen)?\\b',
    '\\bdie kopfe\\b',
    '\\b(?:grunder|grunderteam)\\b',
    // French
    "\\b(?:notre |l |l' )?equipe\\b",
    '\\b(?:comite de )?direction\\b',
    '\\bdirigeants\\b',
    '\\bfondateurs\\b',
    '\\bassocies\\b',
    '\\bqui sommes nous\\b',
    // Spanish, Catalan, Italian and Portuguese ("Quiénes somos", "L'equip", "Il nostro team", "Chi siamo", "A
    // nossa equipa", "Diretoria")
    '\\b(?:nuestro )?equipo\\b',
    '\\bequipo directivo\\b',
    '\\bfundadores\\b',
    '\\b(?:quienes|quem|chi) somos\\b',
    '\\bchi siamo\\b',
    "^(?:l'|l )?equip$",
    '\\b(?:il|il nostro|nosso|o nosso|o|a nossa|nossa) team\\b',
    '^(?:la )?(?:nostra )?squadra$',
    '\\b(?:a )?(?:nossa )?equipa\\b',
    '^(?:(?:la )?direzione|(?:la )?direccion|(?:a )?direcao|(?:a )?diretoria|liderazgo|lideranca|i soci|soci|socios)$',
    // Dutch, the Nordic languages ("Ons team", "Wie zijn wij", "Vårt team", "Ledelse", "Johtoryhmä")
    '\\b(?:ons|het|vart|vort|vores|meidan) team\\b',
    '\\bwie zijn wij\\b',
    '^(?:directie|medewerkers|ledelse|ledelsen|ledergruppe|ledningsgrupp|ledningen|medarbejdere|medarbetare|ansatte|tiimi|johtoryhma|henkilosto)$',
    // Polish, Czech, Turkish and Romanian ("Nasz zespół", "Zarząd", "Náš tým", "Ekibimiz", "Yönetim", "Echipa")
    '^(?:nasz )?zespo$',
    '^zarzad$',
    '^(?:nas )?tym$',
    '^(?:vedeni|ekibimiz|ekip|yonetim|yonetim ekibi|yonetim kurulu|echipa|echipa noastra|conducere|csapatunk|vezetoseg)$',
  ].join('|'),
);

/**
 * The same, in scripts the folding leaves out, on the text as written (lower case): Russian, Ukrainian, Bulgarian and
 * Serbian, Greek, Arabic, Hebrew, Persian, Hindi, Japanese, Chinese and Korean ("Наша команда", "Η ομάδα μας", "فريق
 * العمل", "הצוות שלנו", "हमारी टीम", "役員紹介", "管理团队", "경영진").
 */
const SCRIPT_TEAM =
  /^(?:наша команда|команда|руководство|керівництво|ръководство|екип|тим$|η ομάδα|ομάδα|διοίκηση)|(?:^|\s)(?:فريق|فريقنا|الإدارة التنفيذية|مجلس الإدارة|القيادة|تیم|مدیران|הצוות|צוות|הנהלה|ההנהלה|टीम|नेतृत्व|प्रबंधन)(?:\s|$)|役員|経営陣|メンバー紹介|チーム紹介|团队|團隊|领导|領導|경영진|임원|팀 소개|구성원/u;

/**
 * Sections that name people who are not the company's team: customers quoted, partners, investors, advisory and
 * supervisory boards, authors and speakers. Checked before TEAM_HEADING: "What our customers' teams say" is a quote.
 */
const NOT_TEAM_HEADING =
  /\b(?:testimonials?|(?:customers?|clients?)(?! success| service| support| care| experience| team)|what .{0,30}say|reviews?|case stud|partners?|investors?|backed by|advis(?:ors|ers|ory)|board of directors|supervisory|blog|news|press|articles?|stories|events?|speakers?|webinars?|kunden|kundenstimmen|referenzen|investoren|beirat|aufsichtsrat|temoignages?|avis|partenaires|investisseurs|conseil d administration|presse|actualites|evenements|testimonios|inversores|clienti|clientes|klanten|kunder|klienci|musteri\w*|testimonianze|depoimentos|referenze|referencias|parceiros|aliados|investidores|investitori|notizie|noticias|nieuws|nyheter|confiance|trust(?:ed)? (?:us|by)|vertrauen)\b/;

// Page addresses of team pages, a whole path segment: /team, /about/leadership, /ueber-uns/team, /l-equipe. A segment
// that only contains the word (/asset-management) is a product page.
const TEAM_PATH =
  /\/(?:our-|the-|meet-the-|meet-our-|unser-|das-|notre-|l-|nuestro-|il-|nossa-|a-nossa-|ons-|het-|vart-|nasz-)?(?:team|teams|leadership|leadership-team|management-team|executive-team|founders|executives|management|people|geschaeftsfuehrung|geschaeftsleitung|vorstand|ansprechpartner|equipe|direction|dirigeants|equipo|equipa|equip|squadra|diretoria|medewerkers|directie|ledelse|tiimi|zespol|zarzad|tym|ekibimiz|ekip|yonetim|echipa)(?:\/|\.html?|$)/i;

// Plain ASCII has nothing to decompose, no marks and no ß: only the case and punctuation steps change it. Nor do the
// Latin-1 and general punctuation a heading is typeset with (no-break spaces, curly quotes, dashes, "…"): each folds
// to neither a letter, a digit, an apostrophe nor nothing, so it ends up a space either way, and the costly Unicode
// steps are skipped (most headings of an English page). Left out: ª ² ³ ¹ º ¼ ½ ¾, which fold to letters or digits.
const PLAIN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included.
  /^[\u0000-\u007f\u00a0-\u00a9\u00ab-\u00b1\u00b4-\u00b8\u00bb\u00bf\u2000-\u206f]*$/;

/** Lower case, accents and punctuation folded to spaces: the form every rule here reads. */
export function fold(text: string): string {
  if (PLAIN.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9']+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

/** A heading under which the company lists its own people ("Our team", "Geschäftsführung", "L'équipe"). */
export function isTeamHeading(text: string): boolean {
  const t = fold(text.slice(0, 200));
  // The team test first: most headings fail it, and the exclusions are the longer pattern.
  if (t.length > 0 && TEAM_HEADING.test(t)) return !NOT_TEAM_HEADING.test(t);
  // Only Latin, when folding kept all the letters; else the heading as written.
  return t.length < text.length / 2 && text.length <= 60 && SCRIPT_TEAM.test(text.toLowerCase());
}

/** A heading of a section whose people are not the team (customers quoted, investors, blog authors). */
export function isNotTeamHeading(text: string): boolean {
  return NOT_TEAM_HEADING.test(fold(text.slice(0, 200)));
}

/** A page whose address says it lists the team. */
export function isTeamPath(url: string): boolean {
  try {
    return TEAM_PATH.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
