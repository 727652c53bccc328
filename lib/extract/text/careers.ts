import { isAtsUrl } from '../job-hosts';
import { chromeLinks, linksMatching } from '../page-links';
import { isPlatformDomain } from '../platforms';
import { type PageView, pathSegments, resolveHref, siteOf } from './read';

// Path segments of careers pages in English, German, French, Spanish, Catalan, Galician, Dutch, Italian, Portuguese,
// Swahili, Polish, Czech, the Nordic languages, Romanian, Hungarian, Turkish, Greek, Estonian, Lithuanian, Latvian,
// Japanese, Russian, Albanian, Icelandic ("störf", jobs) and Welsh ("swyddi") (a file name's extension dropped first:
// `lavora.html`); Finnish "ura" (career) is a careers menu's path as "karriere" is. "Employment" alone is a US site's
// careers page; "employment-law" is a practice area, and no segment.
const CAREERS_SEGMENTS = new Set(
  [
    'careers career jobs job-openings openings open-positions join-us joinus join work-with-us working-at-us vacancies',
    'employment employment-opportunities',
    'karriere karriere-portal stellenangebote stellen jobs-karriere offene-stellen',
    'emplois carrieres carrières carriere carrière recrutement nous-rejoindre rejoignez-nous offres-d-emploi',
    'empleo empleos trabaja-con-nosotros trabaje-con-nosotros bolsa-de-trabajo vacantes unete-al-equipo ofertas-de-empleo sumate unete convocatorias',
    'vacatures werken-bij werkenbij kom-werken-bij',
    'lavora-con-noi lavora lavoro carriere posizioni-aperte',
    'trabalhe-conosco trabalhe-connosco trabalha-connosco carreiras vagas recrutamento',
    'treballa-amb-nosaltres borsa-de-treball traballa-connosco traballa-con-nos fanya-kazi-nasi nafasi-za-kazi',
    'kariera praca oferty-pracy volna-mista',
    'jobba-hos-oss lediga-jobb lediga-tjanster karriar ledige-stillinger ledige-stillingar ledige-job jobb rekry avoimet-tyopaikat ura',
    'cariere locuri-de-munca joburi karrier allasajanlatok allasok kariyer is-ilanlari karriera karjaar toopakkumised',
    'karjera vakances recruit saiyo vakansii punesim storf laus-storf swyddi swyddi-gwag',
    'tuyen-dung karir karier lowongan lowongan-kerja kerjaya',
    'posao karijera karijere zaposlenje zaposlitev zaposlitve prosta-delovna-mesta volne-pracovne-miesta lehrstelle lehrstellen',
  ]
    .join(' ')
    .split(' '),
);
// Tested on a link's raw text: anchored, so a link whose text starts otherwise costs a character or two, and the text
// is neither cut nor collapsed first (that was most of the rule's cost on a page of 300 links). A \b does not see an
// accented first letter, so "Állásajánlatok" is also found from its second letter.
const CAREERS_WORDS =
  "careers?|jobs?|(?:se\\s+|sjå\\s+)?ledige\\s+(?:jobs?|stillinger|stillingar)|employment(?=\\s*$|\\s+opportunities)|we'?re\\s+hiring|join\\s+(?:us|the\\s+team|our\\s+team)|open\\s+(?:positions|roles)|karriere|stellenangebote|jobs\\s+&\\s+karriere|carri[èe]res?|emplois?|recrutement|nous\\s+rejoindre|empleo|trabaj[aáeé]\\s+con\\s+nosotros|treballa\\s+amb\\s+nosaltres|borsa\\s+de\\s+treball|traballa\\s+con(?:nosco|\\s+n[oó]s)|fanya\\s+kazi\\s+nasi|nafasi\\s+za\\s+kazi|ver\\s+(?:\\d+\\s+)?vacantes|convocatorias(?:\\s+abiertas)?|bolsa\\s+de\\s+trabajo|vacantes|vacatures|werken\\s+bij|lavora\\s+con\\s+noi|trabalh[ae]\\s+con?nosco|carreiras|vagas|kariera|oferty\\s+pracy|jobba\\s+hos\\s+oss|lediga\\s+jobb|ledige\\s+stillinger|(?:katso\\s+)?avoimet\\s+ty(?:ö|o)paikat|cariere|locuri\\s+de\\s+munc[ăa]|karrier|[ÁáAa]?ll[áa]saj[áa]nlatok|kariyer|a[çc][ıi]k\\s+pozisyon\\p{L}*|karj[äa][äa]r|karjera|vakances|otvorena\\s+radna\\s+mjesta|slobodna\\s+radna\\s+mjesta|karijer[ae]|zaposlitev|prosta\\s+delovna\\s+mesta|vo[ľl]n[ée]\\s+pracovn[ée]\\s+miesta|lehrstellen?(?:\\s+frei)?|tule\\s+(?:meile\\s+)?t[öo][öo]le|s[úu]mate\\s+al\\s+equipo|[úu]nete\\s+al\\s+equipo|b[úu]squedas\\s+abiertas|tuy(?:ể|e)n\\s+d(?:ụ|u)ng|karir|karier|kerjaya|lowongan(?:\\s+kerja)?|採用情報|採用|(?:인재\\s*)?채용(?!\\s*(?:마감|완료|종료))|人才招聘|人才招募|招聘信息|诚聘英才|誠聘英才|加入我们|加入我們|ร่วมงานกับเรา|вакансии|вакансії|вакансије|t[öo][öo]pakkumised|pun[ëe]sim|vende\\s+pune|st(?:ö|o)rf\\s+hj(?:á|a)\\s+okkur|laus\\s+st(?:ö|o)rf|swyddi(?:\\s+gwag)?";
// Korean "인재채용" (talent recruiting), Chinese "人才招聘", "加入我们" (join us), Indonesian "Karier", Malay "Kerjaya",
// Thai "ร่วมงานกับเรา" (work with us), Icelandic "Störf hjá okkur" (jobs with us), "Laus störf" (open jobs), Welsh
// "Swyddi (gwag)" (jobs, vacancies) label the careers page as "Careers" does.
// A word's ends are a Latin word's: a \b sees none after a Hangul or Han word ("채용").
const LATIN_WORD_CHAR = '[a-z0-9\\u00C0-\\u024F]';
const WORD_END = `(?!${LATIN_WORD_CHAR})`;
// A menu's path may lead to it ("사람들 > 채용", "Company > Careers"); a board's notice tags its subject in brackets
// ("[채용] 생산직 모집", a recruiting notice; not one whose hiring is closed, "[채용마감]").
const CAREERS_LABEL = new RegExp(`^\\s*(?:[^\\n>]{1,24}>\\s*)?[[【]?(?:${CAREERS_WORDS})${WORD_END}`, 'iu');

// Words of careers paths, hosts and ATS hosts: one scan over all hrefs finds the links worth resolving.
const HREF_HINT =
  /career|job|employ|karri|stellen|emploi|carri|recrut|empleo|trabaj|trabalh|treball|traball|kazi|convocatori|bolsa-de|vacatur|vacanc|vacant|vaga|werken|lavor|kariera|praca|volna-mista|ledig|rekry|tyopaik|join|rejoi|work|opening|position|greenhouse|lever\.co|ashby|workable|personio|recruitee|smartrecruiters|workday|bamboohr|teamtailor|breezy|applytojob|jobvite|icims|successfactors|softgarden|rexx|taleo|pinpoint|homerun|comeet|welcometothejungle|dvinci|withgoogle|wellfound|cariere|karrier|kariyer|allas|karjaar|karjera|vakanc|recruit|saiyo|carre|posao|zaposl|karijer|lehrstell|delovna|pracovne|gupy|varbi|tuyen|karir|karier|kerjaya|lowongan|talentlyft|traffit|keka|darwinbox|ultipro|sumate|unete|punesim|storf|swyddi|\/ura(?![a-z])/gi;
// A careers label's words anywhere in the visible text: without them, no visible link carries a careers label, and no
// link's text is read.
const CAREERS_WORD = new RegExp(`(?<!${LATIN_WORD_CHAR})(?:${CAREERS_WORDS})${WORD_END}`, 'iu');
// Links whose text is read, from the navigation and the footer (a careers link elsewhere has a careers path).
const LABELS_HEAD = 80;
const LABELS_TAIL = 80;

function isCareersPath(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return (
    /^(careers?|jobs|karriere|join)\./.test(host) ||
    pathSegments(url).some((s) => CAREERS_SEGMENTS.has(s.replace(/\.(?:html?|php|aspx?)$/, '')))
  );
}

type Careers = { url: string; confidence: number; selector?: string };

/**
 * The company's careers page: an applicant-tracking board first (it is the company's own by construction), then a
 * careers path on the company's site, then a link labelled as one, then the page itself when it is one. Job boards
 * for readers (a platform's domain) and other sites' careers pages are ignored.
 */
export function careersUrl(view: PageView): Careers | undefined {
  const { links, pageUrl, site } = view;
  const onSite = (url: URL) => {
    const linkSite = siteOf(url.hostname);
    return !!linkSite && !isPlatformDomain(linkSite) && (!site || linkSite === site);
  };
  let own: Careers | undefined;
  const hinted = linksMatching(links, HREF_HINT);
  for (const i of hinted) {
    const url = resolveHref(links.hrefs[i], pageUrl);
    if (!url) continue;
    if (isAtsUrl(url)) return { url: url.href, confidence: 0.7, selector: 'a[href]' };
    if (own || !onSite(url)) continue;
    const labelled = CAREERS_LABEL.test(view.labels.get(i) ?? '') && url.pathname.length > 1;
    if (isCareersPath(url) || labelled) own = { url: url.href, confidence: 0.55, selector: 'a[href]' };
  }
  if (!own && CAREERS_WORD.test(view.text)) {
    const skip = new Set(hinted);
    for (const i of chromeLinks(links, LABELS_HEAD, LABELS_TAIL)) {
      if (own) break;
      if (skip.has(i) || !CAREERS_LABEL.test(view.labels.get(i) ?? '')) continue;
      const url = resolveHref(links.hrefs[i], pageUrl);
      if (url && onSite(url) && url.pathname.length > 1) own = { url: url.href, confidence: 0.55, selector: 'a[href]' };
    }
  }
  if (own) return own;
  if (pageUrl && (isCareersPath(pageUrl) || isAtsUrl(pageUrl))) return { url: pageUrl.href, confidence: 0.5 };
  return undefined;
}
