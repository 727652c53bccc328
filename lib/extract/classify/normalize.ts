/**
 * Letters that Unicode does not decompose into a base letter and a mark, so NFKD leaves them whole: Polish "ł",
 * Danish and Norwegian "ø" and "æ", French "œ", Icelandic "ð" and "þ", Croatian "đ", Turkish dotless "ı". Folded
 * the way each is usually written without accents ("Łódź" -> "lodz", "rådgivning" -> "radgivning" by NFKD,
 * "økonomi" -> "okonomi", "Læge" -> "laege", "œuvre" -> "oeuvre"), so word lists are written in plain ASCII.
 */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ß: 'ss',
};
const UNDECOMPOSED_RE = /[łøæœđðþıß]/g;

/** Letters NFKD keeps whole, in lower case text, as ASCII ("møbel" -> "mobel"): for text already decomposed. */
export function foldWholeLetters(lower: string): string {
  return lower.replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c] ?? c);
}

/** Lower case with accents folded ("Gefährdung" -> "gefahrdung", "Łódź" -> "lodz"), punctuation kept. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c] ?? c);
}

/**
 * Greek, Hebrew, Arabic or Cyrillic letters: the scripts ./terms-el-he.ts, ./keywords-el-he.ts, ./terms-ar-ru.ts and
 * ./keywords-ar-ru.ts read.
 */
export const OWN_SCRIPTS = /[\p{Script=Greek}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Cyrillic}]/u;

/**
 * Text as the Greek, Hebrew, Arabic and Russian word lists read it: lower case, accents, Hebrew points and Arabic
 * vowel marks dropped ("Μεταποίηση" -> "μεταποιηση", "ϊ" -> "ι", "تأمين" -> "تامين", "й" -> "и"), final sigma as σ,
 * Arabic "ى" as "ي" and no tatweel, anything but letters and digits one space (נדל"ן -> "נדל ן").
 */
export function foldScript(text: string): string {
  return foldAccents(text)
    .replace(/ς/g, 'σ')
    .replace(/ى/g, 'ي')
    .replace(/\u0640/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A Greek, Hebrew, Arabic or Russian word list (stems, alternated) as a pattern: each stem from a word's start, after
 * Hebrew's one-letter prefixes (ו "and", ה "the", ב "in", ל "to", מ "from", ש "that", כ "as"), at most two of them,
 * or Arabic's (و "and", ف "so", ب "in", ل "to", ك "as", at most two: "لل" is "to the") and its article ال.
 */
export function scriptPattern(stems: string): RegExp {
  return new RegExp(`(?<!\\p{L})(?:[והבלמשכ]{0,2}|[وفبلك]{0,2}(?:ال)?)(?:${stems})`, 'gu');
}

// "SpA", the Chilean and Italian joint-stock company ("Montajes Andinos SpA"), written in this one case: a legal form,
// and no spa; lower case it would read as one.
const SPA_FORM = /(?<![\p{L}])SpA(?![\p{L}])/gu;

/** Lower case ASCII letters and digits, accents folded ("Gefährdung" -> "gefahrdung"), one space between words. */
export function normalizeText(text: string): string {
  return foldAccents(text.replace(SPA_FORM, ' '))
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

// "for the food industry", "for oil & gas", "für Lebensmittel-, Pharma- und Papierindustrie", "til fødevareindustri"
// (Danish, Norwegian; Swedish "till"), "pre automobilový a potravinársky
// priemysel", "za prehrambeno industrijo", "para o comércio local", "helps cities and ports", "para el retail": a
// preposition or verb of purpose and, within a few words, a word for customers, their trade (an industry's own name
// too) or the institutions served (hospitals, cities, banks). What follows names the market a company sells to, not
// its own trade. Read on normalized text (lower case, no accents). Aerospace and defence are the markets of the
// machine shops that supply them ("usinage pour l'aéronautique et la défense"), not a ministry's trade.
// Mining is the market of the mills, workshops and contractors that supply mines ("grinding balls for mining", "para
// la minería"): a mine's own words name no market.
const NOUNS = String.raw`[a-z]*(?:industr[a-z]*|oil (?:& |and )?gas|priemysel|priemysl[a-z]*|prumysl[a-z]*|przemysl[a-z]*|branche[a-z]*|sector[a-z]*|sektor[a-z]*|compan(?:y|ies)|businesses|brands|retailers|merchants|firms|clients|customers|kunden|unternehmen|betriebe|handel|comercios?|commerces?|commercants|empresas|entreprises|aziende|bedrijven|negocios|lojistas|cities|municipalities|governments|hospitals|clinics|practices|banks|insurers|schools|universities|ports|farms|farmers|restaurants|hotels|manufacturers|factories|plants|producers|processors|bottlers|growers|mills|carriers|fleets|airlines|publishers|agencies|krankenhauser|kliniken|stadte|gemeinden|kommunen|hopitaux|cliniques|villes|communes|hospitales|ayuntamientos|municipios|ospedali|comuni|ziekenhuizen|gemeenten|utilities|utility companies|operators|shipowners|ship owners|retail|healthcare|health care|aeronauti[a-z]*|aerospace|aerospatial[a-z]*|aeroespacial|defen[cs]e|difesa|defensa|automocion|automobile|automobilistico|automovel|logistics|hospitality|banking|insurance|e ?commerce|agriculture|agribusiness|construction|real estate|education|manufacturing|automotive|fintech|gastronomie|gastronomia|hosteleria|salud|sanidad|saude|sante|logistica|logistik|einzelhandel|varejo|law firms|lawyers|attorneys|kanzleien|anwalte|rechtsanwalte|cabinets|avocats|despachos|abogados|escritorios|advogados|advocacia|studi legali|avvocati|advocatenkantoren|dentists|dental practices|zahnarzte|zahnarztpraxen|dentistes|dentistas|veterinarians|tierarzte|accountants|steuerberater|comptables|contadores|contabilistas|property managers|installers|handwerksbetriebe|artisans|contractors|pharmacies|apotheken|farmacias|gyms|salons|mining|mineria|mineracao|mineras|mineradoras)`;
// The customers' examples that follow ("for customers such as transit operators, insurers and retail chains", "für
// Kunden wie Verkehrsbetriebe, Versicherungen und Handelsketten"): a list closed by a conjunction, or one word.
const SUCH_AS = String.raw`(?:such as|like|including|wie|etwa|darunter|comme|notamment|como|incluyendo|come|tra cui|zoals|waaronder|jak|kao)`;
const EXAMPLES = String.raw`(?: ${SUCH_AS}(?: [a-z]+){1,4}? (?:and|und|et|y|e|en|or|oder|ou|o|i|a) [a-z]+| ${SUCH_AS} [a-z]+)`;
// The customers' own trade after them: "escritorios de advocacia", "cabinets d avocats", "practices of dentists".
const COMPLEMENT = String.raw`(?: (?:de|d|do|da|dos|das|of|des|du|di|van) [a-z]+)?`;
// "used by more than 1,200 utilities", "trusted by manufacturers and utilities", "utilisé par 300 mairies", "genutzt
// von Stadtwerken": the customers who chose the product, named after the verb as after "for".
const CHOSEN_BY = `(?:used|trusted|relied on|chosen|loved) by|utilise(?:e|s|es)? par|(?:utilizad|usad)[oa]s? por|genutzt von|eingesetzt (?:bei|von)|gebruikt door`;
const MARKET = new RegExp(
  String.raw`\b(?:for|fur|pour|para|per|voor|dla|pre|pro|za|til|till|helps?|helping|hilft|aide|ayuda|ajuda|aiuta|${CHOSEN_BY})\b(?: [a-z0-9&]+){0,5}? ${NOUNS}${COMPLEMENT}(?: (?:and|or|und|oder|et|ou|y|o|e|en|of|og|och) (?:[a-z]+ ){0,2}?${NOUNS}${COMPLEMENT})*${EXAMPLES}?\b`,
  'g',
);

// "runs in 36 municipalities", "used by 200 hospitals", "trusted by 1 500 banks", "protecting 70+ plants", "über 4.000
// Kunden und mehr als 600 Steuerkanzleien": customers counted are a market too.
const COUNTED_MARKET = new RegExp(
  String.raw`\b(?:in|across|at|by|with|to|protects?|protecting|serves|serving|powers|powering|over|more than|uber|mehr als|plus de|mas de|meer dan)(?: over| more than)? \d[\d ]*(?: [a-z]+)? ${NOUNS}\b`,
  'g',
);

// "the procurement platform mid-market manufacturers use", "the app 2,000 hospitals rely on": customers who use the
// product are its market, named before the verb as much as after a preposition.
// "next to the plants we serve", "the hospitals we work with": the customers the company names as its own.
// "Plant MES", "factory software", "shop floor analytics": software for a plant, as "Hotelsoftware" is for a hotel.
const USING_MARKET = new RegExp(
  String.raw`\b${NOUNS} (?:use|rely on|trust|choose|we (?:serve|support|work with))\b|\b(?:plant|factory|shop floor)(?= (?:mes|software|analytics)\b)`,
  'g',
);

// Japanese "大学・研究機関向けに" (for universities and research institutes), Chinese "面向高校和医院" (serving schools and
// hospitals), "为医院提供" (provides hospitals with): the customers named before or after the marker, up to a
// punctuation mark or a particle that closes the phrase.
// Japanese "お客様は産業用ロボット・射出成形機メーカーが中心" (our customers are mostly robot makers), "お客様工場" (the
// customers' plants): who the customers are, not the company's own trade.
const CJK_MARKET =
  /(?:お客様|取引先)[はのが]?[^\s、。，,.!?：:（）()「」『』【】]{1,40}|[^\s、。，,.!?：:（）()「」『』【】は]{1,30}向け[にのて]?|面向[^\s、。，,.!?：:（）()]{1,20}|为[^\s、。，,.!?：:（）()]{1,20}?提供|為[^\s、。，,.!?：:（）()]{1,20}?提供/gu;

// Japanese "水産物・冷凍食品の保管と配送" (the storage and delivery of seafood and frozen food): the goods before "の" and
// a word of storage or carriage are the cargo a warehouse or haulier handles, not what it makes or sells.
// The goods are a noun list: no particle within, so "食品の製造と食品の配送" keeps its making.
const CJK_CARGO =
  /[^\s、。，,.!?：:（）()「」『』【】はのとをがでに]{1,30}の(?=保管|配送|輸送|運送|物流|冷蔵|冷凍保管)/gu;

/** CJK text without the phrases that name a company's market ("大学・研究機関向けに販売する商社") or its cargo. */
export function withoutCjkMarkets(text: string): string {
  return text.replace(CJK_MARKET, ' ').replace(CJK_CARGO, ' ');
}

// "Kanzlei für Energierecht", "advocaat arbeidsrecht": a field of law names the clients' trade, and the firm that
// practises it is a law firm. German and Dutch only: the Nordic "rett", "rätt" end other words too ("kabarett",
// "huvudrätt").
const LEGAL_FIELD = /\b[a-z]{3,}recht[a-z]*/g;

// "hotel linen", "hospital textiles", "airline uniforms": the trade before the textiles names who buys them, as "for
// hotels" does; the weaver that makes them is no hotel.
const TRADE_TEXTILES =
  /\b(?:hotels?|hospitals?|hospitality|airlines?|restaurants?|spas?)(?= (?:linens?|textiles?|towels?|bedding|uniforms?)\b)/g;

// "a mining contractor", "contract mining", "contratista minera": work done at mines for their owners (shafts sunk,
// plant kept, rock hauled), a contractor's trade and no mine's. Only the mining word goes: the contractor stays one.
// "Mining services" stays: as often a mine operator's own drilling and blasting arm.
const MINING_SUPPORT =
  /\bmining(?= contract(?:ors?|ing)\b)|(?<=\bcontract )mining\b|(?<=\bcontratistas? )miner[oa]s?\b/g;

// "threats in industrial networks", "2,000 industrial protocols", "industrial control systems": the plants' machines
// and networks, as an OT or automation software page names them; a maker's goods are "industrial valves", not these.
const INDUSTRIAL_TECH =
  /\bindustrial(?= (?:networks?|networking|protocols?|control systems?|cyber ?security|iot|internet of things)\b)/g;
// "your plant floor", "Ihre Produktion", "votre usine": the reader's own site, as a page that sells to it addresses
// it; no company calls its own plant "your".
const YOUR_SITE =
  /\b(?:your|ihre?[mnrs]?|votre|vos|tu|tus|su|sus|uw|din|ditt|dina)(?: [a-z]+)? (?:plants?|plant floor|shop floor|factor(?:y|ies)|production(?: lines?)?|produktion\w*|fabrik\w*|usines?|fabrica|planta|fleet|flotte|flota)\b/g;

// "founded by two accountants", "von zwei Steuerberatern und einem Entwickler gegründet", "fondée par deux
// ingénieurs", "fundada por dos médicos": the founders' own trade, not the company's.
const FOUNDED_BY = new RegExp(
  [
    String.raw`\b(?:founded|started|set up|launched) by (?:two|three|four|five|several|a group of|a team of|former|ex)(?: [a-z]+){0,4}? [a-z]+s\b`,
    String.raw`\bvon (?:zwei|drei|vier|funf|mehreren|ehemaligen)(?: [a-z]+){1,6}? gegrundet\b`,
    String.raw`\bfonde(?:e|s|es)? par (?:deux|trois|quatre|cinq|d anciens|des)(?: [a-z]+){0,3}? [a-z]+s\b`,
    String.raw`\bfundad[oa]s? por (?:dos|tres|cuatro|cinco|ex)(?: [a-z]+){0,3}? [a-z]+s\b`,
  ].join('|'),
  'g',
);

// "recruits for manufacturing, engineering, logistics and finance employers", "rekrutiert für Industrie- und
// Handelsunternehmen", "recrute pour des PME industrielles": a recruiter's clients' trades, listed without the joins
// MARKET reads (the commas are gone in normalized text), up to the word for its clients.
const RECRUITS_FOR =
  /\b(?:recruits?|recruiting|rekrutier\w*|recrute\w*|recluta\w*) (?:for|fur|pour|para)(?: [a-z&]+){0,8}? (?:employers|clients|companies|businesses|arbeitgeber|unternehmen|kunden|employeurs|entreprises|pme|empleadores|empresas)\b/g;

/** Normalized text without the phrases that name a company's market ("software for construction firms"). */
export function withoutMarkets(normalized: string): string {
  return normalized
    .replace(RECRUITS_FOR, ' ')
    .replace(MARKET, ' ')
    .replace(TRADE_TEXTILES, ' ')
    .replace(MINING_SUPPORT, ' ')
    .replace(COUNTED_MARKET, ' ')
    .replace(USING_MARKET, ' ')
    .replace(LEGAL_FIELD, ' ')
    .replace(FOUNDED_BY, ' ')
    .replace(INDUSTRIAL_TECH, ' ')
    .replace(YOUR_SITE, ' ');
}
