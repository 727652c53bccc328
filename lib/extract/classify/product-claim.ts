import { normalizeText, withoutMarkets } from './normalize';

// What a software maker says it builds, in the languages the classifiers read: "platform", "Plattform", "logiciel",
// "plataforma", "programvara", "ohjelmisto", "tarkvara", "platvorm", "programmatūra", "programinė įranga", an app, an
// API, a cloud solution ("Cloud-Lösung").
const FORMS = [
  'platforms?|software|saas|apps?|apis?|cloud (?:solution|losung|service)s?|softwarelosung\\w*|plattform\\w*',
  'plateformes?|logiciels?|plataformas?|aplicaci\\w+|applicazion\\w+|programvara|mjukvara|ohjelmisto\\w*|alusta\\w*',
  'tarkvara\\w*|platvorm\\w*|programmatur\\w*|programine irang\\w*|platform\\w*',
  // Systems by what they manage, and portals: "records-management systems", "booking systems", "service portals".
  '(?:management|information|booking|planning|scheduling|dispatch) systems?|portals?',
].join('|');
// The company builds, makes or offers it: English, German, French, Spanish, Italian, Dutch, the Nordic languages,
// Finnish, Estonian, Latvian, Lithuanian, in the third person (its name as subject) and the first.
const VERBS = [
  'builds?|develops?|makes?|offers?|provides?|creates?',
  'entwickelt|entwickeln|baut|bauen|bietet|bieten|macht|machen|betreibt|betreiben',
  'developpe|developpons|edite|editons|propose|proposons|concoit|concevons',
  'desarrolla|desarrollamos|ofrece|ofrecemos|crea|creamos|sviluppa|sviluppiamo|offre|offriamo',
  'ontwikkelt|ontwikkelen|bouwt|bouwen|biedt|bieden',
  'utvecklar|bygger|erbjuder|udvikler|utvikler|tilbyder|tilbyr',
  'kehittaa|kehitamme|tarjoaa|tarjoamme|arendab|arendame|pakub|pakume|izstrada|izstradajam|piedava|piedavajam|kuria|kuriame|siulo|siulome',
].join('|');
// The sentence's subject is the company: its name or "we" in one or two words, not its customers or partners.
const SUBJECT_NOT_OURS =
  /^(?:our|unsere?|nos|nuestros|i nostri|onze|vara|vore|vores|meidan|our customers|customers|clients|kunden|partners?)\b/;
// Software written to a client's order is an IT provider's service (./industry.ts BUILT_FOR_CLIENTS), not a product.
const TO_ORDER =
  /\b(?:for (?:our )?(?:clients|customers)|custom|bespoke|tailor made|individuelle?|massgeschneidert\w*|sur mesure|a medida|su misura|op maat|pa matt|skraddarsydd\w*|raatalo\w*)\b/;
// An IT provider offers software among its services (installs, integrates, supports it): no product of its own.
const SERVICES =
  /\b(?:it services?|it dienstleist\w*|managed|consulting|beratung|implementation|implementierung|integrat\w*|resell\w*|partners?|support|wartung|services informatiques|servicios de ti)\b/;
const CLAIM = new RegExp(`^((?:[a-z0-9]+ ){1,2})(?:${VERBS}) (?:[a-z0-9&]+ ){0,10}?(?:${FORMS})\\b`);
// "learn to build apps", "you will build an API", "how to make an app": the reader's making, taught or invited, and
// no company's product.
const NOT_A_SUBJECT = /\b(?:to|zu|will|can|could|you|youll|i|lets|how|learn|om|att|pour|para|per|te)\b/;
// A sentence as a claim reads it: up to its full stop, and no longer than a sentence is.
// "Our software is used by 40 councils", "Unsere Plattform", "Notre logiciel": the product named as the company's own.
const OUR_PRODUCT = new RegExp(
  `^(?:our|unsere?|notre|nos|nuestr[oa]s?|vores|var|vart|meidan|onze|il nostro|la nostra) (?:${FORMS})\\b`,
);
// A platform, a portal or a system can be steel: "aluminium access platforms", "mobile elevating work platforms",
// "offshore platforms", "Hubarbeitsbühnen und Plattformen", "platform trucks", "rated for 500 kg". Such a sentence is a
// maker's of things, no software claim.
const PHYSICAL = new RegExp(
  [
    // The thing's kind right before the word: "access platforms", "offshore platforms", "gantry portals".
    '\\b(?:access|work|working|aerial|offshore|drilling|oil|lifting|loading|hydraulic|scissor|elevating|railway|steel|aluminium|aluminum|timber|mezzanine|observation|viewing|floating|gantry|portal) (?:platforms?|plattform\\w*|plateformes?|plataformas?|portals?)\\b',
    // What a platform carries: "platform trucks", "platform ladders".
    '\\b(?:platforms?|plattform\\w*) (?:trucks?|ladders?|lifts?|scales?|stairs?|trailers?)\\b',
    // Lifting platforms by their own names in German, French and Spanish.
    '\\b(?:hubarbeitsb\\w*|arbeitsbuhne\\w*|hebebuhne\\w*|nacelles? elevatrices?|plataformas? elevadoras?)\\b',
    // A load or a height: "rated for 500 kg", "working height 18 metres".
    '\\b\\d+ ?(?:kg|tonnes?|tons?|mm|metres?|meters?)\\b',
  ].join('|'),
);
const SENTENCE_END = /[.!?\n]+/;
const MAX_SENTENCE = 300;
const MAX_SENTENCES = 80;

/**
 * The page says, in a sentence of its own, that the company builds or offers software ("Fieldgrid builds the
 * field-service management platform used by 1,200 utilities", "Kontorfluss macht Buchhaltung einfach … in einer
 * Cloud-Lösung", "Vi utvecklar en plattform för rederier"): its product's form, said of itself, which its customers'
 * trade words on the same page do not make theirs. Software made to order (TO_ORDER) or offered among an IT
 * provider's services (SERVICES) is not one.
 */
export function claimsSoftwareProduct(text: string): boolean {
  const sentences = text.split(SENTENCE_END).slice(0, MAX_SENTENCES);
  return sentences.some((sentence) => {
    const t = withoutMarkets(normalizeText(sentence.slice(0, MAX_SENTENCE))).replace(/\s+/g, ' ');
    if (PHYSICAL.test(t)) return false;
    if (OUR_PRODUCT.test(t)) return true;
    const subject = CLAIM.exec(t)?.[1];
    return (
      !!subject && !NOT_A_SUBJECT.test(subject) && !SUBJECT_NOT_OURS.test(t) && !TO_ORDER.test(t) && !SERVICES.test(t)
    );
  });
}
