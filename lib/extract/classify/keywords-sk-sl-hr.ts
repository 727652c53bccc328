import type { IndustryGroup } from '../../signals/enums';

/**
 * The page vocabulary of ./keywords.ts in Slovak, Slovenian and Croatian (Serbian in Latin script with it: the words
 * differ in a vowel, "mlijeko"/"mleko", or not at all), in the same two tiers: `strong` words name the business
 * ("advokátska kancelária", "odvjetnički ured", "računovodski servis"), `weak` ones are common elsewhere too
 * ("výroba", "proizvodnja", "izobraževanje"). Same normalisation: lower case, accents folded (./normalize.ts).
 * Left out because every site of these languages uses them, or they mean something else: "služby"/"storitve"/
 * "usluge" (services), "produkty"/"izdelki"/"proizvodi" as any group's word, "ochrana osobných údajov", "varstvo
 * osebnih podatkov", "zaštita podataka" (the privacy notice: hence no "ochran*", "varstv*", "zastit*" alone),
 * "doprava"/"dostava" alone (a shop's delivery: weak words of logistics only), Croatian "društvo" (a company's legal
 * form, "trgovačko društvo"; Slovenian for association), Slovak "základ*" (basis), "reklamácia" (a shop's returns),
 * "kampaň" alone, "rezervácia" alone (any booking form), "hladnjača" as a strong word (a fruit cold store, and a
 * refrigerated truck: the freezing, "zamrzavanje", "smrznuto voće", says which).
 */
export const SK_SL_HR_KEYWORDS: Partial<Record<IndustryGroup, [string, string]>> = {
  software: [
    'softver\\w*|programsk\\w* opreme?|vyvojari|vyvojarov|razvijalc\\w*|zdrojovy kod|izvorn\\w* kod\\w*|vyskusajte zadarmo|brezplacn\\w* preizkus\\w*|besplatn\\w* proba|isprobajte besplatno|mobiln\\w* aplikaci\\w*|mobiln\\w* aplikacij\\w*|spletn\\w* aplikacij\\w*|web aplikacij\\w*',
    'programer\\w*|platforma|aplikaci\\w*|aplikacij\\w*|automatizaci\\w*|avtomatizacij\\w*|automatizacij\\w*|stiahnut|prenesi|preuzmi',
  ],
  'it-services': [
    'it sluzby|it storitve|it usluge|it podpora|it podpor\\w*|it podrsk\\w*|sprava it|informaticne storitve|informaticke usluge|kyberneticka bezpecnost|kibernetsk\\w* varnost|kiberneticka sigurnost|sajber bezbednost|datov\\w* centr\\w*|podatkovn\\w* centr\\w*|podatkovni centar|tvorba webov\\w* stranok|izdelava spletnih strani|izrada web stranica|izrada internet stranica|izrada sajtova',
    'informatik\\w*|informatic\\w*|racunalnist\\w*|hosting',
  ],
  'financial-services': [
    'uver\\w*|pozick\\w*|hypotek\\w*|hypotekarn\\w*|poistenie|poistovn\\w*|bezny ucet|kreditn\\w* kart\\w*|urokov\\w* sadzb\\w*|rpmn|kredit\\w*|posojil\\w*|stanovanjsk\\w* kredit\\w*|zavarovalnic\\w*|transakcijsk\\w* racun\\w*|obrestn\\w* mer\\w*|efektivn\\w* obrestn\\w* mer\\w*|zajam|zajmovi|stambeni kredit\\w*|gotovinski kredit\\w*|osiguravajuc\\w*|tekuci racun\\w*|kamatn\\w* stop\\w*|efektivna kamatna stopa',
    'investic\\w*|investicij\\w*|financiranj\\w*|financijsk\\w*|finansijsk\\w*|financn\\w*|osiguranj\\w*|zavarovanj\\w*|sporeni\\w*|varcevanj\\w*|stednj\\w*',
  ],
  healthcare: [
    'pacient\\w*|pacijent\\w*|nemocnic\\w*|bolnisnic\\w*|bolnic\\w*|lekar\\w*|zdravnik\\w*|lijecnik\\w*|ambulanci\\w*|stomatolog\\w*|zubn\\w* ambulanci\\w*|zobozdravnik\\w*|zobna ordinacija|fyzioterap\\w*|fizioterap\\w*|zdravotn\\w* sestr\\w*|medicinsk\\w* sestr\\w*|liecb\\w*|zdravljenj\\w*|lijecenj\\w*|lekaren|lekarn\\w*|ljekarn\\w*|apotek\\w*|klinik\\w*|poliklinik\\w*|ordinaci\\w*',
    'zdravi\\w*|zdravotn\\w*|zdravj\\w*|zdravstv\\w*',
  ],
  education: [
    'kurzy|kurzov|studenti|studentov|studentje|studentom|ziaci|ziakov|ucenci|ucenik\\w*|ucitel\\w*|profesor\\w*|nastavnik\\w*|skola|skoly|skole|univerzit\\w*|univerza|univerze|fakultet\\w*|vysoka skola|predavanj\\w*|prednask\\w*|kurs\\w* jezika',
    'skoleni\\w*|vzdelavani\\w*|izobrazevanj\\w*|obrazovanj\\w*|edukaci\\w*|edukacij\\w*|usposabljanj\\w*|osposobljavanj\\w*',
  ],
  manufacturing: [
    'vyrobca|vyrobcom|vyrobn\\w* hal\\w*|vyrobn\\w* zavod\\w*|vyrobn\\w* linka|vyrobn\\w* linky|vyrabame|lisovn\\w*|kovaren\\w*|zlievaren\\w*|obrabanie|cnc obrabanie|frezovanie|sustruzenie|zvaranie|vstrekovanie|strojarsk\\w*|strojov\\w* park|proizvajalec|proizvajalc\\w*|proizvodn\\w* hal\\w*|proizvodn\\w* linij\\w*|proizvodn\\w* obrat\\w*|proizvajamo|livarn\\w*|kovacnic\\w*|struzenj\\w*|rezkanj\\w*|varjenj\\w*|brizganj\\w*|strojna obdelava|strojni park|tovarn\\w*|proizvodac\\w*|proizvodjac\\w*|proizvodn\\w* pogon\\w*|proizvodimo|ljevaonic\\w*|livnic\\w*|tokarenj\\w*|glodanj\\w*|zavarivanj\\w*|tvornic\\w*|fabrik\\w*|metaloprerad\\w*|zamrzavanj\\w*|smrznut\\w* voc\\w*|zamrznut\\w* voc\\w*|prerad\\w* voc\\w*|prerad\\w* povrc\\w*|iqf',
    'vyrob\\w*|priemysel\\w*|priemyseln\\w*|proizvodnj\\w*|hladnjac\\w*|industrij\\w*|industrijsk\\w*|stroj\\w*',
  ],
  'retail-consumer': [
    'e shop|eshop|kosik|do kosika|pridat do kosika|doprava zdarma|internetov\\w* obchod|predajna|predajni|predajnach|oblecenie|sperky|kozmetik\\w*|nabytok|potraviny|spletn\\w* trgovin\\w*|kosarica|v kosarico|dodaj v kosarico|brezplacna dostava|postnina|oblacil\\w*|nakit|pohistv\\w*|zivil\\w*|web shop|webshop|internet trgovin\\w*|web trgovin\\w*|kosaric\\w*|dodaj u kosaric\\w*|besplatn\\w* dostav\\w*|odjec\\w*|namjestaj\\w*|namestaj\\w*',
    'produkty|vyrobky|akcia|akcie|zlava|zlavy|izdelki|cena|popust\\w*|akcij\\w*|proizvodi',
  ],
  'media-publishing': [
    'novinar\\w*|redakci\\w*|redakcij\\w*|casopis\\w*|noviny|vydavatel\\w*|vydavatelstv\\w*|citatel\\w*|predplatn\\w*|knihy|bralc\\w*|bralk\\w*|zaloznik\\w*|zaloznistv\\w*|naroc\\w* na revij\\w*|knjiga|knjige|knjigu|knjigama|knjigarn\\w*|citatelj\\w*|pretplat\\w*|nakladnik\\w*|izdavac\\w*|dnevn\\w* list\\w*|dnevnik\\w*',
    'spravy|aktuality|clanky|clanok|clanki|clanek|vijesti|clanci|clanak',
  ],
  'marketing-advertising': [
    'reklamn\\w* agentur\\w*|marketingov\\w* agentur\\w*|kreativn\\w* agentur\\w*|digitaln\\w* agentur\\w*|reklam\\w* kampan\\w*|socialne siete|vizualna identita|optimalizacia pre vyhladavace|oglasevaln\\w* agencij\\w*|marketinsk\\w* agencij\\w*|kreativn\\w* agencij\\w*|digitaln\\w* agencij\\w*|oglasevanj\\w*|druzbena omrezja|celostna graficna podoba|optimizacija za iskalnike|agencij\\w* za oglasavanje|oglasavanj\\w*|drustven\\w* mrez\\w*|vizualni identitet|optimizacija za trazilice|spletni marketing|digitalni marketing|digitaln\\w* marketing',
    'komunikaci\\w*|komunikacij\\w*|kampan\\w*|kampanj\\w*|blagovn\\w* znamk\\w*|brend\\w*',
  ],
  'professional-services': [
    'advokatsk\\w* kancelari\\w*|advokat\\w*|notar\\w*|pravne sluzby|uctovnictv\\w*|uctovn\\w* kancelari\\w*|danove poradenstvo|personaln\\w* agentur\\w*|odvetnisk\\w* pisarn\\w*|odvetnik\\w*|pravne storitve|racunovodsk\\w* servis\\w*|racunovodsk\\w* storitv\\w*|racunovodstv\\w*|davcno svetovanje|kadrovsk\\w* agencij\\w*|odvjetnick\\w* ured\\w*|odvjetnick\\w* drustv\\w*|odvjetnik\\w*|advokatsk\\w* kancelarij\\w*|javni biljeznik\\w*|racunovodstven\\w* usluge|knjigovodstven\\w*|knjigovodstv\\w*|porezno savjetovanje|agencij\\w* za zaposljavanje',
    'poradenstv\\w*|svetovanj\\w*|savjetovanj\\w*|savetovanj\\w*|konzultant\\w*|konzultacij\\w*|revizij\\w*',
  ],
  'real-estate-construction': [
    'nehnutelnost\\w*|realitn\\w* kancelari\\w*|developersk\\w*|novostavb\\w*|stavebn\\w* firm\\w*|stavebn\\w* prace|rekonstrukci\\w*|nepremicnin\\w*|nepremicninsk\\w* agencij\\w*|gradbeno podjetje|gradbena dela|gradbenistv\\w*|novogradnj\\w*|adaptacij\\w* stanovanj\\w*|nekretnin\\w*|agencij\\w* za nekretnine|gradevinsk\\w* radov\\w*|gradevinarstv\\w*|gradevinsk\\w* tvrtk\\w*|gradevinsk\\w* preduzec\\w*|novogradn\\w*|stanovi na prodaju|arhitektonsk\\w* biro\\w*|architektonick\\w* kancelari\\w*',
    'stavba|stavby|stavebn\\w*|gradnj\\w*|gradbe\\w*|gradevin\\w*|stanovanj\\w*|byty|bytov|stanovi',
  ],
  'energy-utilities': [
    'energetik\\w*|elektrick\\w* energi\\w*|elektricn\\w* energij\\w*|fotovoltik\\w*|fotovoltaik\\w*|fotonaponsk\\w*|solarn\\w* panel\\w*|soncn\\w* elektrarn\\w*|suncan\\w* elektran\\w*|tepeln\\w* cerpadl\\w*|toplotn\\w* crpalk\\w*|dizalic\\w* topline|toplotn\\w* pump\\w*|obnoviteln\\w* zdroj\\w*|obnovljiv\\w* vir\\w*|obnovljiv\\w* izvor\\w*|veterne elektrarne|vetrne elektrarne|vjetroelektran\\w*|elektraren|elektrarn\\w*|elektran\\w*|dodavatel elektriny|dobavitelj elektricne energije|opskrbljivac\\w*',
    'energi\\w*|energij\\w*|udrzateln\\w*|trajnostn\\w*|odrziv\\w*|klimat\\w*|podneb\\w*',
  ],
  'transportation-logistics': [
    'spedici\\w*|spedicij\\w*|logistik\\w*|nakladn\\w* doprava|kamionov\\w* doprava|preprava tovaru|vozovy park|dodavatelsk\\w* retazc\\w*|tovorn\\w* promet|prevoz blaga|prevoz tovora|vozni park|oskrbovaln\\w* verig\\w*|prijevoz robe|prevoz robe|cestovni prijevoz|drumski prevoz|lanac opskrbe|lanac snabdevanja|skladisn\\w* prostor\\w*|kamionsk\\w* prijevoz|kamionsk\\w* prevoz',
    'doprava|preprav\\w*|zasielk\\w*|dorucen\\w*|skladovan\\w*|dostav\\w*|posiljk\\w*|skladiscenj\\w*|skladistenj\\w*|prevoz\\w*|prijevoz\\w*',
  ],
  // Croatian "najam jahti", "charter jedrilica" (yacht hire, sailing-boat charter): a holiday on the water.
  'hospitality-travel': [
    'najam jahti|najam brodova|najam plovila|charter jedrilica|charter katamarana|ubytovanie|ubytovani\\w*|restaurac\\w*|penzion\\w*|zajazd\\w*|cestovn\\w* kancelari\\w*|jedalny listok|nastanitev|nastanitv\\w*|prenocisc\\w*|restavracij\\w*|apartma\\w*|potovaln\\w* agencij\\w*|turisticn\\w* agencij\\w*|jedilni list|jedilnik\\w*|smjestaj\\w*|smestaj\\w*|restoran\\w*|apartman\\w*|ljetovanj\\w*|letovanj\\w*|turistick\\w* agencij\\w*|putnick\\w* agencij\\w*|jelovnik\\w*',
    'rezervaci\\w*|rezervacij\\w*|rezerviraj\\w*|rezervisi|izlet\\w*|dovolenk\\w*|pocitnic\\w*|turizm\\w*|turizam|turisticn\\w*|turistick\\w*|hotel\\w*',
  ],
  telecommunications: [
    'telekomunikac\\w*|telekomunikacij\\w*|opticke siete|opticky internet|opticn\\w* omrezj\\w*|opticki internet|svjetlovod\\w*|mobiln\\w* operator\\w*|mobiln\\w* operater\\w*|mobiln\\w* tarif\\w*|mobiln\\w* pausal\\w*|mobiln\\w* paket\\w*|mobiln\\w* mrez\\w*|mobiln\\w* omrezj\\w*|sirokopasmov\\w*|sirokopasovn\\w*|sirokopojasn\\w*|sim kartic\\w*|sim kart\\w*',
    'tarif\\w*',
  ],
  'government-nonprofit': [
    'neziskov\\w*|obcianske zdruzenie|dobrovolnic\\w*|daruj\\w*|ministerstv\\w*|mestsk\\w* urad|obecn\\w* urad|neprofitn\\w*|nevladn\\w* organizacij\\w*|prostovolj\\w*|doniraj\\w*|donacij\\w*|ministrstv\\w*|obcinsk\\w* uprava|nevladin\\w* organizacij\\w*|udruga|udruge|udruzenj\\w*|volonter\\w*|ministarstv\\w*|gradsk\\w* uprava|zaklada|zaklade|fondacij\\w*|nadacia|nadacie',
    'clen\\w*|clanstv\\w*|clanov\\w*|clanic\\w*|skupnost\\w*|zajednic\\w*|komunit\\w*',
  ],
};
