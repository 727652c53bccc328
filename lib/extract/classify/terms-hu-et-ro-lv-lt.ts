import type { GroupTerms } from './terms';

type Group = GroupTerms['group'];

/**
 * The same NACE Rev. 2 section and division titles as ./terms.ts in Hungarian (TEÁOR'08: "Feldolgozóipar",
 * "Építőipar", "Szálláshely-szolgáltatás, vendéglátás"), Estonian (EMTAK 2008: "Töötlev tööstus", "Ehitus",
 * "Veondus ja laondus"), Romanian (CAEN Rev. 2: "Industria prelucrătoare", "Construcții", "Hoteluri și restaurante"),
 * Latvian (NACE 2. red.: "Apstrādes rūpniecība", "Būvniecība", "Transports un uzglabāšana") and Lithuanian (EVRK 2
 * red.: "Apdirbamoji gamyba", "Statyba", "Transportas ir saugojimas"), with the trade's own word where a title is a
 * phrase no company writes ("nyomda" for "nyomdai és egyéb sokszorosítási tevékenység", "ügyvédi iroda" for "jogi
 * tevékenység", "bussiliinid" for "reisijatevedu maismaal", "tipografie" for "tipărire", "spaustuvė" for
 * "spausdinimas"). Word stems, lower case, accents folded by ./normalize.ts ("ő" -> "o", "ű" -> "u", "õ" -> "o",
 * "ș"/"ş" -> "s", "ț"/"ţ" -> "t", "ă" -> "a", "ā" -> "a", "ģ" -> "g", "ė" -> "e", "ų" -> "u", "į" -> "i"). A
 * division's whole title comes before its key word where the title has another group's word in it ("Datorprogrammēšana,
 * konsultēšana un saistītas darbības" is IT services, "Datorprogrammēšana" software).
 *
 * Left out on purpose, as words every company of these languages uses or that mean something else:
 * - Hungarian "kft", "bt", "zrt", "szolgáltatás"/"szolgáltató" alone (service, and half of all legal names: "X
 *   Kereskedelmi és Szolgáltató Kft."), "kereskedelem"/"kereskedelmi" alone (trade, the same names), "gyártás" in
 *   "film gyártása" is media's, "kiadó" alone (publisher, and "for rent" in every flat advert), "reklamáció" (a shop's
 *   complaints: no "reklam*" stem), "szállítás" alone (a shop's delivery), "biztosítás"/"biztosító" alone (also
 *   "ensuring", "providing"), "képzés" alone (any firm's training), "rendelés" (an order).
 * - Estonian "teenused" alone (services), "OÜ"/"AS", "kaubandus" alone ("X Kaubandus OÜ" is a legal name), "koolitus"
 *   (any firm's training), "baar" (a bar, and the pressure unit), "finants" alone (every annual report).
 * - Romanian "servicii" alone, "srl", "sa", "comerț" alone (every legal name's "Comerț și Servicii"), "producție"
 *   alone (film's too), "programare" alone (an appointment at any dentist or salon), "asigurare"/"asigurăm"
 *   (ensuring), "reclamație" (complaint), "curier" alone and "transport gratuit" (a shop's delivery), "asociații"
 *   (partners: "Popescu și Asociații" is a law firm), "fundații" (a building's foundations), "construcție" singular (a
 *   page "în construcție"), "știri", "presă" (every site's news; a press machine).
 * - Latvian "SIA", "pakalpojumi" alone (services), "tirdzniecība" alone ("Tirdzniecības nams" legal names),
 *   "reklamācija", "aizsardzība" alone ("datu aizsardzība", the privacy notice), "uzglabāšana" alone (data storage),
 *   "noliktavā" (in stock), "kurjers" (a shop's delivery), "partija" alone (a batch of goods), "karjera" (careers).
 * - Lithuanian "UAB", "paslaugos" alone (services), "prekyba" alone (legal names), "būtų" (would be, folded as
 *   "butu": flats only as "butai"), "atlieka" (performs: waste only as "atliekų tvarkymas"), "maitinimas" alone (a
 *   device's power supply), "apskaita" alone (metering), "spausdinimo versija" (every page's print view), "viešoji
 *   įstaiga" (the legal form of private clinics and schools too), "savivaldybė" (every address).
 * Nor any stem that spells a word of English, German, French, Spanish, Italian, Dutch or Portuguese (checked against
 * those languages' word lists, Debian's wamerican, wngerman and the like): such a stem either repeats another list's
 * word in another tier ("transport", "logistik", "hotel", "bank") or takes a word with another sense for this trade
 * (Hungarian "gép" in "geprüft", Estonian "hind" and "kool", Romanian "primării" in "primarily", "energetic", "scoli"
 * in "scoliosis", "hostel" and "supermarket" in an English charity's text).
 */
export const HU_ET_RO_LV_LT_TERMS: Record<Group, { hu: string; et: string; ro: string; lv: string; lt: string }> = {
  software: {
    hu: 'szoftverkiadas|szoftver\\w*|szamitogepes programozas|programozas|jatekszoftver\\w*|vilaghalo portal\\w*|webportal\\w*',
    et: 'tarkvara kirjastamine|tarkvara\\w*|programmeerimine|arvutimangu\\w*|veebiportaal\\w*',
    ro: 'activitati de editare a altor produse software|editare a altor produse software|realizare a soft ului la comanda|software orientat client|dezvoltare software|programe informatice|programare software|programare informatica|portalurilor web|portaluri web|jocuri de calculator|jocurilor de calculator',
    lv: 'programmaturas izdosana|programmaturas izstrade|programmatur\\w*|datorprogrammesana|datorprogramm\\w*|timekla portal\\w*|datorspel\\w*',
    lt: 'programines irangos leidyba|kompiuteriu programavimo veikla|kompiuteriu programavim\\w*|programavim\\w*|programin\\w* irang\\w*|interneto vartu paslaugu veikla|kompiuteriniu zaidimu\\w*',
  },
  'it-services': {
    hu: 'informacio technologiai szolgaltatas\\w*|informacio technologiai szaktanacsadas|informatikai szolgaltatas\\w*|informatikai tanacsadas|informatikai uzemeltetes|it szolgaltatas\\w*|it tanacsadas|it uzemeltetes|szamitogep uzemeltetes|adatfeldolgozas|web hoszting|webhoszting|rendszerintegracio|szamitogep javitas\\w*',
    et: 'programmeerimine konsultatsioonid jms tegevused|arvutialased konsultatsioonid|arvutisusteemide haldus|andmetootlus|veebihosti\\w*|it teenus\\w*|it lahendus\\w*|it tugi|it haldus\\w*|infotehnoloogia\\w*|susteemiintegratsioon\\w*|arvutite remont\\w*',
    ro: 'activitati de servicii in tehnologia informatiei|servicii in tehnologia informatiei|consultanta in tehnologia informatiei|tehnologia informatiei|mijloacelor de calcul|servicii informatice|servicii it|consultanta it|prelucrarea datelor|administrarea paginilor web|gazduire web|integrare de sisteme|repararea calculatoarelor|reparatii calculatoare',
    lv: 'datorprogrammesana konsultesana un saistitas darbibas|konsultesana datoru joma|datoriekartu darbibas parvaldisana|datu apstrade\\w*|it pakalpojum\\w*|it atbalst\\w*|it infrastruktur\\w*|informacijas tehnologij\\w*|datoru remont\\w*',
    lt: 'kompiuteriu programavimo konsultacine ir susijusi veikla|kompiuteriu konsultacine veikla|kompiuterines irangos tvarkyba|duomenu apdorojim\\w*|interneto serveriu paslaug\\w*|prieglobos paslaug\\w*|it paslaug\\w*|it sprendim\\w*|informaciniu technologiju\\w*|kompiuteriu remont\\w*',
  },
  telecommunications: {
    hu: 'tavkozles\\w*|tavkozlesi\\w*|mobilszolgaltato\\w*|internetszolgaltat\\w*|szeles savu\\w*',
    et: 'telekommunikatsioon\\w*|sideteenus\\w*|mobiilside\\w*|lairiba\\w*|interneti teenusepakkuja\\w*',
    ro: 'telecomunicatii\\w*|telefonie mobila|telefonie fixa|furnizor de internet|internet prin fibra|banda larga',
    lv: 'telekomunikacij\\w*|elektronisko sakaru\\w*|mobilo sakaru\\w*|platjosla\\w*|interneta pakalpojumu sniedzej\\w*',
    lt: 'telekomunikacij\\w*|elektroniniu rysiu\\w*|judriojo rysio\\w*|mobiliojo rysio\\w*|placiajuost\\w*|interneto paslaugu teikej\\w*',
  },
  'marketing-advertising': {
    hu: 'reklam piackutatas|reklam|reklamok|reklamugynok\\w*|reklamtevekenyseg|reklamszolgaltatas\\w*|mediareklam|piackutatas\\w*|kozvelemeny kutatas|marketingugynokseg\\w*|marketing ugynokseg\\w*|marketing\\w*',
    et: 'reklaamindus ja turu uuringud|reklaamindus|reklaam\\w*|turu uuring\\w*|turuuuring\\w*|avaliku arvamuse uuring\\w*|turundus\\w*|meediaesindus\\w*',
    ro: 'publicitate si activitati de studiere a pietei|publicitate\\w*|agentii de publicitate|agentie de publicitate|studiere a pietei|studiul pietei|cercetare de piata|sondare a opiniei publice|reclama|reclame|relatii publice|agentie de marketing|marketing\\w*',
    lv: 'reklamas un tirgus izpetes pakalpojumi|reklama|reklamas|reklamu|reklamas agentur\\w*|tirgus izpete\\w*|tirgus izpetes|sabiedriskas domas izpete|marketing\\w*',
    lt: 'reklama ir rinkos tyrimas|reklama|reklamos\\w*|reklamin\\w*|rinkos tyrim\\w*|viesosios nuomones\\w*|rinkodar\\w*|marketing\\w*|viesieji rysiai|viesuju rysiu',
  },
  'financial-services': {
    hu: 'penzugyi biztositasi tevekenyseg|penzugyi kozvetites|penzugyi szolgaltatas\\w*|penzugyi tevekenyseg|biztositasi\\w*|biztositotarsasag\\w*|biztosito tarsasag\\w*|biztositas kozvetit\\w*|viszontbiztositas|nyugdijalap\\w*|nyugdijpenztar\\w*|hitelintezet\\w*|alapkezel\\w*|befekteteskezel\\w*|vagyonkezel\\w*|lizing\\w*|takarekszovetkezet\\w*',
    et: 'finants ja kindlustustegevus|finantsteenus\\w*|finantsvahendus\\w*|finantstegevus\\w*|finantsasutus\\w*|kindlustus\\w*|edasikindlustus|pensionifond\\w*|pank|pangad|pangandus|pangateenus\\w*|liising\\w*|krediidiasutus\\w*|fondivalitse\\w*|varahaldus\\w*',
    ro: 'intermedieri financiare si asigurari|intermedieri financiare|servicii financiare|activitati financiare|asigurari\\w*|reasigurari|asigurator\\w*|fondurilor de pensii|fonduri de pensii|banca|banci|bancar\\w*|bancile|creditare|institutie de credit|institutii de credit|broker de asigurari|administrarea fondurilor',
    lv: 'finansu un apdrosinasanas darbibas|finansu pakalpojum\\w*|finansu starpniecib\\w*|apdrosinasan\\w*|apdrosinataj\\w*|parapdrosinasana|pensiju uzkrasana|pensiju fond\\w*|banka|bankas|banku\\w*|lizing\\w*|kreditiestad\\w*|fondu parvald\\w*',
    lt: 'finansine ir draudimo veikla|finansiniu paslaugu\\w*|finansines paslaugos|finansin\\w* tarpinink\\w*|draudim\\w*|perdraudim\\w*|pensiju\\w* kaupim\\w*|pensiju fond\\w*|bankas|banko|bankai|banku|bankininkyst\\w*|lizing\\w*|kredito unij\\w*|kredito istaig\\w*|fondu valdym\\w*|turto valdym\\w*',
  },
  healthcare: {
    hu: 'human egeszsegugyi szocialis ellatas|human egeszsegugyi ellatas|humanegeszsegugyi\\w*|egeszsegugyi ellatas|egeszsegugy\\w*|korhaz\\w*|fekvobeteg ellatas|jarobeteg ellatas|altalanos orvosi\\w*|szakorvos\\w*|orvosi rendelo\\w*|fogorvos\\w*|fogaszat\\w*|gyogyszergyartas|gyogyszer\\w*|gyogyszertar\\w*|allategeszsegugyi\\w*|allatorvos\\w*|klinika\\w*|biotechnologia\\w*|orvostechnikai\\w*|bentlakasos nem korhazi apolas',
    et: 'tervishoid ja sotsiaalhoolekanne|tervishoid\\w*|tervishoiu\\w*|haigla\\w*|uldarstiabi|eriarstiabi|perearst\\w*|hambaravi\\w*|hambaarst\\w*|kliinik\\w*|ravimi\\w*|farmaatsia\\w*|apteek\\w*|veterinaar\\w*|loomaarst\\w*|biotehnoloogia\\w*|meditsiiniseadme\\w*|taastusravi\\w*|hoolekandeasutuste tegevus',
    ro: 'sanatate si asistenta sociala|activitati referitoare la sanatatea umana|sanatatea umana|asistenta spitaliceasca|spital\\w*|asistenta medicala\\w*|cabinet medical|cabinete medicale|clinic\\w*|policlinic\\w*|asistenta stomatologica|stomatolog\\w*|medic\\w*|farmaceutic\\w*|farmaci\\w*|veterinar\\w*|biotehnologi\\w*|dispozitive medicale|ingrijire medicala|kinetoterap\\w*',
    lv: 'veseliba un sociala aprupe|veselibas aizsardziba|veselibas aprup\\w*|slimnic\\w*|visparejas prakses arst\\w*|gimenes arst\\w*|arsts|arsti|arstu\\w*|arstniecib\\w*|zobarst\\w*|stomatolog\\w*|klinik\\w*|poliklinik\\w*|medicin\\w*|farmaceit\\w*|farmacij\\w*|aptiek\\w*|veterinar\\w*|biotehnolog\\w*|rehabilitacij\\w*|sociala aprupe ar izmitinasanu',
    lt: 'zmoniu sveikatos prieziura ir socialinis darbas|zmoniu sveikatos prieziur\\w*|sveikatos prieziur\\w*|ligonin\\w*|bendrosios praktikos gydytoj\\w*|gydytoj\\w*|odontolog\\w*|dantu gydym\\w*|klinik\\w*|poliklinik\\w*|medicin\\w*|farmacij\\w*|farmacin\\w*|vaistin\\w*|veterinar\\w*|biotechnolog\\w*|reabilitacij\\w*|kineziterap\\w*|stacionarine globos veikla',
  },
  education: {
    hu: 'oktatas\\w*|felsooktatas\\w*|kozepfoku oktatas|alapfoku oktatas|egyetem\\w*|foiskola\\w*|iskola\\w*|nyelviskola\\w*|felnottkepzes\\w*|szakkepzes\\w*|ovoda\\w*',
    et: 'haridus\\w*|alusharidus|pohiharidus|keskharidus|korgharidus|koolid|koolide|kooli|ulikool\\w*|kutsekool\\w*|keelekool\\w*|lasteaed\\w*|huviharidus',
    ro: 'invatamant\\w*|educatie\\w*|scoala\\w*|universitat\\w*|liceu\\w*|gradinit\\w*|scoala de limbi straine|formare profesionala|centru de formare',
    lv: 'izglitib\\w*|augstaka izglitiba|pamatizglitib\\w*|vidusskol\\w*|skola|skolas|skolu|universitat\\w*|augstskol\\w*|koledz\\w*|pirmsskolas\\w*|valodu skol\\w*|macibu centr\\w*',
    lt: 'svietim\\w*|mokykl\\w*|universitet\\w*|kolegij\\w*|aukstasis mokslas|aukstoji mokykla|vaiku darzel\\w*|ikimokyklin\\w*|kalbu mokykl\\w*|mokymo centr\\w*|profesinis mokym\\w*',
  },
  manufacturing: {
    hu: 'feldolgozoipar\\w*|gyartas\\w*|gyarto\\w*|gyartj\\w*|gyar|gyara|gyarak|gyarunk|gepgyartas|gepipar\\w*|femfeldolgoz\\w*|femmegmunkal\\w*|fem\\w* termek gyartasa|jarmugyartas|jarmuipar\\w*|autoipar\\w*|vegyipar\\w*|vegyi anyag\\w*|muanyag termek\\w*|muanyagipar\\w*|gumi muanyag termek gyartasa|textilipar\\w*|textilia\\w*|ruhazati termek gyartasa|butorgyart\\w*|elelmiszergyart\\w*|elelmiszeripar\\w*|italgyart\\w*|sutoipar\\w*|pekseg\\w*|nyomdaipar\\w*|nyomdai\\w*|nyomda\\w*|villamos berendezes gyartasa|kohaszat\\w*|ontode\\w*|faipar\\w*',
    et: 'tootlev toostus|toostus\\w*|tootmine|tootmis\\w*|toiduainete tootmine|joogitootmine|trukindus\\w*|trukikoda|trukikoja\\w*|metalltoodete\\w*|metallitoo\\w*|masinate ja seadmete tootmine|mootorsoidukite tootmine|mooblitootmine|mooblitootja\\w*|kemikaalide\\w*|keemiatoodete\\w*|kummi ja plasttoodete tootmine|plasttoode\\w*|puidutoode\\w*|puidutoostus|tekstiili\\w*|roivaste tootmine|pagaritoode\\w*|leivatoostus|pruulikoda\\w*|meierei\\w*|tehas\\w*',
    ro: 'industria prelucratoare|industrie prelucratoare|fabricarea\\w*|fabrica|fabrici|fabricii|fabricam|fabricant\\w*|industria alimentara|industria textila|industria constructiilor metalice|constructii metalice|produselor din metal|prelucrarea metalelor|prelucrari mecanice|masini si utilaje|utilaje industriale|mase plastice|produselor din cauciuc|produse chimice|panificati\\w*|brutari\\w*|tipografi\\w*|tiparire\\w*|tipar|confectii textile|uzina\\w*|turnatori\\w*',
    lv: 'apstrades rupniecib\\w*|rupniecib\\w*|razosan\\w*|razotaj\\w*|razotn\\w*|rupnic\\w*|partikas produktu razosana|dzerienu razosana|maizes razosana|poligrafij\\w*|tipografij\\w*|metalapstrad\\w*|metalizstradajum\\w*|metala konstrukcij\\w*|masinbuv\\w*|kimisko vielu\\w*|gumijas un plastmasas\\w*|plastmasas izstradajum\\w*|tekstil\\w*|kokapstrad\\w*',
    lt: 'apdirbamoji gamyba|apdirbamosios gamybos|gamyb\\w*|gamykl\\w*|gamintoj\\w*|maisto produktu gamyba|gerimu gamyba|duonos gamyba|kepykl\\w*|spausdinimas|spausdinimo paslaug\\w*|spaustuv\\w*|poligrafij\\w*|metalo gamini\\w*|metalo apdirbim\\w*|masinu ir irangos gamyba|baldu gamyba|chemin\\w* medziag\\w*|gumos ir plastiko\\w*|plastiko gamini\\w*|tekstil\\w*|medienos apdirbim\\w*|pramon\\w*',
  },
  'retail-consumer': {
    hu: 'kiskereskedelem\\w*|kiskereskedelmi\\w*|nagykereskedelem\\w*|nagykereskedelmi\\w*|webaruhaz\\w*|internetes kiskereskedelem|csomagkuldo\\w*|aruhaz\\w*|uzletlanc\\w*|gepjarmujavitas|fodraszat\\w*|szepsegapolas\\w*|kozmetika\\w*',
    et: 'hulgi ja jaekaubandus|jaekaubandus\\w*|hulgikaubandus\\w*|jaemuuk\\w*|hulgimuuk\\w*|e pood\\w*|epood\\w*|internetipood\\w*|veebipood\\w*|kauplus\\w*|kaubamaja\\w*|mootorsoidukite ja mootorrataste remont|autoremont\\w*|juuksur\\w*|iluteenindus\\w*|ilusalong\\w*',
    ro: 'comert cu ridicata si cu amanuntul|comert cu amanuntul|comert cu ridicata|comert electronic|magazin online|magazinul online|magazinele|magazinul|hipermarket\\w*|repararea autovehiculelor\\w*|service auto|coafur\\w*|infrumusetare',
    lv: 'vairumtirdznieciba un mazumtirdznieciba|mazumtirdzniec\\w*|vairumtirdzniec\\w*|interneta veikal\\w*|e veikal\\w*|veikal\\w*|automobilu un motociklu remonts|autoserviss|frizetav\\w*|skaistumkops\\w*',
    lt: 'didmenine ir mazmenine prekyba|mazmenin\\w* prekyb\\w*|didmenin\\w* prekyb\\w*|mazmenin\\w*|didmenin\\w*|internetin\\w* parduotuv\\w*|el parduotuv\\w*|parduotuv\\w*|prekybos centr\\w*|automobiliu remont\\w*|kirpykl\\w*|grozio salon\\w*',
  },
  'media-publishing': {
    hu: 'kiadoi tevekenyseg|kiadoi\\w*|konyvkiad\\w*|lapkiad\\w*|ujsagkiad\\w*|hirlapkiad\\w*|folyoirat\\w*|ujsag\\w*|film\\w*|televizio\\w*|televizios musor\\w*|musorszolgaltat\\w*|musor osszeallitasa|hangfelvetel\\w*|hirugynokseg\\w*|media\\w*|alkoto muveszeti szorakoztato tevekenyseg|konyvtar\\w*|muzeum\\w*|szinhaz\\w*',
    et: 'kirjastamine|kirjastus\\w*|raamatute kirjastamine|ajalehtede kirjastamine|ajakirjade kirjastamine|ajaleh\\w*|ajakiri\\w*|ajakirja\\w*|kinofilm\\w*|telesaade\\w*|telesaadete\\w*|helisalvest\\w*|muusika kirjastamine|programmid ja ringhaaling|ringhaaling\\w*|raadio\\w*|televisioon\\w*|uudisteagentuur\\w*|meedia\\w*|loome kunsti ja meelelahutustegevus|meelelahutus\\w*|muuseum\\w*|raamatukogu\\w*|teater|teatri\\w*',
    ro: 'activitati de editare|editura\\w*|edituri|editarea cartilor|editarea ziarelor|editarea revistelor|ziar\\w*|productie cinematografica|cinematografic\\w*|film\\w*|programe de televiziune|televiziune\\w*|difuzare si transmitere de programe|inregistrari audio|editare muzicala|agentiilor de stiri|agentie de stiri|mass media|activitati de spectacole culturale si recreative|creatie si interpretare artistica|spectacol\\w*|bibliotec\\w*|muzeu\\w*|muzee|teatr\\w*',
    lv: 'izdevejdarbib\\w*|izdevniecib\\w*|gramatu izdosana|laikrakst\\w*|zurnal\\w*|kinofilm\\w*|filmu producesana|televizij\\w*|apraide|skanu ierakst\\w*|zinu agentur\\w*|mediju\\w*|radosas maksliniecisk\\w* un izklaides darbibas|muzej\\w*|bibliotek\\w*|teatr\\w*|koncert\\w*',
    lt: 'leidybine veikla|leidyb\\w*|leidykl\\w*|laikrasci\\w*|zurnal\\w*|kino film\\w*|vaizdo film\\w*|televizij\\w*|radij\\w*|transliavim\\w*|programu rengimas ir transliavimas|garso iras\\w*|muzikos irasu\\w*|naujienu agentur\\w*|ziniasklaid\\w*|kurybine menine ir pramogu organizavimo veikla|muziej\\w*|bibliotek\\w*|teatr\\w*|koncert\\w*',
  },
  'professional-services': {
    hu: 'jogi szamviteli adoszakertoi tevekenyseg|jogi tevekenyseg|jogi szolgaltatas\\w*|ugyvedi iroda\\w*|ugyvedi\\w*|ugyved\\w*|kozjegyzo\\w*|szamviteli\\w*|szamvitel|konyveles\\w*|konyvelo\\w*|konyvvizsgal\\w*|adoszakert\\w*|adotanacsad\\w*|uzletvezetesi tanacsadas|vezetoi tanacsadas|uzleti tanacsadas|tanacsado\\w*|tanacsadas|mernoki tevekenyseg|mernokiroda\\w*|muszaki vizsgalat\\w*|tudomanyos kutatas\\w*|kutatas fejlesztes|forditoiroda\\w*|forditas\\w*|tolmacs\\w*|munkaeropiaci szolgaltatas|munkaero kolcsonzes|munkaerokolcsonzes|fejvadasz\\w*|allaskozvetit\\w*|vagyonvedelem\\w*|biztonsagi szolgaltatas\\w*',
    et: 'juriidilised toimingud ja arvepidamine|juriidilised toimingud|oigusabi|oigusburoo\\w*|advokaadiburoo\\w*|advokaat\\w*|notar\\w*|raamatupidamis\\w*|raamatupidamine|arvepidamine|audiitor\\w*|auditeerimis\\w*|maksualane noustamine|maksunoustamine|juhtimisalane noustamine|juhtimisnoustamine|arinoustamine|noustamine|arhitekti ja inseneritegevused|inseneritegevus\\w*|inseneriburoo\\w*|tehnilised katsetused\\w*|teadus ja arendustegevus|tolkeburoo\\w*|tolketeenus\\w*|tolkimine|toohive|personaliotsing\\w*|turvatoo\\w*|turvateenus\\w*',
    ro: 'activitati juridice si de contabilitate|activitati juridice|cabinet de avocat\\w*|cabinet\\w* de avocatura|societate de avocati|societate civila de avocati|notar\\w*|birou notarial|contabilitate|expert contabil|expertiza contabila|consultanta fiscala|consultanta in domeniul fiscal|consultanta in management|consultanta\\w*|activitati de arhitectura si inginerie|activitati de inginerie|testari si analiza tehnica|cercetare dezvoltare|cercetare stiintifica|traducere scrisa si orala|traduceri\\w*|traducator\\w*|forta de munca|fortei de munca|recrutare de personal|recrutare personal|agentie de recrutare|resurse umane|investigatii si protectie|paza si protectie|servicii de paza|firma de paza',
    lv: 'juridiskie un gramatvedibas pakalpojumi|juridiskie pakalpojumi|juridisk\\w*|juristu birojs|zverinat\\w* advokat\\w*|advokat\\w*|notar\\w*|gramatvedib\\w*|gramatved\\w*|revizij\\w*|revident\\w*|konsultesana nodoklu jautajumos|nodoklu konsult\\w*|konsultesana komercdarbiba un vadibzinibas|konsultesana komercdarbiba|vadibas konsult\\w*|biznesa konsult\\w*|arhitekturas un inzeniertehniskie pakalpojumi|inzeniertehnisk\\w* pakalpojum\\w*|tehniska parbaude un analize|zinatnisk\\w* petniecib\\w*|tulkosan\\w*|tulkotaj\\w*|tulks|darbaspeka meklesana|personala atlas\\w*|apsardzes pakalpojum\\w*|apsardz\\w*',
    lt: 'teisine ir apskaitos veikla|teisine veikla|teisines paslaug\\w*|advokat\\w*|notar\\w*|buhalterin\\w*|buhalter\\w*|apskaitos paslaug\\w*|apskaitos ir audito|konsultacijos mokesciu klausimais|mokesciu konsultacij\\w*|konsultacine valdymo veikla|valdymo konsultacij\\w*|verslo konsultacij\\w*|architekturos ir inzinerijos veikla|inzinerin\\w* paslaug\\w*|techninis tikrinimas ir analize|moksliniai tyrimai ir taikomoji veikla|vertimo rastu ir zodziu veikla|vertimu biur\\w*|vertej\\w*|idarbinimo veikla|idarbinim\\w*|personalo atrank\\w*|apsaugos ir tyrimo veikla|apsaugos paslaug\\w*',
  },
  'real-estate-construction': {
    hu: 'epitoipar\\w*|epuletek epitese|egyeb epitmeny epitese|epitmeny epitese|specialis szakepites|szakepites|epitkezes\\w*|magasepit\\w*|melyepit\\w*|utepites|generalkivitelez\\w*|epitoipari kivitelez\\w*|ingatlanugylet\\w*|ingatlan\\w*|epitesz\\w*|lakasepites|lakopark\\w*|epitoanyag\\w*',
    et: 'ehitus\\w*|hoonete ehitus|rajatiste ehitus|eriehitustood|ehitustood\\w*|ehitusettevot\\w*|uldehitus\\w*|peatovotja\\w*|kinnisvaraalane tegevus|kinnisvara\\w*|arhitekt\\w*|arhitektuur\\w*|uusarendus\\w*|kortermaja\\w*',
    ro: 'spatii de birouri|inchirieri? (?:de )?birouri|birouri flexibile|schele|constructii\\w*|constructii de cladiri|lucrari de geniu civil|geniu civil|lucrari speciale de constructii|lucrari de constructii|tranzactii imobiliare|imobiliar\\w*|agentie imobiliara|dezvoltator\\w* imobiliar\\w*|ansamblu rezidential|ansambluri rezidentiale|arhitect\\w*',
    lv: 'buvniecib\\w*|eku buvnieciba|inzenierbuvnieciba|specializetie buvdarbi|buvdarb\\w*|buvkompanij\\w*|buvfirm\\w*|buvniek\\w*|operacijas ar nekustamo ipasumu|nekustam\\w* ipasum\\w*|arhitekt\\w*|arhitektur\\w*|jaunbuv\\w*|buvprojekt\\w*|buvmaterial\\w*|dzivokl\\w*',
    lt: 'statyb\\w*|pastatu statyba|inzineriniu statiniu statyba|specializuota statybos veikla|statybin\\w*|nekilnojamojo turto\\w*|nekilnojam\\w* turt\\w*|architekt\\w*|generalin\\w* rangov\\w*|rangov\\w*|gyvenamuju nam\\w*|daugiabuci\\w*',
  },
  'energy-utilities': {
    hu: 'villamosenergia gaz gozellatas legkondicionalas|villamosenergia\\w*|villamos energia\\w*|aramtermel\\w*|aramszolgaltat\\w*|gazellatas|gozellatas|energia\\w*|energetika\\w*|banyaszat\\w*|kofejtes|koolaj\\w*|foldgaz\\w*|vizellatas|viztermeles|szennyviz\\w*|hulladekgazdalkodas|hulladekkezel\\w*|szennyezodesmentesites|napenergia\\w*|napelem\\w*|szelenergia\\w*|szeleromu\\w*|megujulo energia\\w*|tavho\\w*',
    et: 'elektrienergia gaasi auru ja konditsioneeritud ohuga varustamine|elektrienergia\\w*|elektritootmine|energeetika\\w*|energia\\w*|maetoostus|kaevandamine|polevkivi\\w*|maagaas\\w*|veevarustus|kanalisatsioon\\w*|jaatme ja saastekaitlus|jaatmekaitlus|jaatmemajandus|jaatmete kogumine|saastekaitlus|taastuvenergia|paikeseenergia|paikesepaneel\\w*|paikeseelektrijaam\\w*|tuuleenergia|tuulepark\\w*|kaugkute\\w*',
    ro: 'productia si furnizarea de energie electrica si termica|energie electrica si termica|energie electrica|energie\\w*|energia|gaze naturale|gaz natural|apa calda si aer conditionat|distributia apei|captarea tratarea si distributia apei|salubritate|salubrizare|gestionarea deseurilor|colectarea deseurilor|deseuri\\w*|decontaminare|industria extractiva|minerit|petrol\\w*|fotovoltai\\w*|panouri solare|parc\\w* eolian\\w*|eolian\\w*|regenerabil\\w*|hidrocentral\\w*|termoficare',
    lv: 'elektroenergija gazes apgade siltumapgade un gaisa kondicionesana|elektroenergij\\w*|gazes apgade|siltumapgad\\w*|energetik\\w*|energij\\w*|ieguves rupnieciba un karjeru izstrade|ieguves rupniecib\\w*|karjeru izstrade|udens apgade|udensapgad\\w*|notekudenu\\w*|atkritumu apsaimniekosana|atkritumu savaksana|saules energij\\w*|saules panel\\w*|saules elektrostacij\\w*|vejparks\\w*|vejparki|atjaunojam\\w* energ\\w*|dabasgaz\\w*',
    lt: 'elektros duju garo tiekimas ir oro kondicionavimas|elektros energij\\w*|elektros tiekim\\w*|duju tiekim\\w*|silumos tiekim\\w*|energetik\\w*|energij\\w*|kasyba ir karjeru eksploatavimas|kasyba|karjeru eksploatavim\\w*|nafta\\w*|gamtines duj\\w*|vandens tiekim\\w*|nuoteku valym\\w*|atlieku tvarkym\\w*|atlieku surinkim\\w*|atlieku perdirbim\\w*|saules elektrin\\w*|saules moduli\\w*|saules energij\\w*|vejo elektrin\\w*|vejo energij\\w*|atsinaujinanci\\w* energ\\w*',
  },
  'transportation-logistics': {
    hu: 'szallitas raktarozas|szallitas es raktarozas|aruszallitas\\w*|szemelyszallitas\\w*|teherszallitas\\w*|kozuti szallitas|legi szallitas|vizi szallitas|szarazfoldi\\w* szallitas|csovezetekes szallitas|raktarozas\\w*|szallitmanyoz\\w*|fuvaroz\\w*|logisztika\\w*|logisztikai\\w*|autobus\\w*|busz|buszok|buszos\\w*|buszjarat\\w*|vasut\\w*|postai\\w*|futarposta\\w*|futarszolgalat\\w*|legitarsasag\\w*|hajozas\\w*|kamionos\\w*|taxi\\w*',
    et: 'veondus ja laondus|veondus\\w*|laondus\\w*|maismaaveondus|torutransport|veetransport|ohutransport|reisijatevedu\\w*|kaubavedu|kaubaveod|maanteekaubavedu|veod|vedu|bussiliin\\w*|bussivedu|bussiveod|bussitransport|bussifirma\\w*|bussid|logistika\\w*|ekspedeeri\\w*|posti ja kulleriteenistus|kulleriteenus\\w*|lennuettevot\\w*|laevandus\\w*|raudtee\\w*|takso\\w*|laoteenus\\w*|ladustamine',
    ro: 'transport si depozitare|transporturi\\w*|transport rutier\\w*|transport de marfa|transport de marfuri|transport marfa|transport de persoane|transport persoane|transport de calatori|transport international|depozitare si activitati auxiliare pentru transporturi|depozitare|activitati de posta si de curier|servicii de curierat|firma de curierat|casa de expeditii|autobuz\\w*|microbuz\\w*|feroviar\\w*|navlosire|taxi',
    lv: 'transports un uzglabasana|uzglabasana un transporta paligdarbibas|sauszemes transport\\w*|cauruvadu transport\\w*|pasazieru parvadajum\\w*|pasazieru transport\\w*|kravu parvadajum\\w*|kravas parvadajum\\w*|autoparvadajum\\w*|parvadajum\\w*|ekspedicij\\w*|pasta un kurjeru darbiba|kurjerpast\\w*|autobus\\w*|aviokompanij\\w*|dzelzcel\\w*|kugnieciba|taksometr\\w*|udens transports|gaisa transports',
    lt: 'transportas ir saugojimas|sausumos transport\\w*|transportavimas vamzdynais|keleivin\\w* sausumos transport\\w*|keleiviu vez\\w*|keleiviu pervez\\w*|kroviniu pervez\\w*|kroviniu gabenim\\w*|krovinin\\w* keliu transport\\w*|krovin\\w*|pervezim\\w*|vandens transport\\w*|oro transport\\w*|sandeliavim\\w*|pasto ir pasiuntiniu veikla|ekspedijavim\\w*|autobus\\w*|gelezinkel\\w*|avialinij\\w*|taksi',
  },
  'hospitality-travel': {
    hu: 'szallashely szolgaltatas vendeglatas|szallashely szolgaltatas|szallashely\\w*|vendeglatas\\w*|vendeglato\\w*|szalloda\\w*|hotel\\w*|panzio\\w*|etterem\\w*|ettermi\\w*|kemping\\w*|utazaskozvetit\\w*|utazasszervez\\w*|utazasi iroda\\w*|utazasi ugynokseg\\w*|idegenforgalom\\w*|idegenforgalmi\\w*|turizmus\\w*|rendezvenyi etkeztetes|kozetkeztetes|catering|sport szorakoztato szabadidos tevekenyseg|szabadidos tevekenyseg|apartmanhaz\\w*',
    et: 'majutus ja toitlustus|majutus\\w*|toitlustus\\w*|hotell\\w*|kulalistemaja\\w*|puhkemaja\\w*|restoran\\w*|kohvik\\w*|kamping\\w*|reisiburoo\\w*|reisikorraldaja\\w*|reserveerimisteenus\\w*|turism\\w*|catering|sporditegevus ning lobustus ja vaba aja tegevused|vaba aja tegevus\\w*',
    ro: 'hoteluri si restaurante|hoteluri si alte facilitati de cazare|hoteluri\\w*|hotel\\w*|facilitati de cazare|pensiun\\w*|restaurante si alte activitati de servicii de alimentatie|restaurant\\w*|servicii de alimentatie|alimentatie publica|catering|agentiilor turistice|agenti\\w* de turism|agentie de turism|agentie de voiaj|tur operator\\w*|turism\\w*|asistenta turistica|activitati sportive recreative si distractive|camping\\w*|regim hotelier',
    lv: 'izmitinasana un edinasanas pakalpojumi|izmitinasan\\w*|edinasan\\w*|viesnic\\w*|hotel\\w*|viesu nam\\w*|viesu maj\\w*|restoran\\w*|kafejnic\\w*|kemping\\w*|celojumu biroj\\w*|celojumu agentur\\w*|turisma operator\\w*|turism\\w*|rezervesanas pakalpojum\\w*|sporta nodarbibas izklaides un atputas darbiba|atputas komplek\\w*|atputas baz\\w*|catering',
    lt: 'apgyvendinimo ir maitinimo paslaugu veikla|apgyvendinim\\w*|maitinimo ir gerimu teikimo veikla|maitinimo paslaug\\w*|viesasis maitinimas|viesbuc\\w*|sveciu nam\\w*|kaimo turizm\\w*|turizm\\w*|restoran\\w*|kavin\\w*|kemping\\w*|kelioniu agentur\\w*|kelioniu organizator\\w*|ekskursij\\w*|isankstinio uzsakymo paslaug\\w*|sportine veikla ir pramogu bei poilsio organizavimo veikla|pramog\\w*|poilsio nam\\w*|sodyb\\w*|catering',
  },
  'government-nonprofit': {
    hu: 'kozigazgatas vedelem kotelezo tarsadalombiztositas|kozigazgatas\\w*|kotelezo tarsadalombiztositas|szocialis ellatas\\w*|erdekkepviselet\\w*|egyesulet\\w*|alapitvany\\w*|nonprofit|civil szervezet\\w*|tarsadalmi szervezet\\w*|politikai part\\w*|egyhaz\\w*|vallasi szervezet\\w*|onkormanyzat\\w*|miniszterium\\w*|kormanyhivatal\\w*',
    et: 'avalik haldus ja riigikaitse|avalik haldus|riigikaitse|kohustuslik sotsiaalkindlustus|sotsiaalhoolekanne majutuseta|sotsiaalhoolekan\\w*|organisatsioonide tegevus|mittetulundus\\w*|mtu|sihtasutus\\w*|selts|seltsi|uhing|uhingu|erakond\\w*|kirik\\w*|kogudus\\w*|ministeerium\\w*|vallavalitsus\\w*|linnavalitsus\\w*',
    ro: 'administratie publica si aparare|administratie publica\\w*|administratia publica\\w*|asigurari sociale din sistemul public|asistenta sociala fara cazare|asistenta sociala|activitati asociative\\w*|asociatia|asociatie|asociatiei|fundatia|fundatiei|organizatie neguvernamentala|organizatii neguvernamentale|organizatii religioase|organizatii politice|biseric\\w*|consiliul judetean|nonprofit|non profit|fara scop lucrativ|fara scop patrimonial',
    lv: 'valsts parvalde un aizsardziba|valsts parvald\\w*|obligata sociala apdrosinasana|sociala aprupe bez izmitinasanas|socialie pakalpojum\\w*|sabiedrisko politisko un citu organizaciju darbiba|biedrib\\w*|nodibinajum\\w*|nevalstisk\\w* organizacij\\w*|bezpelnas\\w*|sabiedrisk\\w* organizacij\\w*|politisk\\w* partij\\w*|baznic\\w*|ministrij\\w*|pasvaldiba|pasvaldibas iestad\\w*',
    lt: 'viesasis valdymas ir gynyba|viesasis valdymas|valstybes valdym\\w*|privalomasis socialinis draudimas|nesusijusio su apgyvendinimu socialinio darbo veikla|socialin\\w* darb\\w*|socialines paslaug\\w*|narystes organizaciju veikla|asociacij\\w*|visuomenin\\w* organizacij\\w*|nevyriausybin\\w* organizacij\\w*|labdar\\w*|paramos fond\\w*|politin\\w* partij\\w*|baznyci\\w*|religin\\w* bendruomen\\w*|ministerij\\w*',
  },
};
