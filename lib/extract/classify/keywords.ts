import type { IndustryGroup } from '../../signals/enums';

/**
 * Words of page text (English and German, lower case, accents stripped: "Gefährdung" is "gefahrdung") that point to
 * a group, in two tiers: `strong` words name the business ("werbeagentur", "privatkredit", "photovoltaik"), `weak`
 * words are common elsewhere too ("cloud", "shop", "training") and count half. Words every site uses (services,
 * solutions, platform, news, blog, team) are in no list.
 */
export const KEYWORDS: Array<[IndustryGroup, string, string]> = [
  [
    'software',
    'software|saas|open source|sdks?|apis?|developers?|devops|kubernetes|containers?|self hosted|no code|low code|web apps?|mobile apps?|source code|command line|cli|github|repository|deploy\\w*|integrations?|headless|browser extension|plugins?|javascript|typescript|python|node js|django|linux|virtual machines?|virtualization|data platform|machine learning',
    'app|apps|cloud|platform|automat\\w*|dashboard|workflows?|data|code|download|free trial|sign up|ai|api key|user interface|product updates|tools?',
  ],
  [
    'it-services',
    'it services|it dienstleist\\w*|it consulting|it beratung|managed services?|systemhaus|it support|it security|it sicherheit|rechenzentrum|data ?cent(er|re)s?|webhosting|managed hosting|it infrastru\\w*|custom software|consulting group|web development|webentwicklung|shopware|magento|online shops?|digital agency',
    'consultants?|hosting|netzwerk',
  ],
  [
    'financial-services',
    'kredit\\w*|privatkredit|ratenkredit|darlehen|finanzierung\\w*|baufinanzierung|zinsen|zinssatz|effektive\\w* jahreszins|sollzins|tilgung|bonitat|schufa|leasing|loans?|mortgages?|interest rates?|credit cards?|banking|banks?|insurance|versicherung\\w*|geldanlage|anlageberatung|wealth management|asset management|brokerage|fintech|payments?|factoring|finanz\\w*|financial services|lenders?|lending',
    'credit|finance|financing|invest\\w*|kosten|rate|monatlich\\w*|vergleich|konditionen',
  ],
  [
    'healthcare',
    'patients?|patienten|clinical|clinics?|klinik\\w*|hospitals?|krankenhaus|medical|medizin\\w*|physicians?|doctors?|arzt|arzte|praxis|therap\\w*|pharma\\w*|health ?care|caregivers?|dementia|demenz|pflege\\w*|nursing|diagnos\\w*|treatments?|behandlung',
    'health|gesundheit|care|wellness',
  ],
  [
    'education',
    'courses?|students?|studierende|teach\\w*|lessons?|curriculum|universit(y|ies|at)|colleges?|campus|degrees?|admissions?|tuition|enroll\\w*|faculty|academy|akademie|seminar\\w*|schulung\\w*|weiterbildung\\w*|fortbildung\\w*|lehrgang\\w*|kurs|kurse|unterricht|lernen|learners?|e ?learning|workshops?|tutorials?|bachelor',
    'learn|learning|training|trainings|trainer|class|classes|education|bildung|teilnehmer\\w*',
  ],
  [
    'manufacturing',
    'manufactur\\w*|factory|factories|hersteller|herstellung|produktion|fertigung|maschinenbau|machinery|industrial|industrie\\w*|plants?|werk|anlagenbau|oem|components?|bauteile|quality control|qualitatskontrolle',
    'production|produziert|engineering|quality|qualitat',
  ],
  [
    'retail-consumer',
    'shop|onlineshop|online shop|warenkorb|add to cart|in den warenkorb|checkout|versandkostenfrei|free shipping|versand|lieferzeit|bestellen|order now|buy now|kaufen|jetzt kaufen|gifts?|geschenk\\w*|apparel|fashion|mode|schmuck|jewelry|cosmetics|kosmetik|furniture|mobel|coffee|kaffee|espresso|bohnen|tea|tee|wines?|food|lebensmittel|retail|consumer|verbraucher|preisvergleich|tarifvergleich|vergleichsportal|stores?',
    'products?|produkte?|price|preis|preise|sale|angebot\\w*|customers?|kunden',
  ],
  [
    'media-publishing',
    'journalis\\w*|reporters?|editors?|editorial|redaktion|newsroom|magazines?|newspapers?|zeitung\\w*|verlag|publish\\w*|podcasts?|broadcast\\w*|breaking news|headlines?|subscribers?|stories|comedy|kabarett|cabaret|satire|stand up|theat(er|re)|buhne|auftritt\\w*|tickets?|premiere|entertainment|films?|movies?|music|musik|albums?|books?|bucher|authors?|autor\\w*|readers?|leser|episodes?|columnist|opinion|analysis|reviews?|gaming|games',
    'news|nachrichten|videos?|watch|read more|weiterlesen|media|medien|articles?|artikel|published|reporting|interview\\w*|community',
  ],
  [
    'marketing-advertising',
    'marketing|advertis\\w*|werbung|werbe\\w*|werbeagentur|agentur|agency|agencies|branding|brand identity|corporate design|markenbildung|marke|kampagne\\w*|campaigns?|seo|sem|social media|influencer\\w*|lead generation|audiences?|content marketing|ads|anzeigen|kreativ\\w*|webdesign|grafikdesign|logo\\w*|digital experiences?|storytelling|exhibitions?|museums?|interactive',
    'design|designs|brand|brands|creative|content|engagement|insights|reach|reichweite|zielgruppe\\w*',
  ],
  [
    'professional-services',
    'consulting|consultancy|beratung\\w*|berater\\w*|unternehmensberatung|rechtsanwalt\\w*|anwalt\\w*|kanzlei|lawyers?|attorneys?|law firm|legal advice|notar\\w*|steuerberat\\w*|tax advis\\w*|accounting|buchhaltung|recruiting|staffing|personalvermittlung|outsourcing|auslagern|interim|sachverstandig\\w*|gutachte\\w*|ingenieurburo|ingenieure|planungsburo|arbeitssicherheit|arbeitsschutz|compliance|certification|zertifizierung|audit\\w*|coaching|coach|dienstleister|dienstleistung\\w*|mandant\\w*',
    'beraten|klienten|advisory',
  ],
  [
    'real-estate-construction',
    'real estate|immobilie\\w*|property|properties|construction|bauunternehm\\w*|bauvorhaben|bauprojekt\\w*|hochbau|tiefbau|ingenieurbau|tragwerk\\w*|statik|statiker|bauphysik|architect\\w*|architekt\\w*|apartments?|wohnungen|wohnbau|neubau|sanierung|renovation|builders?|contractors?|housing|homes|realtor\\w*|mieten|miete|eigentum|grundstuck\\w*|bauherr\\w*|baustelle\\w*',
    'bau|bauen|building|buildings|gebaude|planung|projekte',
  ],
  [
    'energy-utilities',
    'energie\\w*|energy|solar\\w*|photovolta\\w*|pv anlage\\w*|strom\\w*|electricity|wind power|wind farms?|windrad\\w*|windpark\\w*|windkraft\\w*|windenergie|batteriespeicher\\w*|stromspeicher|battery storage|renewables?|erneuerbare\\w*|kwh|kwp|megawatt|mw|warmepumpe\\w*|heat pumps?|power plants?|kraftwerk\\w*|utilit(y|ies)|grid|netzbetreiber|oil|gas|erdgas|emissions|klimaneutral\\w*|co2',
    'power|sustainab\\w*|nachhaltig\\w*|climate|klima',
  ],
  [
    'transportation-logistics',
    'logistics|logistik\\w*|freight|fracht\\w*|spedition\\w*|trucking|trucks?|lkw|fleet|fuhrpark|cargo|warehous\\w*|supply chain|lieferkette\\w*|airlines?|flights?|shipments?|parcel\\w*|paket\\w*|courier|kurier|railway|bahn|mobility|mobilitat',
    'transport\\w*|delivery|lieferung|shipping',
  ],
  [
    'hospitality-travel',
    'hotels?|hostels?|resorts?|restaurants?|speisekarte|menu|rooms?|zimmer|ubernachtung\\w*|gaste|guests|tourism|tourismus|travel|reisen?|urlaub|vacation|holiday\\w*|booking|buchen|tours?|ausflug\\w*|catering|bar|cafe|spa',
    'reservation|reservierung|aufenthalt',
  ],
  [
    'telecommunications',
    'telecom\\w*|telekommunikation|mobile networks?|mobilfunk\\w*|broadband|breitband|fiber|fibre|glasfaser\\w*|dsl|5g|lte|isp|internet service provider|handytarif\\w*|sim karte|sim cards?|carrier|voip|telefonie',
    'tarif\\w*|telefon\\w*|internet',
  ],
  [
    'government-nonprofit',
    'non ?profit|nonprofit|ngo|charit\\w*|donat\\w*|spende\\w*|volunteer\\w*|ehrenamt\\w*|verein|stiftung|foundation|government|ministry|ministerium|behorde|municipal\\w*|gemeinde|partei|politi\\w*|wahl\\w*|elections?|parlament|parliament|abgeordnete\\w*|burger\\w*|citizens?|civil society|zivilgesellschaft|human rights|menschenrechte|advocacy|grants?|public domain|licenses?|commons|mitglied\\w*|members|membership|demokratie|democracy|freedom|freiheit|activis\\w*',
    'community|mission|public|offentlich\\w*|policy|politik|society|gesellschaft',
  ],
];
