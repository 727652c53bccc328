import type { IndustryGroup } from '../../signals/enums';
import { HU_ET_RO_LV_LT_KEYWORDS } from './keywords-hu-et-ro-lv-lt';
import { ID_MS_VI_KEYWORDS } from './keywords-id-ms-vi';
import { MORE_KEYWORDS } from './keywords-it-nl-pt';
import { NORDIC_PL_CS_KEYWORDS } from './keywords-nordic-pl-cs';
import { SK_SL_HR_KEYWORDS } from './keywords-sk-sl-hr';
import { SQ_KEYWORDS } from './keywords-sq';
import { TR_KEYWORDS } from './keywords-tr';
import { UZ_KEYWORDS } from './keywords-uz';

/**
 * Words of page text (English, German, French and Spanish, lower case, accents stripped: "Gefährdung" is
 * "gefahrdung", "clínica" is "clinica") that point to
 * a group, in two tiers: `strong` words name the business ("werbeagentur", "privatkredit", "photovoltaik"), `weak`
 * words are common elsewhere too ("cloud", "shop", "training") and count half. Words every site uses (services,
 * solutions, platform, news, blog, team) are in no list. Italian, Dutch and Portuguese words are in
 * ./keywords-it-nl-pt.ts; Polish, Czech, Swedish, Danish, Norwegian and Finnish ones in ./keywords-nordic-pl-cs.ts;
 * Slovak, Slovenian and Croatian ones in ./keywords-sk-sl-hr.ts; Turkish ones in ./keywords-tr.ts; Hungarian, Estonian,
 * Romanian, Latvian and Lithuanian ones in ./keywords-hu-et-ro-lv-lt.ts; Indonesian, Malay and Vietnamese ones in
 * ./keywords-id-ms-vi.ts; Albanian ones in ./keywords-sq.ts; Uzbek ones in ./keywords-uz.ts; all joined here.
 * Greek and Hebrew (./keywords-el-he.ts), Arabic and Russian (./keywords-ar-ru.ts), Korean and Chinese
 * (./keywords-cjk.ts), which the Latin normalization drops,
 * are read by ./page.ts on their own.
 */
// Food and drink made and sold (NACE 10-11, in retail-consumer as ./codes.ts files it): the maker's own words in
// English, German, French, Spanish; what a bakery, a roaster, a brewery, an olive mill, a winery or a dairy says of
// itself. A café or a restaurant serves them too, and its menu, tables and bookings tell it apart (hospitality).
export const FOOD_AND_DRINK = [
  'bakery|bakeries|bakehouse|brewery|breweries|brewing|craft beers?|beers?|roastery|roasters|coffee roasting|specialty coffee',
  'olive oils?|extra virgin|winery|wineries|vineyards?|winemaking|distillery|distilleries|dairy|creamery|cheeses?',
  'chocolates?|chocolatier|confectionery|backerei|brauerei|biere?|kaffeerosterei|rosterei|olivenol|weingut|winzer\\w*',
  'brennerei|destillerie|molkerei|kaserei|schokolade|konditorei|boulangerie|patisserie|torrefaction|torrefacteur',
  'huile d olive|domaine viticole|vignobles?|vigneron\\w*|distillerie|fromagerie|fromages|chocolaterie|panaderia',
  'pasteleria|cerveza\\w*|cerveceria artesanal|tostaduria|tostamos|tostadores?|cafe de especialidad|cafe de origen',
  'aceite de oliva|almazara|vinedos?|vinos|destileria|queseria|quesos',
  // A coffee grower's, miller's or exporter's words: "café" alone is a café's as often.
  'coffee growers?|coffee exporters?|green coffee|coffee farms?|cafe de altura|cafe verde|cafe pergamino|caficultor\\w*|cafetaler[oa]s?|exportadores? de cafe|productores? de cafe|beneficio de cafe',
].join('|');

// A price per user and month is a subscription to software: seats are how it is sold ("per user per month", "pro
// Nutzer und Monat", "par utilisateur et par mois", "por usuario al mes"). Recurring revenue and its retention are the
// measures a software subscription business reports of itself.
const PER_SEAT = [
  'per (?:user|seat)s?(?: per| a| each| and)? (?:month|mo)',
  'pro (?:nutzer|benutzer|anwender|user)(?: und| pro| im)? monat',
  'par utilisateur(?: et)?(?: par)? mois',
  'por usuario(?: al| por| y)? mes',
  'net revenue retention|gross revenue retention|annual recurring revenue|monthly recurring revenue',
].join('|');

// Cargo is carried goods in English, but a post or an office in Spanish and Portuguese ("el cargo de Jefe", "a cargo
// de", "cargo: Gerente"): only a cargo no article or "de" ties to a position counts.
const CARGO = String.raw`(?<!\b(?:el|al|del|su|un|este|ese|mi|o|do|ao|seu|um|esse|meu|nuestro|nosso) )(?<!\ba )cargo(?!s? (?:de|da|do|del|a|em|en)\b)`;

// A company's own policy pages, which every site links ("Política de Privacidade", "política de cookies", "politica
// di qualità", "politique de confidentialité", "política ambiental"): no politics, and no word of a nonprofit.
const POLICY_PAGE = String.raw`(?:(?:de|di|da|do|del|della|sulla|sur la|des|d|dei|sobre)\s+)?(?:la\s+|el\s+|o\s+)?(?:privac\w*|privat\w*|confidentialite|riservatezza|cookies?|protec\w*|proteccion|protezione|datos|dados|dati|donnees|qualidade|calidad|qualita|qualite|devoluc\w*|reembolso\w*|envios?|trocas|garantia|seguranca|seguridad|sicurezza|uso|utilizacao|ambiental|environnementale|ambientale|medio ambiente|sostenib\w*|sustentab\w*|integrad\w*|gestao|gestion|compliance|empresa\w*|aziendale|corporativa|remuneracao|retribu\w*|igualdad|igualdade|rsc|rse|responsabilidad\w*|responsabilidade|anticorrup\w*|antisoborno|seguranca da informacao|seguridad de la informacion|sicurezza delle informazioni|securite)`;
// A software container (Docker's, Kubernetes'), not a steel, plastic or shipping one: a drum maker, a haulier and a
// packer write of containers of goods ("steel containers", "a 40 ft container").
const SOFTWARE_CONTAINERS = String.raw`(?<!\b(?:steel|metal|plastic|glass|shipping|storage|cargo|freight|food|tin|aluminium|aluminum|paper|packaging|bulk|reefer|ft|foot|feet|20|40|45) )containers?`;
// Security software's own names for what it does ("OT security", "threat detection", "identity security"): a
// product's category, whose customers (plants, banks, hospitals) the page names as much. Running security for
// clients is an IT provider's trade ("managed security services", it-services below).
const SECURITY_PRODUCTS =
  'ot security|ics security|threat detection|security monitoring|intrusion detection|identity (?:security|governance|providers?)|access management|endpoint security|zero trust';
const FOUR_LANGUAGES: Array<[IndustryGroup, string, string]> = [
  [
    // A demo to book is how software sold to businesses is sold (weak: a machine maker may demonstrate its machines).
    // "Customer success" is no word of it: it is as often a job posting's role as the trade's team.
    'software',
    `${PER_SEAT}|software|saas|open source|sdks?|apis?|developers?|kubernetes|${SOFTWARE_CONTAINERS}|self hosted|no code|low code|web apps?|mobile apps?|source code|command line|cli|github|repository|deploy\\w*|integrations?|headless|browser extension|plugins?|javascript|typescript|python|node js|django|linux|virtual machines?|virtualization|data platform|machine learning|${SECURITY_PRODUCTS}|softwarelosung\\w*|logiciels?|application mobile|applications web|code source|developpeurs?|essai gratuit|programas informaticos|aplicacion movil|aplicaciones moviles|desarrolladores?|sistemas? de gestion empresarial|desarrollamos (?:el |un |nuestro )?(?:erp|(?:sistemas?|software) de gestion)|software de gestion|software erp|sistemas? erp|erp en la nube|desarrolladora de software|codigo abierto|codigo fuente|prueba gratis|prueba gratuita`,
    '(?:request|book|schedule) a demo|app|apps|cloud|platform|devops|automat\\w*|dashboard|workflows?|data|code|download|free trial|sign up|ai|api key|user interface|product updates|tools?|application|applications|aplicacion|aplicaciones|telecharger|descargar|tableau de bord|automatisation|automatizacion',
  ],
  [
    'it-services',
    // "Ihr IT-Partner", "Informatikdienstleistungen": the Swiss call IT "Informatik"; a service desk is the IT
    // provider's support line (ITIL's word). IT outsourcing, nearshore and offshore development teams and outstaffing are
    // an IT provider's people working for clients (a software maker sells its product, not its teams).
    'it outsourcing|nearshor\\w*|offshore development|outstaffing|it partner|informatikpartner|informatik partner|informatikdienstleist\\w*|informatik dienstleist\\w*|informatikbetreuung|informatik support|it betreuung|service ?desk|erp consultants?|erp consulting|erp beratung|conseil erp|consultoria erp|it services|it dienstleist\\w*|it consulting|it beratung|managed services?|managed cloud|cloud (?:and devops )?partner|devops partner|cloud migrations?|cloud consulting|managed service provider|managed it|systemhaus|it support|it security|it sicherheit|managed detection and response|security operations cent(?:er|re)s?|managed security services?|penetration testing|rechenzentrum|data ?cent(er|re)s?|webhosting|managed hosting|it infrastru\\w*|custom software|consulting group|web development|webentwicklung|shopware|magento|online shops?|digital agency|services informatiques|infogerance|maintenance informatique|infrastructure informatique|cybersecurite|centre de donnees|hebergement web|servicios informaticos|soporte informatico|mantenimiento informatico|ciberseguridad|centro de datos|alojamiento web',
    'consultants?|hosting|netzwerk|informatique|informatica|devops',
  ],
  [
    'financial-services',
    // Fund administrators, transfer agents and fund accountants serve investment funds (NACE 66.30, 66.19): their
    // trade's own names, which no fund's customer or software vendor calls itself.
    'fund administrat\\w*|fund accounting|transfer agency|investment funds|fondsadministration|fondsverwaltung|administration de fonds|fonds d investissement|administracion de fondos|kredit\\w*|privatkredit|ratenkredit|darlehen|finanzierung\\w*|baufinanzierung|zinsen|zinssatz|effektive\\w* jahreszins|sollzins|tilgung|bonitat|schufa|leasing|loans?|mortgages?|interest rates?|credit cards?|banking|banks?|insurance|versicherung\\w*|geldanlage|anlageberatung|wealth management|asset management|brokerage|fintech|payments?|zahlungs\\w*|paiements?|pagos|pagamentos?|pagamenti|betalingen|betalningar|factoring|finanz\\w*|financial services|lenders?|lending|banques?|credit immobilier|prets?|assurance vie|assurance auto|assurance habitation|assureurs?|compagnie d assurance|courtage|en assurances|d assurances|orias|intermediaire\\w* en assurance\\w*|versicherungsmakler\\w*|insurance brok\\w*|epargne|gestion de patrimoine|taux d interet|courtier\\w*|bancos?|prestamos?|hipotecas?|seguros de|seguro de (?:vida|hogar|coche|salud)|companias de seguros|aseguradora\\w*|ahorro|financiacion|tarjetas? de credito|tipo de interes',
    'credit|finance|financing|invest\\w*|kosten|rate|monatlich\\w*|vergleich|konditionen|financement|placements?|inversion\\w*|credito|finanzas',
  ],
  [
    'healthcare',
    // A clinical laboratory analyses patients' samples for their doctors (NACE 86.90): a testing laboratory for plants
    // (professional-services) names no patient, biology or blood draw.
    'clinical laborator(?:y|ies)|medical laborator(?:y|ies)|clinical biology|blood draws?|phlebotomy|labormedizin|laboratoriumsmedizin|blutentnahme\\w*|biologie (?:clinique|medicale)|laboratoires? d analyses (?:medicales|de biologie)|centres? de prelevements?|analisis clinicos|laboratorios? clinicos?|extraccion de sangre|' +
      'hearing aids?|audiologists?|audiology|horgerat\\w*|horakustik\\w*|audioprothesist\\w*|aides auditives|appareils auditifs|audioprotesist\\w*|patients?|patienten|clinical|clinics?|klinik\\w*|hospitals?|krankenhaus|medical|medizin\\w*|physicians?|doctors?|arzt|arzte|praxis|therap\\w*|pharma\\w*|health ?care|caregivers?|dementia|demenz|pflege\\w*|nursing|diagnos\\w*|treatments?|behandlung|patient care|outpatient|inpatient|surgery|surgeons?|surgical|dental|dentists?|dentistry|orthopa?edic\\w*|cardiolog\\w*|radiolog\\w*|oncolog\\w*|p(a)?ediatric\\w*|nurses?|physiotherap\\w*|medicine|zahnarzt\\w*|facharzt\\w*|sprechstunde\\w*|chirurg\\w*|orthopadie\\w*|sanitatshaus\\w*|krankenkasse\\w*|rehabilitation|reha|apotheke\\w*|patientes?|cliniques?|hopital|hopitaux|medecins?|medicale?s?|medicaux|cabinet medical|infirmi\\w*|dentaire|kinesitherap\\w*|pharmacie\\w*|pacientes?|clinicas?|hospitales|medicos?|medicas?|cirug\\w*|enfermer\\w*|dentista\\w*|fisioterap\\w*|farmacias?|consulta medica|tratamientos?',
    'health|gesundheit|care|wellness|sante|soins|salud|consultations?|consultas?',
  ],
  [
    'education',
    'courses?|students?|studierende|teach\\w*|lessons?|curriculum|universit(y|ies|at)|colleges?|campus|degrees?|admissions?|tuition|enroll\\w*|faculty|academy|akademie|seminar(?!hotel)\\w*|schulung\\w*|weiterbildung\\w*|fortbildung\\w*|lehrgang\\w*|kurs|kurse|unterricht|lernen|learners?|e ?learning|workshops?|tutorials?|bachelor|formations?|etudiants?|eleves?|ecoles?|universite\\w*|enseignement|apprentissage|pedagog\\w*|diplome\\w*|stagiaires?|lycee|schule\\w*|schuler\\w*|studium|studiengang\\w*|hochschule\\w*|lehrer\\w*|cursos?|estudiantes?|alumnos?|escuelas?|universidad\\w*|ensenanza|formacion|aprendizaje|docentes?|profesorado|matricula',
    'learn|learning|training|trainings|trainer|class|classes|education|bildung|teilnehmer\\w*|cours|ausbildung\\w*|profesores?',
  ],
  [
    // Vanilla and spices cured and processed for export (NACE 10.84): the curer's steps, "échaudage" and "étuvage"
    // (scalding and sweating the pods), are work done to goods, whoever grew them.
    'manufacturing',
    // A French maker says what it does in a verb ("conçoit et fabrique", "nous fabriquons"); the bare "fabrique" is as
    // often a studio's or a brand's name ("La Fabrique"). Stainless steel is a metal shop's word, weakly.
    // End-of-line packaging machines (palletizers, stretch wrappers) are a machine builder's products: a plant that
    // runs one names its own goods first.
    // Plants and parks only a maker has: where its goods are assembled ("Montagewerk", "assembly plant"), made
    // ("Produktionshalle"; not the English "production hall", which a recruiter's posting for a client names) and the machines it makes them with ("Maschinenpark", "machine park");
    // control cabinets and switchgear built to order are made goods too (NACE 27.12).
    // Conveyors and robot cells are machines built to order for plants (NACE 28.22, 28.99): "Fördertechnik",
    // "Gurtförderer", "convoyeurs", "cintas transportadoras", "palletising robot cells".
    '\\w*fordertechnik|\\w*forderanlage\\w*|gurtforderer\\w*|rollenbahnen|conveyor systems?|belt conveyors?|roller conveyors?|convoyeurs?|cintas transportadoras|robot(?:ic)? (?:work ?)?cells?|roboterzelle\\w*|cellules? robotisees?|celulas? robotizadas?|' +
      'montagewerk\\w*|produktionshalle\\w*|fertigungshalle\\w*|maschinenpark\\w*|assembly plants?|machine parks?|parc machines?|schaltanlagenbau|schaltschrankbau|steuerungsbau|' +
      // Bar turning ("décolletage") is machining: turned screws, pins and shafts sold to watch, car and device makers.
      // IFS Food and FSSC 22000 certify food processing plants (a shop or a restaurant holds none of them); a
      // poultry, meat or seafood processor is a plant too, as food made at industrial scale.
      // Spinning, weaving and finishing mills are textile makers (NACE 13.1-13.3): the cloth a mill weaves is its
      // product, not a shop's.
      // Forging shapes hot steel in dies ("forja en estampa", "Gesenkschmiede"): a forge's words (NACE 25.50).
      // Rice, flour and oil mills turn a crop into food at a plant (NACE 10.41, 10.61); maize and wheat millers, shea,
      // cocoa and cashew processors and dairies too, where the crop is grown (NACE 10.4-10.8).
      // A tea factory withers, rolls and dries green leaf into "made tea" (NACE 10.83): its own steps, not a tea shop's.
      'tea factor(?:y|ies)|made tea|withering (?:troughs?|sheds?)|(?:processes|processing) green leaf|' +
      // A formulation plant mixes and packs agrochemicals or paints from bought actives (NACE 20.20, 20.30).
      // A Spanish rice or wheat mill by its hulling and its grain ("molino arrocero", "procesando arroz", "trilladora"),
      // a cannery by its own name ("conservera", "conservas de pescado").
      'molinos? (?:arroceros?|harineros?|de (?:arroz|trigo|maiz))|procesa(?:ndo|mos) (?:arroz|trigo|maiz)|procesamiento de (?:arroz|trigo|maiz|conservas|pescado)|trilladoras?|conserveras?|conservas de (?:pescado|atun|sardinas?|caballa|mariscos)|' +
      'rizeries?|rice mills?|rice milling|riserie|riseria|reismuhle\\w*|minoteries?|harineras?|flour mills?|huileries?|' +
      'forgings?|drop forg\\w*|forge shops?|gesenkschmied\\w*|schmiedeteile|forgeage|pieces forgees|forja|forjas|forjados?|forgiatur\\w*|forjamento|' +
      // Looms, knitting machines and jute mills are a textile maker's own plant (NACE 13-14); bare "yarn" and "knitting"
      // are a craft shop's goods too, and a bare "looms" a verb ("a deadline looms").
      '(?:power|hand|rapier|jacquard|shuttleless|air ?jet|water ?jet) ?looms?|knitting (?:machines?|units?|mills?)|circular knitting|stitching units?|jute (?:mills?|goods|yarn|fabrics?|bags|sacks)|' +
      'spinning mills?|weaving mills?|textile mills?|wool(?:len)? mills?|weberei\\w*|spinnerei\\w*|tuchfabrik\\w*|textilveredelung|filatures?|tissages?|hilaturas?|hilanderias?|tejedurias?|' +
      // A meat works names the stock it kills and bones ("beef and lamb processor", "kill floor", "boning room", NACE 10.11);
      // a dairy co-operative collects its farmers' milk and dries or churns it at its own plant (NACE 10.51); a mill grinds
      // its own grain on milling lines ("flour and feed producer", NACE 10.61, 10.91).
      'abattoirs?|meat ?works|kill floors?|boning rooms?|dairy co ?operatives?|milk powder|butter plants?|milling lines?|(?:flour|feed)(?: (?:and|&) (?:flour|feed))? (?:producers?|millers?)|' +
      // A coffee processor pulps, ferments and dries the cherries it buys at its own wet mill (NACE 10.83): a roaster
      // or a café is no processor.
      // A cannery seals the fish it buys into cans (NACE 10.20): "tuna canner", "canning plant", "canned tuna".
      '(?:tuna|fish|sardine|seafood) (?:canners?|canning|canneries|cannery|packers?)|canning plants?|canneries|cannery|canned (?:tuna|fish|sardines?)|' +
      'coffee wet mills?|(?:our|own) wet mills?|processing mills?|(?:coffee|arabica|robusta) process(?:ing|ors?)|' +
      'ifs food|fssc 22000|(?:poultry|meat|seafood|fish|vegetable|fruit|nut|almond|shea(?: butter)?|cocoa|cashew|maize|grain|cassava|dairy|milk|beef|lamb|pork|venison)(?: (?:and|&) (?:beef|lamb|pork|venison|poultry|meat))? process(?:ing|ors?)|(?:maize|sorghum|grain|wheat|corn|millet)(?: and (?:maize|sorghum|grain|wheat|corn|millet))? mill(?:s|ers?|ing)|formulation plants?|formulat(?:es?|ing) and pack\\w*|food processing (?:plants?|facilit(?:y|ies)|compan(?:y|ies))|palleti[sz]ers?|stretch wrappers?|packaging machines?|packaging machinery|palettierer\\w*|palettieranlage\\w*|stretchwickler\\w*|verpackungsmaschinen\\w*|palettiseur\\w*|banderoleuse\\w*|machines? d emballage|paletizador\\w*|envolvedoras?|maquinas? de embalaje|shipyards?|shipbuild\\w*|boatbuild\\w*|werft|werften|schiffswerft\\w*|bootswerft\\w*|schiffbau|chantiers? nava\\w*|construction navale|astilleros?|construccion naval|manufactur\\w*|factory|factories|tischlerei\\w*|schreinerei\\w*|zimmerei|\\w{0,20}schlosserei|metallbau|joinery|cabinetmak\\w*|carpentry workshop|menuiserie|ebenisterie|carpinteria|falegnameria|hersteller|herstellung|produktion|fertigung|fertigt|\\w*messgerat\\w*|messtechnik|maschinenbau|machinery|industrial|industrie\\w*|plants?|werk|anlagenbau|oem|components?|bauteile|quality control|qualitatskontrolle|machining|cnc|fabrication|metalworking|injection mou?lding|assembly lines?|production lines?|production facilit\\w*|precision engineering|welding|foundry|sheet metal|zerspanung|drehteile|frasteile|fertigungs\\w*|produktionsstandort\\w*|werkzeugbau|spritzguss|blechbearbeitung|schweisstechnik|giesserei|sondermaschinen\\w*|serienfertigung|lohnfertigung|usines?|fabricants?|decolletage|decolleteu\\w*|fabriquons|fabriquent|(?:concoit|developpe|produit) et fabrique|usinage|ligne de production|chaine de production|sous traitance industrielle|mecanique de precision|injection plastique|chaudronnerie|fonderie|fabricas?|fabricacion|fabricantes?|planta de produccion|plantas de produccion|mecanizado\\w*|linea de produccion|inyeccion de plastico|fundicion|maquinaria|vanilla curing|vanilla processing|spice processing|preparat\\w* de (?:la )?vanille|transformation de (?:la )?vanille|transformation des epices|echaudage|etuvage',
    'production|produziert|engineering|quality|qualitat|industriel\\w*|industriales|produccion|maschinen|werke|inox|acier inoxydable',
  ],
  [
    'retail-consumer',
    `bookshops?|bookstores?|booksellers?|buchhandlung\\w*|librairies?|libraires?|librerias?|libreros?|llibreri\\w*|llibreter\\w*|botiga en linia|shop|onlineshop|online shop|warenkorb|add to cart|in den warenkorb|checkout|versandkostenfrei|free shipping|versand|lieferzeit|bestellen|order now|buy now|kaufen|jetzt kaufen|gifts?|geschenk\\w*|apparel|fashion|mode|schmuck|jewelry|cosmetics|kosmetik|furniture|mobel|coffee|kaffee|espresso|bohnen|tea|tee|wines?|(?<!ifs )food|lebensmittel|retail|consumer|verbraucher|preisvergleich|tarifvergleich|vergleichsportal|stores?|boutique en ligne|panier|ajouter au panier|livraison gratuite|vetements|cosmetiques|meubles|epicerie|tienda online|tienda en linea|carrito|anadir al carrito|envio gratis|ropa|cosmetica|muebles|supermercado|${FOOD_AND_DRINK}`,
    'products?|produkte?|price|preis|preise|sale|angebot\\w*|customers?|kunden|boutique|acheter|commander|tienda|comprar|produits|productos|precio|prix',
  ],
  [
    'media-publishing',
    'journalis\\w*|reporters?|editors?|editorial|redaktion|newsroom|magazines?|newspapers?|zeitung\\w*|verlag|publish\\w*|podcasts?|broadcast\\w*|breaking news|headlines?|subscribers?|stories|comedy|kabarett|cabaret|satire|stand up|theat(er|re)|buhne|auftritt\\w*|tickets?|premiere|entertainment|films?|movies?|music|musik|albums?|books|ebooks?|bucher|buchverlag\\w*|literatur|romane?|novels?|fiction|authors?|autor(?:in|innen|en)?|readers?|leser|episodes?|columnist|opinion|news analysis|opinion and analysis|analysis and opinion|analysis and commentary|reviews?|gaming|games|journalistes?|redacteurs?|quotidien|journal|magazines?|lecteurs|abonnes|livres|auteurs?|maisons? d edition|litterature|romans?|bandes? dessinees?|cinema|musique|spectacle vivant|arts du spectacle|periodistas?|periodismo|redaccion|revistas?|periodicos?|diario|libros|autores?|literatura|novelas?|lectores|suscriptores|peliculas?|musica',
    'news|nachrichten|videos?|watch|read more|weiterlesen|media|medien|articles?|artikel|published|reporting|interview\\w*|community|actualites|presse|noticias|videos|medios',
  ],
  [
    // French "campagne" and Spanish "campaña" alone are a harvest season (and the countryside, or a bell) as often as an
    // advertising campaign: only the campaign of publicity or communication is an agency's strong word.
    'marketing-advertising',
    'marketing|advertis\\w*|werbung|werbe\\w*|werbeagentur|agentur|(?:digital|internet|web|online|kommunikations|marketing|kreativ|design|branding|content|performance|media|social media) ?agentur|agency|agencies|branding|brand identity|corporate design|markenbildung|marke|kampagne\\w*|campaigns?|seo|sem|social media|influencer\\w*|lead generation|audiences?|content marketing|ads|anzeigen|kreativ\\w*|webdesign|grafikdesign|logo\\w*|digital experiences?|storytelling|exhibitions?|museums?|interactive|agences? de communication|agences? de marketing|generation de leads|strategie de marque|inbound marketing|agence web|agence digitale|agence marketing|publicite\\w*|campagnes? (?:publicitaires?|de communication|de publicite|marketing|digitales?|d affichage)|referencement|reseaux sociaux|strategie digitale|image de marque|identite visuelle|agencia de marketing|agencia digital|agencia de publicidad|agencia de comunicacion|publicidad|campanas? (?:publicitarias?|de (?:publicidad|marketing|comunicacion|branding|email|anuncios)|digitales?|en redes sociales)|posicionamiento web|redes sociales|marketing digital|identidad de marca',
    'design|designs|brand|brands|creative|content|engagement|insights|reach|reichweite|zielgruppe\\w*|notoriete|campagnes?|campanas?|comunicacion|marca',
  ],
  [
    'professional-services',
    // Land surveying is an engineering activity (NACE 71.12); cleaning and facility services are services to
    // buildings (NACE 81), a service firm's and not a builder's trade. Testing and analysis for others is technical
    // testing (NACE 71.20): a testing laboratory or test house, its ISO/IEC 17025 accreditation, whatever the
    // plants and makers it tests for.
    // Design and engineering for other firms' products (CAD, simulation, tooling design) is an engineering activity
    // (NACE 71.12), whichever industries it serves.
    // Geotechnical engineering (ground investigation, slope and foundation design) is an engineering consultancy's work
    // (NACE 71.12), however many mines and dams it is done for.
    'geotechnical (?:engineer\\w*|consultan\\w*|practice|investigations?)|engineering services|engineering design services|testing laborator(?:y|ies)|analytical laborator(?:y|ies)|contract laborator(?:y|ies)|test(?:ing)? houses?|iso (?:iec )?17025|surveying|surveyors?|land surveys?|vermessungsburo\\w*|vermessungsingenieur\\w*|geometres? experts?|cabinets? de geometres?|topografos?|servicios topograficos|facilit(?:y|ies) services|facilit(?:y|ies) management|commercial cleaning|contract cleaning|office cleaning|cleaning services|janitorial\\w*|grounds maintenance|gebaudereinigung\\w*|gebaudereiniger\\w*|gebaudedienstleist\\w*|hausmeisterdienst\\w*|unterhaltsreinigung|entreprises? de (?:proprete|nettoyage)|societes? de nettoyage|services de nettoyage|nettoyage de (?:bureaux|locaux)|empresas? de limpieza|servicios de limpieza|limpieza de (?:oficinas|edificios)|payroll bureau\\w*|outsourced payroll|payroll outsourcing|lohnburo\\w*|externalisation de la paie|cabinets? de paie|externalizacion de nominas|consulting|consultancy|beratung\\w*|berater\\w*|unternehmensberatung|rechtsanwalt\\w*|anwalt\\w*|kanzlei|lawyers?|attorneys?|law firm|legal advice|solicitors?|barristers?|conveyancing|probate|family law|employment law|notar\\w*|steuerberat\\w*|tax advis\\w*|accounting|buchhaltung|recruiting|staffing|recruitment agency|recruitment consultan\\w*|recruitment firm|recruitment specialists?|labou?r hire|executive search|headhunt\\w*|permanent placements?|contract placements?|temp(?:orary)? staffing|personalvermittlung|outsourcing|business process outsourcing|bpo|call cent(?:er|re)s?|contact cent(?:er|re)s?|back office services?|auslagern|interim|sachverstandig\\w*|gutachte\\w*|ingenieurburo|ingenieure|planungsburo|tragwerk\\w*|statik|statiker|bauphysik|structural engineering|engineering consultan\\w*|bureau d etudes|ingenieria de consulta|studio di ingegneria|ingenieursbureau|arbeitssicherheit|arbeitsschutz|compliance|certification|zertifizierung|audit\\w*|coaching|coach|dienstleister|dienstleistung\\w*|mandant\\w*|avocats?|cabinet d avocats|expert comptable|expertise comptable|comptabilite|cabinets? de recrutement|agences? de recrutement|conseil en gestion|conseil en strategie|notaires?|juridiques?|abogados?|bufete|asesoria\\w*|consultoria\\w*|consultores?|contabilidad|auditoria|gestoria|seleccion de personal|despacho|areas de practica|practice areas|derecho (?:laboral|civil|penal|comercial|societario|tributario|administrativo|de familia|corporativo)|estudio juridico|juridic\\w*|notari\\w*',
    // Bare "recrutement" is every French job posting's word ("offre d'emploi, recrutement"), an employer's as much as
    // a recruiter's: the recruiter's own names are strong above.
    'beraten|klienten|advisory|conseil|consultants|asesoramiento|recrutement',
  ],
  [
    'real-estate-construction',
    // Electrical installation in buildings is a building trade (NACE 43.21, WZ "Elektroinstallation"), as plumbing is.
    // Timber framing ("Holzrahmenbau", "Holzriegelbau") raises houses in wood: a builder's method (NACE 41-43).
    'holzhausbau|holzrahmenbau|holzriegelbau|elektroinstallation\\w*|elektroinstallateur\\w*|electrical contractors?|coworking|real estate|immobilie\\w*|property|properties|construction|bauunternehm\\w*|bauvorhaben|bauprojekt\\w*|hochbau|tiefbau|ingenieurbau|architect\\w*|architekt\\w*|apartments?|wohnungen|wohnbau|neubau|sanierung|renovation|builders?|contractors?|housing|homes|realtor\\w*|mieten|miete|eigentum|grundstuck\\w*|bauherr\\w*|baustelle\\w*|immobilier\\w*|immobiliere\\w*|appartements?|promoteur\\w*|promotion immobiliere|batiments?|renovation|architectes?|chantiers?|btp|gros oeuvre|maconnerie|inmobiliari\\w*|viviendas?|pisos|promotora\\w*|constructora\\w*|construccion\\w*|reformas?|arquitect\\w*|edificios?|roofing|roofers?|hvac|heating and (?:air|cooling)|heating cooling|air conditioning|furnaces?|ductwork|ductless|mini splits?|boiler installation\\w*|plumbing|plumbers?|heizungsbau|sanitar\\w*|chauffagistes?|fontaner\\w*|waterproofing|plastering|joinery|flooring|tiling|scaffolding|insulation|demolition|plumbing|plumbers?|bricklay\\w*|masonry|carpentry|general contractors?|dachdecker\\w*|abdichtung\\w*|bauwerksabdichtung|trockenbau|fliesenleger\\w*|estrich\\w*|gerustbau|abbruch\\w*|zimmerei|kaltetechnik|kalteanlagenbau\\w*|klimatechnik|klimaanlagen\\w*|maurer\\w*|heizungsbau|sanitarinstallation|malerbetrieb|couvreur\\w*|etancheite|platrerie|menuiserie|carrelage|echafaudage\\w*|plomberie|charpente\\w*|isolation thermique|impermeabilizacion\\w*|fontaneria|albanileria|carpinteria|yeseria|alicatado|andamios|demolicion|tejados|aislamiento termico',
    'bau|bauen|building|buildings|gebaude|planung|projekte|travaux|maisons|alquiler|obras?|construire|construir',
  ],
  [
    'energy-utilities',
    // Oilfield services (NACE 09.10): logging and servicing oil and gas wells. Bare "wireline" is also a telephone
    // carrier's landline, so only its well-service phrases count.
    // Wind turbines are power plants: whoever runs, services or repairs them works in power generation's trade.
    'wind technicians?|wind turbine technicians?|wind turbines?|windenergieanlage\\w*|windturbine\\w*|aerogenerador\\w*|' +
      'oilfield\\w*|oil field services|cased hole|open hole logging|wireline (?:logging|services?|trucks?)|well logging|well servicing|well intervention|workover rigs?|drilling rigs?|energie\\w*|energy|solar\\w*|photovolta\\w*|pv anlage\\w*|strom\\w*|electricity|wind power|wind farms?|windrad\\w*|windpark\\w*|windkraft\\w*|windenergie|batteriespeicher\\w*|stromspeicher|battery storage|renewables?|erneuerbare\\w*|kwh|kwp|megawatt|mw|power plants?|kraftwerk\\w*|utilit(y|ies)|grid|netzbetreiber|oil|gas|erdgas|emissions|klimaneutral\\w*|co2|electricite|solaire\\w*|photovoltai\\w*|panneaux solaires|eolien\\w*|renouvelable\\w*|fournisseur d energie|gaz naturel|energia\\w*|electricidad|fotovoltai\\w*|placas solares|paneles solares|eolic\\w*|renovables?|suministro electrico|gas natural|autoconsumo|hydroelectri\\w*|hydropower|wasserkraft\\w*|hidroelectric\\w*|centrales? hydro\\w*|producteurs? d (?:electricite|energie)',
    // A heat pump is an installer's, a maker's or a utility's: weak evidence of energy alone.
    'power|sustainab\\w*|nachhaltig\\w*|climate|klima|sostenible\\w*|climat|clima|warmepumpe\\w*|heat pumps?|pompes? a chaleur|bomba de calor',
  ],
  [
    'transportation-logistics',
    // Customs brokers (NACE 52.29): clearing goods through customs is a forwarder's trade ("clearing and forwarding
    // agents", as East and Southern Africa name them). Stevedores ("stevedoring",
    // Latvian and Russian "stividor-") and ship or port agents handle ships and cargo in port (NACE 52.22, 52.24).
    // A grain elevator or terminal stores, dries and ships other people's grain (NACE 52.10, 52.24), however much of it.
    // Barges on rivers and canals carry cargo (NACE 50.40): "inland shipping", "Binnenschifffahrt", "batellerie".
    `barges?|inland shipping|inland waterway transport|binnenschiff\\w*|batellerie|transport fluvial|transporte fluvial|grain elevators?|grain terminals?|grain storage|clearing (?:and |& )?forwarding|forwarding agen\\w*|freight forward\\w*|stevedor\\w*|stividor\\w*|ship agency|port agency|customs brok\\w*|customs clearance|zollabfertigung|zollagentur\\w*|verzollung\\w*|dedouanement|commissionnaires? en douane|agentes? de aduanas?|agencias? de aduanas?|despachantes? de aduanas?|despacho aduanero|ferry|ferries|ferry services?|logistics|logistik\\w*|fulfil?ment|kommissionierung|order picking|palettenstellplatz\\w*|contract logistics|freight|fracht\\w*|spedition\\w*|trucking|trucks?|lkw|fleet|fuhrpark|${CARGO}|warehous\\w*|supply chain|lieferkette\\w*|airlines?|flights?|shipments?|parcel\\w*|paket\\w*|courier|kurier|railway|bahn|mobility|mobilitat|transporteurs?|logistique\\w*|fret|entreposage|entrepots?|messagerie|affretement|colis|camions?|logistica\\w*|transportistas?|paqueteria|mensajeria|flota|camiones|mercancias|cadena de suministro|almacenaje`,
    'transport\\w*|delivery|lieferung|shipping|transports?|transportes?|livraisons?|expedition\\w*|envios|carga|almacen\\w*',
  ],
  [
    // A compound ending in "hotel" ("Seminarhotel", "Wellnesshotel") is a hotel, and no seminar's word in education's.
    'hospitality-travel',
    // A yacht or boat chartered for a holiday, with or without its crew, is a holiday let on water (a yard that builds
    // yachts writes of its shipyard).
    'yacht charters?|boat charters?|catamaran charters?|sailing charters?|bareboat|crewed yachts?|albergues?|\\w+hotels?|hotels?|hostels?|resorts?|restaurants?|speisekarte|menu|rooms?|zimmer|ubernachtung\\w*|gaste|guests|tourism|tourismus|travel|reisen?|urlaub|vacation|holiday\\w*|booking|buchen|tours?|ausflug\\w*|catering|bar|cafe|spa|hotels?|chambres|restaurants?|sejours?|vacances|tourisme|voyages?|gites?|camping\\w*|croisieres?|hoteles?|habitaciones|restaurantes?|vacaciones|turismo|viajes?|escapadas?|excursion\\w*',
    'reservation|reservierung|aufenthalt|reservations?|reservas?|alojamiento\\w*|carta',
  ],
  [
    'telecommunications',
    'telecom\\w*|telekommunikation|mobile networks?|mobilfunk\\w*|broadband|breitband|fiber|fibre|glasfaser\\w*|dsl|5g|lte|isp|internet service provider|handytarif\\w*|sim karte|sim cards?|carrier|voip|telefonie|telecommunications?|operateur telecom|operateur mobile|forfaits? mobiles?|fibre optique|box internet|reseau mobile|tres haut debit|telephonie|telecomunicaciones|fibra optica|tarifas moviles|red movil|banda ancha|telefonia',
    'tarif\\w*|telefon\\w*|internet|forfaits?|tarifas?|movil|moviles',
  ],
  [
    'government-nonprofit',
    `non ?profit|nonprofit|ngo|charit\\w*|donat\\w*|spende\\w*|volunteer\\w*|ehrenamt\\w*|verein|stiftung|foundation|government|ministry|ministerium|behorde|municipal\\w*|partei|politi\\w*(?! ${POLICY_PAGE})|wahl\\w*|elections?|parlament|parliament|abgeordnete\\w*|civil society|zivilgesellschaft|human rights|menschenrechte|advocacy|grants?|public domain|licenses?|commons|mitglied\\w*|members|membership|demokratie|democracy|freedom|freiheit|activis\\w*|benevol\\w*|faire un don|adherents?|adhesion|but non lucratif|mairie|collectivites?|ministere|gouvernement|solidarite|humanitaire\\w*|voluntari(?!amente)\\w*|donaciones|donar|hazte socio|sin animo de lucro|ayuntamiento|gobierno|ministerio|solidaridad|humanitari\\w*`,
    'community|mission|burger\\w*|citizens?|gemeinde|citoyens?|ciudadan\\w*|public|offentlich\\w*|policy|politik|society|gesellschaft|association\\w*|asociacion\\w*|socios|publique|publico',
  ],
  [
    // Funeral homes and crematoria (NACE 96.03) are in no group of ours: their words make a page "other", and keep
    // a hearse's "transfer of the deceased" from reading as a haulier's.
    'other',
    // Farm work done for farmers ("servicios agrícolas", NACE 01.61), farming and ranching estates ("agropecuaria") and
    // beekeeping (01.49) are section A: no group of ours.
    // Agricultural and rural contractors bale, cultivate and harvest on farmers' land ("ag contracting", "baleage", NACE
    // 01.61): farm work too.
    'servicios agricolas|agricultural services|servicos agricolas|(?:agricultural|ag|rural) contract(?:ing|ors?)|baleage|silage (?:contract\\w*|bookings?|harvesting)|agropecuari[ao]s?|apicultura|apicola|apicultores?|colmenas|beekeep\\w*|apiar(?:y|ies)|' +
      'funeral homes?|funeral directors?|funeral parlou?rs?|undertakers?|crematori(?:um|ums|a)|bestattung\\w*|bestatter\\w*|krematori\\w*|beerdigungsinstitut\\w*|pompes funebres|funerarium|funeraria\\w*|tanatorio\\w*|crematorio\\w*|servicios funerarios',
    'funerals?|burials?|beerdigung\\w*|obseques|entierros?|sepelios?',
  ],
];

export const KEYWORDS: Array<[IndustryGroup, string, string]> = FOUR_LANGUAGES.map(([group, strong, weak]) => {
  const lists = [
    MORE_KEYWORDS[group],
    NORDIC_PL_CS_KEYWORDS[group],
    SK_SL_HR_KEYWORDS[group],
    TR_KEYWORDS[group],
    HU_ET_RO_LV_LT_KEYWORDS[group],
    ID_MS_VI_KEYWORDS[group],
    SQ_KEYWORDS[group],
    UZ_KEYWORDS[group],
  ].filter((l) => l !== undefined);
  return [group, [strong, ...lists.map((l) => l[0])].join('|'), [weak, ...lists.map((l) => l[1])].join('|')];
});
