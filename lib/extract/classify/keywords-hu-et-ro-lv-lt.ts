import type { IndustryGroup } from '../../signals/enums';

/**
 * The page vocabulary of ./keywords.ts in Hungarian, Estonian, Romanian, Latvian and Lithuanian, in the same two
 * tiers: `strong` words name the business ("nyomda", "ügyvédi iroda", "bussiliinid", "tipografie", "transport de
 * persoane", "grāmatvedība", "spaustuvė"), `weak` ones are common elsewhere too ("gyártás", "tootmine", "producție",
 * "ražošana", "gamyba"). "Élelmiszeripar" (the food industry), a "feldolgozó üzem" (processing plant) and a "konzervüzem"
 * (cannery) are a food maker's plant, not a shop's food ("élelmiszer"). Same normalisation: lower case, accents folded (./normalize.ts: "ügyvédi" is "ugyvedi",
 * "ș" is "s", "ļ" is "l", "ų" is "u").
 * Left out because every site of these languages uses them, or they mean something else: "szolgáltatás"/"teenused"/
 * "servicii"/"pakalpojumi"/"paslaugos" (services), "termékek"/"tooted"/"produse"/"produkti"/"produktai" as any
 * group's word, "adatvédelem"/"andmekaitse"/"protecția datelor"/"datu aizsardzība"/"duomenų apsauga" (the privacy
 * notice), "szállítás"/"tarne"/"livrare"/"piegāde"/"pristatymas" alone (a shop's delivery: weak words of logistics
 * only), "reklamáció"/"reklamācija"/"reklamacija"/"reclamație" (a shop's complaints: no bare "reklam*" stem), "kiadó"
 * (a flat "for rent" as much as a publisher), Romanian "programare" (an appointment) and "asigurăm" (we ensure),
 * Lithuanian "būtų" (would be, folded as "butu"), "karjera"/"karjeras" (careers), "foglalás"/"broneerimine"/
 * "rezervare"/"rezervācija"/"rezervacija" alone (any booking form).
 * Nor any stem that spells a word of English, German, French, Spanish, Italian, Dutch or Portuguese (checked against
 * those languages' word lists, Debian's wamerican, wngerman and the like): such a stem either repeats another list's
 * word in another tier ("transport", "logistik", "hotel", "bank") or takes a word with another sense for this trade
 * (Hungarian "gép" in "geprüft", Estonian "hind" and "kool", Romanian "primării" in "primarily", "energetic", "scoli"
 * in "scoliosis", "hostel" and "supermarket" in an English charity's text).
 */
export const HU_ET_RO_LV_LT_KEYWORDS: Partial<Record<IndustryGroup, [string, string]>> = {
  software: [
    'szoftver\\w*|szoftverfejleszt\\w*|forraskod\\w*|mobilalkalmazas\\w*|webes alkalmazas\\w*|probalja ki ingyen|tarkvara\\w*|lahtekood\\w*|mobiilirakendus\\w*|veebirakendus\\w*|proovi tasuta|dezvoltatori|cod sursa|aplicatie mobila|aplicatii mobile|aplicatie web|incearca gratuit|programmatur\\w*|pirmkod\\w*|mobilaj\\w* lietotn\\w*|izmeginiet bez maksas|programin\\w* irang\\w*|programuotoj\\w*|saltinio kod\\w*|mobiliosios programel\\w*|mobilioji programel\\w*|isbandykite nemokamai',
    'alkalmazas\\w*|automatizal\\w*|letoltes|rakendus\\w*|automatiseeri\\w*|automatizare|lietotn\\w*|automatizacij\\w*|platforma|programel\\w*|automatizavim\\w*|atsisiusti|lejupieladet',
  ],
  'it-services': [
    'informatikai szolgaltatas\\w*|it szolgaltatas\\w*|it uzemeltetes|it tamogatas|rendszergazda\\w*|kiberbiztonsag\\w*|adatkozpont\\w*|weboldal keszites|honlapkeszites|it teenus\\w*|it tugi|it haldus\\w*|kuberturve\\w*|andmekeskus\\w*|kodulehtede valmistamine|veebilehtede valmistamine|servicii it|servicii informatice|suport it|securitate cibernetica|centru de date|realizare site uri|creare site uri|it pakalpojum\\w*|it atbalst\\w*|kiberdrosib\\w*|datu centr\\w*|majaslapu izstrade|it paslaug\\w*|it prieziur\\w*|kibernetin\\w* saug\\w*|duomenu centr\\w*|svetainiu kurim\\w*|interneto svetainiu kurim\\w*',
    'informatika\\w*|informatikai|hoszting|infotehnoloogia\\w*|informacijas tehnologij\\w*|informacin\\w* technologij\\w*',
  ],
  'financial-services': [
    'hitel\\w*|kolcson|kolcsont|kolcsonok|szemelyi kolcson\\w*|jelzalog\\w*|biztositasi\\w*|biztosito tarsasag\\w*|folyoszamla\\w*|bankkartya\\w*|hitelkartya\\w*|kamatlab\\w*|thm|kodulaen\\w*|kindlustus\\w*|arvelduskonto|krediitkaart\\w*|intressimaar\\w*|credit ipotecar|credit de nevoi personale|ipotec\\w*|asigurari\\w*|asigurare de viata|asigurare auto|polit\\w* de asigurare|cont curent|card de credit|dobanda|dobanzi|aizdevum\\w*|hipotek\\w*|apdrosinasan\\w*|apdrosinataj\\w*|norekinu kont\\w*|procentu likm\\w*|paskol\\w*|busto kredit\\w*|draudim\\w*|draudik\\w*|atsiskaitomoj\\w* saskait\\w*|kreditin\\w* kortel\\w*|palukan\\w* norm\\w*|bvkkmn',
    'befektet\\w*|penzugy\\w*|finanszir\\w*|megtakaritas\\w*|investeeri\\w*|finants\\w*|rahastus\\w*|finantare|economii|ieguldijum\\w*|investicij\\w*|finansu\\w*|finansej\\w*|uzkrajum\\w*|finans\\w*|santaup\\w*',
  ],
  healthcare: [
    'korhaz\\w*|orvos\\w*|rendelo\\w*|rendeles ido\\w*|fogorvos\\w*|fogaszat\\w*|gyogytorna\\w*|fizioterap\\w*|gyogyszertar\\w*|patika\\w*|klinika\\w*|magankl\\w*|patsient\\w*|haigla\\w*|arst|arsti|arstid|perearst\\w*|hambaarst\\w*|hambaravi\\w*|fusioterap\\w*|apteek\\w*|kliinik\\w*|pacient\\w*|spital\\w*|medic|medici|cabinet medical|stomatolog\\w*|medic dentist|kinetoterap\\w*|asistent\\w* medical\\w*|tratament\\w*|farmaci\\w*|clinic\\w*|policlinic\\w*|pacient\\w*|slimnic\\w*|arsts|arsti|arstu|gimenes arst\\w*|zobarst\\w*|zobarstniecib\\w*|fizioterapeit\\w*|medmas\\w*|arstesan\\w*|aptiek\\w*|klinik\\w*|poliklinik\\w*|pacient\\w*|ligonin\\w*|gydytoj\\w*|odontolog\\w*|dantu gydym\\w*|kineziterap\\w*|slaugytoj\\w*|gydym\\w*|vaistin\\w*',
    'egeszseg\\w*|sanatate\\w*|sanatos\\w*|veselib\\w*|sveikat\\w*',
  ],
  education: [
    'tanfolyam\\w*|hallgato\\w*|tanar\\w*|oktato\\w*|iskola\\w*|egyetem\\w*|foiskola\\w*|nyelviskola\\w*|felnottkepzes\\w*|kursus\\w*|kursused|opilas\\w*|opetaja\\w*|uliopilas\\w*|kooli|ulikool\\w*|keelekool\\w*|cursuri|cursant\\w*|elevi|elevii|elevilor|profesor\\w*|scoal\\w*|universitat\\w*|liceu\\w*|curs de limba|kursi|kursu|skolen\\w*|skolotaj\\w*|macibu\\w*|skola|universitat\\w*|augstskol\\w*|lekcij\\w*|valodu kurs\\w*|kursai|kursu|mokin\\w*|mokytoj\\w*|destytoj\\w*|mokykl\\w*|universitet\\w*|kolegij\\w*|paskait\\w*|kalbu kurs\\w*',
    'kepzes\\w*|oktatas\\w*|tanulas|koolitus\\w*|opetamine|haridus\\w*|instruire|formare|invatare|apmacib\\w*|izglitib\\w*|macities|mokym\\w*|svietim\\w*|mokytis',
  ],
  manufacturing: [
    // Estonian "toodab" / "toodame" (makes, we make) and "tootja" (maker): the verb of a maker's own sentence.
    'toodab|toodame|tootja\\w*|' +
      'elelmiszeripar\\w*|feldolgozo uzem\\w*|konzervuzem\\w*|konzervgyar\\w*|gyartunk|gyarto\\w*|gyartosor\\w*|gyartocsarnok\\w*|gyartouzem\\w*|uzemunk|uzemcsarnok\\w*|gyar|gyarunk|nyomda\\w*|forgacsol\\w*|cnc megmunkal\\w*|esztergal\\w*|maras|marasa|hegesztes\\w*|froccsontes\\w*|ontode\\w*|lemezmegmunkal\\w*|gepsor\\w*|toodame|tootja\\w*|tootmisettevot\\w*|tootmisliin\\w*|tehas\\w*|trukikoda|trukikoja\\w*|metallitoo\\w*|treimine|freesimine|keevitus\\w*|valuvabrik\\w*|survevalu\\w*|producem|producator\\w*|fabricam|linie de productie|linii de productie|hala de productie|tipografie\\w*|tipografia|strunjire|frezare|sudura|turnatori\\w*|injectie mase plastice|prelucrari mecanice|prelucrare cnc|razojam|razotaj\\w*|razotn\\w*|rupnic\\w*|razosanas lini\\w*|tipografij\\w*|metalapstrad\\w*|virpos\\w*|frezes\\w*|metinas\\w*|gaminame|gamintoj\\w*|gamykl\\w*|gamybos lini\\w*|gamybos ce\\w*|spaustuv\\w*|metalo apdirbim\\w*|tekinim\\w*|frezavim\\w*|suvirinim\\w*|liejykl\\w*|plastiko liejim\\w*|cnc apdirbim\\w*',
    'gyartas\\w*|ipari|ipar\\w*|tootmine|tootmis\\w*|toostus\\w*|masina\\w*|productie|productia|industria|utilaj\\w*|razosan\\w*|rupniec\\w*|iekart\\w*|gamyb\\w*|pramon\\w*|irengini\\w*',
  ],
  'retail-consumer': [
    'webaruhaz\\w*|kosar|kosarba|kosarba teszem|ingyenes szallitas|rendeld meg|ruhazat\\w*|ekszer\\w*|kozmetikum\\w*|elelmiszer(?!ipar)\\w*|e pood\\w*|epood\\w*|veebipood\\w*|ostukorv\\w*|lisa ostukorvi|tasuta transport|tasuta tarne|roivad|ehted|kosmeetika\\w*|moobel|toidukaup\\w*|magazin online|cos de cumparaturi|cosul meu|adauga in cos|livrare gratuita|transport gratuit|cumpara acum|imbracaminte|interneta veikal\\w*|e veikal\\w*|grozs|grozu|pievienot grozam|bezmaksas piegade|pirkt|apgerb\\w*|rotaslietas|mebeles|partikas prec\\w*|internetin\\w* parduotuv\\w*|el parduotuv\\w*|krepsel\\w*|i krepseli|nemokamas pristatymas|pirkti|drabuz\\w*|papuosal\\w*|maisto prek\\w*',
    'termekek|termek|vasarlas|akcio\\w*|kedvezmeny\\w*|hinnad|soodustus\\w*|pakkumine|preturi|reduceri|reducere|promotii|atlaid\\w*|akcij\\w*|kaina|kainos|nuolaid\\w*|prekes',
  ],
  'media-publishing': [
    'ujsagiro\\w*|szerkesztoseg\\w*|folyoirat\\w*|ujsag\\w*|konyvkiado\\w*|kiadonk|olvaso\\w*|konyvek|konyv|ajakirjanik\\w*|toimetus\\w*|ajakiri\\w*|ajaleh\\w*|kirjastus\\w*|lugeja\\w*|raamat|raamatud|raamatute|raamatuid|jurnalist\\w*|ziar\\w*|editur\\w*|cititor\\w*|carti|cartea|cartile|zurnalist\\w*|redakcij\\w*|zurnal\\w*|laikrakst\\w*|izdevniecib\\w*|lasitaj\\w*|abonent\\w*|gramata|gramatas|gramatu|zurnalist\\w*|redakcij\\w*|zurnal\\w*|laikrasc\\w*|leidykl\\w*|skaitytoj\\w*|prenumerat\\w*|knyg\\w*',
    'hirek|hireink|elofizet\\w*|cikk\\w*|uudised|artikl\\w*|jaunumi|zinas|raksti|naujienos|straipsn\\w*',
  ],
  'marketing-advertising': [
    'reklamugynok\\w*|marketingugynok\\w*|kreativ ugynok\\w*|digitalis ugynok\\w*|reklamkampany\\w*|kozossegi media|arculattervez\\w*|keresooptimalizal\\w*|online marketing|reklaamiagentuur\\w*|turundusagentuur\\w*|loovagentuur\\w*|digiagentuur\\w*|reklaamikampaania\\w*|sotsiaalmeedia|otsingumootori optimeerimine|digiturundus\\w*|agentie de publicitate|agentie de marketing|agentie creativa|agentie digitala|campani\\w* publicitar\\w*|retele sociale|identitate vizuala|optimizare seo|marketing digital|publicitate\\w*|reklamas agentur\\w*|marketinga agentur\\w*|radosa agentur\\w*|digitala agentur\\w*|reklamas kampan\\w*|socialie tikli|socialajos tiklos|vizuala identitat\\w*|mekletajprogrammu optimizacij\\w*|digitalais marketings|reklamos agentur\\w*|rinkodaros agentur\\w*|kurybin\\w* agentur\\w*|skaitmenin\\w* agentur\\w*|reklamin\\w* kampanij\\w*|socialiniai tinklai|socialiniuose tinkluose|vizualin\\w* identitet\\w*|paieskos sistemu optimizavim\\w*|skaitmenin\\w* rinkodar\\w*',
    'kommunikacio\\w*|kampany\\w*|arculat\\w*|kommunikatsioon\\w*|kampaania\\w*|brandid|komunikacij\\w*|zimol\\w*|prekes zenkl\\w*|kampanij\\w*',
  ],
  'professional-services': [
    'ugyvedi iroda\\w*|ugyved\\w*|kozjegyzo\\w*|jogi tanacsadas|konyveles\\w*|konyvelo iroda\\w*|konyvelo\\w*|berszamfejtes\\w*|adotanacsad\\w*|konyvvizsgal\\w*|munkaero kolcsonzes|munkaerokolcsonzes|fejvadasz\\w*|advokaadiburoo\\w*|advokaat\\w*|vandeadvokaat\\w*|notar\\w*|oigusabi|oigusburoo\\w*|raamatupidamis\\w*|raamatupidaja\\w*|audiitor\\w*|maksunoustamine|personaliotsing\\w*|tolkeburoo\\w*|cabinet de avocat\\w*|notar\\w*|birou notarial|contabilitate|expert contabil|firma de contabilitate|consultanta fiscala|audit financiar|recrutare de personal|agentie de recrutare|traduceri autorizate|advokat\\w*|zverinat\\w* advokat\\w*|juristu birojs|notar\\w*|gramatvedib\\w*|gramatved\\w*|revident\\w*|nodoklu konsult\\w*|personala atlas\\w*|tulkosanas birojs|tulkosanas pakalpojum\\w*|advokat\\w*|advokatu kontor\\w*|advokatu profesine bendrij\\w*|notar\\w*|teisines paslaug\\w*|buhalterin\\w* apskait\\w*|buhalter\\w*|mokesciu konsultacij\\w*|personalo atrank\\w*|vertimu biur\\w*',
    'tanacsadas|tanacsado\\w*|noustamine|konsultatsioon\\w*|konsultant\\w*|consultanta\\w*|konsultacij\\w*|konsultesan\\w*|konsultant\\w*|konsultavim\\w*',
  ],
  'real-estate-construction': [
    'spatii de birouri|inchirieri? (?:de )?birouri|birouri flexibile|ingatlan\\w*|ingatlaniroda\\w*|lakopark\\w*|uj epitesu|epitoipari\\w*|epitkezes\\w*|generalkivitelez\\w*|felujitas\\w*|epitesz\\w*|kinnisvara\\w*|kinnisvarabuoo\\w*|uusarendus\\w*|kortermaja\\w*|ehitusettevot\\w*|ehitustood\\w*|uldehitus\\w*|renoveerimis\\w*|arhitekt\\w*|imobiliar\\w*|agentie imobiliara|ansamblu rezidential|apartamente noi|firma de constructii|constructii civile|lucrari de constructii|renovare|renovari|arhitect\\w*|nekustam\\w* ipasum\\w*|jaunbuv\\w*|buvniecib\\w*|buvkompanij\\w*|buvdarb\\w*|renovacij\\w*|arhitekt\\w*|nekilnojam\\w* turt\\w*|nt agentur\\w*|naujos statybos|statybos darb\\w*|statybos imon\\w*|renovacij\\w*|architekt\\w*',
    'epulet\\w*|lakas\\w*|lakasok|ehitus\\w*|hoone\\w*|cladir\\w*|apartament\\w*|buvniec\\w*|dzivokl\\w*|statyb\\w*|pastat\\w*',
  ],
  'energy-utilities': [
    'energetika\\w*|villamos energia\\w*|aramszolgaltat\\w*|napelem\\w*|napeleme\\w*|naperomu\\w*|napkollektor\\w*|megujulo\\w*|szeleromu\\w*|eromu\\w*|energeetika\\w*|elektrienergia\\w*|paikesepaneel\\w*|paikeseelektrijaam\\w*|taastuvenergia\\w*|tuulepark\\w*|tuuleelektrijaam\\w*|elektrijaam\\w*|energetica|eficienta energetica|energie electrica|panouri fotovoltaice|panouri solare|fotovoltai\\w*|centrale fotovoltaice|energie regenerabila|surse regenerabile|parc eolian|centrala electrica|furnizor de energie|energetik\\w*|elektroenergij\\w*|saules panel\\w*|saules elektrostacij\\w*|atjaunojam\\w*|vej\\w* elektrostacij\\w*|vejparks\\w*|elektrostacij\\w*|saules modul\\w*|saules elektrin\\w*|atsinaujinanc\\w*|vejo elektrin\\w*|elektros energij\\w*',
    'energia\\w*|fenntarthat\\w*|energia|kestlik\\w*|kliima\\w*|energie|sustenabil\\w*|energij\\w*|ilgtspej\\w*|tvarus|tvarumas|tvarumo|tvari|hoszivattyu\\w*|soojuspump\\w*|pompe de caldura|pompa de caldura|siltumsuk\\w*|silumos siurbl\\w*',
  ],
  'transportation-logistics': [
    // A Romanian grain elevator or terminal stores, dries and transships others' grain ("elevatorul de cereale", NACE
    // 52.10, 52.24): storage and port handling, not the grain's trade.
    'elevator(?:ul|ului)? de cereale|terminal(?:ul|ului)? de cereale|transbordare\\w*|szallitmanyoz\\w*|logisztika\\w*|fuvaroz\\w*|kamionos\\w*|aruszallitas\\w*|teherszallitas\\w*|nemzetkozi szallitas|szemelyszallitas\\w*|autobusz\\w*|autobus\\w*|buszjarat\\w*|raktarozas\\w*|jarmupark\\w*|ellatasi lanc\\w*|logistika\\w*|ekspedeeri\\w*|kaubavedu\\w*|kaubaveod|veoteenus\\w*|bussiliin\\w*|bussiveod|bussivedu|bussitransport|reisijatevedu\\w*|laoteenus\\w*|tarneahel\\w*|expeditii|casa de expeditii|transport marfa|transport de marfa|transport de marfuri|transport de persoane|transport persoane|transport international|transportator\\w*|autobuz\\w*|microbuz\\w*|depozitare marfa|lant de aprovizionare|ekspedicij\\w*|kugu agentesan\\w*|kravu parvadajum\\w*|kravas parvadajum\\w*|pasazieru parvadajum\\w*|autobusu parvadajum\\w*|autoparvadajum\\w*|piegazu kez\\w*|ekspedijavim\\w*|kroviniu pervez\\w*|kroviniu gabenim\\w*|keleiviu pervez\\w*|keleiviu vez\\w*|autobusu\\w*|autobusas|autobusai|tiekimo grandin\\w*|vilkik\\w*',
    'szallitas\\w*|kiszallitas\\w*|csomag\\w*|saadetis\\w*|pakk|pakid|pakiautomaat\\w*|depozit\\w*|piegad\\w*|sutij\\w*|parvadajum\\w*|pristatym\\w*|siunt\\w*|pervezim\\w*',
  ],
  'hospitality-travel': [
    'szalloda\\w*|hotel\\w*|panzio\\w*|szallas\\w*|vendeghaz\\w*|apartman\\w*|etterem\\w*|ettermunk|etlap\\w*|utazasi iroda\\w*|utazas\\w*|nyaral\\w*|hotell\\w*|majutus\\w*|kulalistemaja\\w*|puhkemaja\\w*|restoran\\w*|kohvik\\w*|menuu|reisiburoo\\w*|puhkus\\w*|reisid|reisile|pensiun\\w*|restaurant\\w*|meniu|agentie de turism|agentie de calatorii|vacanta|vacantei|sejur\\w*|camere duble|camera dubla|viesnic\\w*|viesu nam\\w*|viesu maj\\w*|restoran\\w*|kafejnic\\w*|edienkart\\w*|celojum\\w*|atputa\\w*|viesbut\\w*|sveciu nam\\w*|kaimo turizm\\w*|sodyb\\w*|restoran\\w*|kavin\\w*|valgiarast\\w*|kelion\\w*|atostog\\w*|poilsi\\w*',
    'turizmus\\w*|turism\\w*|turizm\\w*',
  ],
  telecommunications: [
    'tavkozles\\w*|tavkozlesi\\w*|mobilszolgaltato\\w*|mobilhalozat\\w*|mobilelofizetes\\w*|optikai halozat\\w*|uvegszal\\w*|szelessav\\w*|sim kartya\\w*|telekommunikatsioon\\w*|mobiilside\\w*|mobiilsideoperaator\\w*|valguskaabel\\w*|lairiba\\w*|kiire internet|sim kaart\\w*|telecomunicati\\w*|operator de telefonie|operator mobil|telefonie mobila|abonament\\w* mobil\\w*|fibra optica|internet prin fibra|banda larga|cartela sim|telekomunikacij\\w*|mobilo sakaru\\w*|mobilais operator\\w*|optiskais internets|optiska\\w* tikl\\w*|platjosla\\w*|sim kart\\w*|telekomunikacij\\w*|judriojo rysio\\w*|mobiliojo rysio\\w*|mobilusis operator\\w*|sviesolaidin\\w*|sviesolaid\\w*|placiajuost\\w*|sim kortel\\w*',
    'tariif\\w*|abonament\\w*',
  ],
  'government-nonprofit': [
    'nonprofit|alapitvany\\w*|egyesulet\\w*|onkentes\\w*|adomany\\w*|tamogass\\w*|civil szervezet\\w*|miniszterium\\w*|onkormanyzat\\w*|polgarmesteri hivatal|mittetulundus\\w*|mtu|sihtasutus\\w*|vabatahtlik\\w*|annetus\\w*|anneta\\w*|ministeerium\\w*|vallavalitsus\\w*|linnavalitsus\\w*|kodanikuuhiskond\\w*|organizatie non guvernamentala|organizatii neguvernamentale|fara scop lucrativ|fara scop patrimonial|doneaza|redirectioneaza|ministerul\\w*|consiliul judetean|asociatia|fundatia|biedrib\\w*|nodibinajum\\w*|nevalstisk\\w* organizacij\\w*|bezpelnas\\w*|brivpratig\\w*|ziedo\\w*|ziedojum\\w*|ministrij\\w*|pasvaldiba|nevyriausybin\\w* organizacij\\w*|visuomenin\\w* organizacij\\w*|labdar\\w*|savanor\\w*|paaukok\\w*|ministerij\\w*|asociacij\\w*',
    'tagsag\\w*|kozosseg\\w*|liikme\\w*|kogukon\\w*|membrii|membrilor|comunitat\\w*|nariai|nariu|narys|naryste\\w*|bendruomen\\w*',
  ],
};
