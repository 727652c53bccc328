import type { Department, Seniority } from '../../signals/enums';
import { foldAccents } from './normalize';

/**
 * Seniority and department from a job title in English, German, French, Spanish, Italian, Dutch or Portuguese. Rules are checked in order and
 * the first match wins, so a founder who is also CEO is an owner, and "Vice President" never reads as "President".
 * Lower case, accents stripped before matching: "Geschäftsführerin" is matched as "geschaftsfuhrerin".
 */
const SENIORITY: Array<[Seniority, RegExp]> = [
  [
    'intern',
    /\b(intern|internship|praktikant(in)?|werkstudent(in)?|working student|stagiaire|stage|becari[oa]|pasante|practicas|apprenti(e)?|apprentice|azubi|auszubildende[r]?|alternant(e)?|trainee|stagista|tirocinante|stagiair|afstudeerder|estagiari[oa])\b/,
  ],
  [
    'owner',
    /\b(co[- ]?founder|founder|founding partner|owner|proprietor|(?<!business |hr |channel )partner(?! (manager|success|marketing|sales|account|relations|engineer|program|development|solutions|network))|grunder(in)?|mitgrunder(in)?|inhaber(in)?|gesellschafter(in)?|co[- ]?fondat(eur|rice)|fondat(eur|rice)|associe(e)?|proprietaire|co[- ]?fundador(a)?|fundador(a)?|socio|socia|duen[oa]|propietari[oa]|proprietari[oa]|titolare|co ?fondat(ore|rice)|fondat(ore|rice)|eigenaar|eigenares|(mede ?)?oprichter|vennoot)\b/,
  ],
  ['head', /\bchief of staff\b/],
  [
    'c-level',
    /\b(c[eftoimdrsp]o|chro|cxo|chief|chair(?:man|woman|person)?|(?<!vice )(?<!vice)presidente?|pdg|geschaftsfuhrer(in)?|geschaftsfuhrung|vorstand(svorsitzende[r]?)?|vorstandsmitglied|managing director|directeur general|directrice generale|director(a)? general|director(a)? ejecutiv[oa]|consejer[oa] delegad[oa]|gerant(e)?|general manager|amministratore delegat[oa]|direttore generale|direttrice generale|algemeen direct(eur|rice)|statutair directeur|diretor(a)? executiv[oa]|diretor(a)? geral|administrador(a)? delegad[oa])\b/,
  ],
  ['vp', /\b(vice[- ]?president(e|a)?|vicepresident(e|a)?|vizeprasident(in)?|s?e?vp|avp|vice[- ]presidente)\b/],
  [
    'head',
    /\b(head|leiter(in)?|leitung|jef[ea] de(?! equipo| proyecto)|responsable de departamento|hoofd|afdelingshoofd|capo(?! progetto))\b|^leiter|leiter(in)?\b/,
  ],
  ['director', /\b(director(a)?|directeur|directrice|direktor(in)?|direttore|direttrice|diretor(a)?)\b/],
  [
    'manager',
    /\b(\w*manager(in)?|mgr|responsable|gerente|supervisor(a)?|chef de|jef[ea]|encargad[oa]|gestionnaire|teamleiter(in)?|responsabile|responsavel|coordinat(ore|rice)|coordenador(a)?|teamleider|teamleader|leidinggevende|bedrijfsleider|chefe)\b/,
  ],
  [
    'senior',
    /\b(senior|sr|snr|lead|principal|staff|expert(e|o|a)?|architect|architekt(in)?|architecte|arquitect[oa]|leitende[r]?|specialist|fellow|distinguished|espert[oa]|specialista|especialista)\b/,
  ],
];

const DEPARTMENT: Array<[Department, RegExp]> = [
  [
    'executive',
    /\b(ceo|chief executive|chair(?:man|woman|person)?|co[- ]?founder|founder|owner|managing partner|(?<!vice )(?<!vice)president(e|a)?|pdg|director(a)? ejecutiv[oa]|managing director|general manager|geschaftsfuhrer(in)?|geschaftsfuhrung|inhaber(in)?|grunder(in)?|mitgrunder(in)?|vorstand(svorsitzende[r]?)?|directeur general|directrice generale|director(a)? general|gerant(e)?|fondat(eur|rice)|co[- ]?fondat(eur|rice)|fundador(a)?|co[- ]?fundador(a)?|consejer[oa] delegad[oa]|board member|chief of staff|proprietaire|propietari[oa]|proprietari[oa]|amministratore delegat[oa]|direttore generale|direttrice generale|titolare|fondat(ore|rice)|co ?fondat(ore|rice)|eigenaar|eigenares|(mede ?)?oprichter|algemeen direct(eur|rice)|statutair directeur|diretor(a)? executiv[oa]|diretor(a)? geral|administrador(a)? delegad[oa])\b/,
  ],
  [
    'customer-success',
    /\b(customer success|client success|csm|kundenerfolg|succes client|exito del cliente|onboarding)\b/,
  ],
  [
    'support',
    /\b(support|customer service|customer care|help ?desk|service desk|kundenservice|kundendienst|service client|soporte|atencion al cliente|assistenza clienti|servizio clienti|klantenservice|klantenondersteuning|apoio ao cliente|atendimento ao cliente)\b/,
  ],
  [
    'sales',
    /\b(cro|sales|account executive|account manager|business development|bdr|sdr|key account|vertrieb(s\w*)?|verkauf(s\w*)?|ventes?|commercial(e)?|charge(e)? d affaires|ventas|comercial|revenue|partnerships?|partner manager|vendite|verkoop|verkoper|accountmanager|buitendienst|binnendienst|vendas)\b/,
  ],
  [
    'marketing',
    /\b(cmo|marketing\w*|brand|growth|content|seo|sem|communications?|public relations|pr|social media|demand generation|kommunikation|mercadotecnia|comunicacion|redacteur|copywriter|comunicazione|communicatie|comunicacao)\b/,
  ],
  ['design', /\b(design(er)?|ux|ui|gestalter(in)?|diseno|disenador(a)?|graphiste|art director|creative director)\b/],
  ['product', /\b(cpo|product|produkt\w*|\w*produkt\w*|produit|producto)\b/],
  [
    'hr',
    /\b(chro|hr|human resources|people|talent|recruit(er|ing|ment)?|personal\w*|ressources humaines|rh|recursos humanos|reclutamiento|reclutador(a)?|seleccion|risorse umane|personeelszaken|selezione)\b/,
  ],
  [
    'finance',
    /\b(cfo|finance|financial|financ\w*|finanz\w*|accounting|accountant|controller|controlling|treasury|tax|audit(or)?|buchhalt\w*|comptab\w*|finances|contab\w*|contador(a)?|finanzas|tesorer\w*|payroll|boekhoud\w*|amministrazione e finanza|tesoureir[oa])\b/,
  ],
  [
    'legal',
    /\b(legal|counsel|lawyer|attorney|jurist(in)?|rechtsanwalt|rechtsanwaltin|justiziar(in)?|juriste|avocat(e)?|abogad[oa]|juridico|compliance|paralegal|notar(y|in)?|avvocat[oa]|advocaat|advogad[oa]|juridisch\w*|giuridic\w*)\b/,
  ],
  [
    'education',
    /\b(education|teacher|professor|lecturer|tutor|instructor|lehrer(in)?|dozent(in)?|enseignant(e)?|professeur|formateur|formatrice|profesor(a)?|docente|formacion|ausbilder(in)?|insegnante|format(ore|rice)|leraar|lerares|docent|professor(e|essa|a))\b/,
  ],
  [
    'healthcare',
    /\b(nurse|physician|doctor|medical|clinical|pharmacist|therapist|arzt|arztin|pflege\w*|medecin|infirmi(er|ere)|medic[oa]|enfermer[oa]|dentist|surgeon|infermier[ea]|verpleegkundige|tandarts|fisioterap\w*|enfermeir[oa]|farmacista|apotheker)\b/,
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
    /\b(cio|chief information|information officer|it|information technology|system administrator|sysadmin|systemadministrator(in)?|network|infrastructure|informatique|informatica|edv|it-leiter|security|cybersecurity|administrateur systeme|sistemista|informatic[oa]|ict|systeembeheerder)\b/,
  ],
  [
    'engineering',
    /\b(cto|chief technology|technology officer|tech|engineer(ing)?|developer|software|devops|sre|programmer|frontend|backend|full[- ]?stack|web developer|qa|quality assurance|tester|scrum master|architect|technical|entwickler(in)?|ingenieur(in)?|softwareentwickler(in)?|developpeu(r|se)|ingenieur|desarrollador(a)?|ingenier[oa]|programador(a)?|informatiker(in)?|sviluppat(ore|rice)|ingegnere|programmat(ore|rice)|ontwikkelaar|programmeur|engenheir[oa]|desenvolvedor(a)?)\b/,
  ],
  [
    'operations',
    /\b(coo|operations?|operating|supply chain|logistics?|procurement|purchasing|project manager|program manager|office manager|facility|betrieb\w*|einkauf\w*|logistik|projektleiter(in)?|operations|achats?|chef de projet|operaciones|compras|jefe de proyecto|administrat(ive|ion)|acquisti|inkoop|inkoper|comprador(a)?|logistica|logistiek|projectleider|capo progetto|gestor(a)? de projet[oa]|magazzino|magazijn)\b/,
  ],
];

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
  const t = normalize(typeof title === 'string' ? title : '');
  if (!t) return { seniority: 'unknown', department: 'other' };
  const seniority = SENIORITY.find(([, re]) => re.test(t))?.[0] ?? 'entry';
  const department = DEPARTMENT.find(([, re]) => re.test(t))?.[0] ?? 'other';
  return { seniority, department };
}
