import type { GroupTerms } from './terms';

type Group = GroupTerms['group'];

/**
 * The same NACE Rev. 2 section and division titles as ./terms.ts in Slovak (SK NACE Rev. 2: "Priemyselná výroba",
 * "Stavebníctvo", "Ubytovacie a stravovacie služby"), Slovenian (SKD 2008: "Predelovalne dejavnosti",
 * "Gradbeništvo", "Gostinstvo") and Croatian (NKD 2007: "Prerađivačka industrija", "Građevinarstvo", "Djelatnosti
 * pružanja smještaja te pripreme i usluživanja hrane"); `hr` holds the Serbian titles in Latin script too (KD 2010:
 * "Saobraćaj i skladištenje", "Usluge smeštaja i ishrane", "Informisanje i komunikacije"), which differ in a few
 * words. With the trade's own word where a title is a phrase no company writes ("advokátska kancelária" for
 * "právne činnosti", "računovodski servis" for "računovodske dejavnosti"). Word stems, lower case, accents folded
 * by ./normalize.ts ("č" -> "c", "ž" -> "z", "ľ" -> "l", "ô" -> "o", "đ" -> "d", "ć" -> "c").
 *
 * Left out on purpose: "výroba"/"proizvodnja" alone (any studio's or kitchen's production), "služby"/"storitve"/
 * "usluge" (service, every trade's word), "obchod"/"trgovina" alone (every shop's and every legal name's trade),
 * "doprava"/"prijevoz"/"prevoz" alone (a shop's delivery), "občina"/"općina"/"obec" (every address names one),
 * "razvoj"/"vývoj" (development: software's and real estate's alike), "komunikacije" alone (marketing's and
 * telecoms' word).
 */
export const SK_SL_HR_TERMS: Record<Group, { sk: string; sl: string; hr: string }> = {
  software: {
    sk: 'vydavanie softveru|pocitacove programovanie|softver\\w*|vyvoj softveru|pocitacove hry|webove portaly',
    sl: 'izdajanje programja|izdajanje racunalniskih iger|racunalnisko programiranje|programsk\\w* opreme?|razvoj programske opreme|programja|spletni portali',
    hr: 'izdavanje softvera|izdavanje racunalnih igara|racunalno programiranje|racunarsko programiranje|softver\\w*|razvoj softvera|web portali',
  },
  'it-services': {
    sk: 'poradenstvo v oblasti pocitacov|sprava pocitacov\\w* zariaden\\w*|spracovanie udajov|hosting|it sluzby|it poradenstvo|oprava pocitacov',
    sl: 'svetovanje o racunalniskih napravah|upravljanje racunalniskih naprav|obdelava podatkov|it storitve|informacijske storitve|popravila racunalnikov',
    hr: 'savjetovanje u vezi s racunalima|upravljanje racunalnom opremom|obrada podataka|hosting|it usluge|informaticke usluge|popravak racunala|konsultantske delatnosti u oblasti informacione tehnologije',
  },
  telecommunications: {
    sk: 'telekomunikac\\w*|mobilny operator|mobilni operatori|sirokopasmov\\w*',
    sl: 'telekomunikacij\\w*|mobilni operater\\w*|sirokopasovn\\w*',
    hr: 'telekomunikacij\\w*|mobilni operater\\w*|mobilni operator\\w*|sirokopojasn\\w*',
  },
  'marketing-advertising': {
    sk: 'reklama a prieskum trhu|reklama|reklamn\\w* agentur\\w*|reklamne sluzby|prieskum trhu|marketingov\\w* agentur\\w*',
    sl: 'oglasevanje in raziskovanje trga|oglasevanj\\w*|oglasevalsk\\w* agencij\\w*|raziskovanje trga|marketinsk\\w* agencij\\w*',
    hr: 'promidzba|reklama i propaganda|reklamiranje i istrazivanje trzista|reklamiranje|istrazivanje trzista|marketinsk\\w* agencij\\w*|agencij\\w* za oglasavanje|oglasavanj\\w*',
  },
  'financial-services': {
    sk: 'financne a poistovacie cinnosti|financne sluzby|financne sprostredkovanie|bankovnictvo|banka|banky|poistovn\\w*|poistenie|zaistenie|dochodkov\\w* fond\\w*|sprava fondov',
    sl: 'financne in zavarovalniske dejavnosti|financne storitve|bancnistvo|banka|banke|zavarovalnic\\w*|zavarovalnistvo|zavarovanj\\w*|pokojninsk\\w* sklad\\w*|upravljanje skladov',
    hr: 'financijske djelatnosti i djelatnosti osiguranja|finansijske delatnosti i delatnost osiguranja|financijske usluge|finansijske usluge|bankarstvo|banka|banke|osiguravajuc\\w* drustv\\w*|osiguranj\\w*|reosiguranje|mirovinsk\\w* fond\\w*|penzijsk\\w* fond\\w*|upravljanje fondovima',
  },
  healthcare: {
    sk: 'zdravotnictvo a socialna pomoc|zdravotnictvo|zdravotna starostlivost|nemocnic\\w*|ambulantn\\w* starostlivost|zubn\\w* starostlivost|stomatolog\\w*|farmaceutick\\w*|veterinarn\\w*|biotechnologi\\w*|zdravotnick\\w* pomock\\w*',
    sl: 'zdravstvo in socialno varstvo|zdravstvo|zdravstven\\w* dejavnost\\w*|bolnisnic\\w*|splosna zunajbolnisnicna zdravstvena dejavnost|zobozdravstv\\w*|farmacevtsk\\w*|veterinarsk\\w*|biotehnologij\\w*|medicinsk\\w* pripomock\\w*',
    hr: 'djelatnosti zdravstvene zastite i socijalne skrbi|zdravstvena i socijalna zastita|zdravstven\\w* zastit\\w*|zdravstvo|bolnic\\w*|djelatnosti opce medicinske prakse|stomatolosk\\w*|stomatolog\\w*|farmaceutsk\\w*|veterinarsk\\w*|biotehnologij\\w*|medicinsk\\w* proizvod\\w*',
  },
  education: {
    sk: 'vzdelavanie|vysokoskolske vzdelavanie|zakladne vzdelavanie|stredoskolske vzdelavanie|jazykov\\w* skol\\w*|univerzit\\w*|vysoka skola',
    sl: 'izobrazevanje|visokosolsko izobrazevanje|osnovnosolsko izobrazevanje|srednjesolsko izobrazevanje|jezikovn\\w* sol\\w*|univerza|univerze|univerzi|fakultet\\w*',
    hr: 'obrazovanje|visoko obrazovanje|osnovno obrazovanje|srednje obrazovanje|skol\\w* stranih jezika|sveucilist\\w*|univerzitet\\w*|fakultet\\w*',
  },
  manufacturing: {
    sk: 'priemyseln\\w* vyrob\\w*|vyroba strojov|vyroba kovov\\w*|vyroba motorovych vozidiel|vyroba elektrick\\w* zariaden\\w*|vyroba pocitacov|vyroba vyrobkov z gumy a plastu|vyroba chemikalii|vyroba zakladnych kovov|strojarsk\\w*|strojarstvo|kovovyrob\\w*|obrabanie kovov|vyroba potravin|potravin\\w*|vyroba napojov',
    sl: 'predelovaln\\w* dejavnost\\w*|proizvodnja strojev|proizvodnja kovinskih izdelkov|proizvodnja motornih vozil|proizvodnja elektricnih naprav|proizvodnja racunalnikov|proizvodnja izdelkov iz gume in plastnih mas|proizvodnja kemikalij|proizvodnja kovin|kovinsk\\w* industrij\\w*|kovinsko predelovaln\\w*|strojegradnj\\w*|strojna obdelava|obdelava kovin|proizvodnja zivil|zivil\\w*|proizvodnja pijac',
    hr: 'preradivack\\w* industrij\\w*|proizvodnja strojeva|proizvodnja masina|proizvodnja gotovih metalnih proizvoda|proizvodnja metalnih proizvoda|proizvodnja motornih vozila|proizvodnja elektricne opreme|proizvodnja racunala|proizvodnja proizvoda od gume i plastike|proizvodnja kemikalija|proizvodnja hemikalija|proizvodnja metala|metaloprerad\\w*|obrada metala|strojogradnj\\w*|proizvodnja prehrambenih proizvoda|prehramben\\w* proizvod\\w*|proizvodnja pica',
  },
  'retail-consumer': {
    sk: 'velkoobchod a maloobchod|maloobchod\\w*|velkoobchod\\w*|zasielkov\\w* obchod|internetov\\w* obchod|odevy|kadernictv\\w*|kozmetick\\w* sluzby',
    sl: 'trgovina na drobno|trgovina na debelo|trgovin\\w* na drobno|spletn\\w* trgovin\\w*|oblacil\\w*|frizersk\\w*|kozmetick\\w* salon\\w*',
    hr: 'trgovina na veliko i na malo|trgovina na malo|trgovina na veliko|veleprodaj\\w*|maloprodaj\\w*|internetsk\\w* trgovin\\w*|web trgovin\\w*|odjec\\w*|odec\\w*|frizersk\\w*|kozmetick\\w* salon\\w*',
  },
  'media-publishing': {
    sk: 'vydavanie knih|vydavanie novin|vydavanie casopisov|vydavatelsk\\w* cinnost\\w*|vydavatelstv\\w*|nakladatelstv\\w*|vyroba filmov|nahravanie zvuku|tvorba programov a vysielanie|rozhlas\\w*|televizn\\w* vysielani\\w*|spravodajsk\\w* agentur\\w*',
    sl: 'zaloznistvo|zaloznisk\\w*|izdajanje knjig|izdajanje casopisov|izdajanje revij|zaloznik\\w*|produkcija filmov|snemanje in izdajanje zvocnih zapisov|radijska dejavnost|televizijska dejavnost|televizijsk\\w* program\\w*|tiskovn\\w* agencij\\w*',
    hr: 'izdavack\\w* djelatnost\\w*|izdavack\\w* delatnost\\w*|izdavanje knjiga|izdavanje novina|izdavanje casopisa|nakladnistv\\w*|nakladnik\\w*|izdavac\\w*|proizvodnja filmova|snimanje zvucnih zapisa|emitiranje programa|radio i televizij\\w*|televizijsk\\w* program\\w*|novinsk\\w* agencij\\w*',
  },
  'professional-services': {
    sk: 'pravne cinnosti|pravne sluzby|advokatsk\\w* kancelari\\w*|advokat\\w*|notar\\w*|uctovnictvo|uctovne sluzby|danove poradenstvo|poradenstvo v oblasti riadenia|podnikatelske poradenstvo|inzinierske cinnosti|technicke testovanie a analyzy|prekladatelsk\\w*|cinnosti suvisiace so zamestnavanim|personaln\\w* agentur\\w*|bezpecnostn\\w* sluzb\\w*',
    sl: 'pravne dejavnosti|pravne storitve|odvetnisk\\w* pisarn\\w*|odvetnik\\w*|notar\\w*|racunovodsk\\w* dejavnost\\w*|racunovodsk\\w* storitv\\w*|racunovodsk\\w* servis\\w*|davcno svetovanje|podjetnisko in poslovno svetovanje|poslovno svetovanje|tehnicno projektiranje|tehnicno preizkusanje in analiziranje|prevajalsk\\w*|zaposlovaln\\w* dejavnost\\w*|kadrovsk\\w* agencij\\w*|varovanj\\w*',
    hr: 'pravne djelatnosti|pravni poslovi|pravne usluge|odvjetnick\\w* ured\\w*|odvjetnick\\w* drustv\\w*|odvjetnik\\w*|advokatsk\\w* kancelarij\\w*|advokat\\w*|javni biljeznik\\w*|racunovodstven\\w* djelatnost\\w*|racunovodstven\\w* usluge|racunovodstven\\w* poslovi|knjigovodstven\\w*|porezno savjetovanje|savjetovanje u vezi s upravljanjem|poslovno savjetovanje|inzenjerstvo|tehnicko ispitivanje i analiza|prevoditeljsk\\w*|prevodilack\\w*|djelatnosti zaposljavanja|delatnosti zaposljavanja|agencij\\w* za zaposljavanje|zastitarsk\\w*',
  },
  'real-estate-construction': {
    sk: 'cinnosti v oblasti nehnutelnosti|nehnutelnost\\w*|stavebnictvo|vystavba budov|inzinierske stavby|specializovane stavebne prace|architektonick\\w* cinnost\\w*|architekt\\w*|sprava nehnutelnosti|developersk\\w*|realitn\\w* kancelari\\w*|stavebn\\w* firm\\w*|stavebn\\w* spolocnost\\w*',
    sl: 'poslovanje z nepremicninami|nepremicnin\\w*|gradbenistvo|gradnja stavb|gradnja inzenirskih objektov|specializirana gradbena dela|arhitekturno projektiranje|arhitekturn\\w*|arhitekt\\w*|upravljanje nepremicnin|nepremicninsk\\w* agencij\\w*|gradbeno podjetje|gradbena dela',
    hr: 'poslovanje nekretninama|nekretnin\\w*|gradevinarstvo|gradnja zgrada|izgradnja zgrada|gradnja objekata niskogradnje|specijalizirane gradevinske djelatnosti|arhitektonske djelatnosti|arhitekt\\w*|upravljanje nekretninama|agencij\\w* za nekretnine|gradevinsk\\w* tvrtk\\w*|gradevinsk\\w* preduzec\\w*|gradevinsk\\w* radov\\w*',
  },
  'energy-utilities': {
    sk: 'dodavka elektriny plynu pary a studeneho vzduchu|vyroba elektriny|elektrick\\w* energi\\w*|energetik\\w*|tazba a dobyvanie|tazba ropy|zemny plyn|dodavka vody|cistenie a odvod odpadovych vod|zber odpadov|nakladanie s odpadmi|obnoviteln\\w* zdroj\\w* energie|fotovoltik\\w*|fotovoltaik\\w*',
    sl: 'oskrba z elektricno energijo plinom in paro|proizvodnja elektricne energije|elektricn\\w* energij\\w*|energetik\\w*|rudarstvo|pridobivanje surove nafte in zemeljskega plina|zemeljski plin|oskrba z vodo|ravnanje z odplakami|ravnanje z odpadki|zbiranje odpadkov|obnovljiv\\w* vir\\w* energije|soncn\\w* elektrarn\\w*|fotovoltaik\\w*',
    hr: 'opskrba elektricnom energijom plinom parom i klimatizacija|snabdevanje elektricnom energijom|proizvodnja elektricne energije|elektricn\\w* energij\\w*|energetik\\w*|rudarstvo i vadenje|vadenje sirove nafte i prirodnog plina|prirodni plin|opskrba vodom|snabdevanje vodom|uklanjanje otpadnih voda|gospodarenje otpadom|upravljanje otpadom|obnovljiv\\w* izvor\\w* energije|suncan\\w* elektran\\w*|fotonaponsk\\w*',
  },
  'transportation-logistics': {
    sk: 'doprava a skladovanie|pozemna doprava|potrubna doprava|vodna doprava|letecka doprava|skladovanie|pomocne cinnosti v doprave|postove sluzby a sluzby kurierov|cestna nakladna doprava|nakladna doprava|spedici\\w*|logistik\\w*|preprava tovaru',
    sl: 'promet in skladiscenje|kopenski promet|cevovodni transport|vodni promet|zracni promet|skladiscenje|spremljajoce prometne dejavnosti|postna in kurirska dejavnost|cestni tovorni promet|tovorni promet|spedicij\\w*|logistik\\w*|prevoz blaga',
    hr: 'prijevoz i skladistenje|saobracaj i skladistenje|kopneni prijevoz|kopneni saobracaj|cjevovodni transport|vodeni prijevoz|zracni prijevoz|vazdusni saobracaj|skladistenje|pratece djelatnosti u prijevozu|postanske i kurirske djelatnosti|cestovni prijevoz robe|drumski prevoz robe|prijevoz robe|spedicij\\w*|logistik\\w*',
  },
  'hospitality-travel': {
    sk: 'ubytovacie a stravovacie sluzby|ubytovanie|stravovanie|pohostinstv\\w*|kempingy|restaurac\\w*|cestovn\\w* kancelari\\w*|cestovn\\w* agentur\\w*|rezervacne sluzby|sportove zabavne a rekreacne cinnosti|catering|cestovn\\w* ruch|penzion\\w*',
    sl: 'gostinstvo|gostinsk\\w* nastanitven\\w* dejavnost\\w*|nastanitev|strezba jedi in pijac|kampi|restavracij\\w*|potovaln\\w* agencij\\w*|organizatorj\\w* potovanj|rezervacijske dejavnosti|sportne in druge dejavnosti za prosti cas|catering|turizem|turisticn\\w* agencij\\w*',
    hr: 'djelatnosti pruzanja smjestaja te pripreme i usluzivanja hrane|usluge smestaja i ishrane|smjestaj|smestaj|usluzivanje hrane i pica|kampovi|restoran\\w*|putnick\\w* agencij\\w*|turistick\\w* agencij\\w*|organizatori putovanja|rezervacijske usluge|sportske djelatnosti te zabavne i rekreacijske djelatnosti|catering|turizam|ugostiteljstv\\w*',
  },
  'government-nonprofit': {
    sk: 'verejna sprava a obrana|verejna sprava|povinne socialne zabezpecenie|socialna pomoc|cinnosti clenskych organizacii|nabozenske organizacie|politicke strany|neziskov\\w*|obcianske zdruzenie|nadacia|nadacie|nadacny fond',
    sl: 'dejavnost javne uprave in obrambe|javna uprava|obvezna socialna varnost|socialno varstvo|dejavnost interesnih zdruzenj|verske organizacije|politicne stranke|neprofitn\\w*|nevladn\\w* organizacij\\w*|fundacij\\w*',
    hr: 'javna uprava i obrana|drzavna uprava i odbrana|javna uprava|obvezno socijalno osiguranje|socijalna skrb|djelatnosti clanskih organizacija|vjerske organizacije|verske organizacije|politicke stranke|neprofitn\\w*|nevladin\\w* organizacij\\w*|udruga|udruge|udruzenj\\w*|zaklada|zaklade|fondacij\\w*',
  },
};
