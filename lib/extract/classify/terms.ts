import type { IndustryGroup } from '../../signals/enums';
import { HU_ET_RO_LV_LT_TERMS } from './terms-hu-et-ro-lv-lt';
import { ID_MS_VI_TERMS } from './terms-id-ms-vi';
import { MORE_TERMS } from './terms-it-nl-pt';
import { NORDIC_PL_CS_TERMS } from './terms-nordic-pl-cs';
import { SK_SL_HR_TERMS } from './terms-sk-sl-hr';
import { TR_TERMS } from './terms-tr';

/**
 * What each industry group is called, from three public classifications rather than from pages we have seen:
 * - `linkedin`: LinkedIn's industry names (its 2022 taxonomy and the older one), which LinkedIn pages, CRMs and
 *   exports state verbatim. Matched whole, they decide with the highest confidence.
 * - `en`, `de`, `fr`, `es`: the key words of the section and division titles of the EU's activity classification,
 *   NACE Rev. 2 (ISIC Rev. 4 at that level), in English and in its national versions: WZ 2008 (German), NAF rév. 2
 *   (French) and CNAE-2009 (Spanish); with the trade's own word where a title is a phrase no company writes
 *   ("Rechtsberatung" for "Rechtsberatung und Wirtschaftsprüfung"). Word stems, lower case, accents folded.
 * Italian, Dutch and Portuguese, and LinkedIn's names in the other languages, are in ./terms-it-nl-pt.ts; Polish,
 * Czech, Swedish, Danish, Norwegian and Finnish in ./terms-nordic-pl-cs.ts; Slovak, Slovenian and Croatian (with
 * Serbian in Latin script) in ./terms-sk-sl-hr.ts; Hungarian, Estonian, Romanian, Latvian and Lithuanian in
 * ./terms-hu-et-ro-lv-lt.ts; Indonesian, Malay and Vietnamese in ./terms-id-ms-vi.ts. Greek and Hebrew
 * (./terms-el-he.ts), Arabic and Russian (./terms-ar-ru.ts) and Japanese, Chinese and
 * Korean (./terms-cjk.ts) are matched in their own scripts by ./industry.ts.
 * schema.org's business types are the third basis, in ./schema-types.ts.
 *
 * NACE sections by group: B, D, E and division 19 energy-utilities; C manufacturing, with 10-12 (food, drink and
 * tobacco: a dairy or a brewery makes what it sells, and infoboxes state "Dairy", "Láctea", "Zuivel"), except 21
 * (pharmaceuticals, healthcare) and 26.2 (computers, manufacturing still); F and L real-estate-construction; G
 * retail-consumer; H transportation-logistics; I and 79 hospitality-travel; 58.1, 59, 60, 63.9 (news agencies) and 90-91 media-publishing; 58.2 and 62.01 software; 62.02-62.09, 63.1 and 95.1
 * it-services; 61 telecommunications; K financial-services; 69, 70, 71.12, 72, 74, 78, 80-82 professional-services;
 * 71.11 (architecture) real-estate-construction; 73 marketing-advertising; O, 88 and 94 government-nonprofit; P
 * education; Q (but 88) and 75 healthcare; 93 hospitality-travel; 96 retail-consumer. Section A (farming, forestry,
 * fishing) and the rest have no group: they stay unknown.
 */
export interface GroupTerms {
  group: Exclude<IndustryGroup, 'other'>;
  linkedin: string[];
  en: string;
  de: string;
  fr: string;
  es: string;
}

export const TERMS: GroupTerms[] = [
  {
    group: 'software',
    linkedin: [
      'Software Development',
      'Computer Software',
      'IT System Custom Software Development',
      'Technology, Information and Internet',
      'Technology, Information and Media',
      'Information Technology',
      'Internet',
      'Internet Publishing',
      'Internet Marketplace Platforms',
      'Computer and Network Security',
      'Computer Games',
      'Mobile Gaming Apps',
      'Data Infrastructure and Analytics',
      'Desktop Computing Software Products',
      'Embedded Software Products',
      'Mobile Computing Software Products',
      'Blockchain Services',
      'Business Intelligence Platforms',
      'Social Networking Platforms',
    ],
    en: 'software publishing|publishing of computer games|computer programming|software|web portals?|saas',
    de: 'verlegen von software|softwareentwicklung|softwarehersteller|programmierungstatigkeiten|programmierung|webportale?',
    fr: 'edition de logiciels|programmation informatique|logiciels?|editeur de logiciels|portails internet',
    es: 'edicion de programas informaticos|programacion informatica|desarrollo de software|programas informaticos|portales web',
  },
  {
    group: 'it-services',
    linkedin: [
      'IT Services and IT Consulting',
      'Information Technology & Services',
      'Information Technology and Services',
      'IT System Data Services',
      'IT System Design Services',
      'IT System Installation and Disposal',
      'IT System Operations and Maintenance',
      'IT System Testing and Evaluation',
      'IT System Training and Support',
      'Computer Networking',
      'Computer Networking Products',
      'Computer and Network Security Services',
    ],
    en: 'computer consultancy|computer facilities management|information technology (?:and|&) computer service activities|data processing|hosting|it services|it consulting|managed services|repair of computers',
    de: 'it dienstleistung\\w*|it beratung|beratungsleistungen auf dem gebiet der informationstechnologie|betrieb von datenverarbeitungseinrichtungen|datenverarbeitung|hosting|systemhaus|reparatur von datenverarbeitungsgeraten|it dienstleistungen und it beratung',
    fr: 'conseil en systemes et logiciels informatiques|tierce maintenance|gestion d installations informatiques|traitement de donnees|hebergement|services informatiques|esn|ssii|infogerance|conseil en informatique|technologies et services de l information',
    es: 'consultoria informatica|gestion de recursos informaticos|proceso de datos|hosting|servicios informaticos|servicios de tecnologias de la informacion|consultoria de ti|servicios de ti|servicios y consultoria de ti',
  },
  {
    group: 'telecommunications',
    linkedin: [
      'Telecommunications',
      'Wireless Services',
      'Telecommunications Carriers',
      'Satellite Telecommunications',
      'Wired Telecommunications Carriers',
    ],
    en: 'telecommunications?|wired telecommunications|wireless telecommunications|satellite telecommunications|broadband',
    de: 'telekommunikation|leitungsgebundene telekommunikation|drahtlose telekommunikation|satellitentelekommunikation|mobilfunk|breitband',
    fr: 'telecommunications?|telecommunications filaires|telecommunications sans fil|operateur telecom',
    es: 'telecomunicaciones|telecomunicaciones por cable|telecomunicaciones inalambricas|operador de telecomunicaciones',
  },
  {
    group: 'marketing-advertising',
    linkedin: [
      'Advertising Services',
      'Marketing Services',
      'Marketing and Advertising',
      'Public Relations and Communications Services',
      'Public Relations and Communications',
      'Market Research',
    ],
    en: 'advertising|market research|public opinion polling|advertising agencies|media representation|marketing',
    de: 'werbung|marktforschung|werbeagentur\\w*|vermarktung|marketing|mediaagentur\\w*|werbedienstleistung\\w*',
    fr: 'publicite|etudes de marche|sondage\\w*|agence de communication|agences? de publicite|regie publicitaire|marketing',
    es: 'publicidad|estudios de mercado|agencias? de publicidad|agencia de marketing|marketing',
  },
  {
    group: 'financial-services',
    linkedin: [
      'Financial Services',
      'Banking',
      'Insurance',
      'Investment Management',
      'Investment Banking',
      'Capital Markets',
      'Venture Capital and Private Equity Principals',
      'Venture Capital & Private Equity',
      'Credit Intermediation',
      'Insurance Carriers',
      'Insurance Agencies and Brokerages',
      'Funds and Trusts',
      'Loan Brokers',
      'Savings Institutions',
    ],
    en: 'financial service activities|financial services|monetary intermediation|insurance|reinsurance|pension funding|fund management|trusts? funds|banking|banks?',
    de: 'finanzdienstleistung\\w*|kreditinstitute?|banken|bank|versicherung\\w*|ruckversicherung\\w*|pensionskassen|fondsmanagement|vermogensverwaltung',
    fr: 'services financiers|activites financieres|intermediation monetaire|banques?|assurances?|reassurance|caisses de retraite|gestion de fonds|gestion d actifs',
    es: 'servicios financieros|intermediacion monetaria|banca|bancos?|seguros?|reaseguros|fondos de pensiones|gestion de fondos|entidades de credito',
  },
  {
    group: 'healthcare',
    linkedin: [
      'Hospitals and Health Care',
      'Hospital & Health Care',
      'Medical Practices',
      'Medical Practice',
      'Medical Equipment Manufacturing',
      'Medical Devices',
      'Pharmaceutical Manufacturing',
      'Pharmaceuticals',
      'Biotechnology Research',
      'Biotechnology',
      'Mental Health Care',
      'Wellness and Fitness Services',
      'Health, Wellness & Fitness',
      'Veterinary Services',
      'Nursing Homes and Residential Care Facilities',
    ],
    en: 'human health activities|hearing aids?|audiology|hospital activities|medical and dental practice|residential care|pharmaceutical\\w*|veterinary activities|biotechnology|health ?care',
    de: 'gesundheitswesen|horakustik\\w*|horgerat\\w*|krankenhauser|krankenhaus|arztpraxis|arztpraxen|zahnarztpraxis|zahnarztpraxen|pflegeheime?|pharmazeutische\\w*|veterinarwesen|tierarztpraxis|biotechnologie|medizintechnik',
    fr: 'sante humaine|audioprothes\\w*|activites hospitalieres|hopitaux|clinique\\w*|cabinets? medica\\w*|pratique dentaire|hebergement medicalise|pharmaceutique\\w*|veterinaires?|biotechnologie|dispositifs medicaux',
    es: 'actividades sanitarias|audioprotesis\\w*|actividades hospitalarias|hospitales|clinicas?|actividades medicas|actividades odontologicas|residencias para personas mayores|farmaceutic\\w*|veterinari\\w*|biotecnologia|productos sanitarios',
  },
  {
    group: 'education',
    linkedin: [
      'Education',
      'Higher Education',
      'E-Learning Providers',
      'E-Learning',
      'Primary and Secondary Education',
      'Primary/Secondary Education',
      'Education Administration Programs',
      'Education Management',
      'Professional Training and Coaching',
      'Professional Training & Coaching',
      'Technical and Vocational Training',
      'Language Schools',
    ],
    en: 'education|higher education|primary education|secondary education|pre primary education|educational support activities|vocational training',
    de: 'erziehung und unterricht|unterricht|hochschulen?|grundschulen?|weiterbildung|berufsbildung|sprachschulen?|fahrschulen?',
    fr: 'enseignement|enseignement superieur|enseignement primaire|enseignement secondaire|formation continue|formation professionnelle|ecoles? de langues',
    es: 'educacion|ensenanza|educacion universitaria|educacion primaria|educacion secundaria|formacion profesional|escuelas? de idiomas',
  },
  {
    group: 'manufacturing',
    linkedin: [
      'Manufacturing',
      'Industrial Machinery Manufacturing',
      'Furniture and Home Furnishings Manufacturing',
      'Machinery Manufacturing',
      'Mechanical or Industrial Engineering',
      'Automotive',
      'Motor Vehicle Manufacturing',
      'Motor Vehicle Parts Manufacturing',
      'Chemical Manufacturing',
      'Chemicals',
      'Semiconductor Manufacturing',
      'Semiconductors',
      'Computer Hardware Manufacturing',
      'Computer Hardware',
      'Appliances, Electrical, and Electronics Manufacturing',
      'Electrical/Electronic Manufacturing',
      'Plastics Manufacturing',
      'Textile Manufacturing',
      'Paper and Forest Product Manufacturing',
      'Packaging and Containers Manufacturing',
      'Fabricated Metal Products',
      'Defense and Space Manufacturing',
      'Industrial Automation',
      'Robotics Engineering',
      'Food and Beverage Manufacturing',
      'Food Production',
      'Beverage Manufacturing',
      'Dairy Product Manufacturing',
      // LinkedIn's older "Wine & Spirits": wineries and distillers make drink (NACE 11.01-11.02).
      'Wine & Spirits',
      'Wine and Spirits',
    ],
    en: 'manufacture of|shipbuilding|shipyards?|manufacturing|machinery|home appliances|household appliances|cork products|fabricated metal products|motor vehicles|electrical equipment|computer electronic and optical products|rubber and plastic products|chemicals and chemical products|basic metals|food products|dairy products|dairy|beverages|tobacco products|food industry|food processing|dairy industry|packaging|containers manufacturing',
    de: 'herstellung von|schiffbau|werft|werften|verarbeitendes gewerbe|maschinenbau|metallerzeugnisse\\w*|kraftwagen\\w*|elektrische\\w* ausrustungen|datenverarbeitungsgerate\\w*|gummi und kunststoffwaren|chemische\\w* erzeugnisse\\w*|metallerzeugung|fertigung|nahrungsmittel\\w*|getranke\\w*|tabakerzeugnisse|lebensmittelindustrie|lebensmittelherstellung|milchverarbeitung|milchprodukte|molkereiprodukte|milchwirtschaft|haushaltsgerate|hausgerate|verpackung\\w*',
    fr: 'fabrication d\\w*|construction navale|chantiers? nava\\w*|fabrication de|industrie manufacturiere|industrie automobile|machines et equipements|produits metalliques|equipements electriques|produits informatiques electroniques et optiques|caoutchouc et plastique|industrie chimique|metallurgie|produits alimentaires|industries alimentaires|boissons|produits laitiers|industrie laitiere|agroalimentaire|agro alimentaire|electromenager|emballages?',
    es: 'fabricacion de|construccion naval|astilleros?|industria manufacturera|maquinaria|productos metalicos|vehiculos de motor|material y equipo electrico|productos informaticos electronicos y opticos|caucho y materias plasticas|industria quimica|metalurgia|productos alimenticios|industria de la alimentacion|bebidas|alimentaria|industria alimentaria|agroalimentaria|lactea|lacteos|industria lactea|electrodomesticos|envases|embalajes?',
  },
  {
    group: 'retail-consumer',
    linkedin: [
      'Retail',
      'Retail Apparel and Fashion',
      'Apparel & Fashion',
      'Consumer Services',
      'Consumer Goods',
      'Consumer Electronics',
      'Food & Beverages',
      'Wholesale',
      'Retail Groceries',
      'Supermarkets',
      'Cosmetics',
      'Personal Care Product Manufacturing',
      'Retail Luxury Goods and Jewelry',
      'Luxury Goods & Jewelry',
      'Sporting Goods',
      'Online and Mail Order Retail',
    ],
    en: 'retail trade|bookshops?|bookstores?|wholesale trade|wholesale|retail|wearing apparel|personal service activities|e ?commerce|mail order',
    de: 'einzelhandel|buchhandlung\\w*|grosshandel|handel|versandhandel|onlinehandel|lebensmittel|lebensmittel(?:einzel)?handel|lebensmittelmarkt\\w*|bekleidung|friseur\\w*|kosmetiksalons?',
    fr: 'commerce de detail|librairies?|commerce de gros|commerce|vente a distance|vente en ligne|habillement|coiffure|soins de beaute',
    // "Comercio exterior" is foreign trade, the customs brokers' and forwarders' work (NACE 52.29), not a shop's: no
    // space in its lookahead, which would make the term a phrase that pages count (./page.ts).
    es: 'comercio al por menor|librerias?|llibreri\\w*|comercio al por mayor|comercio(?!\\sexterior)|venta a distancia|comercio electronico|prendas de vestir|peluqueria|tratamientos de belleza|venta al por menor|venta minorista',
  },
  {
    group: 'media-publishing',
    linkedin: [
      'Online Media',
      'Media Production',
      'Newspaper Publishing',
      'Newspapers',
      'Book and Periodical Publishing',
      'Publishing',
      'Periodical Publishing',
      'Book Publishing',
      'Broadcast Media Production and Distribution',
      'Broadcast Media',
      'Entertainment Providers',
      'Entertainment',
      'Movies, Videos, and Sound',
      'Motion Pictures and Film',
      'Musicians',
      'Music',
      'Performing Arts',
      'Artists and Writers',
      'Radio and Television Broadcasting',
      'Television Broadcasting',
      'Museums, Historical Sites, and Zoos',
      'Libraries',
      'Online Audio and Video Media',
    ],
    en: 'publishing of books|publishing of newspapers|publishing of journals|motion picture|video and television programme production|sound recording|music publishing|programming and broadcasting|broadcasting|news agency|news agencies|creative arts and entertainment|publishing|publisher',
    de: 'verlegen von buchern|verlegen von zeitungen|verlegen von zeitschriften|verlagswesen|verlag|filmherstellung|kinofilmen|tonstudios|musikverlage|rundfunkveranstalter|rundfunk|fernsehveranstalter|korrespondenz und nachrichtenburos|nachrichtenburos|kreative kunstlerische und unterhaltende tatigkeiten|zeitungsverlag\\w*|buchverlag\\w*|verlage',
    fr: 'edition de livres|edition de journaux|edition de revues|edition|production de films|production cinematographique|enregistrement sonore|edition musicale|programmation et diffusion|radiodiffusion|television|agences de presse|presse|arts du spectacle|medias en ligne|medias',
    es: 'edicion de libros|edicion de periodicos|edicion de revistas|edicion|actividades cinematograficas|grabacion de sonido|edicion musical|programacion y emision|radiodifusion|television|agencias de noticias|prensa|actividades de creacion artisticas y espectaculos|medios de comunicacion|medios en linea',
  },
  {
    group: 'professional-services',
    linkedin: [
      'Business Consulting and Services',
      'Management Consulting',
      'Legal Services',
      'Law Practice',
      'Accounting',
      'Staffing and Recruiting',
      'Human Resources Services',
      'Human Resources',
      'Outsourcing and Offshoring Consulting',
      'Outsourcing/Offshoring',
      'Translation and Localization',
      'Design Services',
      'Graphic Design',
      'Research Services',
      'Research',
      'Engineering Services',
      'Environmental Services',
      'Security and Investigations',
      'Facilities Services',
      'Executive Offices',
      'Strategic Management Services',
      'Professional Services',
      'Think Tanks',
      'Administrative and Support Services',
    ],
    // Ground investigation and materials testing for builders are engineering and technical testing (NACE 71.12, 71.20).
    en: 'geotechnical investigations?|geotechnical engineering|geotechnical consultan\\w*|geotechnical services|materials testing|soil testing|soil investigation|legal activities|payroll bureau\\w*|outsourced payroll|payroll outsourcing|legal services|accounting|bookkeeping|auditing|tax consultancy|management consultancy|management consulting|engineering activities|technical testing and analysis|scientific research and development|specialised design|translation|interpretation|employment activities|recruitment|staffing|security and investigation|office administrative|business support|consulting|consultancy|services to buildings|combined facilities support|facility services|facilities services|facility management|facilities management|cleaning activities|commercial cleaning|contract cleaning|office cleaning|cleaning services|janitorial services',
    de: 'rechtsberatung|lohnburo\\w*|rechtsanwalt\\w*|kanzlei|wirtschaftsprufung|steuerberatung|buchfuhrung|unternehmensberatung|managementberatung|ingenieurburo\\w*|technische\\w* untersuchung\\w*|forschung und entwicklung|ubersetz\\w*|dolmetsch\\w*|arbeitnehmeruberlassung|personalvermittlung|personaldienstleist\\w*|wach und sicherheitsdienste|beratung|gebaudebetreuung|gebaudereinigung|reinigung von gebauden|hausmeisterdienste',
    fr: 'activites juridiques|externalisation de la paie|avocats?|cabinet d avocats|notaires?|comptabilite|expertise comptable|audit|conseil fiscal|conseil de gestion|conseil en management|ingenierie|bureau d etudes|controle et analyses techniques|recherche developpement|traduction|interpretation|activites liees a l emploi|recrutement|travail temporaire|interim|securite privee|conseil|services juridiques|services relatifs aux batiments|nettoyage courant des batiments|activites de nettoyage|services de nettoyage',
    es: 'actividades juridicas|externalizacion de nominas|abogados?|bufete|notarias?|contabilidad|auditoria|asesoria fiscal|consultoria de gestion|consultoria empresarial|servicios tecnicos de ingenieria|ensayos y analisis tecnicos|investigacion y desarrollo|traduccion|interpretacion|actividades relacionadas con el empleo|seleccion de personal|empresas de trabajo temporal|seguridad privada|consultoria|asesoria|servicios juridicos|servicios a edificios|servicios integrales a edificios|limpieza general de edificios|actividades de limpieza|servicios de limpieza',
  },
  {
    group: 'real-estate-construction',
    linkedin: [
      'Real Estate',
      'Construction',
      'Architecture and Planning',
      'Architecture & Planning',
      'Civil Engineering',
      'Building Construction',
      'Residential Building Construction',
      'Nonresidential Building Construction',
      'Specialty Trade Contractors',
      'Building Materials',
      'Commercial Real Estate',
      'Real Estate Agents and Brokers',
      'Leasing Non-residential Real Estate',
      'Leasing Residential Real Estate',
      'Property Management',
    ],
    en: 'real estate|construction of buildings|scaffolding|coworking|civil engineering|specialised construction|construction|architectural activities|building completion|building installation|property management|development of building projects',
    // "Kälte- und Klimatechnik": refrigeration and air conditioning installed in buildings (WZ 43.22), as HVAC is.
    // "Holzbau" stated as a trade (a register's purpose, a board's row) is timber building; on a page it is as often a
    // job title's word ("Vorarbeiter Holzbau"), so it is in no page list (./keywords.ts).
    de: 'grundstucks und wohnungswesen|holzbau|gerustbau|immobilie\\w*|hochbau|tiefbau|baugewerbe|bauunternehm\\w*|vorbereitende baustellenarbeiten|bauinstallation|ausbaugewerbe|architekturburo\\w*|architekt\\w*|hausverwaltung|erschliessung von grundstucken|bautrager|bauwesen|kaltetechnik|kalte und klimatechnik|klimatechnik|kalteanlagenbau\\w*',
    fr: 'activites immobilieres|echafaudage\\w*|immobilier|construction de batiments|genie civil|travaux de construction specialises|construction|activites d architecture|architectes?|promotion immobiliere|administration de biens|agences? immobilieres?|btp',
    es: 'actividades inmobiliarias|andamios|inmobiliari\\w*|construccion de edificios|ingenieria civil|actividades de construccion especializada|construccion|servicios tecnicos de arquitectura|arquitect\\w*|promocion inmobiliaria|administracion de fincas',
  },
  {
    group: 'energy-utilities',
    linkedin: [
      'Oil and Gas',
      'Oil & Energy',
      'Oil, Gas, and Mining',
      'Mining',
      // LinkedIn's older name, as its Spanish, Portuguese and French pages print it.
      'Mining & Metals',
      'Minería y metalurgia',
      'Mineração e metalurgia',
      'Mines et métaux',
      'Utilities',
      'Renewable Energy Semiconductor Manufacturing',
      'Renewables & Environment',
      'Renewable Energy Power Generation',
      'Electric Power Generation',
      'Electric Power Transmission, Control, and Distribution',
      'Solar Electric Power Generation',
      'Wind Electric Power Generation',
      'Hydroelectric Power Generation',
      'Natural Gas Distribution',
      'Water, Waste, Steam, and Air Conditioning Services',
      'Waste Collection',
      'Environmental Quality Programs',
      'Climate Technology Product Manufacturing',
    ],
    en: 'electricity gas steam and air conditioning supply|electric power generation|electricity|mining and quarrying|mining|extraction of crude petroleum|natural gas|water collection|water supply|sewerage|waste collection|waste management|hazardous waste|remediation|refined petroleum|renewable energy|energy',
    de: 'energieversorgung|elektrizitatsversorgung|stromerzeugung|gasversorgung|bergbau|gewinnung von steinen und erden|gewinnung von erdol und erdgas|wasserversorgung|abwasserentsorgung|abfallentsorgung|beseitigung von umweltverschmutzungen|mineralolverarbeitung|erneuerbare energien|energie\\w*',
    fr: 'production et distribution d electricite|production d electricite|electricite|industries extractives|exploitation miniere|extraction de minerais|extraction de petrole brut|gaz naturel|captage traitement et distribution d eau|distribution d eau|assainissement|collecte des dechets|gestion des dechets|depollution|raffinage du petrole|energies renouvelables|energie',
    es: 'suministro de energia electrica|produccion de energia electrica|energia electrica|industrias extractivas|mineria|explotacion de minas|extraccion de minerales|extraccion de crudo de petroleo|gas natural|captacion depuracion y distribucion de agua|suministro de agua|saneamiento|recogida de residuos|gestion de residuos|residuos peligrosos|descontaminacion|refino de petroleo|energias renovables|energia',
  },
  {
    group: 'transportation-logistics',
    linkedin: [
      'Transportation, Logistics, Supply Chain and Storage',
      'Transportation/Trucking/Railroad',
      'Logistics and Supply Chain',
      'Truck Transportation',
      'Freight and Package Transportation',
      'Package/Freight Delivery',
      'Airlines and Aviation',
      'Airlines/Aviation',
      'Aviation and Aerospace Component Manufacturing',
      'Aviation & Aerospace',
      'Maritime Transportation',
      'Maritime',
      'Rail Transportation',
      'Warehousing and Storage',
      'Warehousing',
      'Ground Passenger Transportation',
      'Urban Transit Services',
      'Postal Services',
    ],
    // A ship chandler supplies ships in port as an agent serves them (as the Spanish below); a bulk or container terminal
    // and its operator handle cargo in port (NACE 52.22, 52.24).
    en: 'transportation and storage|ferry|ferries|land transport|transport via pipelines|water transport|air transport|warehousing|storage|support activities for transportation|postal and courier|freight transport|logistics|transportation|ship chandl\\w*|marine supplies|bulk terminals?|container terminals?|terminal operators?|port operators?|cargo handling',
    de: 'verkehr und lagerei|landverkehr|transport in rohrfernleitungen|schifffahrt|luftfahrt|lagerei|erbringung von sonstigen dienstleistungen fur den verkehr|post kurier und expressdienste|guterbeforderung|spedition\\w*|logistik\\w*|transport\\w*',
    fr: 'transports et entreposage|transports terrestres|transports par conduites|transports par eau|transports aeriens|entreposage|services auxiliaires des transports|activites de poste et de courrier|transports routiers de fret|affretement|logistique|transports?',
    // Ship agents and port operators ("agencia marítima", "operaciones portuarias", "naviera"): NACE 50 and 52.22.
    // A ship chandler ("suministros navales", "avituallamiento de buques") serves ships in port, as an agent does.
    es: 'transporte y almacenamiento|transporte terrestre|transporte por tuberia|transporte maritimo|transporte aereo|almacenamiento|actividades anexas al transporte|actividades postales y de correos|transporte de mercancias|logistica|transportes?|agencias? maritimas?|agenciamiento de naves|suministros navales|avituallamiento de buques|operaciones portuarias|navieras?',
  },
  {
    group: 'hospitality-travel',
    linkedin: [
      'Hospitality',
      'Hotels and Motels',
      'Travel Arrangements',
      'Leisure, Travel & Tourism',
      'Restaurants',
      'Food and Beverage Services',
      'Bars, Taverns, and Nightclubs',
      'Caterers',
      'Events Services',
      'Recreational Facilities',
      'Amusement Parks and Arcades',
      'Gambling Facilities and Casinos',
      'Spectator Sports',
      'Sports Teams and Clubs',
    ],
    en: 'accommodation and food service|accommodation|food and beverage service|restaurants|hotels|holiday and other short stay accommodation|camping grounds|travel agency|tour operator|reservation service|sports activities and amusement and recreation|amusement|event catering|catering|tourism',
    de: 'gastgewerbe|beherbergung|gastronomie|hotels?|ferienunterkunfte|campingplatze|restaurants?|gaststatten|reiseburos?|reiseveranstalter|reservierungsdienstleistungen|erbringung von dienstleistungen des sports der unterhaltung und der erholung|caterer|tourismus',
    fr: 'hebergement et restauration|hebergement touristique|hotels?|restauration|restaurants?|debits de boissons|terrains de camping|agences? de voyage|voyagistes?|services de reservation|activites sportives recreatives et de loisirs|traiteur|tourisme|hotellerie',
    es: 'hosteleria|albergues?|servicios de alojamiento|alojamiento turistico|hoteles?|servicios de comidas y bebidas|restaurantes?|campings|agencias? de viajes|operadores turisticos|servicios de reservas|actividades deportivas recreativas y de entretenimiento|catering|turismo',
  },
  {
    group: 'government-nonprofit',
    linkedin: [
      'Government Administration',
      'Government Relations Services',
      'Non-profit Organizations',
      'Non-profit Organization Management',
      'Nonprofit Organization Management',
      'Civic and Social Organizations',
      'Civic & Social Organization',
      'Philanthropic Fundraising Services',
      'Philanthropy',
      'Fundraising',
      'International Affairs',
      'International Trade and Development',
      'Political Organizations',
      'Religious Institutions',
      'Armed Forces',
      'Public Policy Offices',
      'Public Policy',
      'Legislative Offices',
      'Public Safety',
      'Law Enforcement',
      'Individual and Family Services',
      'Community Services',
    ],
    en: 'public administration and defence|public administration|compulsory social security|social work activities|activities of membership organisations|membership organisations|religious organisations|political organisations|non ?profit|charity|charities',
    de: 'offentliche verwaltung|verteidigung|sozialversicherung|sozialwesen|interessenvertretungen|kirchliche und sonstige religiose vereinigungen|religiose vereinigungen|politische parteien|gemeinnutzig\\w*|verein|stiftung|nichtstaatliche organisationen|nichtregierungsorganisation\\w*',
    fr: 'administration publique|defense|securite sociale obligatoire|action sociale|activites des organisations associatives|organisations associatives|organisations religieuses|organisations politiques|association a but non lucratif|associations?|fondation|but non lucratif',
    es: 'administracion publica|defensa|seguridad social obligatoria|actividades de servicios sociales|actividades asociativas|organizaciones religiosas|organizaciones politicas|sin animo de lucro|sin fines de lucro|asociacion|fundacion|ong',
  },
];

/** A group's classification terms in all twenty-five Latin-script languages, one alternation per language. */
export function languageTerms(terms: GroupTerms): string[] {
  const more = MORE_TERMS[terms.group];
  const north = NORDIC_PL_CS_TERMS[terms.group];
  const south = SK_SL_HR_TERMS[terms.group];
  const east = HU_ET_RO_LV_LT_TERMS[terms.group];
  const asia = ID_MS_VI_TERMS[terms.group];
  return [
    terms.en,
    terms.de,
    terms.fr,
    terms.es,
    more.it,
    more.nl,
    more.pt,
    north.pl,
    north.cs,
    north.sv,
    north.da,
    north.nb,
    north.fi,
    TR_TERMS[terms.group],
    south.sk,
    south.sl,
    south.hr,
    east.hu,
    east.et,
    east.ro,
    east.lv,
    east.lt,
    asia.id,
    asia.ms,
    asia.vi,
  ];
}

/** A group's LinkedIn industry names, English and localised. */
export function linkedinNames(terms: GroupTerms): string[] {
  return [...terms.linkedin, ...MORE_TERMS[terms.group].linkedin, ...NORDIC_PL_CS_TERMS[terms.group].linkedin];
}
