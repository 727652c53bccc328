// Credit lines name the web agency, designer, photographer or host that made the site, never the company itself:
// "Webdesign: Pixelalm Werbeagentur GmbH", "Konzept & Umsetzung: Studio X", "Realisation: ...", "Site réalisé par
// Atelier Y", "Sito realizzato da ...", "Diseño web: ...", "Projekt i wykonanie: ...", "Website by ...". The label, its
// "by"/":" and the rest of its line are left out of what the keyword and legal-name rules read.
const LABEL = String.raw`web\s?design|webdesign|website|webseite|site(?:\s+(?:web|internet))?|sito(?:\s+web)?|design|konzept(?:ion)?|umsetzung|realisation|realisierung|r[ée]alisation|conception|gestaltung|programmierung|entwicklung|development|hosting|h[ée]bergement|dise[ñn]o(?:\s+web)?|desarrollo(?:\s+web)?|realizzazione|projekt|ontwerp|webontwerp|bildnachweis(?:e)?|fotos?|photos?|photo\s+credits?|cr[ée]dits?\s+photos?`;
const JOIN = String.raw`(?:\s*(?:&|\+|und|et|and|y|e|i|en)\s*(?:${LABEL}|wykonanie|realisatie))?`;
const LEAD = String.raw`(?:\s*:|\s+(?:by|par|von|durch|por|door|da)\b|\s+r[ée]alis[ée]e?\s+par|\s+realizzat[oa]\s+da|\s+realizado\s+por|\s+made\s+by|\s+designed\s+by|\s+built\s+by)`;
const CREDIT = new RegExp(String.raw`(?<![\p{L}])(?:${LABEL})${JOIN}${LEAD}[^\n]*`, 'giu');

/** `text` without its credit lines (see above); the rest of each line before the label stays. */
export function withoutCredits(text: string): string {
  return text.replace(CREDIT, ' ');
}

// Consumer dispute-resolution notices every EU imprint carries ("Verbraucherstreitbeilegung", "Online dispute
// resolution", "médiation de la consommation"): law's words for consumers, not the company's trade.
const DISPUTE_NOTICE =
  /streitbeilegung|schlichtungsstelle|online dispute resolution|odr platform|m[ée]diat(?:ion|eur) de la consommation|resoluci[óo]n (?:de litigios|alternativa)|risoluzione (?:delle controversie|alternativa)|geschillencommissie/giu;

// A legal notice's own headings and lines on who publishes the site and owns its content ("Directeur de la
// publication", "Éditeur du site", "Verantwortlich für den Inhalt", "Haftung für Inhalte", "Propiedad intelectual"):
// every site's publishing law, not a publisher's trade.
const PUBLISHING_NOTICE =
  /directeur de (?:la )?publication|directrice de (?:la )?publication|responsable de (?:la )?publication|[ée]diteur du site|[ée]dition du site|propri[ée]t[ée] intellectuelle|verantwortlich f(?:ü|ue)r den inhalt|inhaltlich verantwortlich|redaktionell verantwortlich|v\.\s?i\.\s?s\.\s?d\.\s?p|haftung f(?:ü|ue)r (?:inhalte|links)|urheberrecht|responsable editorial|propiedad intelectual|propriet(?:à|a) intellettuale|direttore responsabile|intellectual property|copyright notice/giu;

/**
 * `text` without the lines `pattern` finds a match in. Found by the match, then cut at the line's ends: a pattern
 * anchored on whole lines (`^[^\n]*word[^\n]*$`) retries every position of a long line, quadratic on a page of one
 * enormous line.
 */
function withoutLines(text: string, pattern: RegExp): string {
  let out = '';
  let from = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const end = text.indexOf('\n', m.index);
    if (start >= from) out += `${text.slice(from, start)} `;
    from = end < 0 ? text.length : end;
    pattern.lastIndex = from;
  }
  return out + text.slice(from);
}

/** `text` without its credit lines, consumer dispute-resolution and publishing notices: what the trade's keywords read. */
export function withoutBoilerplate(text: string): string {
  return withoutLines(withoutLines(withoutCredits(text), DISPUTE_NOTICE), PUBLISHING_NOTICE);
}
