import type { IndustryGroup } from '../../signals/enums';

/**
 * The page vocabulary of ./keywords.ts in Polish, Czech, Swedish, Danish, Norwegian (bokmål) and Finnish, in the same
 * two tiers: `strong` words name the business ("kancelaria adwokacka", "advokatbyrå", "tilitoimisto"), `weak` ones
 * are common elsewhere too ("produkty", "leverans", "koulutus"). Same normalisation: lower case, accents folded
 * (./normalize.ts). Left out because every site of these languages uses them, or they mean something else:
 * "behandling" (Swedish, Danish and Norwegian for treatment, and for the processing of personal data in every privacy
 * notice), Polish and Czech "reklamacja"/"reklamace" (a shop's returns, not advertising; hence no "reklam*" stem),
 * "obchodní" (Czech "commercial": terms of business), "rekrutacja"/"rekrytering" as strong words (every careers page),
 * Norwegian "lege"/"leger" (Dutch "empty", Danish "plays"), French "avis", "frivillig" (Swedish "optional" in forms).
 */
export const NORDIC_PL_CS_KEYWORDS: Partial<Record<IndustryGroup, [string, string]>> = {
  // A price per user and month is a software subscription (./keywords.ts): "per användare och månad", "per bruger pr.
  // måned", "za użytkownika miesięcznie"; "gratis provperiod" is the Swedish free trial.
  software: [
    'per anvandare(?: och| per| i)? (?:manad|man)|per bruger(?: pr| per| om)? (?:maned|md)|per bruker(?: per| pr| i)? (?:maned|mnd)|(?:za|na) uzytkownika(?: na| za)? (?:miesiac|mies|miesiecznie)|za uzivatele(?: za| na)? (?:mesic|mesicne)|gratis provperiod|gratis proveperiode|oprogramowani\\w*|aplikacj\\w* mobiln\\w*|programisci|programistow|kod zrodlowy|wyprobuj za darmo|darmowy okres probny|vyvojari|vyvojaru|zdrojovy kod|vyzkousejte zdarma|mobilni aplikac\\w*|programvara|mjukvara|utvecklare|kallkod|prova gratis|testa gratis|mobilapp\\w*|udviklere|kildekode|prov gratis|gratis provetid|programvare|utviklere|ohjelmisto\\w*|sovelluskehity\\w*|kehittajat|kehittajille|lahdekoodi|kokeile ilmaiseksi|ilmainen kokeilu|mobiilisovellu\\w*',
    'platforma|aplikacj\\w*|aplikace|applikasjon\\w*|sovellu\\w*|automatyzacj\\w*|automatizac\\w*|automatisk\\w*|automaatio\\w*|pobierz|stahnout|ladda ner|lataa',
  ],
  'it-services': [
    'uslugi informatyczne|uslugi it|obsluga informatyczna|outsourcing it|bezpieczenstwo it|cyberbezpieczenstw\\w*|centrum danych|tworzenie stron internetowych|it sluzby|sprava it|kyberneticka bezpecnost|datove centrum|tvorba webovych stranek|it tjanster|it konsult\\w*|it drift|it sakerhet|cybersakerhet|datacenter|webbutveckling|it tjenester|it radgivning|it sikkerhed|cybersikkerhed|it sikkerhet|cybersikkerhet|it palvelu\\w*|it tuki|tietoturva\\w*|kyberturvallisuus|konesali\\w*|verkkosivujen toteutus',
    'informatyk\\w*|tietotekniikka\\w*',
  ],
  'financial-services': [
    'platnosc\\w*|platnicz\\w*|przelewy|platebni\\w*|pozyczk\\w*|kredyt\\w*|hipoteczn\\w*|ubezpieczeni\\w*|ubezpieczyciel\\w*|konto osobiste|karta kredytowa|karty kredytowe|lokat\\w*|oprocentowanie|rrso|uver\\w*|pujck\\w*|hypotek\\w*|pojisteni|pojistovn\\w*|bezny ucet|kreditni kart\\w*|sporeni|urokov\\w* sazb\\w*|rpsn|bolan\\w*|privatlan\\w*|forsakring\\w*|sparkonto|kreditkort|ranta|rantan|boliglan\\w*|forbrugslan\\w*|forbrukslan\\w*|forsikring\\w*|opsparing|sparekonto|kredittkort|laina\\w*|asuntolaina\\w*|kulutusluotto\\w*|vakuutus\\w*|saastotili|luottokortti\\w*',
    'inwestycj\\w*|finans\\w*|investic\\w*|sijoitus\\w*|rahoitus\\w*|korko|korot',
  ],
  healthcare: [
    'horapparat\\w*|horselvard\\w*|horeapparat\\w*|kuulolaite\\w*|aparaty sluchowe|naslouchadl\\w*|pacjen\\w*|szpital\\w*|lekar\\w*|przychodni\\w*|stomatolog\\w*|fizjoterap\\w*|pielegniar\\w*|leczeni\\w*|apteka|apteki|gabinet lekarski|pacient\\w*|nemocnic\\w*|ordinace|zubni\\w*|fyzioterap\\w*|zdravotni sestr\\w*|lecb\\w*|lekarna|lekarny|patienter|sjukhus\\w*|lakare|lakar\\w*|vardcentral\\w*|tandlakar\\w*|tandvard\\w*|sjukgymnast\\w*|fysioterapeut\\w*|sjukskotersk\\w*|apotek\\w*|laege|laeger|laegeklinik\\w*|laegehus\\w*|tandlaeg\\w*|sygehus\\w*|sygeplejer\\w*|klinikk\\w*|pasient\\w*|sykehus\\w*|legesenter\\w*|legekontor\\w*|fastlege\\w*|legevakt\\w*|tannlege\\w*|sykepleier\\w*|potilas\\w*|potilaat|potilaan|sairaala\\w*|laakari\\w*|hammaslaakari\\w*|hammashoito\\w*|fysioterap\\w*|sairaanhoitaj\\w*|terveyskeskus\\w*|apteekki\\w*|klinikka\\w*',
    'zdrowi\\w*|opieka|zdravi|zdravotni\\w*|pece|halsa|halso\\w*|omsorg|sundhed\\w*|pleje|helse\\w*|pleie|terveys\\w*|terveyden|hoito|hoitoa',
  ],
  education: [
    'kursy|kursow|studenci|studentow|uczniowie|uczniow|nauczyciel\\w*|szkola|szkoly|uczelni\\w*|uniwersytet\\w*|wyklad\\w*|studia podyplomowe|kurzy|kurzu|studenti|studentu|zaci|zaku|ucitel\\w*|skola|skoly|univerzit\\w*|vyuk\\w*|vysoka skola|kurser|studenter|elever|larare|skolan|universitet\\w*|hogskola\\w*|undervisning|utbildningar|studerende|laerer\\w*|skole|skolen|uddannelser|utdanninger|kurssi\\w*|opiskelija\\w*|oppilaat|opettaja\\w*|koulu|koulut|koulun|yliopisto\\w*|opetus\\w*|koulutusohjelma\\w*|tutkinto\\w*',
    'szkoleni\\w*|nauka|edukacj\\w*|skoleni|vzdelavani|utbildning|uddannelse|utdanning|koulutus\\w*|opplaering',
  ],
  manufacturing: [
    // A machine builder's own words: "budujemy maszyny" (we build machines), "budowa maszyn" (machine building), and
    // the end-of-line machines it sells (palletizers, stretch wrappers, packaging machines).
    // A maker says it makes in a verb ("tillverkar", "valmistaa"; "vi producerer" as "designer og produserer": power
    // and films are produced too, so the Danish and Norwegian verb only after "we" or another verb of the trade), and
    // names the hall it makes in and its machine park.
    // Icelandic fish and shrimp processing plants ("fiskvinnsla", "bolfiskvinnsla", "rækjuvinnsla") and factories
    // ("verksmiðja"): the catch made into food, as "fish processing" is.
    // Icelandic machine and steel shops and their trades ("vélsmiðja", "stálsmiðja", "suðuvinna", "vélvirkjun": machine
    // shop, steel shop, welding, machinist's trade): machines built and repaired (NACE 25, 33.12).
    '\\w*fiskvinnsl\\w*|raekjuvinnsl\\w*|verksmidj\\w*|velsmidj\\w*|stalsmidj\\w*|rennismidj\\w*|suduvinn\\w*|velvirk\\w*|' +
      'tillverkar|valmistaa|valmistetaan|vi produserer|(?:utvikler|designer|konstruerer|utvikler) og produserer|produserer og (?:leverer|selger)|(?:udvikler|designer|konstruerer) og producerer|producerer og (?:leverer|saelger)|produktionshal\\w*|produksjonshal\\w*|tuotantohalli\\w*|maskinpark\\w*|konekanta\\w*|' +
      'budujemy maszyny|budowa maszyn|budowy maszyn|producent\\w* maszyn|paletyzator\\w*|owijark\\w*|maszyn\\w* pakujac\\w*|paletizator\\w*|balici stroj\\w*|palleterare|palleteringsrobot\\w*|stoczni\\w*|lodenic\\w*|skeppsvarv\\w*|batvarv\\w*|skeppsbyggnad\\w*|batbyggnad\\w*|skibsvaerft\\w*|vaerft|vaerftet|vaerfter|skibsbyggeri\\w*|verft|verftet|verfta|verfter|skipsverft\\w*|batbyggeri\\w*|skipsbygging\\w*|telakka\\w*|telakan|laivanrakennu\\w*|produkcja seryjna|zaklad\\w* produkcyjn\\w*|hal\\w* produkcyjn\\w*|produkujemy|wytwarzamy|wytworni\\w*|obrabiark\\w*|konstrukcj\\w* stalow\\w*|tlocznia|kuzni\\w*|lakierni\\w*|narzedziowni\\w*|fabryk\\w*|obrobka skrawaniem|obrobka cnc|frezowani\\w*|toczeni\\w*|spawani\\w*|odlewni\\w*|wtryskiw\\w*|tloczeni\\w*|linia produkcyjna|linie produkcyjne|park maszynowy|vyrobce|vyrobni zavod|vyrobni hal\\w*|vyrobni areal\\w*|vyrabime|lisovn\\w*|kovarn\\w*|nastrojarn\\w*|tovarn\\w*|obrabeni|frezovani|soustruzeni|svarovani|slevarn\\w*|vstrikovani|lisovani|strojirensk\\w*|vyrobni linka|vyrobni linky|strojni park|tillverkning|tillverkare|vi tillverkar|produktionsenhet\\w*|fabrik\\w*|legotillverkning|kontraktstillverk\\w*|bearbetning|skarande bearbetning|svetsning|gjuteri\\w*|formsprutning|platbearbetning|produktionsanlaggning\\w*|fremstilling|produktionsvirksomhed|vi producerer|produktionsfacilitet\\w*|bearbejdning|svejsning|stoberi\\w*|sprojtestobning|pladebearbejdning|maskinfabrik\\w*|underleverandor\\w*|fabrikk\\w*|produksjonsbedrift\\w*|maskinering|sveising|stoperi\\w*|sproytestoping|platebearbeiding|mekanisk verksted|tehdas|tehtaa\\w*|tehtaan|valmistaja\\w*|valmistamme|konepaja\\w*|koneistus\\w*|hitsaus\\w*|valimo\\w*|ruiskuvalu\\w*|levytyo\\w*|alihankinta\\w*|tuotantolinja\\w*|tuotantolaitos\\w*',
    'produkcj\\w*|producent\\w*|maszyn\\w*|przemysl\\w*|vyroba|vyrobni|stroje|prumysl\\w*|produktion|produksjon|maskiner|verkstad|tuotanto\\w*|jakosc|jakosci|kvalita|kvalitet|laatu',
  ],
  'retail-consumer': [
    'ksiegarni\\w*|knihkupectv\\w*|bokhandel\\w*|boghandel\\w*|kirjakauppa\\w*|sklep\\w*|koszyk|dodaj do koszyka|darmowa dostawa|zamow teraz|kup teraz|odziez|bizuteri\\w*|kosmetyk\\w*|meble|artykuly spozywcze|e shop|eshop|kosik|do kosiku|pridat do kosiku|doprava zdarma|internetovy obchod|prodejna|prodejny|obleceni|sperky|kosmetik\\w*|nabytek|potraviny|butik\\w*|webbutik|varukorg\\w*|lagg i varukorgen|fri frakt|kop nu|klader|smycken|mobler|livsmedel|webshop|indkobskurv|laeg i kurv|gratis fragt|kob nu|smykker|dagligvarer|nettbutikk\\w*|handlekurv|legg i handlekurv|gratis frakt|kjop na|klaer|verkkokauppa\\w*|myymala\\w*|ostoskori|lisaa ostoskoriin|ilmainen toimitus|osta nyt|vaatteet|korut|kosmetiikka|huonekalu\\w*|elintarvikkeet',
    'produkty|produktow|cena|ceny|promocj\\w*|vyrobky|akce|slevy|sleva|produkter|priser|erbjudande\\w*|tilbud\\w*|tuotteet|hinta|hinnat|tarjous\\w*',
  ],
  'media-publishing': [
    'dziennikar\\w*|redakcj\\w*|czasopism\\w*|gazet\\w*|wydawnictw\\w*|wydawca|czytelnik\\w*|prenumerat\\w*|ksiazk\\w*|novinar\\w*|redakce|casopis\\w*|noviny|novin|vydavatel\\w*|nakladatel\\w*|ctenar\\w*|predplatn\\w*|knihy|knih|redaktionen|tidning\\w*|tidskrift\\w*|forlag\\w*|lasare|lasarna|prenumerant\\w*|prenumeration\\w*|bocker|forfattare|dagblad\\w*|laesere|abonnent|abonnenter|boger|forfatter\\w*|redaksjon\\w*|nettavis\\w*|lesere|boker|sanomalehti\\w*|aikakauslehti\\w*|kustantamo\\w*|kustantaja\\w*|lukija\\w*|tilaaja\\w*|kirjat|kirjailija\\w*',
    'wiadomosci|aktualnosci|artykul\\w*|zpravy|aktuality|clanky|clanek|nyheter|artiklar|artikler|nyheder|uutiset|artikkeli\\w*|ajankohtaista',
  ],
  'marketing-advertising': [
    'agencj\\w* reklamow\\w*|agencj\\w* marketingow\\w*|agencj\\w* interaktywn\\w*|agencj\\w* kreatywn\\w*|reklama|reklamy|reklamow\\w*|kampani\\w*|pozycjonowanie|media spolecznosciow\\w*|identyfikacja wizualna|marketing internetowy|reklamni agentur\\w*|marketingov\\w* agentur\\w*|reklamni\\w*|kampan|kampane|socialni site|vizualni identit\\w*|reklambyra\\w*|kommunikationsbyra\\w*|digitalbyra\\w*|marknadsforing|sociala medier|grafisk profil|reklamebureau\\w*|kommunikationsbureau\\w*|markedsforing|sociale medier|reklamebyra\\w*|kommunikasjonsbyra\\w*|sosiale medier|mainostoimisto\\w*|viestintatoimisto\\w*|digitoimisto\\w*|markkinointi\\w*|mainonta|mainos\\w*|sosiaalinen media|somemarkkinointi|hakukoneoptimointi',
    'komunikacj\\w*|komunikace|viestinta|kampanj\\w*|kampanje\\w*|kampanja\\w*|varumarke\\w*|merkevare\\w*|brandi\\w*',
  ],
  'professional-services': [
    '\\w+radgivning|lonebyra\\w*|lonbureau\\w*|lonnsbyra\\w*|palkanlaskentatoimisto\\w*|kancelari\\w* prawn\\w*|kancelari\\w* adwokack\\w*|adwokat\\w*|radc\\w* prawn\\w*|prawnik\\w*|notariusz\\w*|doradztw\\w*|doradc\\w*|ksiegow\\w*|biuro rachunkowe|agencja pracy|audyt\\w*|advokat\\w*|advokatni kancelar\\w*|pravni sluzby|notar\\w*|poradenstvi|poradensk\\w*|ucetnictvi|ucetni sluzby|danove poradenstvi|personalni agentur\\w*|advokatbyra\\w*|redovisning\\w*|redovisningsbyra\\w*|bokforing|revisor\\w*|revisionsbyra\\w*|konsultbolag\\w*|managementkonsult\\w*|bemanningsforetag\\w*|advokatfirma\\w*|revisionsfirma\\w*|bogforing|konsulentvirksomhed|konsulenthus\\w*|vikarbureau\\w*|regnskapsforing|regnskapsbyra\\w*|regnskapsforer\\w*|regnskapskontor\\w*|regnskapstjenest\\w*|arsoppgjor\\w*|revisjonsselskap\\w*|forer regnskap|regnskabskontor\\w*|bogforer\\w*|redovisningskonsult\\w*|redovisningsfirma\\w*|konsulentselskap\\w*|bemanningsbyra\\w*|asianajotoimisto\\w*|asianajaja\\w*|lakitoimisto\\w*|lakipalvelu\\w*|tilitoimisto\\w*|kirjanpito\\w*|tilintarkast\\w*|konsultointi\\w*|liikkeenjohdon konsultointi|henkilostopalvelu\\w*',
    'rekrutacj\\w*|nabor|rekrytering|rekruttering|rekrytointi\\w*|radgivning|juridisk\\w*|juridick\\w*|juridinen|konsult|konsulter|konsulent\\w*|konsultti\\w*',
  ],
  'real-estate-construction': [
    'rusztowani\\w*|leseni|byggnadsstallning\\w*|stillads\\w*|stillas\\w*|telineurakoitsija\\w*|nieruchomosc\\w*|mieszkani\\w*|deweloper\\w*|budownictw\\w*|budowlan\\w*|generalny wykonawca|roboty budowlane|remont(?:y|u|ow\\w*|ami|ach|em)?|nemovitost\\w*|developersk\\w*|realitni\\w*|stavebni\\w*|vystavb\\w*|rekonstrukc\\w*|fastighet\\w*|lagenhet\\w*|bostader|bostadsratt\\w*|nyproduktion|byggforetag\\w*|byggprojekt\\w*|renovering\\w*|maklare\\w*|arkitekt|arkitekter|arkitektkontor\\w*|arkitektfirma\\w*|arkitektbyra\\w*|ejendom\\w*|lejlighed\\w*|boliger|nybyggeri|byggeri\\w*|byggentreprenor\\w*|totalentreprenor\\w*|hovedentreprenor\\w*|ejendomsmaegler\\w*|eiendom\\w*|leilighet\\w*|nybygg\\w*|byggeprosjekt\\w*|oppussing|eiendomsmegl\\w*|kiinteisto\\w*|asunnot|asuntoja|asuntokohde\\w*|rakennusliike\\w*|rakennusyhtio\\w*|rakennuttaja\\w*|urakoitsija\\w*|remontti\\w*|saneeraus\\w*|arkkitehti\\w*',
    'budowa|budynk\\w*|stavba|stavby|budovy|byggnad\\w*|bygg|bygge|bygning\\w*|rakennus\\w*|rakentaminen',
  ],
  'energy-utilities': [
    'dricksvatten|avloppsvatten|avloppsrening\\w*|renhallning\\w*|vattenverk\\w*|reningsverk\\w*|atervinningscentral\\w*|va huvudman\\w*|drikkevand|spildevand\\w*|vandvaerk\\w*|renseanlaeg\\w*|genbrugsplads\\w*|drikkevann|avlopsvann|vannverk\\w*|renseanlegg\\w*|renovasjon\\w*|juomavesi|jatevesi\\w*|jateveden\\w*|vesilaitos\\w*|jatehuolto\\w*|wodociag\\w*|oczyszczalni\\w* sciekow|vodarn\\w*|cistirn\\w* odpadnich vod|energia|energii|energetyk\\w*|energetyczn\\w*|energi|energien|energiforetag\\w*|energiselskab\\w*|energiselskap\\w*|energiayhtio\\w*|fotowoltai\\w*|fotovoltai\\w*|panele sloneczne|pompy ciepla|pompa ciepla|magazyn energii|magazyny energii|odnawialn\\w*|elektrowni\\w*|farm\\w* wiatrow\\w*|elektrin\\w*|solarni\\w*|tepeln\\w* cerpadl\\w*|obnoviteln\\w*|elektrarn\\w*|vetrn\\w* elektrarn\\w*|solceller|solpaneler|solenergi|vindkraft|varmepump\\w*|elhandel|elavtal|fornybar\\w*|kraftverk\\w*|solcelleanlaeg\\w*|vindmolle\\w*|varmepumpe\\w*|fjernvarme|vedvarende energi|elselskab\\w*|kraftvaerk\\w*|solcelle\\w*|vannkraft|stromavtal\\w*|kraftselskap\\w*|nettselskap\\w*|aurinkopaneeli\\w*|aurinkosahko|aurinkoenergia|tuulivoima\\w*|lampopumppu\\w*|maalampo|sahkosopimus|sahkoyhtio\\w*|uusiutuv\\w*|voimala\\w*|kaukolampo',
    'zrownowazon\\w*|udrzitel\\w*|hallbar\\w*|baeredygtig\\w*|baerekraft\\w*|kestav\\w*|klimat\\w*|ilmasto\\w*',
  ],
  'transportation-logistics': [
    // Finnish stevedores and port operators: "ahtaus" (stevedoring), "satamaoperaattori", "terminaalipalvelut".
    'ahtaus\\w*|ahtaaj\\w*|satamaoperaattori\\w*|terminaalipalvelu\\w*|satamapalvelu\\w*|huolinta\\w*|' +
      'prom\\w* pasazersk\\w*|trajekt|trajekty|trajektem|trajektu|farja|farjor|farjan|farjetrafik\\w*|faerge\\w*|faergefart|ferje\\w*|ferge|fergen|ferger|fergene|lautta\\w*|rederi|rederiet|rederier|spedycj\\w*|logistyk\\w*|przewoz\\w* towarow|transport drogowy|firma transportowa|flota|lancuch dostaw|spedic\\w*|nakladni doprava|kamionov\\w* doprava|preprava zbozi|vozovy park|dodavatelsk\\w* retez\\w*|akeri\\w*|godstransport\\w*|lagerhantering|lastbil\\w*|transportforetag\\w*|vognmand\\w*|pakkeleverance\\w*|spedisjon\\w*|logistikk\\w*|lastebil\\w*|transportselskap\\w*|logistiikka\\w*|kuljetusliike\\w*|huolinta\\w*|rahtiliikenne|kuljetuspalvelu\\w*|kuorma auto\\w*|toimitusketju\\w*',
    'dostaw\\w*|przesylk\\w*|paczk\\w*|kurier\\w*|doprava|preprav\\w*|zasilk\\w*|skladovani|leverans\\w*|frakt|fragt|toimitus(?!johtaja)\\w*|kuljetus\\w*|varastointi\\w*',
  ],
  'hospitality-travel': [
    'noclegi|nocleg|noclegow\\w*|restauracj\\w*|pensjonat\\w*|wakacj\\w*|wycieczk\\w*|biuro podrozy|ubytovani|restaurace|restauraci|restauracich|penzion\\w*|zajezd\\w*|cestovni kancelar\\w*|jidelni listek|hotell\\w*|vandrarhem|restaurang\\w*|overnattning\\w*|gaster|resebyra\\w*|matsedel|overnatning\\w*|vaerelse\\w*|feriebolig\\w*|feriehus\\w*|ferieleilighet\\w*|rejse\\w*|gaester|menukort|overnatting\\w*|gjester|reisebyra\\w*|hotelli\\w*|majoitus\\w*|huoneet|huoneita|ravintola\\w*|matkailu\\w*|matkat|matkatoimisto\\w*|ruokalista|lounas',
    'rezerwacj\\w*|rezervac\\w*|bokning\\w*|varaa|varaus\\w*|loma|lomat|lomalle|lomakohde\\w*',
  ],
  telecommunications: [
    'telekomunikacj\\w*|swiatlowod\\w*|operator komorkow\\w*|siec komorkow\\w*|szerokopasmow\\w*|telefonia|karta sim|telekomunikac\\w*|opticke site|opticky internet|mobilni operator\\w*|mobilni tarif\\w*|telefonie|telekommunikation|telekommunikasjon|bredband\\w*|mobilnat\\w*|mobiloperator\\w*|telefoni|mobilabonnemang|teleselskab\\w*|mobilnet\\w*|mobilabonnement\\w*|teleselskap\\w*|mobilnett\\w*|fiberbredband|teleoperaattori\\w*|laajakaista\\w*|valokuitu\\w*|mobiiliverkko\\w*|puhelinliittyma\\w*|matkapuhelin\\w*',
    'abonament\\w*|abonnemang|liittyma\\w*|operaattori\\w*',
  ],
  other: [
    'zaklad\\w* pogrzebow\\w*|uslugi pogrzebowe|dom pogrzebowy|pohrebni sluzb\\w*|pohrebni ustav\\w*|kremace|begravningsbyra\\w*|bedemand\\w*|begravelsesforretning\\w*|begravelsesbyra\\w*|hautaustoimisto\\w*',
    'pogrzeb\\w*|pohreb\\w*|pohrb\\w*|begravning\\w*|begravelse\\w*|hautajai\\w*',
  ],
  'government-nonprofit': [
    'fundacj\\w*|stowarzyszeni\\w*|wolontariu\\w*|wolontariusz\\w*|darowizn\\w*|1 5 podatku|organizacj\\w* pozarzadow\\w*|pozytku publicznego|ministerstw\\w*|nadace|nadacni\\w*|spolek|neziskov\\w*|dobrovolni\\w*|darujte|obecni urad|mestsky urad|ministerstv\\w*|ideell\\w*|stiftelse\\w*|volontar\\w*|insamling\\w*|velgorenhed\\w*|frivillige|indsamling\\w*|bliv medlem|stot os|innsamling\\w*|gi en gave|bli medlem|veldedig\\w*|yhdistys\\w*|saatio\\w*|vapaaehtois\\w*|lahjoit\\w*|liity jaseneksi',
    'czlonk\\w*|clenove|clenstvi|medlem\\w*|jasen\\w*|forening\\w*|spolecznosc\\w*|yhteiso\\w*',
  ],
};
