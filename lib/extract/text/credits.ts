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
  /^[^\n]*(?:streitbeilegung|schlichtungsstelle|online dispute resolution|odr platform|m[ée]diat(?:ion|eur) de la consommation|resoluci[óo]n (?:de litigios|alternativa)|risoluzione (?:delle controversie|alternativa)|geschillencommissie)[^\n]*$/gimu;

/** `text` without its credit lines and consumer dispute-resolution notices: what the trade's keywords read. */
export function withoutBoilerplate(text: string): string {
  return withoutCredits(text).replace(DISPUTE_NOTICE, ' ');
}
