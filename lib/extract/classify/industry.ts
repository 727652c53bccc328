import type { IndustryGroup } from '../../signals/enums';
import { KEYWORDS } from './keywords';
import { TH_TERMS, THAI_SCRIPT, withoutThaiMarkets } from './keywords-th';
import {
  foldAccents,
  foldScript,
  normalizeText,
  OWN_SCRIPTS,
  scriptPattern,
  withoutCjkMarkets,
  withoutMarkets,
} from './normalize';
import { languageTerms, linkedinNames, TERMS } from './terms';
import { AR_RU_TERMS } from './terms-ar-ru';
import { CJK_NAMES, CJK_TERMS, TSE_SECTORS } from './terms-cjk';
import { EL_HE_TERMS } from './terms-el-he';

/**
 * Industry groups (taxonomy in ../shared/corpus/README.md) by the words of LinkedIn's and Wikipedia's industry
 * names and of company descriptions. Order matters for a stated industry, where the first rule that matches wins:
 * "IT Services and IT Consulting" is IT services before it is consulting, "Software Development" is software.
 */
const RULES: Array<[IndustryGroup, RegExp]> = [
  // "Manufacturing & Warehousing", "Manufacturing and Distribution": a maker that also stores or sells its goods names
  // its making first; the other trade is a side line of it.
  [
    'manufacturing',
    /^manufacturing (?:and|&) (?:warehousing|distribution|logistics|trading|sales|exports?|packaging)$/,
  ],
  // "Cement, Building materials", "Cementos", "Zement": cement and ready-mix are made (ISIC 2394-2395), whatever the
  // building materials they are sold as.
  ['manufacturing', /\b(cement|cementos?|zement\w*|ciment\w*|ready-?mix(ed)? concrete|clinker)\b/],
  // "Rail transport equipment", "Motor vehicle parts", "Rolling stock": transport's equipment is made, not a haulier's
  // trade (ISIC division 30, NACE C29-C30).
  [
    'manufacturing',
    /\b((rail(way)?|railroad|transport(ation)?|motor vehicles?|vehicles?|aircraft|ship|boat)( transport)? (equipment|components|parts|systems manufacturing)|rolling stock|shipbuilding)\b/,
  ],
  // Nearshore teams and software testing (Slovak "testovanie softvéru", Czech "testování softwaru") are services an IT
  // provider sells by the person-day, not a product.
  [
    'it-services',
    /\b(nearshor\w*|software testing|testovanie softveru|testovani softwaru|it services|it consulting|information technology (and|&) services|managed services?|it outsourcing|systems integration|it support|msp|it dienstleistung\w*|it beratung|conseil en informatique|services informatiques|servicios (y consultoria )?de ti|consultoria de ti)\b/,
  ],
  [
    'telecommunications',
    /\b(telecom\w*|wireless|mobile network|mobile operator|broadband|isp|internet service provider|satellite communications?)\b/,
  ],
  [
    'marketing-advertising',
    /\b(marketing|advertising|public relations|pr agency|ad ?tech|media buying|seo agency|branding agency|digital agency|werbeagentur|werbung|agentur)\b/,
  ],
  [
    'financial-services',
    /\b(financial services|finance|banking|banks?|insurance|investment\w*|venture capital|private equity|fintech|payments?|zahlungs\w*|paiements?|pagos|pagamentos?|pagamenti|betalingen|betalningar|capital markets|lending|credit|asset management|wealth management|brokerage|accounting software|neobank|trading|finanzierung\w*|kredit\w*|versicherung\w*|bank\w*|finanz\w*|geldanlage)\b/,
  ],
  [
    'healthcare',
    /\b(hospitals?|health ?care|medical|pharmaceutical\w*|biotech\w*|life sciences|wellness|mental health|clinics?|medtech|health)\b/,
  ],
  [
    'education',
    /\b(education\w*|e ?learning|higher education|universit(y|ies)|schools?|edtech|training|academy|seminare?|schulung\w*|weiterbildung|bildung|kurse?)\b/,
  ],
  // "Civil & Mining", "civil contractors", "X Constructions Ltd": earthworks, roads and mine civil works are built
  // (NACE 42), whoever digs the ore; a name's plural "Constructions" is a builder's as Australia and the Pacific write
  // it, not France's "Constructions mécaniques" or "métalliques" (machine and steel making).
  [
    'real-estate-construction',
    /\b(civil (?:and|&) mining|civil contract(?:ing|ors?)|constructions(?! (?:mecaniques|metalliques|electriques|navales|industrielles|aeronautiques))|real estate|construction|building materials|architecture (and|&) planning|civil engineering|property|proptech|housing|hvac|heating (?:and|&) (?:air|cooling)|air conditioning|furnaces?|plumbing|roofing|(?:general|electrical|mechanical|building|roofing) contractors?)\b/,
  ],
  [
    'energy-utilities',
    /\b(energy|oil|gas|utilities|renewables?|solar|wind power|electric power|power generation|mining|photovoltaic|cleantech|energie\w*|strom|photovoltaik|windpark\w*|batteriespeicher)\b/,
  ],
  [
    'transportation-logistics',
    /\b(logistics|transportation|freight|shipping|trucking|supply chain|airlines?|aviation|maritime|warehousing|delivery|railroad|mobility)\b/,
  ],
  [
    'hospitality-travel',
    /\b(hospitality|\w*hotels?|travel|tourism|restaurants?|leisure|events services|food (and|&) beverage services|gaming venues|resorts?)\b/,
  ],
  [
    'government-nonprofit',
    /\b(government|public administration|non ?profit|ngo|civic|philanthrop\w*|fundraising|verein|stiftung|international affairs|political|religious|armed forces|public policy|charity|foundation|municipal)\b/,
  ],
  [
    'media-publishing',
    /\b(media|publishing|newspapers?|broadcast\w*|entertainment|film|music|books|journalism|news|magazines?|television|radio|podcasts?|animation)\b/,
  ],
  [
    'retail-consumer',
    /\b(retail|consumer|e ?commerce|apparel|fashion|cosmetics|furniture(?! (?:and home furnishings )?manufactur)|wholesale|luxury|food (and|&) beverages?(?! (?:manufactur|production|processing))|groceries|grocery|sporting goods|toys|shop|onlineshop|online shop)\b/,
  ],
  [
    'manufacturing',
    // A maker's own words: goods "made in" a place, built to order for brands (OEM/ODM). Industrial cleaning
    // ("limpieza industrial", "pulizia industriale") is a service done at plants, not their making.
    // A crop's processors and millers ("shea butter processing", "maize millers") turn it into food or oil at a plant.
    /\b((?:coffee|arabica|robusta|shea(?: butter)?|cocoa|cashew|maize|grain|cassava|dairy|milk|fish|meat|poultry|seafood) process(?:ing|ors?)|(?:maize|grain|wheat|rice|flour) mill(?:s|ers?|ing)|manufacturing|machinery|(?<!(?:limpieza|limpeza|pulizia) )industrial\w*(?! cleaning)|made in|oem|odm|printing|print shop|druckerei|drukkerij|imprimerie|imprenta|tipografia|officine|officina meccanica|automotive|chemicals?|semiconductors?|electronics|aerospace|textiles?|plastics|packaging|defense and space|food production|food processing|food products|beverages?|dairy|breweries|brewing|distiller(y|ies)|confectionery|engineering services|armaturen\w*|\w*armaturen|valves?|(?<!heat )pumps?|\w*pumpen|metallverarbeitung|\w*maschinenbau|\w*fahrzeugbau|\w*anlagenbau|schiffbau|stahlbau|steel|foundry|\w*giesserei|\w+herstellung)\b/,
  ],
  [
    'professional-services',
    // "BPO / Call Center", "Business Process Outsourcing": calls and back offices run for clients (NACE 82.20), whatever
    // the clients' trade a posting names ("healthcare account").
    /\b(bpo|business process outsourcing|call cent(?:er|re)s?|contact cent(?:er|re)s?|consulting|legal|law (firm|practice)|accounting|staffing|recruiting|human resources|manpower|workforce solutions|labou?r (hire|supply)|outsourcing|business services|professional services|translation|design services|research services|consultancy|rechtsanwalt\w*|kanzlei|beratung|steuerberat\w*)\b/,
  ],
  [
    'software',
    /\b(software|saas|internet|information technology|computer\w*|technology information|cybersecurity|network security|cloud|apps?|platform|data infrastructure|developer tools|artificial intelligence|ai|machine learning|api|open source)\b/,
  ],
];

const CJK_GROUPS = Object.entries(CJK_TERMS) as Array<[IndustryGroup, string]>;

/**
 * Farming, fishing and forestry as LinkedIn and registers name them ("Farming", "Rolnictwo", "Landbouw"): no group of
 * ours is theirs, so a stated label that names one of them is "other", as sure as a LinkedIn name. Page words never
 * say it: a software maker for farms writes of crops too.
 */
const PRIMARY_SECTOR = new Set(
  [
    'farming',
    'agriculture',
    'ranching',
    'fisheries',
    'horticulture',
    'farming ranching forestry',
    'forestry and logging',
    'landwirtschaft',
    'land und forstwirtschaft',
    'agricultura',
    'agricoltura',
    'landbouw',
    'rolnictwo',
    'jordbruk',
    'landbrug',
    'landbruk',
    'maatalous',
    'zemedelstvi',
    'pertanian',
    'tarim',
  ].map((name) => normalizeText(name)),
);
// Plant breeding and seed growing (NACE 01.30, 01.64), as an infobox or register states them ("Pflanzenzüchtung,
// Saatgutproduktion", "Plant breeding and seed production"): section A too.
const SEED_WORDS = [
  'plant breeding',
  'seed production',
  'seed breeding',
  'pflanzenzucht\\w*',
  'saatzucht\\w*',
  'saatgut\\w*',
  'selection vegetale',
  'production de semences',
  'semences',
  'mejora vegetal',
  'produccion de semillas',
  'semillas',
  'plantenveredeling',
  'zaadteelt',
  'sementi',
];
// The same sector as Russian and Ukrainian boards and registers name it ("Сельское хозяйство", "Сільське господарство,
// агробізнес", "Растениеводство"), on foldScript's folding (й as и).
const CYRILLIC_PRIMARY =
  /(?<!\p{L})(?:сельск\p{L}* хозяиств\p{L}*|сільськ\p{L}* господарств\p{L}*|агробізнес\p{L}*|агробизнес\p{L}*|растениеводств\p{L}*|рослинництв\p{L}*|животноводств\p{L}*|тваринництв\p{L}*|фермерств\p{L}*)(?!\p{L})/gu;
const CYRILLIC_JOINS = /(?<!\p{L})(?:и|і|та|й)(?!\p{L})/gu;

/** A stated label in Cyrillic all of whose parts name the primary sector ("Сільське господарство, агробізнес"). */
function isCyrillicPrimarySector(folded: string): boolean {
  const named = folded.replace(CYRILLIC_PRIMARY, ' ');
  return named !== folded && !named.replace(CYRILLIC_JOINS, ' ').trim();
}
const PRIMARY_WORDS = new RegExp(`\\b(?:${[...PRIMARY_SECTOR, ...SEED_WORDS].join('|')})\\b`, 'g');
const LABEL_JOINS = /\b(?:and|und|et|y|e|en|og|och|i|a)\b|&/g;

/** A stated label all of whose parts name the primary sector ("Pflanzenzüchtung, Saatgutproduktion"). */
function isPrimarySector(label: string): boolean {
  if (PRIMARY_SECTOR.has(label)) return true;
  const named = label.replace(PRIMARY_WORDS, ' ');
  return named !== label && !named.replace(LABEL_JOINS, ' ').trim();
}

/** LinkedIn's industry names, matched whole: the name says the group. */
const LINKEDIN = new Map<string, IndustryGroup>();
for (const terms of TERMS) for (const name of linkedinNames(terms)) LINKEDIN.set(normalizeText(name), terms.group);

/** Per group, the activity classification's terms in seven languages (./terms.ts), and with the rules above for text. */
const CLASSIFICATION = TERMS.map((t) => ({
  group: t.group,
  terms: new RegExp(`\\b(?:${languageTerms(t).join('|')})\\b`, 'g'),
  // Its own pattern for a whole part: exec on the global one would leave a lastIndex that the next label's matchAll
  // starts from.
  whole: new RegExp(`^(?:${languageTerms(t).join('|')})$`),
}));
// One pattern per group (a group may have two rules, one placed first to win over another group's words).
const TEXT_RULES = [...new Set(RULES.map(([group]) => group))].map((group) => {
  const rules = RULES.filter(([g]) => g === group).map(([, re]) => re.source);
  const terms = CLASSIFICATION.find((c) => c.group === group)?.terms.source ?? '';
  return { group, re: new RegExp([...rules, ...(terms ? [terms] : [])].join('|'), 'g') };
});

/**
 * Per group, the page vocabulary's words that are common elsewhere too (./keywords.ts, weak tier: "delivery",
 * "transport", "kosten") and not among its strong words: one of them alone does not name a business.
 */
const COMMON_WORDS = new Map(
  KEYWORDS.map(([group, strong, weak]) => [
    group,
    { weak: new RegExp(`^(?:${weak})$`), strong: new RegExp(`^(?:${strong})$`) },
  ]),
);

function isCommonWord(group: IndustryGroup, word: string): boolean {
  const words = COMMON_WORDS.get(group);
  return !!words && words.weak.test(word) && !words.strong.test(word);
}

/**
 * Confidence of each way a group is found. Below MIN_CONFIDENCE nothing is said: "unknown" beats "wrong". A
 * LinkedIn name is the group; the rules above read a short stated label; the classification's own terms read one in
 * another language or wording (a NACE title, "Conseil en systèmes et logiciels informatiques"), less sure when its
 * words name two groups; free text is a vote, sure only as far as one group leads.
 */
export const INDUSTRY_CONFIDENCE = {
  linkedinName: 0.9,
  statedRule: 0.85,
  classificationTerm: 0.7,
  classificationMixed: 0.55,
  textStrong: 0.6,
  text: 0.5,
  textShortOneWord: 0.45,
} as const;
export const MIN_CONFIDENCE = 0.4;

/** A stated label by the classification's terms: the group whose terms cover most of its words. */
function byClassification(label: string): IndustryGuess | undefined {
  const scores = CLASSIFICATION.map(({ group, terms }) => {
    let words = 0;
    for (const m of label.matchAll(terms)) words += m[0].split(' ').length;
    return { group, words };
  })
    .filter((s) => s.words > 0)
    .sort((a, b) => b.words - a.words);
  const [best, second] = scores;
  if (!best || (second && second.words * 2 > best.words)) return undefined;
  const confidence = second ? INDUSTRY_CONFIDENCE.classificationMixed : INDUSTRY_CONFIDENCE.classificationTerm;
  return { group: best.group, confidence };
}

const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK = CJK_GROUPS.map(([group, terms]) => ({ group, re: new RegExp(terms, 'g') }));
// Greek, Hebrew, Arabic and Russian in one list per group: each script's stems only ever match its own letters.
const EL_HE = (Object.entries(EL_HE_TERMS) as Array<[IndustryGroup, string]>).map(([group, terms]) => ({
  group,
  re: scriptPattern([terms, AR_RU_TERMS[group as keyof typeof AR_RU_TERMS]].filter(Boolean).join('|')),
}));
// Thai, written without spaces as CJK is, by its words as they stand (./keywords-th.ts).
const TH = (Object.entries(TH_TERMS) as Array<[IndustryGroup, string]>).map(([group, terms]) => ({
  group,
  re: new RegExp(terms, 'gu'),
}));

// Trades whose "<trade> technology" is software sold to them (medical and clean technology are products of their own).
const FOR_TRADE =
  /\b(?:retail|real estate|property|construction|legal|hospitality|travel|insurance|logistics|supply chain|sales|hr|human resources|restaurant|automotive|events?|recruiting|field service)(?: technology| tech| software| saas)\b/g;

/**
 * A label or text in Japanese, Chinese or Korean, by the classification's words in those scripts (./terms-cjk.ts; Greek,
 * Hebrew, Arabic and Russian's, ./terms-el-he.ts and ./terms-ar-ru.ts, as `groups`): a
 * label by the group most of its words name, a text only when one group has twice the words of any other.
 */
function byCjk(text: string, prose: boolean, groups = CJK): IndustryGuess | undefined {
  const counts = groups
    .map(({ group, re }) => ({ group, n: new Set(text.match(re) ?? []).size }))
    .sort((a, b) => b.n - a.n);
  const [best, second] = counts;
  if (!best?.n) return undefined;
  const runnerUp = second?.n ?? 0;
  if (!prose) {
    if (best.n <= runnerUp) return undefined;
    const confidence = runnerUp ? INDUSTRY_CONFIDENCE.classificationMixed : INDUSTRY_CONFIDENCE.classificationTerm;
    return { group: best.group, confidence };
  }
  if (best.n < runnerUp * 2) return undefined;
  return {
    group: best.group,
    confidence: best.n >= 2 ? INDUSTRY_CONFIDENCE.text : INDUSTRY_CONFIDENCE.textShortOneWord,
  };
}

// A Thai board's stated industry that opens on selling ("จำหน่ายอุปกรณ์ไฮดรอลิค", selling hydraulic equipment;
// "ตัวแทนจำหน่าย", a sales agent): the goods named after it are traded, not made, unless it makes them too ("ผลิตและ
// จำหน่าย").
const THAI_SELLING = /^(?:ตัวแทน|ผู้)?จำหน่าย/u;
const THAI_MAKING = /ผลิต(?!ภัณฑ์)/u;

const MIN_PART = 4;
const PRODUCTION = /(?:productie|produktion|produksjon|produktio|herstellung|tillverkning|fremstilling|valmistus)$/;
// Words that only ever mean making goods ("Båttillverkning", "Möbelherstellung"): a product too short or too rare for
// any list is made all the same; "production" may be a film's or power's.
const MAKING = /(?:herstellung|tillverkning|fremstilling|valmistus)$/;
const MIN_PRODUCT = 3;
const MIN_COMPOUND = 10;
// Farming's compounds end in building's word ("precisielandbouw", "Gartenbau", "Weinbau": land, field, garden and vine
// "building"): no construction there.
const GROWING = /(?:land|akker|tuin|acker|garten|obst|wein|pflanzen|gemüse|gemuse)(?:bouw|bau)$/i;

/**
 * A one-word label written as a compound, as Swedish, Danish, Norwegian, German and Dutch write industries
 * ("Maskintillverkning", "Bioteknikforskning", "Softwareentwicklung"): the group one of its parts names whole (a
 * LinkedIn name or a classification term), when its parts name no other group.
 */
function byCompound(word: string): IndustryGuess | undefined {
  if (word.length < MIN_COMPOUND || word.includes(' ') || GROWING.test(word)) return undefined;
  // "Voedingsmiddelenproductie", "Möbelherstellung", "Maskintillverkning": making a product is manufacturing; making a
  // film or power is its own trade's ("Filmproduktion", "Energieproduktion").
  // A product no list names ("Musik") leaves the word to its parts.
  const made = PRODUCTION.exec(word);
  const product =
    made && made.index >= MIN_PART
      ? (LINKEDIN.get(word.slice(0, made.index)) ?? wholeTerm(word.slice(0, made.index)))
      : undefined;
  if (product) {
    const group = product === 'media-publishing' || product === 'energy-utilities' ? product : 'manufacturing';
    return { group, confidence: INDUSTRY_CONFIDENCE.classificationMixed };
  }
  const making = MAKING.exec(word);
  if (making && making.index >= MIN_PRODUCT)
    return { group: 'manufacturing', confidence: INDUSTRY_CONFIDENCE.classificationMixed };
  const groups = new Set<IndustryGroup>();
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    for (const part of [word.slice(0, i), word.slice(i)]) {
      const group = LINKEDIN.get(part) ?? wholeTerm(part);
      if (group) groups.add(group);
    }
  }
  const [only] = groups;
  return only && groups.size === 1 ? { group: only, confidence: INDUSTRY_CONFIDENCE.classificationMixed } : undefined;
}

/** The group whose classification terms match all of `part`. */
function wholeTerm(part: string): IndustryGroup | undefined {
  return CLASSIFICATION.find(({ whole }) => whole.test(part))?.group;
}

export interface IndustryGuess {
  group: IndustryGroup;
  /** 0.85 for a stated industry name, 0.5-0.6 for a guess from free text. */
  confidence: number;
}

// "a grain, agronomy, feed and energy cooperative", "a seed, fertilizer and fuel company": a business that lists three
// lines or more of its own. One word of ours among them names one line, not the business.
const LINES_LIST =
  /(?:[a-z]{2,20} ){0,1}[a-z]{2,20}, (?:(?:[a-z]{2,20} )?[a-z]{2,20}, ){0,4}(?:[a-z]{2,20} )?[a-z]{2,20},? (?:and|&) (?:[a-z]{2,20} )?[a-z]{2,20} (?:cooperatives?|co-?ops?|compan(?:y|ies)|business(?:es)?|group|firm|supplier|provider)\b/g;

/** `word` is one of the lines a description lists as the business's own (LINES_LIST). */
function oneLineOfMany(raw: string, word: string): boolean {
  const folded = foldAccents(raw).toLowerCase();
  for (const m of folded.slice(0, MAX_TEXT).matchAll(LINES_LIST)) {
    if (new RegExp(`\\b${word}\\b`).test(m[0])) return true;
  }
  return false;
}

// "a product engineering and cloud services company", "we build software for clients": software made to a client's
// order and clouds run for clients are an IT provider's services (NACE 62.01-62.03), not a product of its own.
// "a managed IT, cloud and cybersecurity provider": the list after "managed IT" is of the services it runs for
// clients, not of products.
const BUILT_FOR_CLIENTS =
  /\b(?:product engineering services|cloud services|(?:building|builds?|developing|develops?) software for (?:clients|customers)|managed it(?: (?:and )?(?:cloud|cyber ?security|security|networks?|infrastructure|backup|support)){0,4} (?:services?|providers?|support))\b/g;
// "Handwoven rattan furniture", "hand-carved teak doors": goods made by hand are a workshop's own making (NACE 31,
// 16.23), however a shop's word their goods are ("furniture" is retail's); the words after it are what it makes.
const HAND_MADE = /\bhand ?(?:woven|made|crafted|carved|knitted|loomed|stitched|forged|thrown|blown)(?: [a-z]+){0,2}/g;
const MADE_FOR = /\s(?:machinery|equipment|products?|components|parts) manufacturing$/;
const SOFTWARE_COMPOUND = /\b\w{3,}(?:software|programmatuur)\b/g;

// A stated industry is a short label; anything longer is read as description text.
const MAX_STATED = 80;
const MAX_TEXT = 3_000;
const SHORT_TEXT = 300;

/**
 * The industry group of a stated industry ("Software Development", "Hospitals and Health Care") or of description
 * text (any text over 80 characters, or any `description`). From text it answers only when one group has twice as many keyword hits as any other, and at least two unless
 * the text is a short description: a long page that mentions "payments" once is not a bank.
 */
export function industryGroup(text: string, description = false): IndustryGuess | undefined {
  if (typeof text !== 'string') return undefined;
  const raw = text.slice(0, MAX_TEXT);
  if (CJK_SCRIPT.test(raw)) {
    // A sector's official name or a LinkedIn industry's, stated whole ("輸送用機器": transport equipment is made, not
    // a haulier's; "의료 장비 제조": medical equipment, as LinkedIn files it).
    const stated = raw.trim().replace(/･/g, '・');
    const sector = description ? undefined : (TSE_SECTORS[stated] ?? CJK_NAMES[stated.replace(/\s+/g, '')]);
    if (sector) return { group: sector, confidence: INDUSTRY_CONFIDENCE.linkedinName };
    const guess = byCjk(withoutCjkMarkets(raw), description || raw.length > MAX_STATED);
    if (guess) return guess;
  }
  // Greek, Hebrew, Arabic and Russian the same way, on their own folding (./terms-el-he.ts, ./terms-ar-ru.ts); prose
  // by two words at least: without the market phrases the Latin text loses (./normalize.ts), one word may be the
  // customers' trade ("protects networks in factories": Hebrew writes "in" as a prefix, במפעלים; Arabic بالمصانع).
  if (OWN_SCRIPTS.test(raw)) {
    const prose = description || raw.length > MAX_STATED;
    if (!prose && isCyrillicPrimarySector(foldScript(raw)))
      return { group: 'other', confidence: INDUSTRY_CONFIDENCE.linkedinName };
    const guess = byCjk(foldScript(raw), prose, EL_HE);
    if (guess && (!prose || guess.confidence >= INDUSTRY_CONFIDENCE.text)) return guess;
  }
  // Thai as the scripts above, prose by two words at least as theirs.
  if (THAI_SCRIPT.test(raw)) {
    const prose = description || raw.length > MAX_STATED;
    if (!prose && THAI_SELLING.test(raw.trim()) && !THAI_MAKING.test(raw))
      return { group: 'retail-consumer', confidence: INDUSTRY_CONFIDENCE.statedRule };
    const guess = byCjk(withoutThaiMarkets(raw), prose, TH);
    if (guess && (!prose || guess.confidence >= INDUSTRY_CONFIDENCE.text)) return guess;
  }
  const t = normalizeText(raw);
  if (!t) return undefined;
  // A description is prose however short ("Parts made to measure, delivered anywhere"), never an industry's name.
  if (t.length <= MAX_STATED && !description) {
    const named = LINKEDIN.get(t) ?? (isPrimarySector(t) ? 'other' : undefined);
    if (named) return { group: named, confidence: INDUSTRY_CONFIDENCE.linkedinName };
    // "Retail Technology", "Real Estate Tech", "Construction Software": a directory's tag for software made for a
    // trade names the trade as the market.
    const made = t.replace(FOR_TRADE, 'software');
    // "Agriculture, Construction, Mining Machinery Manufacturing": the trades before "manufacturing" are what is made
    // for them, not the company's own.
    if (MADE_FOR.test(made)) return { group: 'manufacturing', confidence: INDUSTRY_CONFIDENCE.statedRule };
    const hit = RULES.find(([, re]) => re.test(made));
    if (hit) return { group: hit[0], confidence: INDUSTRY_CONFIDENCE.statedRule };
    return byClassification(made) ?? byCompound(made);
  }
  // "Accounting software for construction firms": the market's words are not the trade's.
  // "Hotelsoftware", "Kanzleisoftware", "kassasoftware": a compound names the software made for a trade, not the trade
  // (whose terms, "hotel\\w*" in some languages, would take the whole word).
  // Software built for clients is read before "for clients" goes as a market.
  const own = withoutMarkets(t.replace(BUILT_FOR_CLIENTS, 'it services'))
    .replace(SOFTWARE_COMPOUND, 'software')
    .replace(HAND_MADE, 'manufacturing');
  const counts = TEXT_RULES.map(({ group, re }) => ({ group, n: own.match(re)?.length ?? 0 })).sort(
    (a, b) => b.n - a.n,
  );
  const [best, second] = counts;
  if (!best || best.n === 0 || (second && best.n < second.n * 2)) return undefined;
  // One keyword in a short description ("Online shop for cat blankets") is clear; in a long text it is noise, and so
  // is a word every trade uses ("delivery and transport" in a machine shop's description).
  if (best.n === 1) {
    const word = own.match(TEXT_RULES.find((r) => r.group === best.group)?.re ?? /$^/)?.[0] ?? '';
    if (own.length > SHORT_TEXT || isCommonWord(best.group, word) || oneLineOfMany(raw, word)) return undefined;
    return { group: best.group, confidence: INDUSTRY_CONFIDENCE.textShortOneWord };
  }
  return { group: best.group, confidence: best.n >= 4 ? INDUSTRY_CONFIDENCE.textStrong : INDUSTRY_CONFIDENCE.text };
}
