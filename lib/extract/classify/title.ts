import type { Department, Seniority } from '../../signals/enums';
import { foldAccents } from './normalize';
import { BALTIC_IS_DEPARTMENT, BALTIC_IS_SENIORITY } from './title-baltic-is';
import { ROMANCE_DEPARTMENT, ROMANCE_SENIORITY } from './title-romance';
import { classifyScriptTitle, DEPARTMENT_ORDER, earliest, SCRIPT_LETTERS, SENIORITY_ORDER } from './title-scripts';
import { SWAHILI_DEPARTMENT, SWAHILI_SENIORITY } from './title-sw';

/**
 * Seniority and department from a job title in English, German, French, Spanish, Italian, Dutch or Portuguese, and
 * (NORTH_SENIORITY, NORTH_DEPARTMENT below) Polish, Czech, Swedish, Danish, Norwegian or Finnish, and (EAST_*)
 * Hungarian, Romanian or Turkish, and (SEA_*) Vietnamese, Indonesian or Malay, and (./title-sw.ts, ./title-romance.ts)
 * Swahili, Galician and Latin American forms of Spanish and Portuguese. Rules are checked in order and
 * the first match wins, so a founder who is also CEO is an owner, and "Vice President" never reads as "President".
 * Lower case, accents stripped before matching: "Geschäftsführerin" is matched as "geschaftsfuhrerin".
 */
const BASE_SENIORITY: Array<[Seniority, RegExp]> = [
  [
    'intern',
    /\b(intern|internship|praktikant(in)?|werkstudent(in)?|working student|stagiaire|stage|becari[oa]|pasante|practicas|apprenti(e)?|apprentice|azubi|auszubildende[r]?|alternant(e)?|trainee|stagista|tirocinante|stagiair|afstudeerder|estagiari[oa])\b/,
  ],
  [
    'owner',
    // Freelancers run their own business: "Freelance Designer", "Consultante marketing indépendante", "Freiberufliche
    // Übersetzerin", "zzp'er" (an independent director sits on a board, and is read as a director).
    /\b((?<!(?:of|for|with) )freelance[rs]?|self[- ]employed|freiberufler(in)?|freiberuflich\w*|selbststandig\w*|zelfstandig\w*|zzp(er)?|autonom[oa]|libero professionista|(consultant|consultante|consultor|consultora|consulente|advisor|berater(in)?)\b[^,|]{0,30}\bind[ei]pend\w*|ind[ei]pend\w* (?:\w+ ){0,2}(consultant|consultante|consultor|consultora|consulente|advisor|berater(in)?))\b/,
  ],
  [
    'owner',
    /\b(co[- ]?founder|founder|founding partner|owner|proprietor|(?<!business |hr |channel )partner(?! (manager|success|marketing|sales|account|relations|engineer|program|development|solutions|network))|grunder(in)?|mitgrunder(in)?|inhaber(in)?|gesellschafter(in)?|co[- ]?fondat(eur|rice)|fondat(eur|rice)|associe(e)?|proprietaire|co[- ]?fundador(a)?|fundador(a)?|socio|socia|duen[oa]|propietari[oa]|proprietari[oa]|titolare|co ?fondat(ore|rice)|fondat(ore|rice)|eigenaar|eigenares|(mede ?)?oprichter|vennoot)\b/,
  ],
  ['head', /\bchief of staff\b/],
  [
    'c-level',
    /\b(c[eftoimdrsp]o|chro|cxo|chief|chair(?:man|woman|person)?|(?<!vice )(?<!vice)presidente?|pdg|geschaftsfuhrer(in)?|geschaftsfuhrung|vorstand(svorsitzende[r]?)?|vorstandsmitglied|managing director|directeur general|directrice generale|director(a)? general|director(a)? ejecutiv[oa]|consejer[oa] delegad[oa]|gerant(e)?|general manager|gerente general|gerente geral|amministrat(?:ore|rice) delegat[oa]|direttore generale|direttrice generale|algemeen direct(eur|rice)|statutair directeur|diretor(a)? executiv[oa]|diretor(a)? geral|administrador(a)? delegad[oa])\b/,
  ],
  ['vp', /\b(vice[- ]?president(e|a)?|vicepresident(e|a)?|vizeprasident(in)?|s?e?vp|avp|vice[- ]presidente)\b/],
  [
    'head',
    /\b(head|leiter(in)?|leitung|jef[ea] de(?! equipo| proyecto)|responsable de departamento|hoofd|afdelingshoofd|capo(?! progetto))\b|^leiter|leiter(in)?\b/,
  ],
  // A Prokurist holds the firm's general power of attorney (Prokura, §§ 48-53 HGB): a senior officer below the board.
  ['director', /\b(director(a)?|directeur|directrice|direktor(in)?|direttore|direttrice|diretor(a)?|prokurist(in)?)\b/],
  [
    'manager',
    // A financial, group or corporate controller runs a finance team as the UK, Ireland and the US title it; a bare
    // "Controller" is an analyst in German-speaking firms.
    /\b(\w*manager(in)?|mgr|(?:financial|group|corporate|plant|regional|divisional) controller|responsable|gerente|supervisor(a)?|chef de|jef[ea]|encargad[oa]|gestionnaire|teamleiter(in)?|responsabile|responsavel|coordinat(ore|rice)|coordenador(a)?|teamleider|teamleader|leidinggevende|bedrijfsleider|chefe)\b/,
  ],
  [
    'senior',
    // A professor holds a chair; an assistant professor is junior faculty.
    /\b(senior|sr|snr|lead|principal|staff|expert(e|o|a)?|architect|architekt(in)?|architecte|arquitect[oa]|leitende[r]?|fellow|distinguished|espert[oa]|specialista|especialista|(?<!assistant )professor)\b/,
  ],
  [
    'entry',
    // Roles that name the level of an individual contributor without a function: an assistant, analyst or clerk.
    /\b(junior|jr|assistant|assistent(in)?|assistente|asistente|\w*analyst(in)?|analista|associate|clerk|representative|agent|officer|consultant|berater(in)?|technician|techniker(in)?|operator|mitarbeiter(in)?|sachbearbeiter(in)?|referent(in)?|employe(e)?|empleado|impiegat[oa]|medewerker|coordinator|specialist|spezialist(in)?|specialiste)\b/,
  ],
];

const BASE_DEPARTMENT: Array<[Department, RegExp]> = [
  [
    'executive',
    /\b(ceo|chief executive|chair(?:man|woman|person)?|co[- ]?founder|founder|owner|managing partner|(?<!vice )(?<!vice)president(e|a)?|pdg|director(a)? ejecutiv[oa]|managing director|general manager|geschaftsfuhrer(in)?|geschaftsfuhrende[rn]?|geschaftsfuhrung|soci[oa][- ]gerente|inhaber(in)?|grunder(in)?|mitgrunder(in)?|vorstand(svorsitzende[r]?)?|directeur general|directrice generale|director(a)? general|gerant(e)?|fondat(eur|rice)|co[- ]?fondat(eur|rice)|fundador(a)?|co[- ]?fundador(a)?|consejer[oa] delegad[oa]|board member|chief of staff|proprietaire|propietari[oa]|proprietari[oa]|amministrat(?:ore|rice) delegat[oa]|direttore generale|gerente general|direttrice generale|titolare|fondat(ore|rice)|co ?fondat(ore|rice)|eigenaar|eigenares|(mede ?)?oprichter|algemeen direct(eur|rice)|statutair directeur|diretor(a)? executiv[oa]|diretor(a)? geral|administrador(a)? delegad[oa])\b/,
  ],
  [
    'customer-success',
    /\b(customer success|client success|csm|chief customer officer|kundenerfolg|succes client|exito del cliente|onboarding)\b/,
  ],
  [
    'support',
    /\b(support|customer service|customer care|help ?desk|service desk|kundenservice|kundendienst|service client|soporte|atencion al cliente|assistenza clienti|servizio clienti|klantenservice|klantenondersteuning|apoio ao cliente|atendimento ao cliente)\b/,
  ],
  [
    'sales',
    /\b(cro|sales|branch manager|account executive|account manager|business development|bdr|sdr|key account|grands comptes|grandes cuentas|grandi clienti|solutions? consultant|pre ?sales|vertrieb(s\w*)?|verkauf(s\w*)?|ventes?|commercial(e)?|commercieel|commerciele|charge(e)? d affaires|ventas|comercial|revenue|partnerships?|partner manager|vendite|verkoop|verkoper|accountmanager|buitendienst|binnendienst|vendas|(?:executiv[oa]|ejecutiv[oa]|gerente|gestor(?:a)?) de (?:contas|cuentas|negocios)|export(?!\w*\s+(?:control|compliance))\w*|ihracat\w*|eksport\w*)\b/,
  ],
  [
    'marketing',
    /\b(cmo|marketing\w*|brand|growth|content|seo|sem|communications?|public relations|pr|social media|demand generation|kommunikation|mercadotecnia|comunicacion|redacteur|copywriter|comunicazione|communicatie|comunicacao)\b/,
  ],
  ['design', /\b(design(er)?|ux|ui|gestalter(in)?|diseno|disenador(a)?|graphiste|art director|creative director)\b/],
  ['product', /\b(cpo|product|produkt\w*|\w*produkt\w*|produit|producto)\b/],
  [
    'hr',
    /\b(chro|hr|human resources|people|talent|recruit(er|ing|ment)?|personal\w*|ressources humaines|rh|recursos humanos|reclutamiento|reclutador(a)?|seleccion|risorse umane|personeelszaken|selezione|recrut(?:ement|eur|euse|ador(?:a)?|amento))\b/,
  ],
  [
    'finance',
    /\b(cfo|finance|financial|financ\w*|finanz\w*|accounting|accountant|controller|controlling|contr(?:o|ô)le(?:ur|use)? de gestion|treasury|tax|fiscalit[eé]|fiscal|audit(or)?|buchhalt\w*|comptab\w*|finances|contab\w*|contador(a)?|finanzas|tesorer\w*|payroll|boekhoud\w*|amministrazione e finanza|tesoureir[oa]|kaufm(?:ä|ae|a)nnische[rn]?)\b/,
  ],
  [
    'legal',
    /\b(legal|counsel|lawyer|attorney|jurist(in)?|rechtsanwalt|rechtsanwaltin|justiziar(in)?|juriste|avocat(e)?|abogad[oa]|juridi(?:co|ca|que)s?|compliance|paralegal|notar(y|in)?|avvocat[oa]|advocaat|advogad[oa]|juridisch\w*|giuridic\w*)\b/,
  ],
  [
    'education',
    /\b(education|teacher|professor|lecturer|tutor|instructor|lehrer(in)?|dozent(in)?|enseignant(e)?|professeur|formateur|formatrice|profesor(a)?|docente|formacion|ausbilder(in)?|insegnante|format(ore|rice)|leraar|lerares|docent|professor(e|essa|a))\b/,
  ],
  [
    'healthcare',
    /\b(nurse|physician|doctor|medical|clinical|pharmacist|therapist|arzt|arztin|pflege\w*|medecin|infirmi(er|ere)|medic[oa]|enfermer[oa]|dentist|surgeon|optometrist|optician|orthodontist|hygienist|chiropractor|veterinarian|audiologist|podiatrist|infermier[ea]|verpleegkundige|tandarts|fisioterap\w*|enfermeir[oa]|farmacista|apotheker)\b/,
  ],
  [
    'data',
    /\b(cdo|chief data|data|analytics|bi|business intelligence|machine learning|ml|ai engineer|statisti\w*|donnees|datos|analista de datos)\b/,
  ],
  [
    'research',
    /\b(research(er)?|scientist|forschung|forscher(in)?|chercheu(r|se)|recherche|investigador(a)?|investigacion|r&d|r d|phd candidate|postdoc|ricercat(ore|rice)|onderzoeker|pesquisador(a)?)\b/,
  ],
  [
    'it',
    /\b(cio|chief information|information officer|it|information technology|technologies? de l information|(?:directeur|directrice|gestionnaire|analyste|responsable|technicien(?:ne)?|conseill(?:er|ere)|architecte|chef) (?:des |de la |de )?ti|system administrator|sysadmin|systemadministrator(in)?|network|infrastructure|informatique|informatica|edv|it-leiter|security|cybersecurity|administrateur systeme|sistemista|informatic[oa]|ict|systeembeheerder)\b/,
  ],
  [
    'engineering',
    /\b(cto|chief technology|technology officer|tech|engineer(ing)?|developer|software|devops|sre|programmer|frontend|backend|full[- ]?stack|web developer|qa|quality assurance|tester|scrum master|architect|technical|entwickler(in)?|ingenieur(in)?|softwareentwickler(in)?|developpeu(r|se)|ingenieur|desarrollador(a)?|ingenier[oa]|programador(a)?|informatiker(in)?|sviluppat(ore|rice)|ingegnere|programmat(ore|rice)|ontwikkelaar|programmeur|engenheir[oa]|desenvolvedor(a)?)\b/,
  ],
  [
    'operations',
    /\b(coo|operations?|operating|plant|production|werks?leiter(in)?|werks?leitung|produktion\w*|supply chain|health (?:and |& )?safety|hse|ehs|qhse|she manager|arbeitssicherheit\w*|logistics?|procurement|purchasing|sourcing|project manager|program manager|office manager|practice manager|facility|betrieb\w*|einkauf\w*|logistik\w*|projektleiter(in)?|operations|achats?|chef de projet|operaciones|compras|jefe de proyecto|administrat(ive|ion)|acquisti|inkoop\w*|inkoper\w*|comprador(a)?|logistica|logistiek\w*|projectleider|capo progetto|gestor(a)? de projet[oa]|magazzino|magazijn\w*|(?:gerente|jefe|jefa|director(?:a)?|diretor(?:a)?|responsable|chef|directeur|directrice) d(?:e|u|a|')? ?(?:planta|produccion|producao|fabrica|usine|production|operaciones|operacoes))\b/,
  ],
];

/**
 * The same levels in Polish, Czech, Swedish, Danish, Norwegian and Finnish, as their company law and job ads name
 * them: the head of a Polish company's board is its "prezes zarządu", a Czech s.r.o.'s statutory director its
 * "jednatel", a Swedish AB's chief executive its "verkställande direktör" (VD), a Danish one's "administrerende
 * direktør" ("adm. dir."), a Norwegian AS's "daglig leder", a Finnish Oy's "toimitusjohtaja". A "-chef", "-sjef",
 * "-leder" or "-päällikkö" runs a team (manager), a "-direktör", "-johtaja", "dyrektor" or "ředitel" a function
 * (director); a department's head is "vedoucí", "avdelningschef", "osastopäällikkö". Croatian, Serbian and Slovenian
 * "voditelj(ica)", "vodja" lead a team (manager), "direktor" a function; Slovak "vedúci" heads a department. Each list
 * joins the last rule of its level, so the order above still decides: a vice chief executive ("vice VD",
 * "wiceprezes", "varatoimitusjohtaja") is a vp, as a "Vice President" is. The Baltic heads of a company are here too:
 * Lithuanian "generalinis direktorius", Latvian "valdes priekšsēdētājs", Estonian "juhatuse liige" and "tegevjuht".
 */
const NORTH_SENIORITY: Partial<Record<Seniority, string>> = {
  intern: 'stazyst\\w*|praktykant\\w*|stazist\\w*|harjoittelija\\w*|larling|laerling',
  owner:
    'wlasciciel\\w*|wspolwlasciciel\\w*|zalozyciel\\w*|wspolzalozyciel\\w*|wspolnik\\w*|wspolniczk\\w*|partnerk\\w*|majitel\\w*|spolumajitel\\w*|zakladatel\\w*|spoluzakladatel\\w*|spolecnik\\w*|grundare|medgrundare|agare|delagare|ejer|medejer|indehaver\\w*|stifter|medstifter|grundlaegger\\w*|eier|medeier|innehaver\\w*|medgrunder|perustaja\\w*|omistaja\\w*|osakas|yrittaja',
  'c-level':
    'prezes\\w*|czlonek zarzadu|dyrektor\\w* generaln\\w*|generaln\\w* direktor\\w*|dyrektor\\w* zarzadzajac\\w*|przewodniczac\\w*|jednatel\\w*|generalni reditel\\w*|vykonn\\w* reditel\\w*|predsed\\w*|clen\\w* predstavenstva|(?<!vice )verkstallande direktor|(?<!vice )vd|styrelseordforande|ordforande|administrerende direktor|adm dir\\w*|daglig leder|bestyrelsesformand|styreleder|toimitusjohtaja|puheenjohtaja|generalin\\w* direktori\\w*|valdybos pirminink\\w*|valdes priekssedetaj\\w*|valdes locekl\\w*|izpilddirektor\\w*|juhatuse (?:liige|esimees)|tegevjuht\\w*',
  vp: 'wiceprezes\\w*|mistopredsed\\w*|vice vd|vice verkstallande direktor|vice administrerende direktor|vicedirektor|varatoimitusjohtaja|varapuheenjohtaja',
  head: 'vedouci|veduci|szef\\w*|kierownik dzialu|kierowniczka dzialu|avdelningschef|avdelningsledare|afdelingsleder|avdelingsleder|osastopaallikko',
  director:
    'dyrektor\\w*|reditel\\w*|riaditel\\w*|\\w+direktor|direktor|direktorica|direktork\\w*|\\w*johtaja\\w*|direktori(?:us|ė)|direktors|direktore',
  manager:
    'kierownik\\w*|kierowniczk\\w*|menedzer\\w*|koordynator\\w*|manazer\\w*|voditelj\\w*|vodja|rukovoditelj\\w*|\\w+chef|\\w+sjef|sjef|\\w*leder|\\w*ledare|\\w*paallikko\\w*|esimies',
  senior: 'starszy|starsza|specjalist\\w*|\\w*asiantuntija\\w*',
};

/** Departments in the same six languages ("sprzedaży", "obchodní", "försäljning", "salg", "myynti" are sales). */
const NORTH_DEPARTMENT: Partial<Record<Department, string>> = {
  executive:
    'prezes\\w*|czlonek zarzadu|dyrektor\\w* generaln\\w*|generaln\\w* direktor\\w*|dyrektor\\w* zarzadzajac\\w*|wlasciciel\\w*|wspolwlasciciel\\w*|zalozyciel\\w*|wspolzalozyciel\\w*|przewodniczac\\w*|jednatel\\w*|generalni reditel\\w*|vykonn\\w* reditel\\w*|predsed\\w*|clen\\w* predstavenstva|majitel\\w*|spolumajitel\\w*|zakladatel\\w*|spoluzakladatel\\w*|(?<!vice )verkstallande direktor|(?<!vice )vd|grundare|medgrundare|agare|delagare|styrelseordforande|ordforande|administrerende direktor|adm dir\\w*|daglig leder|ejer|medejer|indehaver\\w*|stifter|medstifter|grundlaegger\\w*|eier|medeier|innehaver\\w*|medgrunder|styreleder|bestyrelsesformand|toimitusjohtaja|puheenjohtaja|perustaja\\w*|omistaja\\w*|yrittaja|generalin\\w* direktori\\w*|valdybos pirminink\\w*|valdes priekssedetaj\\w*|valdes locekl\\w*|izpilddirektor\\w*|juhatuse (?:liige|esimees)|tegevjuht\\w*',
  support:
    'obslug\\w* klienta|wsparci\\w*|zakaznick\\w*|podpor\\w*|kundtjanst\\w*|kundservice\\w*|kundeservice\\w*|kundesupport\\w*|asiakaspalvelu\\w*|asiakastuki\\w*',
  sales:
    'sprzedaz\\w*|sprzedawc\\w*|handlow\\w*|rozwoju biznesu|obchodn\\w*|prodej\\w*|prodaj\\w*|predaj\\w*|forsaljning\\w*|salj\\w*|affarsutveckl\\w*|kundansvarig|salg\\w*|forretningsudvikl\\w*|forretningsutvikl\\w*|myynti\\w*|liiketoiminnan kehit\\w*',
  marketing:
    'marknad\\w*|markedsforing\\w*|markeds\\w*|markkinointi\\w*|komunikacj\\w*|komunikac\\w*|viestinta\\w*|kommunikasjon\\w*',
  design: 'projektant\\w*|grafik\\w*|muotoilija\\w*',
  product: 'tuote\\w*',
  hr: 'kadr\\w*|personalist\\w*|henkilosto\\w*|rekrutacj\\w*|rekryter\\w*|rekrutter\\w*|rekrytoi\\w*|nabor\\w*',
  finance:
    'finans\\w*|biegl\\w* rewident\\w*|audyt\\w*|financij\\w*|racunovod\\w*|financn\\w*|ksiegow\\w*|ucetn\\w*|ekonomi\\w*|ekonomick\\w*|okonomi\\w*|redovisning\\w*|regnskab\\w*|regnskap\\w*|bogholder\\w*|bokforing\\w*|talous\\w*|kirjanpi\\w*',
  legal: 'prawn\\w*|prawnik\\w*|pravn\\w*|advokat\\w*|juridisk\\w*|lakimies|lakiasiain\\w*|juristi',
  education: 'nauczyciel\\w*|wykladowc\\w*|ucitel\\w*|lektor\\w*|larare|laerer\\w*|opettaja\\w*|lehtori',
  healthcare:
    'lekarz\\w*|lekar\\w*|pielegniar\\w*|zdravotni sestra|lakare|sjukskotersk\\w*|laege|sygeplejersk\\w*|lege|fastlege|sykepleier\\w*|laakari\\w*|sairaanhoitaja\\w*|hammaslaakari\\w*|tandlaege|tannlege|tandlakare|fysioterapeut\\w*|fizjoterapeut\\w*|fyzioterapeut\\w*',
  research: 'badacz\\w*|naukowiec|naukow\\w*|vyzkum\\w*|vedeck\\w*|forskare|forsker\\w*|tutkija\\w*|tutkimus\\w*',
  it: 'informatyk\\w*|tietohallinto\\w*|tietotekniikka\\w*',
  engineering:
    'programist\\w*|inzynier\\w*|programator\\w*|vyvojar\\w*|inzenyr\\w*|\\w*utvecklare|\\w*ingenjor\\w*|\\w*udvikler\\w*|\\w*utvikler\\w*|\\w*ingenior\\w*|ohjelmistokehittaja\\w*|sovelluskehittaja\\w*|ohjelmoija\\w*|insinoori\\w*|techniczn\\w*|technick\\w*|teknisk\\w*|tekninen',
  operations:
    'logisty\\w*|logistiikka\\w*|zakup\\w*|nakup\\w*|inkop\\w*|indkob\\w*|innkjop\\w*|hankin\\w*|osto\\w*|operacyjn\\w*|provoz\\w*|drift\\w*|produkcj\\w*|vyrob\\w*|tuotanto\\w*|kierownik projektu|projektov\\w* manazer|projektleder|projektledare|prosjektleder|projektipaallikko|magazyn\\w*|sklad\\w*|lager\\w*|varasto\\w*',
};

/**
 * Hungarian, Romanian and Turkish titles ("HR vezető", "Ügyvezető igazgató", "Director vânzări", "Satış Müdürü",
 * "Kurucu Ortak"), and the Baltic languages' ("Pardavimų vadovas", "Pārdošanas vadītājs", "Müügijuht"), joined to the
 * same rules as the six languages above. A Hungarian "vezető" before an individual contributor's noun leads the work,
 * not a team ("Vezető fejlesztő": lead developer, a senior). A Romanian "contabil-șef" heads its function, a "șef de
 * echipă" or "șef de tură" a team; a Turkish "şef" ("Üretim Planlama Şefi") runs a team's work, and a "Genel Müdür
 * Yardımcısı" (assistant general manager) is the deputy of the chief, a vp.
 */
const EAST_SENIORITY: Partial<Record<Seniority, string>> = {
  // A Turkish "ortak" is a firm's partner alone, before "avukat" or after "yönetici" ("Ortak Avukat", "Yönetici
  // Ortak"); elsewhere the word means shared ("Ortak Hizmetler": shared services).
  owner:
    'tulajdonos\\w*|alapito\\w*|tarsalapito\\w*|fondator\\w*|cofondator\\w*|kurucu\\w*|ortak(?=\\s+avukat|$)|(?:yonetici|kidemli) ortak',
  'c-level':
    'ugyvezeto\\w*|vezerigazgato\\w*|director general|genel mudur(?!\\w* yardimci)\\w*|yonetim kurulu baskan\\w*',
  vp: 'genel mudur\\w* yardimci\\w*',
  head: 'bashekim\\w*|vezeto(?!\\s+(?:fejleszto|mernok|tervezo|programozo|tesztelo|adatelemzo|szoftverfejleszto))\\w*|sef de departament|sef departament|(?:contabil|inginer|economist|medic|farmacist|arhitect|proiectant)\\W+sef|bolum baskan\\w*|departman baskan\\w*',
  director: '\\w*igazgato\\w*|direktoru',
  manager:
    'sef de (?:echipa|tura|sectie|serviciu|birou|santier)|sefi|sef|menedzser\\w*|mudur\\w*|yonetici\\w*|sorumlu\\w*|vadov\\w*|vaditaj\\w*|juhataja\\w*|\\w*juht',
  senior:
    'kidemli|uzman\\w*|szakerto\\w*|vezeto (?:fejleszto|mernok|tervezo|programozo|tesztelo|adatelemzo|szoftverfejleszto)\\w*',
};
const EAST_DEPARTMENT: Partial<Record<Department, string>> = {
  executive:
    'ugyvezeto\\w*|vezerigazgato\\w*|tulajdonos\\w*|alapito\\w*|fondator\\w*|kurucu\\w*|genel mudur(?!\\w* yardimci)\\w*|director general',
  support: 'musteri hizmetleri',
  sales:
    'ertekesit\\w*|kereskedelmi|vanzari|pardavim\\w*|pardosan\\w*|muugi\\w*|satis mudur\\w*|satis temsilci\\w*|satis uzman\\w*|satis direktor\\w*',
  marketing: 'pazarlama\\w*',
  hr: 'humanpolitik\\w*|resurse umane|insan kaynaklari',
  finance: 'penzugy\\w*|konyvel\\w*|contabil\\w*|financiar\\w*|muhasebe\\w*',
  legal: 'jogasz\\w*|ugyved\\w*|avocat\\w*|hukuk\\w*|avukat\\w*',
  engineering: 'fejleszto\\w*|mernok\\w*|inginer\\w*|dezvoltator\\w*|muhendis\\w*|yazilim\\w*',
  it: 'bilgi islem|bilgi teknolojiler\\w*',
  research: 'ar ge',
  operations:
    'logisztik\\w*|beszerz\\w*|achizitii|lojistik\\w*|satin alma|uretim\\w*|planlama\\w*|fabrika\\w*|tedarik zinciri',
  healthcare: '\\w*orvos\\w*|\\w*hekim\\w*|hemsire\\w*|eczaci\\w*',
};

/**
 * Vietnamese, Indonesian and Malay titles ("Trưởng phòng Kinh doanh", "Direktur Utama", "Pengurus Jualan"), folded
 * as the rest ("đ" is "d"). A "phó" (deputy) before a chief or a director is a vp, as a "vice" is; a "trưởng phòng"
 * or "kepala divisi" heads a department; a "quản lý", "trưởng nhóm", "manajer" or Malay "pengurus" runs a team.
 */
const SEA_SENIORITY: Partial<Record<Seniority, string>> = {
  owner: 'nha sang lap|dong sang lap|chu so huu|pendiri|pemilik|pengasas',
  'c-level':
    '(?<!pho )tong giam doc|(?<!pho )giam doc dieu hanh|(?<!pho )chu tich|direktur utama|presiden direktur|ketua pegawai eksekutif',
  vp: 'pho tong giam doc|pho giam doc|pho chu tich|wakil direktur|wakil presiden|naib presiden',
  head: 'truong phong|truong bo phan|truong ban|kepala (?:divisi|bagian|departemen|bahagian|jabatan)|ketua (?:bahagian|jabatan)',
  director: 'giam doc|direktur|pengarah',
  manager: 'quan ly|truong nhom|pho phong|manajer|pengurus|penyelia',
  senior: 'chuyen gia|chuyen vien cao cap',
};
const SEA_DEPARTMENT: Partial<Record<Department, string>> = {
  executive:
    '(?<!pho )tong giam doc|(?<!pho )giam doc dieu hanh|(?<!pho )chu tich|nha sang lap|dong sang lap|direktur utama|presiden direktur|pendiri|pengasas|ketua pegawai eksekutif',
  sales: 'kinh doanh|ban hang|penjualan|jualan',
  marketing: 'tiep thi|truyen thong|pemasaran',
  hr: 'nhan su|tuyen dung|sumber daya manusia|sdm|sumber manusia',
  finance: 'tai chinh|ke toan|keuangan|akuntansi|kewangan|perakaunan',
  legal: 'phap che|luat su|hukum|undang undang',
  engineering: 'ky su|lap trinh|phat trien phan mem|insinyur|jurutera|pengembang perangkat lunak|pemrogram',
  it: 'cong nghe thong tin|teknologi informasi|teknologi maklumat',
  // A plant's director ("Giám đốc Nhà máy", "Kepala Pabrik") runs its production, as a "Plant Manager" does.
  operations: 'van hanh|hau can|mua hang|san xuat|nha may|pengadaan|pembelian|operasional|produksi|pabrik|kilang',
};

/**
 * Japanese, Chinese, Korean and Arabic titles ("物流DX推進部 部長", "代表取締役社長", "销售总监", "마케팅 팀장", "مدير
 * المشتريات"), read as written (the Latin normalization drops these scripts), in the same order as the rules above: a founder before a
 * chief, a department head (部長) before a section manager (課長). Cyrillic, Greek, Hebrew, Thai, Devanagari, Bengali,
 * Persian and Urdu titles are read the same way by the lists of ./title-scripts.ts.
 */
const OWN_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}]/u;
const CJK_SENIORITY: Array<[Seniority, RegExp]> = [
  ['intern', /インターン|实习|實習|인턴|متدرب/],
  ['owner', /創業者|創設者|オーナー|创始人|創辦人|創始人|창업자|창립자/],
  [
    'c-level',
    /代表取締役|社長|会長|最高\S{1,6}責任者|取締役|总经理|總經理|首席\S{1,6}官|董事长|董事長|대표이사|사장|회장|최고\S{1,6}책임자|الرئيس التنفيذي|المدير العام|مدير عام|رئيس مجلس الإدارة/,
  ],
  ['vp', /執行役員|副社長|副总裁|副總裁|부사장|전무|상무|نائب الرئيس/],
  ['head', /本部長|事業部長|部長|センター長|室長|所長|本部负责人|부장|본부장|실장|소장|센터장|رئيس قسم/],
  ['director', /总监|總監|이사/],
  ['manager', /課長|係長|マネージャー|マネジャー|リーダー|经理|經理|主管|과장|차장|매니저|팀장|مدير|مديرة/],
  ['senior', /主任|シニア|高级|高級|책임|선임|수석/],
];
const CJK_DEPARTMENT: Array<[Department, RegExp]> = [
  [
    'executive',
    /代表取締役|社長|会長|創業者|创始人|創辦人|总经理|總經理|董事长|董事長|대표이사|사장|창업자|الرئيس التنفيذي|المدير العام|مدير عام|مؤسس/,
  ],
  ['customer-success', /カスタマーサクセス|客户成功|客戶成功|고객\s?성공/],
  ['sales', /営業|销售|銷售|業務|영업|المبيعات/],
  ['marketing', /マーケティング|広報|市场|市場|行銷|마케팅|홍보|التسويق/],
  ['hr', /人事|人材|人力资源|人力資源|인사|الموارد البشرية/],
  ['finance', /経理|財務|会計|财务|会计|會計|재무|회계|المالية|المحاسبة/],
  ['legal', /法務|法务|법무/],
  ['it', /情報システム|信息技术|資訊|정보시스템/],
  ['product', /プロダクト|製品|产品|產品|제품|프로덕트/],
  ['design', /デザイン|设计|設計|디자인/],
  ['research', /研究所|研究開発|研究院|연구소|연구원|연구/],
  ['engineering', /エンジニア|開発|研发|研發|工程师|工程師|개발|엔지니어/],
  // Quality control and a plant are the production floor's work ("품질관리팀장", "工場長"), as "Plant Manager" is.
  [
    'operations',
    /物流|生産|製造|購買|調達|运营|營運|采购|採購|생산|구매|운영|품질|品質|品质|质量|工場|工厂|工廠|공장|المشتريات|العمليات|اللوجستي/,
  ],
];

/** A rule with other languages' words joined as further alternations. */
function joined(re: RegExp, extras: Array<string | undefined>): RegExp {
  const more = extras.filter(Boolean);
  return more.length ? new RegExp(`${re.source}|\\b(?:${more.join('|')})\\b`) : re;
}

const SENIORITY: Array<[Seniority, RegExp]> = BASE_SENIORITY.map(([level, re], i) => [
  level,
  BASE_SENIORITY.findLastIndex(([l]) => l === level) === i
    ? joined(re, [
        NORTH_SENIORITY[level],
        EAST_SENIORITY[level],
        SEA_SENIORITY[level],
        SWAHILI_SENIORITY[level],
        ROMANCE_SENIORITY[level],
        BALTIC_IS_SENIORITY[level],
      ])
    : re,
]);
const CLINICIAN = BASE_DEPARTMENT.find(([dept]) => dept === 'healthcare')?.[1] ?? /$^/;

const DEPARTMENT: Array<[Department, RegExp]> = BASE_DEPARTMENT.map(([dept, re]) => [
  dept,
  joined(re, [
    NORTH_DEPARTMENT[dept],
    EAST_DEPARTMENT[dept],
    SEA_DEPARTMENT[dept],
    SWAHILI_DEPARTMENT[dept],
    ROMANCE_DEPARTMENT[dept],
    BALTIC_IS_DEPARTMENT[dept],
  ]),
]);

function normalize(title: string): string {
  return foldAccents(title)
    .replace(/[^a-z0-9&+]+/g, ' ')
    .trim()
    .slice(0, 200);
}

export interface TitleClass {
  seniority: Seniority;
  department: Department;
}

/** Seniority and department of a job title; `unknown`/`other` when the title says nothing usable. */
export function classifyTitle(title: string): TitleClass {
  const raw = typeof title === 'string' ? title.slice(0, 200) : '';
  const cjk = OWN_SCRIPT.test(raw);
  const script = SCRIPT_LETTERS.test(raw) ? classifyScriptTitle(raw) : undefined;
  const t = normalize(raw);
  if (!t && !cjk && !script) return { seniority: 'unknown', department: 'other' };
  // Arabic script is read by both lists (Arabic here, Persian and Urdu in ./title-scripts.ts): the higher level wins.
  const cjkSeniority = earliest(
    SENIORITY_ORDER,
    cjk ? CJK_SENIORITY.find(([, re]) => re.test(raw))?.[0] : undefined,
    script?.seniority,
  );
  const cjkDepartment = earliest(
    DEPARTMENT_ORDER,
    cjk ? CJK_DEPARTMENT.find(([, re]) => re.test(raw))?.[0] : undefined,
    script?.department,
  );
  // Words in those scripts that name no role (a name, a place) say nothing, as an empty title.
  if (!t && !cjkSeniority && !cjkDepartment) return { seniority: 'unknown', department: 'other' };
  const department = cjkDepartment ?? DEPARTMENT.find(([, re]) => re.test(t))?.[0] ?? 'other';
  // A role without a level is an individual contributor's ("Account Executive", "Software Engineer"); words that
  // name neither a level nor a function ("Interim professional", "Ombudsperson") say nothing of the level: unknown,
  // not entry.
  // A rank in one script beside a role in Latin letters ("전무 / CTO", "執行役員 CFO"): the higher of the two.
  const latinSeniority = t ? SENIORITY.find(([, re]) => re.test(t))?.[0] : undefined;
  const seniority =
    earliest(SENIORITY_ORDER, cjkSeniority, latinSeniority) ?? (department === 'other' ? 'unknown' : 'entry');
  // The owner of a practice who treats its patients ("Owner & Optometrist", "Founder and Lead Dentist") works in
  // health care, as the practice does.
  if (department === 'executive' && seniority === 'owner' && CLINICIAN.test(t))
    return { seniority, department: 'healthcare' };
  return { seniority, department };
}

/**
 * The words name a role ("Account Executive", "Registered Architect"): a seniority or department the classifier
 * reads. Address rules use it to tell a team card's role or a licence from a city.
 */
export function isJobTitle(text: string): boolean {
  // Unknown only where the words name neither a level nor a function (classifyTitle).
  return classifyTitle(text).seniority !== 'unknown';
}
