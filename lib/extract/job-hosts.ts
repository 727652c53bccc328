/**
 * Applicant-tracking systems: each host serves every customer's job board, so a page there is about the employer
 * whose board it is (the tenant), never about the ATS. Each entry is a host suffix, the path prefix of its boards
 * where the host also serves other things, and where the tenant's slug sits: the host's first label
 * (`acme.jobs.personio.de`) or the first path segment after the prefix (`jobs.lever.co/acme`).
 */
const ATS: Array<[host: string, path: string, tenant: 'sub' | 'path']> = [
  ['boards.greenhouse.io', '', 'path'],
  ['job-boards.greenhouse.io', '', 'path'],
  ['job-boards.eu.greenhouse.io', '', 'path'],
  ['jobs.lever.co', '', 'path'],
  ['jobs.eu.lever.co', '', 'path'],
  ['jobs.ashbyhq.com', '', 'path'],
  ['apply.workable.com', '', 'path'],
  ['workable.com', '/j/', 'sub'], // boards before 2019: acme.workable.com/j/<id>
  ['jobs.personio.de', '', 'sub'],
  ['jobs.personio.com', '', 'sub'],
  ['recruitee.com', '', 'sub'],
  ['jobs.smartrecruiters.com', '', 'path'],
  ['careers.smartrecruiters.com', '', 'path'],
  ['myworkdayjobs.com', '', 'sub'],
  ['myworkdaysite.com', '', 'sub'],
  ['bamboohr.com', '/careers', 'sub'],
  ['bamboohr.com', '/jobs', 'sub'],
  ['teamtailor.com', '', 'sub'],
  ['join.com', '/companies', 'path'],
  ['breezy.hr', '', 'sub'],
  ['applytojob.com', '', 'sub'],
  ['jobs.jobvite.com', '', 'path'],
  ['jobvite.com', '', 'sub'],
  ['icims.com', '', 'sub'],
  ['successfactors.com', '', 'sub'],
  ['successfactors.eu', '', 'sub'],
  ['softgarden.io', '', 'sub'],
  ['softgarden.de', '', 'sub'], // acme.career.softgarden.de
  ['onlyfy.jobs', '', 'sub'],
  ['factorialhr.com', '', 'sub'],
  ['factorialhr.es', '', 'sub'],
  ['freshteam.com', '/jobs', 'sub'],
  ['zohorecruit.com', '', 'sub'],
  ['csod.com', '', 'sub'],
  ['avature.net', '', 'sub'],
  ['ats.rippling.com', '', 'path'],
  ['jobs.gem.com', '', 'path'],
  ['app.dover.com', '/jobs', 'path'],
  ['jobs.polymer.co', '', 'path'],
  ['rexx-systems.com', '', 'sub'],
  ['taleo.net', '', 'sub'],
  ['pinpointhq.com', '', 'sub'],
  ['homerun.co', '', 'sub'],
  ['comeet.com', '/jobs', 'path'],
  ['welcometothejungle.com', '/companies', 'path'],
  // Localized boards put the language first: /fr/companies/acme/jobs/...
  ['welcometothejungle.com', '/fr/companies', 'path'],
  ['welcometothejungle.com', '/en/companies', 'path'],
  ['welcometothejungle.com', '/es/companies', 'path'],
  ['welcometothejungle.com', '/cs/companies', 'path'],
  ['welcometothejungle.com', '/sk/companies', 'path'],
  ['dvinci-hr.com', '', 'sub'],
  ['hire.withgoogle.com', '/public/jobs', 'path'],
  ['wellfound.com', '/company', 'path'],
  // Regional systems: Brazil's Gupy, the Nordics' Varbi, Central Europe's TalentLyft and Traffit, India's Keka and
  // Darwinbox, UKG's UltiPro boards (a tenant code in the path).
  ['gupy.io', '', 'sub'],
  ['varbi.com', '', 'sub'],
  ['talentlyft.com', '', 'sub'],
  ['traffit.com', '', 'sub'],
  ['keka.com', '/careers', 'sub'],
  ['darwinbox.in', '', 'sub'],
  ['recruiting.ultipro.com', '', 'path'],
];

/**
 * Job boards that list many employers' postings (Indeed, LinkedIn jobs, StepStone...): the page is about the
 * posting's employer, and the board has no tenant to read it from; only the posting's own data names it.
 */
const JOB_BOARDS: Array<[domain: RegExp, path?: RegExp]> = [
  [/(^|\.)indeed\.[a-z.]+$/],
  [/(^|\.)linkedin\.com$/, /^\/jobs\//],
  [/(^|\.)glassdoor\.[a-z.]+$/],
  [/(^|\.)stepstone\.[a-z.]+$/],
  [/(^|\.)monster\.[a-z.]+$/],
  [/(^|\.)ziprecruiter\.[a-z.]+$/],
  [/(^|\.)xing\.com$/, /^\/jobs\//],
  [/(^|\.)infojobs\.net$/],
  [/(^|\.)jobs\.ch$/],
  [/(^|\.)karriere\.at$/],
  [/(^|\.)hellowork\.com$/],
  [/(^|\.)apec\.fr$/],
  [/(^|\.)jobs\.workable\.com$/],
  [/(^|\.)weworkremotely\.com$/],
  [/(^|\.)remoteok\.(?:com|io)$/],
  [/(^|\.)builtin[a-z]*\.com$/, /\/job\//],
  [/(^|\.)otta\.com$/],
  [/(^|\.)dice\.com$/],
  [/(^|\.)simplyhired\.[a-z.]+$/],
  [/(^|\.)careerbuilder\.[a-z.]+$/],
  [/(^|\.)reed\.co\.uk$/],
  [/(^|\.)totaljobs\.com$/],
  [/(^|\.)seek\.com\.au$/],
  [/(^|\.)naukri\.com$/],
  [/(^|\.)jobteaser\.com$/],
  [/(^|\.)adzuna\.[a-z.]+$/],
  [/(^|\.)jooble\.org$/],
  [/(^|\.)arbeitnow\.com$/],
  // The largest boards of East and Southeast Asia, Africa and the Gulf, whose postings name the employer in their data.
  [/(^|\.)(?:104|1111|518)\.com\.tw$/],
  [/(^|\.)(?:saramin|jobkorea|incruit)\.co\.kr$/],
  [/(^|\.)wanted\.co\.kr$/, /^\/wd\//],
  [/(^|\.)wantedly\.com$/, /\/projects\//],
  [/(^|\.)(?:doda|en-japan|mynavi)\.jp$/],
  [/(^|\.)(?:zhipin|51job|zhaopin|liepin)\.com$/],
  [/(^|\.)(?:jobstreet|jobsdb|glints|kalibrr)\.[a-z.]+$/],
  [/(^|\.)(?:topcv|vietnamworks)\.(?:vn|com)$/],
  [/(^|\.)jobthai\.com$/],
  [/(^|\.)(?:jobberman|brightermonday|myjobmag)\.[a-z.]+$/],
  [/(^|\.)(?:pnet|careerjunction|careers24)\.co\.za$/],
  [/(^|\.)(?:bayt|naukrigulf)\.com$/],
  [/(^|\.)seek\.co\.nz$/],
  [/(^|\.)jora\.com$/],
  [/(^|\.)(?:irishjobs|jobs)\.ie$/],
  [/(^|\.)cv-library\.co\.uk$/],
  // National and regional boards of Europe, the Americas and Africa, whose postings name the employer in their data or
  // beside the job title, under the board's own site name.
  [/(^|\.)arbetsformedlingen\.se$/, /^\/platsbanken\//],
  [/(^|\.)finn\.no$/, /^\/job\//],
  [/(^|\.)arbeidsplassen\.nav\.no$/],
  [/(^|\.)(?:jobindex|jobnet)\.dk$/],
  [/(^|\.)(?:duunitori|tyomarkkinatori)\.fi$/],
  [/(^|\.)cv\.(?:ee|lv)$/],
  [/(^|\.)cvbankas\.lt$/],
  [/(^|\.)pracuj\.pl$/],
  [/(^|\.)(?:profesia\.(?:sk|cz)|jobs\.cz|prace\.cz)$/],
  [/(^|\.)profession\.hu$/],
  [/(^|\.)(?:ejobs\.ro|bestjobs\.eu)$/],
  [/(^|\.)jobs\.bg$/],
  [/(^|\.)(?:kariera|skywalker)\.gr$/],
  [/(^|\.)(?:net-empregos\.com|itjobs\.pt)$/],
  [/(^|\.)infojobs\.(?:it|com\.br)$/],
  [/(^|\.)(?:francetravail|pole-emploi|cadremploi)\.fr$/],
  [/(^|\.)(?:meteojob|jobijoba)\.com$/],
  [/(^|\.)arbeitsagentur\.de$/, /^\/jobsuche\//],
  [/(^|\.)(?:stellenanzeigen|jobware)\.de$/],
  [/(^|\.)(?:jobup|jobscout24)\.ch$/],
  [/(^|\.)nationalevacaturebank\.nl$/],
  [/(^|\.)(?:vdab|jobat)\.be$/],
  [/(^|\.)(?:hh\.ru|work\.ua|robota\.ua)$/],
  // The boards of Ukraine (DOU's vacancies), Kazakhstan, Uzbekistan, Armenia and Moldova.
  [/(^|\.)jobs\.dou\.ua$/],
  [/(^|\.)(?:hh\.kz|hh\.uz|staff\.am|rabota\.md)$/],
  [/(^|\.)(?:rekrute|emploitic|tanitjobs|senjob)\.com$/],
  [/(^|\.)emploi\.ma$/],
  [/(^|\.)myjob\.mu$/],
  [/(^|\.)computrabajo\.com$/],
  [/(^|\.)bumeran\.com(?:\.[a-z]{2})?$/],
  [/(^|\.)(?:catho|vagas)\.com\.br$/],
  [/(^|\.)occ\.com\.mx$/],
  [/(^|\.)(?:elempleo|trabajando|workopolis)\.com$/],
  [/(^|\.)laborum\.cl$/],
  [/(^|\.)jobbank\.gc\.ca$/],
  [/(^|\.)mycareersfuture\.gov\.sg$/],
  // The Middle East's, Turkey's and South Asia's national boards.
  [/(^|\.)(?:gulftalent|akhtaboot)\.com$/],
  [/(^|\.)wuzzuf\.net$/],
  [/(^|\.)(?:kariyer|eleman)\.net$/],
  [/(^|\.)(?:yenibiris|secretcv)\.com$/],
  [/(^|\.)(?:drushim|alljobs)\.co\.il$/],
  [/(^|\.)(?:foundit|apna)\.(?:in|co)$/],
  [/(^|\.)(?:shine|timesjobs|bdjobs|merojob|jobsnepal)\.com$/],
  [/(^|\.)(?:rozee|mustakbil)\.(?:pk|com)$/],
  [/(^|\.)topjobs\.lk$/],
  // US payroll suites' applicant tracking: one employer per posting, named only in the posting's data.
  [/^recruiting\.paylocity\.com$/],
  [/(^|\.)paycomonline\.net$/],
];

// ICIMS boards are `careers-acme.icims.com`; Workday's `acme.wd5.myworkdayjobs.com`.
const TENANT_PREFIX = /^(?:careers?-|jobs-)/;
const SLUG = /^[a-z0-9][a-z0-9_-]{0,62}$/i;
const NOT_TENANT = new Set(['www', 'jobs', 'careers', 'apply', 'boards', 'app', 'api', 'embed']);

function parse(url: string | URL | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
}

function atsEntry(url: URL): (typeof ATS)[number] | undefined {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  return ATS.find(([h, p]) => (host === h || host.endsWith(`.${h}`)) && (!p || path.startsWith(p)));
}

/** A URL on an applicant-tracking system's job board. */
export function isAtsUrl(url: string | URL | undefined): boolean {
  const u = parse(url);
  return !!u && atsEntry(u) !== undefined;
}

/** The employer's slug of an ATS page (`https://jobs.lever.co/acme/123` -> `acme`); undefined elsewhere. */
export function atsTenant(url: string | URL | undefined): string | undefined {
  const u = parse(url);
  const entry = u && atsEntry(u);
  if (!u || !entry) return undefined;
  const [host, prefix, where] = entry;
  let slug: string | undefined;
  if (where === 'sub') {
    const name = u.hostname.toLowerCase();
    slug = name === host ? undefined : name.split('.')[0]?.replace(TENANT_PREFIX, '');
  } else {
    slug = u.pathname.slice(prefix.length).split('/').filter(Boolean)[0];
  }
  if (!slug || NOT_TENANT.has(slug.toLowerCase())) return undefined;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    return undefined;
  }
  return SLUG.test(slug) ? slug : undefined;
}

/** A page of a job board or an ATS: its host names no company, the posting's employer is the page's subject. */
export function isJobPage(url: string | URL | undefined): boolean {
  const u = parse(url);
  if (!u) return false;
  if (atsEntry(u)) return true;
  const host = u.hostname.toLowerCase();
  return JOB_BOARDS.some(([domain, path]) => domain.test(host) && (!path || path.test(u.pathname)));
}
