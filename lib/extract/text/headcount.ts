import type { NumberRange } from '../../signals/schema';
import { parseEmployees } from '../employees';
import { BRAND_PHRASES, namesBrand } from './headcount-brand';
import { NORTH_PHRASES } from './headcount-north';
import { MORE_PHRASES, NAMED_PHRASES } from './headcount-phrases';
import { inOthersAside } from './parent';

const NUMBER = String.raw`(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d{1,7})`;
// Qualifiers that make the number a lower bound, in English, German, French, Spanish, Italian, Dutch, Portuguese,
// Polish and the Scandinavian languages; Indonesian and Malay "lebih (dari)", Vietnamese "hơn", "trên"; Latvian
// "vairāk nekā", Lithuanian "daugiau nei", Estonian "rohkem kui", Hungarian "több mint", Romanian "peste", Bulgarian
// "повече от" (more than); Ukrainian "понад", "більше (ніж)", Russian "более", "свыше"; Icelandic "yfir", "rúmlega",
// Estonian "üle", Lithuanian "virš" (over).
const LOWER =
  'yfir|rúmlega|üle|virš|понад|більше ніж|більше за|більше|более|свыше|vairāk nekā|vairak neka|daugiau nei|daugiau kaip|rohkem kui|több mint|mai mult de|peste|повече от|\\+|over|more than|above|at least|über|mehr als|plus de|más de|oltre|più di|meer dan|ruim|mais de|ponad|över|drygt|mer enn|mere end|viac ako|více než|vise od|više od|več kot|yli|למעלה מ-|יותר מ-|กว่า|มากกว่า|lebih dari|lebih|hơn|trên';
const LOWER_BOUND = new RegExp(`^(?:${LOWER})$`, 'i');
const QUALIFIER = String.raw`(?:(${LOWER}|nearly|almost|around|about|approximately|ca\.|rund|circa|fast|près de|environ|unos|cerca de|alrededor de|quasi|ongeveer|bijna|quase|około|cirka|omkring|ungefär|omtrent|približne|přibližně|oko|okoli|noin|um|כ-|sekitar|hampir|khoảng|gần)\s*)?`;
// "14 hauptamtliche Mitarbeiter": paid staff, as against volunteers counted apart.
const ADJECTIVES = String.raw`(?:(?:full[- ]time|year[- ]round|ganzj(?:ä|a)hrig(?:e[n]?)?|permanent|salaried|licensed|in-house|dedicated|talented|passionate|global|international|motivated|certified|experienced|skilled|qualified|engagierte|motivierte|qualifizierte|engagierten|motivierten|hauptamtliche[n]?|festangestellte[n]?|fest angestellte[n]?|fastráðnir|stalnih|stálých|stálych|stalno|стално|сталних)\s+){0,2}`;
// Nouns that only mean headcount; "people", "experts" also count users or customers, so they need a team context.
// Latvian "darbinieki" and Lithuanian "darbuotojai" with their case forms, Bulgarian "служители" (employees).
// Serbian "запослених" (the employed), Albanian "punonjës", Arabic "موظف" with its plural and case endings ("146
// موظفاً"), Hindi "कर्मचारी" ("हमारे 380 कर्मचारी"), Bengali "কর্মী" after its counter for people ("২৩০ জন কর্মী").
const STAFF = String.raw`(employees|members of staff|aelod(?:au)? o(?:['’]r)? staff|staff|team members|workers|mitarbeiter(?:innen|:innen|\*innen|_innen)?|mitarbeitenden?|beschäftigten?|angestellten?|kolleginnen und kollegen|collaborateurs|collaboratrices|salariés|employés|empleados|trabajadores|colaboradores|dipendenti|collaboratori|medewerkers|werknemers|collega's|funcionários|empregados|pracowników|pracownicy|medarbetare|anställda|fast anställda|fastanställda|medarbejdere|ansatte|fastansatte|fastansatt|tilsette|munkatárs(?:unk(?:kal)?|sal|at|aink(?:kal)?)?|alkalmazott|dolgozó|fős|εργαζόμενους|εργαζόμενοι|υπαλλήλους|çalışan|töötajat|de angajați|de angajaţi|de angajati|angajați|angajaţi|angajati|zamestnancov|zaměstnanců|zaposlenika|zaposlenih|djelatnika|sodelavcev|sodelavk in sodelavcev|darbinieki|darbinieku|darbuotojai|darbuotojų|darbuotoju|служители|työntekijää|starfsmenn|starfsmönnum|עובדים|עובדות|сотрудник(?:ов|а|и)|работник(?:ов|а|и)|человек в (?:штате|команде)|працівник(?:ів|и)|співробітник(?:ів|и)|запослених|запослена|запослени|punonjës|punonjes|punonjësit|موظف(?:ين|ون|ات|ة)?[\u064B\u0627]{0,2}|कर्मचारी|कर्मचारियों|(?:জন\s+)?(?:কর্মী|কর্মচারী))`;
// Small teams write the number out ("a crew of nine", "equipo de doce profesionales"): two to twelve, seven languages.
const WORDS: Record<string, number> = {};
for (const list of [
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
  'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig',
  'deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt',
  'dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte',
  'due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti',
  'twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig',
  'dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte',
])
  list.split(' ').forEach((word, i) => {
    WORDS[word] = i + 2;
  });
// Longest first, so that "dix-sept" is not read as "dix".
const SPELLED = `(${Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const PEOPLE =
  '(people|experts|professionals|engineers|colleagues|specialists|personnes|persones|persoas|άτομα|experten|kollegen|leute|menschen|köpfe|personas|profesionales|persone|professionisti|mensen|professionals|pessoas|profissionais|osób|osoby|personer|de oameni|de persoane|de angajați|de angajaţi|de angajati|души|ljudi|ľudí|ludi|lidí|lidi|cilvēki|cilveki|inimest|žmonių|zmoniu|ember)';

// A trade in the plural, one or two words ("support engineers", "planners", "técnicos").
const ROLE_PLURAL = String.raw`(?:\p{L}[\p{L}-]*\s+)?\p{L}[\p{L}-]*s`;
// One trade that is people's work, enough alone after a possessive ("Nos 650 conseillers", "our 40 consultants").
const TRADES =
  '(?:consultants|conseill(?:ers|ères)|advisors|advisers|agents|technicians|techniciens|técnicos|engineers|ingénieurs|ingenieros|developers|développeurs|desarrolladores|asesores|consultores|drivers|chauffeurs|conducteurs|nurses|infirmi(?:ers|ères)|teachers|enseignants|berater(?:innen)?|ingenieure)';
// Plurals a company counts that are not its people: "our 500 customers and partners".
const NOT_STAFF = String.raw`(?!(?:customers|clients|partners|users|members|products|projects|offices|locations|sites|stores|shops|brands|countries|markets|suppliers|vendors|investors|students|patients|clientes|socios|partenaires|produits|projets|bureaux|magasins|pays|marques|kunden|produkte|projekte|standorte|länder|marken|klanten|producten|projecten|vestigingen|landen)(?![\p{L}]))`;
// "team of", "équipe de", "Team aus"...: the words that put a number on a team (a \b would not see the "é").
const TEAM =
  'team of|crew of|workforce of|staff of|plantilla de|effectif de|studio of|practice of|firm of|équipe de|team aus|team von|equipo de|equip de|team van|squadra di|team di|equipa de|equipe de|zespół|zespol|tim od|ekipa od|tím';
// "Notre équipe compte 22 personnes", "our team numbers 40", "unser Team zählt 25 Köpfe".
const TEAM_COUNTS =
  "(?:our team|the team|notre équipe|l'équipe|l’équipe|unser team|das team|nuestro equipo|el equipo|il nostro team|il team|la nostra squadra|lo studio|ons team|a nossa equipa|a nossa equipe|vårt team|vores team|nasz zespół|náš tím|nas tim)\\s+(?:now\\s+|today\\s+|aujourd'hui\\s+|heute\\s+|hoy\\s+)?(?:numbers|counts|comprises|compte|zählt|umfasst|cuenta con|conta|telt|conta con|består av|består af|liczy(?:\\s+(?:dziś|dzisiaj|obecnie|już))?|má(?:\\s+(?:dnes|teraz))?)";

// A fact row's label: "Number of employees  412", "Mitarbeiter: 180", "Effectif : 45" (a table's cells, a list's
// row); the row states the company's own figure, where prose may count a group's or a team's.
const ROW_LABEL =
  'total employees|total staff|total headcount|tổng số lao động|số lao động|tổng số nhân viên|jumlah karyawan|jumlah pegawai|jumlah tenaga kerja|จำนวนพนักงาน|darbinieki|darbinieku skaits|darbuotojai|darbuotojų skaičius|töötajaid|töötajate arv|брой служители|служители|personnel at end of (?:the )?period|quy mô nhân sự|số lượng nhân viên|số nhân viên|average personnel|zaposleni|število zaposlenih|broj zaposlenih|počet zamestnancov|fjöldi starfsmanna|starfsmenn|מספר עובדים|עובדים|zaměstnanci|zamestnanci|počet zaměstnanců|pracovníci|pracownicy|létszám|alkalmazottak|munkavállalók|dolgozók|foglalkoztatottak|angajați|număr de angajați|çalışan sayısı|personel sayısı|työntekijät|henkilöstö|ansatte|antal ansatte|tilsette|medarbejdere|medarbetare|antal medarbetare|anställda|従業員数|従業員|社員数|職員数|スタッフ数|员工总数|員工總數|직원 수|임직원 수|직원수|임직원수|사원수|사원 수|员工人数|員工人數|number of employees|no\\.? of employees|employees|headcount|staff|anzahl (?:der )?mitarbeiter(?:innen)?|mitarbeiter(?:zahl)?|mitarbeitende|beschäftigte|effectifs?|nombre de salariés|plantilla|número de empleados|empleados|dipendenti|numero di dipendenti|aantal medewerkers|medewerkers|número de funcionários|funcionários|número de colaboradores|colaboradores|численность персонала|численность сотрудников|количество сотрудников|кількість працівників|liczba pracowników|antal anställda|antal medarbejdere|antall ansatte';
// The source a register names after the row's label: "Liczba pracowników (GUS)", "Employees (2025)".
const ROW_SOURCE = String.raw`(?:[ \t]*\([^()\n\d]{1,20}\)|[ \t]*\((?:19|20)\d\d\))?`;
// A figure's caption that is the staff noun alone ("34" over or before "medarbetare"). Arabic "موظف" may have its
// second trade joined by "و" (and): "٣٢٠+ موظف وفني" (staff and technicians).
const CAPTION_STAFF =
  'موظف(?:ين|ون)?(?:[ \\t]+و\\p{L}{2,12})?|employees|team members|staff|colleagues|karyawan(?: tetap)?|pegawai|mitarbeiter(?:innen)?|mitarbeitende|collaborateurs|empleados|colaboradores|dipendenti|medewerkers|funcionários|zamestnancov|zaměstnanců|zaposlenih|zaposlenika|työntekijää|starfsmenn|עובדים|pracowników|medarbetare|medarbejdere|ansatte|tilsette|anställda|munkatárs|çalışan|töötajat|de angajați|de angajati|angajați|angajati|punonjës|запослених';
// The verbs of leading a team: "lead a team of 25 operatives" is the role's team, not the company's.
// Spaces bounded: an unbounded run looked back over from every position of a page of blanks is quadratic.
const LEADS = String.raw`(?<!(?:lead|leads|leading|manage|manages|managing|supervise|supervising|run|running|coordinate|coordinating|join|joins|joining)\s{1,3}(?:(?:a|the|our|your)\s{1,3})?)`;

// A department's team ("our engineering team of 60", "the sales team of 12") is a part of the staff, not the whole; an
// "engineering firm of 40" or a "design studio of 12" is the whole company.
const PART = String.raw`(?!(?<=(?:engineering|development|dev|sales|support|marketing|design|product|research|r&d|leadership|management|finance|operations|tech|technical|onboarding|customer success|service|editorial|nursing|clinical|production|field)\s{1,3})(?:team|crew)\s)`;

const ROW_ABOVE = /\d[ \t]*\n/;

const PATTERNS: RegExp[] = [
  new RegExp(
    String.raw`(?:^|\n)[ \t]*(?:${ROW_LABEL})${ROW_SOURCE}[ \t]*[:\t—–]?[ \t\n]*${QUALIFIER}(?!(?:19|20)\d\d(?!\d))${NUMBER}(\s*\+)?(?:名|人|명)?(?![\d\p{L}%])`,
    'giu',
  ),
  // "over 1,500 employees", "200+ Mitarbeiter", "120 collaborateurs", "oltre 120 dipendenti", "ruim 30 medewerkers"
  // "1,100 clinicians and staff": a trade and the staff noun.
  new RegExp(
    String.raw`(?<![\p{L}\d])${QUALIFIER}${NUMBER}(\s*\+)?\s+${ADJECTIVES}(?:[\p{L}-]+s\s+(?:and|&|et|y|e|und|en)\s+(?:support\s+)?)?(?:${STAFF}|(?<=(?:et|y|e)\s+)personn?e(?:ls|is))(?![\p{L}])`,
    'giu',
  ),
  // "a team of over 200 (people)", "team of 50+", "équipe de 40 personnes", "Team aus 30 Experten", "team van 25"
  new RegExp(
    String.raw`(?<![\p{L}])${LEADS}${PART}(?:${TEAM})\s+${QUALIFIER}${NUMBER}(\s*\+)?(?:\s+${ADJECTIVES}${PEOPLE})?`,
    'giu',
  ),
  // "Depuis 2014, nous sommes 14 à imaginer des marques": French counts the company as the many who do its work.
  new RegExp(
    String.raw`(?<![\p{L}])nous sommes\s+(?:(?:aujourd['’]hui|désormais|maintenant)\s+)?${QUALIFIER}${NUMBER}(\s*\+)?\s+à\s+\p{L}+er(?![\p{L}])`,
    'giu',
  ),
  // "Nous sommes 21 : 18 consultants et 3 personnes au support": the count, then a colon and its breakdown.
  new RegExp(
    String.raw`(?<![\p{L}])(?:we are|we're|nous sommes|wir sind|somos|siamo|we zijn)\s+${QUALIFIER}${NUMBER}(\s*\+)?[ \t\u00a0]*:[ \t\u00a0]*\d{1,4}\s+\p{L}`,
    'giu',
  ),
  // "a Pittsburgh-based company of about 180 people": the company counted, its people named.
  new RegExp(
    String.raw`(?<![\p{L}])(?:company|business|organi[sz]ation)\s+of\s+${QUALIFIER}${NUMBER}(\s*\+)?\s+${ADJECTIVES}${PEOPLE}`,
    'giu',
  ),
  // "Brayford is a consultancy of 26 building services engineers, energy assessors and technicians", "has grown into a
  // multidisciplinary consultancy of 110 engineers, architects and specialists", "the company now
  // counts 85 engineers, designers and project managers": the firm counted as a list of its trades, three plural nouns
  // at least.
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:is|are|into)\s+an?\s+(?:\p{L}[\p{L}-]*\s+)?(?:company|business|firm|consultancy|practice|agency|studio|team)\s+of|(?:now\s+)?(?:counts|numbers|comprises))\s+${QUALIFIER}${NUMBER}(\s*\+)?\s+${NOT_STAFF}(?:\p{L}[\p{L}-]*\s+)?${ROLE_PLURAL}(?:,\s+${NOT_STAFF}(?:\p{L}[\p{L}-]*\s+)?${ROLE_PLURAL})+,?\s+(?:and|&)\s+${NOT_STAFF}${ROLE_PLURAL}(?![\p{L}])`,
    'giu',
  ),
  // "a geotechnical consultancy with 24 engineers and technicians": the firm's own noun, then its trades listed.
  new RegExp(
    String.raw`(?<![\p{L}])(?:company|business|firm|consultancy|practice|agency|studio|contractor)\s+with\s+${QUALIFIER}${NUMBER}(\s*\+)?\s+${NOT_STAFF}(?:\p{L}[\p{L}-]*\s+)?${ROLE_PLURAL}(?:,\s+${NOT_STAFF}${ROLE_PLURAL})*,?\s+(?:and|&)\s+${NOT_STAFF}${ROLE_PLURAL}(?![\p{L}])`,
    'giu',
  ),
  // "we are 200 people", "nous sommes aujourd'hui plus de 30 personnes", "employs 300 people", "somos 40 personas";
  // Spanish puts "a" before the people employed ("hoy emplea a 95 personas") and counts its own in "trabajamos 40
  // personas"; "we run three lines and employ about 140 people" joins the verb to the company's other doings.
  new RegExp(
    String.raw`(?<![\p{L}])(?:we are|we're|wir sind|nous sommes|somos|siamo|we zijn|zijn we|suntem|we count|we now count|wir zählen|nous comptons|employs|employing|we employ|(?<=\b(?:and|we)\s)employ|impiega|emplea\s+a|empleamos\s+a|trabajamos|emplea|emprega|emploie|beschäftigt rund|we now employ|beschäftigt|nous employons|empleamos|impieghiamo|empregamos|zatrudniamy|sysselsätter|beskæftiger|zaposlujemo|zamestnávame|zaměstnáváme|zapošljavamo|työllistämme|starfa|απασχολεί|απασχολούμε|we have grown to|we've grown to|grown to)\s+(?:(?:today|now|heute|aujourd'hui|aujourd’hui|hoy|oggi|vandaag|hoje|inzwischen|already|bereits|déjà|ya|già|al|já)\s+)?${QUALIFIER}${NUMBER}(\s*\+)?\s+${ADJECTIVES}${PEOPLE}`,
    'giu',
  ),
  // "a 40-strong team", "our 52-person team", "a 12-person firm": not the team a role leads ("lead a 6-person team").
  new RegExp(
    String.raw`(?<![\p{L}\d])${LEADS}${QUALIFIER}${NUMBER}(\s*\+)?[- ](?:strong|person|people|member) (?:team|company|firm|agency|practice|crew|studio)\b`,
    'giu',
  ),
  // "V dílně a kanceláři nás dnes pracuje 28", "uzņēmumā strādā 63 cilvēki", "Meie meeskonnas on 11 raamatupidajat":
  // Czech, Latvian and Estonian say how many work in the company, or are in its team.
  new RegExp(
    String.raw`(?<![\p{L}])(?:nás(?:\s+(?:dnes|teď|nyní))?\s+pracuje|uzņēmumā\s+(?:šodien\s+)?strādā|(?:meie\s+)?meeskonnas\s+(?:on|töötab))\s+${QUALIFIER}${NUMBER}(\s*\+)?(?![\d.,]\d)`,
    'giu',
  ),
  // "Екипът ни от 45 души" (our team of 45 people), Bulgarian: "от" is "since" too ("екипът ни от 2019"), so the people
  // must be named.
  new RegExp(
    String.raw`(?<![\p{L}])(?:екипът(?:\s+ни)?|екип)\s+от\s+${QUALIFIER}${NUMBER}(\s*\+)?\s+(?:души|служители|специалисти|човека)(?!\p{L})`,
    'giu',
  ),
  // "21 kişilik ekibimizle" (with our 21-person team), Turkish: the team's word takes its endings.
  new RegExp(String.raw`(?<![\p{L}\d])${QUALIFIER}${NUMBER}(\s*\+)?\s+kişilik\s+(?:ekib|ekip|kadro)\p{L}*`, 'giu'),
  // "45-liikmeline meeskond" (a 45-member team), Estonian: the team or the staff, not a board ("7-liikmeline nõukogu").
  new RegExp(
    String.raw`(?<![\p{L}\d])${QUALIFIER}${NUMBER}(\s*\+)?-?\s?liikmeline\s+(?:meeskond|töötajaskond|kollektiiv)(?!\p{L})`,
    'giu',
  ),
  // "มีพนักงาน 352 คน", "พนักงานกว่า 200 คน" (has 352 employees, over 200 employees), Thai: the staff noun, then the
  // count and its counter word for people; Thai writes no space between words.
  new RegExp(String.raw`พนักงาน(?:ทั้งหมด|รวม|ประมาณ)?\s*${QUALIFIER}${NUMBER}(\s*\+)?\s*คน`, 'gu'),
  // "직원 26명", "임직원 120명": the staff noun, then the count in its counter word (Korean).
  new RegExp(
    String.raw`(?<![\p{L}])(?:직원|임직원|사원|구성원)(?:\s*수)?(?:은|는|이|가)?\s*()${NUMBER}(\s*\+)?\s*명`,
    'gu',
  ),
  // "Our 74 people work from four offices", "Nos 650 conseillers traitent ...", "Nos 23 consultants, rédacteurs et
  // traders média accompagnent": the company's own people, one trade that is people's work, or its trades listed,
  // after a possessive.
  new RegExp(
    String.raw`(?<![\p{L}])(?:our|nos|unsere|nuestros|nuestras|i nostri|onze|os nossos|as nossas)\s+${QUALIFIER}${NUMBER}(\s*\+)?\s+(?:${ADJECTIVES}(?:${PEOPLE}|${TRADES})(?![\p{L}])|${NOT_STAFF}${ROLE_PLURAL}(?:,\s+${NOT_STAFF}${ROLE_PLURAL})*\s+(?:and|&|et|und|y|e|en)\s+${NOT_STAFF}${ROLE_PLURAL}(?![\p{L}]))`,
    'giu',
  ),
  // "we've grown from a two-person team in Athens to 140 people", "the company grew to 300 employees": the company
  // grown to a number of people (not a town's population).
  new RegExp(
    String.raw`(?<![\p{L}])(?:we(?:['’]ve| have)?\s+(?:now\s+)?|(?:team|company|business|firm)\s+(?:has\s+)?)(?:grown|grew)\s+(?:from\s[^.\n]{0,60}?\s)?to\s+${QUALIFIER}${NUMBER}(\s*\+)?\s+${ADJECTIVES}${PEOPLE}(?![\p{L}])`,
    'giu',
  ),
  // "sind wir auf 32 Köpfe gewachsen": grown to a number of people, in German word order.
  new RegExp(
    String.raw`(?<![\p{L}])auf\s+${QUALIFIER}${NUMBER}(\s*\+)?\s+${ADJECTIVES}${PEOPLE}\s+(?:an)?gewachsen`,
    'giu',
  ),
  // "a company headquartered in Bengaluru with 260 people across Bengaluru and Pune": people the company has somewhere.
  new RegExp(
    String.raw`(?<![\p{L}])(?:with|has|have)\s+${QUALIFIER}${NUMBER}(\s*\+)?\s+${ADJECTIVES}people\s+(?:across|in|at)\s+\p{Lu}`,
    'gu',
  ),
  // "18 people work at our mill", "310 people work with us", "38 people across both offices", "126 people on the team", "126 osób w zespole",
  // "23 osoby w zespole", "25 de oameni în echipă", "57 persoas no cadro de persoal" (Galician: on the payroll), "40
  // personas en plantilla": people placed in the company's offices, team or work (not "people
  // use", "people trust", "people work with our app", "people on the team of our customers").
  new RegExp(
    String.raw`(?<![\p{L}\d])${QUALIFIER}${NUMBER}(\s*\+)?\s+${ADJECTIVES}(?:people|colleagues|personnes|personas|persone|pessoas|persoas|mensen|menschen|osób|osoby|(?:de\s+)?oameni|(?:de\s+)?persoane)\s+(?:(?:no|na|en|nel)\s+(?:cadro|quadro)\s+(?:de\s+persoal|de\s+pessoal|de\s+funcion[aá]rios|del\s+personale)|en\s+(?:la\s+|nuestra\s+)?plantilla|in\s+organico|across (?:both|all|our|two|three|four|five|\d{1,2})(?: (?:two|three|four|five|\d{1,2}))?(?: \p{Lu}[\p{L}-]+)? (?:offices|locations|sites|depots|warehouses|plants|studios|countries|cities)|across our (?:\p{L}[\p{L}-]*\s+){1,3}(?:headquarters|hq|head office)|(?:on|in) (?:the|our) (?:team|crew)(?![\p{L}]|\s+of\b)|dans (?:l['’]|notre )[ée]quipe|en (?:el|nuestro) equipo|(?:na|em) (?:nossa )?equipe|nel (?:nostro )?team|in (?:het|ons) team|w (?:naszym )?zespole|(?:în|in) echip(?:a|ă)(?![\p{L}])|work (?:at|in|for) (?:our|the|this)\b|work with us(?![\p{L}])|working (?:at|in|for) (?:our|the)\b)`,
    'giu',
  ),
  // "more than 320 engineers, designers, QA analysts and project managers work from our Lahore headquarters", "48 of
  // us work from our factory": the company's trades, or its "us", placed at work in its own premises.
  new RegExp(
    String.raw`(?<![\p{L}\d])${QUALIFIER}${NUMBER}(\s*\+)?\s+(?:of us|${NOT_STAFF}${ROLE_PLURAL}(?:,\s+${NOT_STAFF}${ROLE_PLURAL})*,?\s+(?:and|&)\s+${NOT_STAFF}${ROLE_PLURAL})\s+work\s+(?:from|at|in|for)\s+(?:our|the)(?![\p{L}])`,
    'giu',
  ),
  // "Around 210 people work for Ousebridge": people working for a name (capitalized: case-sensitive, its own qualifier
  // words), not for "clients" or "our customers".
  new RegExp(
    String.raw`(?<![\p{L}\d])(?:((?:[Oo]ver|[Mm]ore than|[Aa]t least)|[Aa]round|[Aa]bout|[Nn]early|[Aa]lmost|[Aa]pproximately)\s+)?${NUMBER}(\s*\+)?\s+people\s+work\s+for\s+\p{Lu}`,
    'gu',
  ),
  // "We're 280 drivers, dispatchers, planners and engineers", "somos 45 ingenieros, técnicos y administrativos", "We
  // now employ 86 geospatial analysts, engineers and surveyors": the company counting itself as a list of its trades,
  // three plural nouns at least.
  new RegExp(
    String.raw`(?<![\p{L}])(?:we are|we're|we’re|nous sommes|somos|siamo|we zijn|we (?:now )?employ|employs|employing)\s+(?:(?:today|now|already|hoy|aujourd'hui|oggi|hoje)\s+)?${QUALIFIER}${NUMBER}(\s*\+)?\s+${ROLE_PLURAL}(?:,\s+${ROLE_PLURAL}){1,6},?\s+(?:and|&|y|e|et|en)\s+${ROLE_PLURAL}(?![\p{L}])`,
    'giu',
  ),
  // A figure's block: the number on its line, what it counts under it ("38" over "people building Lumeo"); the
  // caption may list the trades before the staff noun ("65" over "installers, engineers & support staff", or "workers"
  // closing such a list: "engineers, technicians & workers"), or name the
  // company when the noun closes it ("68" over "Tallgrass teammates").
  new RegExp(
    String.raw`(?:^|\n)[ \t]*()${NUMBER}(\s*\+)?[ \t]*\n[ \t]*(?:(?:[\p{L}-]+,\s+){1,4}(?:[\p{L}-]+\s+){0,2}(?:&|and|y|e|et|und)\s+(?:[\p{L}-]+\s+)?)?(?:(?:[\p{L}&'’.-]+[ \t]+){1,2}(?=(?:employees|team members|teammates|staff|colleagues)[ \t]*(?:\n|$)))?(?:teammates|people employed|[\p{L}-]+[ \t]+\((?:our|the) team\)|people (?:building|behind|on (?:the|our) (?:team|crew)|in (?:the|our) team|at )|os(?:ób|oby) w (?:naszym )?(?:zespole|firmie)|(?:de )?(?:oameni|persoane) (?:în|in|din) echip(?:a|ă)|(?<=(?:&|and)\s+)workers|${CAPTION_STAFF})(?![\p{L}])`,
    'giu',
  ),
  // A fact row "Team" over "95 people": the team's size as a key figure of the company.
  new RegExp(
    String.raw`(?:^|\n)[ \t]*(?:team|team size|our team|équipe|equipo|equipe|squadra|team\s*grösse|teamgröße)[ \t]*[:\t]?[ \t\n]*()${NUMBER}(\s*\+)?\s+(?:people|persons|personnes|personas|persone|pessoas|mensen|menschen|personen)(?![\p{L}])`,
    'giu',
  ),
  // A tile whose caption runs into its figure ("340Team members", "96 Employees"): the line holds nothing else.
  // "650+dedicated staff", "27brokers and claims staff", "+1.200colaboradores permanentes": its words may qualify the
  // staff or name a trade beside it.
  new RegExp(
    String.raw`(?:^|\n)[ \t]*(\+?)${NUMBER}(\s*\+)?[ \t]*${ADJECTIVES}(?:[\p{L}-]+s\s+(?:and|&)\s+(?:[\p{L}-]+\s+)?)?(?:${CAPTION_STAFF})(?:[ \t]+(?:permanent(?:e?s)?|fixes|fijos|efetivos|full[- ]time))?[ \t]*(?=\n|$)`,
    'giu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])${TEAM_COUNTS}\s+${QUALIFIER}${NUMBER}(\s*\+)?(?:\s+${ADJECTIVES}${PEOPLE})?`,
    'giu',
  ),
  // "Our team is 180+ people across Reston", "our crew is around 85 people": "is" counts the team only with the word for people ("our team is 100%
  // remote" counts nothing).
  new RegExp(
    String.raw`(?<![\p{L}])(?:our|the) (?:team|crew) is\s+(?:now\s+)?${QUALIFIER}${NUMBER}(\s*\+)?\s+${ADJECTIVES}${PEOPLE}(?![\p{L}])`,
    'giu',
  ),
  // "Siamo in dodici", "siamo in 12": Italian counts a group so, and a group that says it of itself is its staff. Not
  // "siamo in 20 paesi" (present in 20 countries): the number ends the clause or runs into "tra", "a", "e"...
  new RegExp(
    String.raw`(?<![\p{L}])siamo in\s+()(\d{1,4}|${SPELLED.slice(1, -1)})()(?=\s*(?:[,.;:!)]|$)|\s+(?:tra|fra|a|ad|e|nel|nella|in|oggi|ormai|persone)(?![\p{L}]))(?![.,]\d)`,
    'giu',
  ),
  // "Nykyään meitä on noin 45 – ohjelmistokehittäjiä": Finnish counts a group as "there are N of us", the number
  // ending the clause or followed by a word for people, which one word may qualify ("Meitä on 126 automaation
  // ammattilaista": 126 automation professionals).
  new RegExp(
    String.raw`(?<![\p{L}])meitä on\s+${QUALIFIER}${NUMBER}(\s*\+)?(?=\s*(?:[–—,.;:!)]|$)|\s+(?:\p{L}+\s+)?(?:henkeä|henkilöä|ihmistä|työntekijää|osaajaa|asiantuntijaa|ammattilaista|insinööriä|kollegaa)(?![\p{L}]))`,
    'giu',
  ),
  // "Meillä työskentelee 18 henkeä", "Yrityksessämme on 40 työntekijää": Finnish says how many work at the company
  // ("at us", "in our company"), the number followed by a word for people.
  new RegExp(
    String.raw`(?<![\p{L}])(?:meillä|yrityksessämme|yhtiössämme|toimistossamme|yrityksessä|yhtiössä)\s+(?:(?:työskentelee|työskentelevät|on)\s+)(?:(?:tällä hetkellä|nykyään|tätä nykyä|tänään|nyt|jo)\s+)?${QUALIFIER}${NUMBER}(\s*\+)?\s+(?:henkeä|henkilöä|työntekijää|ihmistä|asiantuntijaa|osaajaa)(?![\p{L}])`,
    'giu',
  ),
  // "共有 36 位夥伴", "員工 120 名": a count of people (位, 名) of the company's own (員工, 同仁, 夥伴: colleagues).
  // "830余名员工", "200多位同仁": "余", "多" after the number make it a lower bound ("830 and more").
  new RegExp(String.raw`()${NUMBER}\s*(余|餘|多)?\s*(?:位|名)\s*(?:員工|员工|同仁|夥伴|伙伴|職員|职员|正職)`, 'gu'),
  // "现有员工620人", "公司员工总数1,380人": the staff noun, then the count and its counter word (Chinese); not a
  // group's ("集团员工") nor a count of attendances ("人次"). Japanese writes its staff so too ("社員48名", "従業員120名"),
  // not a group's consolidated count ("連結従業員", "グループ社員").
  new RegExp(
    String.raw`(?<!集团|集團|全球|連結|グループ)(?:员工|員工|职工|職工|社員|従業員)(?:总数|總數|人数|人數|数)?\s*[：:]?\s*(?:约|約)?\s*()${NUMBER}\s*(余|餘|多)?\s*(?:人|名)(?!次)`,
    'gu',
  ),
  // "620人员工人数", "14名 職員数": a key figure and its caption run together on one line, as tiles render.
  new RegExp(
    String.raw`(?:^|\n)[ \t]*()${NUMBER}(\+)?\s*(?:人|名|명)?[ \t]*(?:员工人数|员工总数|員工人數|員工總數|従業員数|社員数|職員数|직원\s?수|임직원\s?수|임직원)[ \t]*(?=\n|$)`,
    'gu',
  ),
  // "đã có 420 nhân sự", "Công ty hiện có 1.850 lao động": Vietnamese "now has" or "has come to have" the count of its
  // staff; not a branch's, a plant's or a project's ("nhà máy hiện có 300 lao động", "dự án hiện có 12 nhân sự").
  new RegExp(
    String.raw`(?<!(?:chi nhánh|văn phòng|nhà máy|xưởng|dự án|bộ phận|phòng|nhóm)[^.,;:\n]{0,40})(?<![\p{L}])(?:hiện|đã|hiện đang|nay)\s+có\s+(?:tổng cộng\s+)?${QUALIFIER}${NUMBER}(\s*\+)?\s+(?:nhân sự|nhân viên|người lao động|lao động|cán bộ công nhân viên|cán bộ nhân viên|CBCNV)(?![\p{L}])`,
    'giu',
  ),
  // "210 orang di tim KasNusa", "120 karyawan dalam tim kami": Indonesian and Malay count the people in the company's
  // team, named or "ours" (case-sensitive: a lower-case word after "tim" names a department, "tim penjualan").
  new RegExp(
    String.raw`(?<![\p{L}\d])(?:([Ll]ebih dari|[Ll]ebih|[Ss]ekitar|[Hh]ampir)\s+)?${NUMBER}(\s*\+)?\s+(?:orang|karyawan|pegawai|kakitangan)\s+(?:di|dalam)\s+(?:tim|keluarga besar)\s+(?!(?:Sales|Marketing|IT|Engineering|Product|Support|Finance|Operations|Design|Data|HR)(?![\p{L}]))(?:kami(?![\p{L}])|\p{Lu})`,
    'gu',
  ),
  // "PT X memiliki lebih dari 300 karyawan", "mempekerjakan 85 pegawai": Indonesian and Malay "has", "employs" the
  // count of its employees.
  new RegExp(
    String.raw`(?<![\p{L}])(?:memiliki|mempunyai|mempekerjakan|menggaji)\s+${QUALIFIER}${NUMBER}(\s*\+)?\s+(?:karyawan|pegawai|kakitangan)(?![\p{L}])`,
    'giu',
  ),
  // "Established 1989 · 85 people · ISO 9001 certified": a footer's strip of company facts, the people beside the
  // founding year (a "people" figure elsewhere may count users or visitors; beside the founding it is the staff).
  new RegExp(
    String.raw`(?:^|\n)[ \t]*(?:established|founded|est\.|since)[ \t]+(?:18|19|20)\d\d[ \t]*[·•|][ \t]*${QUALIFIER}${NUMBER}(\s*\+)?[ \t]+(?:people|staff|employees|team members|colleagues)[ \t]*(?=[·•|]|\n|$)`,
    'giu',
  ),
  // "현재 210명의 임직원이": the count, then "of staff" (Korean).
  new RegExp(String.raw`(?<![\d.,])()${NUMBER}()\s*명의\s*(?:임직원|직원|구성원)`, 'gu'),
  // "we are fourteen people", "wir sind zwölf Leute", "nous sommes sept personnes".
  new RegExp(
    String.raw`(?<![\p{L}])(?:we are|we're|wir sind|nous sommes|somos|siamo|we zijn|zijn we)\s+(?:(?:now|today|heute|inzwischen|aujourd'hui|hoy|oggi)\s+)?()${SPELLED}()\s+${ADJECTIVES}${PEOPLE}`,
    'giu',
  ),
  // "Vi är 34 personer", "Vi er 60 ansatte": Swedish, Danish and Norwegian "we are", then the people.
  new RegExp(
    String.raw`(?<![\p{L}])(?:vi är|vi er)\s+(?:(?:nu|idag|i dag|i dag)\s+)?${QUALIFIER}${NUMBER}(\s*\+)?\s+${ADJECTIVES}(?:personer|medarbetare|anställda|medarbejdere|ansatte|mennesker|människor)(?![\p{L}])`,
    'giu',
  ),
  // "Hinter unserer Plattform stehen 40 Menschen": German says who stands behind the company's work, its people.
  new RegExp(
    String.raw`(?<![\p{L}])hinter\s+[^.!?\n\d]{1,60}?\s+stehen\s+(?:(?:heute|inzwischen|mittlerweile|bereits)\s+)?${QUALIFIER}${NUMBER}(\s*\+)?\s+${ADJECTIVES}(?:köpfe|menschen|leute|experten|expertinnen und experten|kolleginnen und kollegen|mitarbeitende|mitarbeiter(?:innen)?)(?![\p{L}])`,
    'giu',
  ),
  // A key figure's line: "212 persone, tra cui 80 medici", "60 people, including 35 engineers": the people counted,
  // then their trade among them; the breakdown into a trade says the count is the staff (not visitors or patients).
  new RegExp(
    String.raw`(?:^|\n)[ \t]*${QUALIFIER}${NUMBER}(\s*\+)?\s+(?:people|persone|personnes|personas|pessoas|mensen|menschen|personen|personer),?\s+(?:including|of whom|tra cui|di cui|dont|de los cuales|entre ellos|davon|darunter|waarvan|incluindo|dos quais|varav)\s+\d{1,5}\s+(?:${TRADES}|doctors|physicians|medici|médecins|médicos|ärzt(?:e|innen)|artsen|läkare|ingegneri|tecnici|consulenti|infermieri|enfermeros|enfermeiros|architects|architetti|architectes|arquitectos|lawyers|avvocati|avocats|abogados|anwälte)(?![\p{L}])`,
    'giu',
  ),
  // "Our team in numbers" over "48 people across our studios": the team's own figures block counts its people first.
  new RegExp(
    String.raw`(?:^|\n)[ \t]*(?:our |the )?team (?:in numbers|by the numbers|at a glance)[ \t]*\n(?:[ \t]*\n)*[ \t]*${QUALIFIER}${NUMBER}(\s*\+)?\s+(?:people|colleagues|team members)(?![\p{L}])`,
    'giu',
  ),
  // "São 32 profissionais entre Santos e Campinas": Portuguese opens a sentence with "(they) are", the firm's people
  // implied; not the professionals a school trained or a service reached ("São 500 profissionais formados").
  new RegExp(
    String.raw`(?:^|[.!?]\s+|\n)São\s+${QUALIFIER}${NUMBER}(\s*\+)?\s+(?:profissionais|pessoas|colaboradores|funcionários|especialistas)(?![\p{L}])(?!\s+(?:formad|certificad|atendid|capacitad|treinad|inscrit))`,
    'gu',
  ),
  // "lo Studio Bianchi, oggi composto da 11 persone", "un equipo formado por 25 profesionales", "a equipa é composta por
  // 40 pessoas": the firm or its team made up of a number of people (not a board or a jury "composto da 5 membri").
  new RegExp(
    String.raw`(?<![\p{L}])(?:studio|team|squadra|staff|organico|azienda|società|equipo|plantilla|empresa|equipe|equipa|escritório|despacho|firma)(?![\p{L}])[^.\n]{0,60}?(?<![\p{L}])(?:compost[oa]|format[oa]|compuest[oa]|formad[oa]|integrad[oa]|constituíd[oa])\s+(?:da|di|por|de)\s+${QUALIFIER}${NUMBER}(\s*\+)?\s+${ADJECTIVES}(?:${PEOPLE}|${STAFF})(?![\p{L}])`,
    'giu',
  ),
  // "a crew of nine", "nuestro equipo de doce profesionales": a spelled-out number needs the team word before it.
  new RegExp(String.raw`(?<![\p{L}])${LEADS}${PART}(?:${TEAM})\s+()${SPELLED}()(?![\p{L}])`, 'giu'),
  // "We are 450+ Kestrelites across our headquarters and four offices": the staff named after their company (a
  // capitalised plural of a name, case-sensitive), placed across its own premises.
  new RegExp(
    String.raw`(?<![\p{L}])(?:[Ww]e are|[Ww]e['’]re)\s+${QUALIFIER}${NUMBER}(\s*\+)?\s+\p{Lu}\p{Ll}{2,20}(?:ians|ites|ers|ans)\s+across\s+(?:our|both|all|\d{1,2}|two|three|four|five|six)(?![\p{L}])`,
    'gu',
  ),
  ...MORE_PHRASES,
  ...NAMED_PHRASES,
  ...NORTH_PHRASES,
];

export interface HeadcountHit {
  range: NumberRange;
  phrase: string;
}

// A fact row's size band, as directories and profiles state it: "Employees  11-50", "Mitarbeiter: 10 - 49", "Company
// size  201 to 500", "Mitarbeiter  50 bis 99", "Team
// size  11-50", "Company size  11-50 people", a German board's company box "Unternehmensgröße  100–249
// Mitarbeitende", "Betriebsgröße: zwischen 6 und 50" (between 6 and 50). A case study's sidebar gives its customer's
// size so: the derivation reads a customer story's text without its fact rows (lib/extract/listing.ts withoutFactRows).
const BAND_NUMBER = String.raw`(\d{1,3}(?:[.,]\d{3})+|\d{1,6})`;
const RANGE_ROW = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:${ROW_LABEL}|team size|company size|unternehmensgr(?:ö|oe)(?:ß|ss)e|betriebsgr(?:ö|oe)(?:ß|ss)e|firmengr(?:ö|oe)(?:ß|ss)e)${ROW_SOURCE}[ \t]*[:\t—]?[ \t\n]*(?:${BAND_NUMBER}(?:[ \t]*[-–][ \t]*|[ \t]+(?:to|bis|à|a|tot|till|til|do)[ \t]+)|(?:zwischen|between|entre|tra|tussen|mellan|mellem)[ \t]+${BAND_NUMBER}[ \t]+(?:und|and|et|y|e|en|och|og)[ \t]+)${BAND_NUMBER}(?![\d\p{L}%])`,
  'iu',
);

// A job board's line on the employer: its industry, then its size band ("Construction 51-200 employees", "Retail
// 1,001-5,000 employees"), the band ending the line; the board states the company's size so, where the ad's prose counts
// a site's or a team's workers. The empty group keeps the groups where RANGE_ROW has them (min, -, max).
const BAND_LINE = new RegExp(
  String.raw`(?:^|\n)[ \t]*[\p{L}&,/' -]{0,40}?(?<![\p{L}\d])${BAND_NUMBER}[ \t]*[-–][ \t]*()${BAND_NUMBER}[ \t]+employees[ \t]*(?=\n|$)`,
  'iu',
);

// A band's low end before the number ("1,001 to 5,000 employees", "501 a 1.000 empleados", "50 bis 249 Mitarbeiter"):
// the count is the band. Not a year ("since 1979 to about 650") nor a growth's start ("de 31 à 68 salariés", "from 40
// to 65 staff"), where the number is the count of today.
const BAND_LOW = /(?<![\d,.])(\d[\d,.]*)[ \t]*(?:[-–]|[ \t](?:to|bis|à|a|tot|till|til|do))[ \t]*$/iu;
const GROWTH_FROM = /(?<!\p{L})(?:from|de|von|van|da|od|z|fra|från|desde|passée de|passé de)[ \t]+$/iu;

const FIGURE_LINE = /^[ \t]*[+~]?\d[\d.,\u00a0\u202f ]*\+?[ \t]*$/;
const CAPTION_LINE = /^[ \t]*[^\d\n]{1,40}$/;
// A timeline's entry: a bare year on the line above or in the row's first cell ("1993<tab>..."), "1993 – ..."), and the
// count inside a sentence of the entry.
const YEAR_LINE_ABOVE = /(?:^|\n)[ \t]*(?:18|19|20)\d\d(?:[ \t]*\n|\t|[ \t]+[–—-][ \t]+)([^\n]*)$/;

function timelineEntry(text: string, at: number): boolean {
  const above = YEAR_LINE_ABOVE.exec(text.slice(Math.max(0, at - 160), at));
  if (!above) return false;
  const end = text.indexOf('\n', at);
  const line = `${above[1]}${text.slice(at, end < 0 ? at + 160 : Math.min(end, at + 160))}`;
  return /\p{L}{3,}[^\n]*\s\d/u.test(line);
}

const CALL_TO_ACTION =
  /^[ \t]*(?:solicit[ae]r?|pedir|request|get\s+(?:a|an|your)|book|contact(?:ez)?|cont[áa]ct[ae]nos|cotiz[ae]r?|ver\s+m[áa]s|learn\s+more|read\s+more|descubr[ae]|discover|fale|pe[çc]a|demande[rz]?|anfragen|jetzt)(?!\p{L})[^\n]{0,30}$/iu;
const FIGURES_HEADING =
  /^[ \t]*(?:(?:our |the )?key (?:figures|facts)|(?:\p{L}+ )?in numbers|by the numbers|facts (?:&|and) figures|at a glance|kerncijfers|in cijfers|kennzahlen|(?:\p{L}+ )?in zahlen|zahlen(?:,| und| &) fakten|chiffres[ -]cl[ée]s|en chiffres|(?:nuestras |en )?cifras|datos clave|in cifre|(?:em )?n[úu]meros|nyckeltal|n(?:ø|o)gletal|n(?:ø|o)kkeltall|avainluvut|w liczbach|rakamlarla|sz(?:á|a)mokban)[ \t]*$/iu;

/**
 * The line at `at` captions the figure above it: a block of figures and their captions that starts with a figure
 * ("145" / "trucks" / "210" / "medewerkers" / "3" / "vestigingen"), not a list of labels and their values that starts
 * with a label ("Gegründet" / "2019" / "Mitarbeiter" / "45").
 */
function afterFigure(text: string, at: number): boolean {
  const lines = text.slice(Math.max(0, at - 400), at).split('\n');
  lines.pop();
  let figure = true;
  let first: 'figure' | 'caption' | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    // The block's own heading ("Kerncijfers", "Nuestras cifras") is no caption: the block starts below it.
    if (!figure && FIGURES_HEADING.test(line)) break;
    // Nor is a hero's button over the block ("Solicitar cotización", "Request a quote"): a caption names, never asks.
    if (!figure && CALL_TO_ACTION.test(line)) break;
    if (!(figure ? FIGURE_LINE : CAPTION_LINE).test(line)) break;
    first = figure ? 'figure' : 'caption';
    figure = !figure;
  }
  return first === 'figure';
}

/**
 * A register's yearly row ("2022<tab>2023<tab>2024" over "Employees<tab>38<tab>52<tab>61"): the figure of the latest
 * year, whichever column holds it. Undefined for a row of one value or without a row of years above it.
 */
function latestColumn(text: string, at: number): number | undefined {
  const end = text.indexOf('\n', at);
  const cells = text
    .slice(at, end < 0 ? undefined : end)
    .split('\t')
    .slice(1);
  const start = text.lastIndexOf('\n', at - 2);
  const years = text
    .slice(start + 1, at - 1)
    .split('\t')
    .map((c) => c.trim());
  if (
    cells.length < 2 ||
    years.length < cells.length ||
    !years.slice(-cells.length).every((y) => /^(?:19|20)\d\d$/.test(y))
  )
    return undefined;
  const header = years.slice(-cells.length).map(Number);
  const value = cells[header.indexOf(Math.max(...header))]?.replace(/[.,\s]/g, '');
  return value && /^\d{1,7}$/.test(value) ? Number(value) : undefined;
}

// "pays more than 180,000 employees every month", "insures 40,000 staff": the customers' people, counted as the
// object of what the company does for them.
// "un grup german cu peste 3.000 de angajați", "a group with over 5,000 employees": the owning group's people.
const GROUP_STAFF =
  /(?<!\p{L})(?:group|grup|gruppe|groupe|grupo|gruppo|groep|konzern|concern|grupa|grupy|grupie|skupina|csoport)(?!\p{L})[^.\n]{0,40}?(?<!\p{L})(?:with|cu|mit|avec|con|com|met|z)\s+(?:\p{L}+\s+)?$/iu;
// "a subsidiary of Tamsin Health Inc. of Minneapolis, a contract manufacturer with over 6,000 employees", "Teil der
// Halder-Gruppe mit 4.000 Mitarbeitenden": the parent's people, in the clause that names it (its "Inc." no sentence's
// end).
const PARENT_STAFF =
  /(?<!\p{L})(?:[Ss]ubsidiary of|[Pp]art of|[Oo]wned by|[Mm]ember of|[Aa] division of|[Tt]ochter(?:gesellschaft|unternehmen)? (?:der|von|des)|[Tt]eil der|[Ff]iliale d[eu']|[Ff]iliale di|[Dd]ochter(?:onderneming|bedrijf)? van|[Oo]nderdeel van)(?!\p{L})(?:[^.!?\n]|[.!?](?!\s+\p{Lu})){0,120}?(?<!\p{L})(?:with|mit|avec|con|com|met)\s+(?:\p{L}+\s+)?$/u;
// "calcule les salaires de plus de 48 000 salariés", "die Lohnabrechnung für 9.000 Beschäftigte": the pay of
// customers' staff that a payroll firm runs.
const CUSTOMERS_STAFF =
  /(?<!\p{L})(?:pays?|paying|paid|payroll\s+for|serv(?:e|es|ing)|insur(?:e|es|ing)|equips?|equipping|(?:salaires|paies?|bulletins de (?:paie|salaire)|n[óo]minas?|lohnabrechnung(?:en)?|geh[äa]lter|buste paga|stipendi|salarissen|loonstroken)\s+(?:de|des|for|of|f[üu]r|von|di|del|dei|van)\s+)\s*$/iu;

// The clause before the count names one of the company's offices, plants or branches by its place ("Our Varna office",
// "the plant in Tarnów"), not its head office, nor "unserem Werk" where the company has one.
const UNIT_STAFF =
  /(?<![\p{L}])(?:(?!Head |Main )\p{Lu}[\p{L}-]+\s+(?:office|branch|plant|factory|warehouse|studio|site)|(?<![Hh]ead |[Mm]ain )(?:office|branch|plant|factory|warehouse|studio|site|[Nn]iederlassung|[Ff]iliale|[Ww]erk|[Ss]tandort|vestiging|kantoor|agence|usine|oficina|sucursal|planta|ufficio|stabilimento)\s+(?:in|at|en|à|a|im|di|de|te)\s+\p{Lu})[^.,;:!?\n]{0,80}$/u;

const YOUR_TEAM =
  /(?:you(?:['’]ll| will)?\s+(?:work|be|join)|je\s+werkt|jij\s+werkt|du\s+arbeitest|sie\s+arbeiten|vous\s+(?:travaillez|travaillerez|rejoignez|rejoindrez)|trabajar[áa]s|lavorerai|joining)[^.!?\n]{0,25}(?:team|équipe|equipo|squadra)\s+(?:van|of|de|di|von|aus|with|met)\s+(?:\p{L}+\s+)?\d/iu;

const ELSEWHERE =
  /^[ \t]*(?:bei|at|in|of|chez|en|en nuestra|presso|bij)\s+(?:(?:unserer|unseren|our|its|der|the|notre|nuestra|la nostra|onze)\s+)?(?:tochter\w*|schwester\w*|mutter\w*|subsidiar\w*|sister compan\w*|parent compan\w*|group compan\w*|filiale|filial|dochter\w*|controllata)/iu;

// "Manufacturer of the Year (100–249 employees)", "Scale-up of the Year (under 50 staff)", "in the 250-999 employees
// category": an award's size class, which the company falls in, is no count of it.
const AWARD_BEFORE =
  /(?:of the year|award|awards|prize|winner|finalist|category|kategorie|cat[ée]gorie|categor[ií]a|preis|prix|premio|troph[yé]e?)[^()\n]{0,40}\(\s*[^()\d\n]{0,30}?(?:\d[\d.,]*\s*(?:[–-]|to|a|à|bis|al)\s*)?$/iu;
const CATEGORY_AFTER = /^\s*(?:category|kategorie|cat[ée]gorie|categor[ií]a|class)\b/iu;

// "480 team members at peak crawfish season", "60 Saisonkräfte", "300 trabajadores de temporada": the season's hands,
// not the company's year-round headcount.
const SEASONAL =
  /^[ \t]*(?:at (?:the )?peak|during (?:the )?(?:peak|season|harvest)|in (?:high |peak )?season|de temporada|en temporada|in der saison|en saison)/iu;

// "we were 38 staff at the time": a count of the past, told beside a dated event.
const PAST = /^[ \t]*(?:at the time|back then|in those days)(?!\p{L})/iu;

function seasonal(text: string, end: number): boolean {
  const after = text.slice(end, end + 30);
  return SEASONAL.test(after) || PAST.test(after);
}

// A bracket that names a class before the count: "(small brewery class, under 5,000 barrels / fewer than 25
// employees)", "(Kategorie Handwerk, bis 50 Mitarbeitende)".
const CLASS_BRACKET =
  /\([^()\n]{0,100}\b(?:class|category|kategorie|cat[ée]gorie|categor[ií]a|klasse|division)\b[^()\n]*$/iu;

function awardCategory(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  return (
    AWARD_BEFORE.test(before.slice(-80)) || CLASS_BRACKET.test(before) || CATEGORY_AFTER.test(text.slice(end, end + 20))
  );
}

// Arabic-Indic, Persian, Devanagari and Bengali digits ("٢٣٠", "২৩০", "३८०"): one UTF-16 unit each, as ASCII's, so a
// match's offsets stay the text's own.
const NATIVE_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]/g;
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6];

function asciiDigits(text: string): string {
  return text.replace(NATIVE_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
    return String(code - zero);
  });
}

function bandOf(lead: string, digits: string): NumberRange | undefined {
  const low = BAND_LOW.exec(lead);
  if (!low?.[1] || /^(?:18|19|20)\d\d$/.test(low[1]) || GROWTH_FROM.test(lead.slice(0, low.index))) return undefined;
  const [min, max] = [low[1], digits].map((n) => Number(n.replace(/[.,]/g, '')));
  return min && max && min >= 1 && max > min ? { min, max } : undefined;
}

/**
 * Headcount stated in `text`: a point for "200 employees", an open range for "over 200"/"200+", a row's band.
 * `brands` (the page's brand in normalizeName form) lets the company's own name count its people ("Join 120 Quillers").
 */
export function headcount(raw: string, brands: readonly string[] = []): HeadcountHit | undefined {
  const text = asciiDigits(raw);
  const band = RANGE_ROW.exec(text) ?? BAND_LINE.exec(text);
  if (band) {
    const [min, max] = [band[1] ?? band[2], band[3]].map((n) => Number((n ?? '').replace(/[.,]/g, '')));
    if (min && max && min >= 1 && max > min) return { range: { min, max }, phrase: band[0].trim().slice(0, 120) };
  }
  // A history's entry ("1993" over "Milling resumes with 12 workers") counts the staff of its year: kept only when the
  // page states no other count.
  let dated: HeadcountHit | undefined;
  for (const pattern of brands.length ? [...PATTERNS, ...BRAND_PHRASES] : PATTERNS) {
    let count = 0;
    for (const m of text.matchAll(pattern)) {
      if (++count > 50) break;
      const [phrase, qualifier, digits, plus, name] = m;
      if (!digits) continue;
      if (BRAND_PHRASES.includes(pattern) && !namesBrand(name ?? '', brands)) continue;
      // "Fundação: 1993" over "Colaboradores: 210", "Bildat<tab>2009" over "Medarbetare<tab>58": a noun that opens its
      // line before a colon or a table's next cell labels its own row.
      if (ROW_ABOVE.test(phrase) && /^[ \t]*[:\t]/.test(text.slice(m.index + phrase.length))) continue;
      // "9 Kolleginnen und Kollegen bei unserer Tochter": a subsidiary's or parent's staff, not the company's.
      if (ELSEWHERE.test(text.slice(m.index + phrase.length, m.index + phrase.length + 60))) continue;
      const at = m.index + (phrase.length - phrase.trimStart().length);
      const lead = text.slice(Math.max(0, m.index - 80), at);
      if (CUSTOMERS_STAFF.test(lead.slice(-30)) || GROUP_STAFF.test(lead)) continue;
      if (PARENT_STAFF.test(text.slice(Math.max(0, m.index - 160), at)) || inOthersAside(text, at)) continue;
      if (awardCategory(text, at, m.index + phrase.length) || seasonal(text, m.index + phrase.length)) continue;
      // "Our Varna office opened in 2022 and has grown to 16 people": an office's or a plant's own staff.
      if (pattern !== PATTERNS[0] && pattern !== PATTERNS[2] && UNIT_STAFF.test(lead)) continue;
      // "Je werkt in een team van 25 collega's", "you'll join a team of 6": the role's own team.
      if (pattern !== PATTERNS[0] && YOUR_TEAM.test(text.slice(Math.max(0, m.index - 60), m.index + phrase.length)))
        continue;
      // "210" over "medewerkers" over "3" over "vestigingen": in a block of figures the word labels the number above.
      if (pattern === PATTERNS[0] && afterFigure(text, at)) continue;
      const latest = pattern === PATTERNS[0] ? latestColumn(text, at) : undefined;
      if (latest) return { range: { min: latest, max: latest }, phrase: phrase.trim().slice(0, 120) };
      const band = qualifier ? undefined : bandOf(lead, digits);
      if (band) return { range: band, phrase: `${lead.slice(-20)}${phrase}`.trim().slice(0, 120) };
      const lower = !!plus || (!!qualifier && LOWER_BOUND.test(qualifier));
      const spelled = WORDS[digits.toLowerCase()];
      const range = spelled ? { min: spelled, max: spelled } : parseEmployees(`${digits}${lower ? '+' : ''}`);
      // One person is not a company's headcount; a year-like number with "since" was caught elsewhere.
      if (!range || range.min < 2) continue;
      if (timelineEntry(text, at)) {
        dated ??= { range, phrase: phrase.slice(0, 120) };
        continue;
      }
      return { range, phrase: phrase.slice(0, 120) };
    }
  }
  return dated;
}
